// peaklint for VS Code: starts `peaklint lsp` and hands Markdown and plain-text
// documents to it through vscode-languageclient. Everything else (diagnostics, hovers,
// the nearest peaklint.yaml, waivers) is the server's; see docs/editors.md.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function startClient() {
  const config = vscode.workspace.getConfiguration('peaklint');
  // TransportKind.stdio makes the client run `peaklint lsp --stdio`.
  const server = {
    command: config.get('path') || 'peaklint',
    args: ['lsp'],
    transport: TransportKind.stdio,
  };
  const initializationOptions = { lang: config.get('lang') || 'zh' };
  const docsBaseUrl = config.get('docsBaseUrl');
  if (typeof docsBaseUrl === 'string') {
    initializationOptions.docsBaseUrl = docsBaseUrl;
  }
  const documentSelector = [];
  for (const language of ['markdown', 'plaintext']) {
    for (const scheme of ['file', 'untitled']) {
      documentSelector.push({ scheme, language });
    }
  }
  client = new LanguageClient('peaklint', 'peaklint', server, {
    documentSelector,
    initializationOptions,
  });
  return client.start();
}

function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('peaklint')) {
        return;
      }
      // The options are sent when the server starts: restart it with the new ones.
      if (client) {
        await client.stop();
      }
      await startClient();
    }),
  );
  return startClient();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
