//! The server loop: the initialize handshake, open documents, checks, hover, shutdown.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;

use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    Hover, HoverContents, HoverParams, HoverProviderCapability, InitializeParams, InitializeResult,
    MarkupContent, MarkupKind, MessageType, PublishDiagnosticsParams, Range, ServerCapabilities,
    ServerInfo, ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};

use super::config::{format_of, located, Configs};
use super::convert::{self, Target};
use super::position::{apply_change, Lines, Units};
use super::{uri_to_path, Settings};
use crate::document::{Document, Format};
use crate::pack::RulesPack;
use crate::pipeline::{conclude, find, Found, Options};
use crate::waivers::Waivers;

/// An open document.
struct OpenDocument {
    text: String,
    version: i32,
    /// `None`: not a format peaklint checks as text (.docx, other languages).
    format: Option<Format>,
    /// Changed since it was last checked.
    dirty: bool,
    /// The ranges and rules of the diagnostics last published, for hover.
    published: Vec<(Range, &'static str)>,
    /// What its last check found, to publish again in another language without checking
    /// again; `None` when it was not checked (not a plan format, an invalid configuration,
    /// an empty or oversized buffer).
    last: Option<LastCheck>,
}

/// A document's last check: the typed findings and what rendering them needs (the
/// document for inline suppressions, the rules and waivers it was checked with).
struct LastCheck {
    doc: Document,
    pack: Arc<RulesPack>,
    found: Found,
    waivers: Waivers,
    path: Option<PathBuf>,
}

pub struct Server {
    sender: Sender<Message>,
    settings: Settings,
    units: Units,
    initialized: bool,
    shutdown: bool,
    documents: HashMap<Uri, OpenDocument>,
    configs: Configs,
    /// Configuration errors already shown (one message per error, not per keystroke).
    shown: HashSet<String>,
}

impl Server {
    pub fn new(sender: Sender<Message>) -> Server {
        Server {
            sender,
            settings: Settings::from_options(None),
            units: Units::Utf16,
            initialized: false,
            shutdown: false,
            documents: HashMap::new(),
            configs: Configs::default(),
            shown: HashSet::new(),
        }
    }

    /// Serve until `exit` or the end of the input; the process exit code. Checks run on
    /// this thread, which keeps the readings of sentences (their years, quantities and
    /// metrics) from one check to the next: between two versions of a document almost
    /// every sentence is unchanged ([`crate::extract::memo`]).
    pub fn run(mut self, receiver: &Receiver<Message>) -> i32 {
        crate::extract::memo::keep_between_documents(true);
        while let Ok(message) = receiver.recv() {
            if self.handle(message) {
                return if self.shutdown { 0 } else { 1 };
            }
            // Coalesce: take every message already queued before checking, so a burst
            // of keystrokes is checked once.
            while let Ok(message) = receiver.try_recv() {
                if self.handle(message) {
                    return if self.shutdown { 0 } else { 1 };
                }
            }
            self.check_dirty();
        }
        1
    }

    /// Handle one message; true on `exit`.
    fn handle(&mut self, message: Message) -> bool {
        match message {
            Message::Request(r) => self.request(r),
            Message::Notification(n) if n.method == note::Exit::METHOD => return true,
            Message::Notification(n) => self.notification(n),
            Message::Response(_) => {} // we send no requests
        }
        false
    }

    fn send(&self, message: impl Into<Message>) {
        // A closed writer means the client is gone; the reader will see the end too.
        let _ = self.sender.send(message.into());
    }

    fn reply_error(&self, id: RequestId, code: ErrorCode, message: String) {
        self.send(Response::new_err(id, code as i32, message));
    }

    fn request(&mut self, r: Request) {
        if r.method == req::Initialize::METHOD {
            return self.initialize(r);
        }
        if !self.initialized {
            return self.reply_error(
                r.id,
                ErrorCode::ServerNotInitialized,
                "initialize first".into(),
            );
        }
        if self.shutdown {
            return self.reply_error(
                r.id,
                ErrorCode::InvalidRequest,
                "the server is shutting down".into(),
            );
        }
        match r.method.as_str() {
            req::Shutdown::METHOD => {
                self.shutdown = true;
                self.send(Response::new_ok(r.id, serde_json::Value::Null));
            }
            req::HoverRequest::METHOD => match serde_json::from_value::<HoverParams>(r.params) {
                Ok(params) => {
                    let hover = self.hover(&params);
                    self.send(Response::new_ok(r.id, hover));
                }
                Err(e) => self.reply_error(r.id, ErrorCode::InvalidParams, e.to_string()),
            },
            other => self.reply_error(
                r.id,
                ErrorCode::MethodNotFound,
                format!("peaklint does not handle {other}"),
            ),
        }
    }

    fn initialize(&mut self, r: Request) {
        if self.initialized {
            return self.reply_error(r.id, ErrorCode::InvalidRequest, "initialized twice".into());
        }
        let params: InitializeParams = match serde_json::from_value(r.params) {
            Ok(p) => p,
            Err(e) => return self.reply_error(r.id, ErrorCode::InvalidParams, e.to_string()),
        };
        self.units = Units::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        self.settings = Settings::from_options(params.initialization_options.as_ref());
        let result = InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(self.units.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..Default::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                ..Default::default()
            },
            server_info: Some(ServerInfo {
                name: "peaklint".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        };
        self.initialized = true;
        self.send(Response::new_ok(r.id, result));
    }

    fn notification(&mut self, n: Notification) {
        if !self.initialized {
            return; // dropped, as the protocol says
        }
        let method = n.method.clone();
        if let Err(e) = self.notification_inner(n) {
            eprintln!("peaklint lsp: ignored {method}: {e}");
        }
    }

    fn notification_inner(&mut self, n: Notification) -> Result<(), serde_json::Error> {
        match n.method.as_str() {
            note::DidOpenTextDocument::METHOD => {
                let p: lsp_types::DidOpenTextDocumentParams = serde_json::from_value(n.params)?;
                let doc = p.text_document;
                let format = format_of(&doc.uri, &doc.language_id);
                self.documents.insert(
                    doc.uri.clone(),
                    OpenDocument {
                        text: doc.text,
                        version: doc.version,
                        format,
                        dirty: true,
                        published: Vec::new(),
                        last: None,
                    },
                );
            }
            note::DidChangeTextDocument::METHOD => {
                let p: lsp_types::DidChangeTextDocumentParams = serde_json::from_value(n.params)?;
                let units = self.units;
                if let Some(doc) = self.documents.get_mut(&p.text_document.uri) {
                    for change in &p.content_changes {
                        apply_change(&mut doc.text, change.range, &change.text, units);
                    }
                    doc.version = p.text_document.version;
                    doc.dirty = true;
                }
            }
            note::DidSaveTextDocument::METHOD => {
                let p: lsp_types::DidSaveTextDocumentParams = serde_json::from_value(n.params)?;
                if let Some(doc) = self.documents.get_mut(&p.text_document.uri) {
                    if let Some(text) = p.text {
                        doc.text = text;
                    }
                    doc.dirty = true; // peaklint.yaml may have changed meanwhile
                }
            }
            note::DidChangeConfiguration::METHOD => {
                let p: lsp_types::DidChangeConfigurationParams = serde_json::from_value(n.params)?;
                if self.settings.update(&p.settings) {
                    self.publish_all_again();
                }
            }
            note::DidCloseTextDocument::METHOD => {
                let p: lsp_types::DidCloseTextDocumentParams = serde_json::from_value(n.params)?;
                if self.documents.remove(&p.text_document.uri).is_some() {
                    self.publish(p.text_document.uri, Vec::new(), None);
                }
            }
            _ => {} // initialized, $/cancelRequest, $/setTrace …: nothing to do
        }
        Ok(())
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Notification::new(
            note::PublishDiagnostics::METHOD.into(),
            params,
        ));
    }

    fn check_dirty(&mut self) {
        let dirty: Vec<Uri> = self
            .documents
            .iter()
            .filter(|(_, d)| d.dirty)
            .map(|(u, _)| u.clone())
            .collect();
        for uri in dirty {
            self.check(&uri);
        }
    }

    /// Check one open document and publish its diagnostics.
    fn check(&mut self, uri: &Uri) {
        let Some(doc) = self.documents.get(uri) else {
            return;
        };
        let (text, format) = (doc.text.clone(), doc.format);
        let path = uri_to_path(uri);
        let mut last = None;
        if let Some(format) = format {
            if let Some(pack) = self.rules_for(path.as_deref()) {
                let name = path
                    .as_ref()
                    .map_or_else(|| uri.as_str().to_string(), |p| p.display().to_string());
                let waivers = path
                    .as_deref()
                    .map(|p| self.waivers_for(p))
                    .unwrap_or_default();
                // An empty buffer has nothing to report yet.
                match crate::document::read_str(&name, text, format, &Options::default().limits) {
                    Err(e @ crate::document::ReadError::Limit(_)) => {
                        self.show_error_once(format!("peaklint: {name} is not checked: {e}"));
                    }
                    Err(_) => {}
                    Ok(doc) => {
                        let found = find(&doc, &pack);
                        last = Some(LastCheck {
                            doc,
                            pack,
                            found,
                            waivers,
                            path,
                        });
                    }
                }
            }
        }
        if let Some(doc) = self.documents.get_mut(uri) {
            doc.dirty = false;
            doc.last = last;
        }
        self.publish_findings(uri);
    }

    /// Publish a document's findings of its last check, rendered in the language now
    /// set (none when it was not checked).
    fn publish_findings(&mut self, uri: &Uri) {
        let Some(doc) = self.documents.get(uri) else {
            return;
        };
        let mut diagnostics = Vec::new();
        let mut published = Vec::new();
        if let Some(last) = &doc.last {
            let options = Options {
                lang: self.settings.lang,
                waivers: last.waivers.clone(),
                ..Options::default()
            };
            let result = conclude(
                &last.doc,
                &last.pack,
                last.found.clone(),
                &options,
                last.path.as_deref(),
            );
            let lines = Lines::new(&doc.text, self.units);
            let target = Target {
                uri,
                text: &doc.text,
                lines: &lines,
                docs_base: self.settings.docs_base.as_deref(),
            };
            for d in result.diagnostics.iter().filter(|d| d.suppressed.is_none()) {
                let lsp = convert::diagnostic(d, &target);
                published.push((lsp.range, d.rule));
                diagnostics.push(lsp);
            }
        }
        let version = doc.version;
        if let Some(doc) = self.documents.get_mut(uri) {
            doc.published = published;
        }
        self.publish(uri.clone(), diagnostics, Some(version));
    }

    /// The language or the docs link changed: publish every checked document again from
    /// its last check, without checking it again (a changed document is checked anyway).
    fn publish_all_again(&mut self) {
        let checked: Vec<Uri> = self
            .documents
            .iter()
            .filter(|(_, d)| !d.dirty && d.last.is_some())
            .map(|(u, _)| u.clone())
            .collect();
        for uri in checked {
            self.publish_findings(&uri);
        }
    }

    /// The rules for a document (see [`Configs::rules_for`]); a malformed
    /// `peaklint.yaml` is shown once and the document gets no diagnostics until it is
    /// fixed.
    fn rules_for(&mut self, path: Option<&Path>) -> Option<Arc<RulesPack>> {
        match self.configs.rules_for(path) {
            Ok(pack) => Some(pack),
            Err(message) => {
                self.show_error_once(message);
                None
            }
        }
    }

    /// The `peaklint-waivers.yaml` of the document's folder, as `peaklint check` finds
    /// it; a malformed one is shown once and ignored.
    fn waivers_for(&mut self, path: &Path) -> Waivers {
        match Waivers::discover(None, &[path]) {
            Ok(waivers) => waivers,
            Err(e) => {
                self.show_error_once(format!("peaklint: waivers not applied:\n{}", located(&e)));
                Waivers::default()
            }
        }
    }

    /// window/showMessage, once per distinct message (not once per keystroke).
    fn show_error_once(&mut self, message: String) {
        if self.shown.insert(message.clone()) {
            self.send(Notification::new(
                note::ShowMessage::METHOD.into(),
                ShowMessageParams {
                    typ: MessageType::ERROR,
                    message,
                },
            ));
        }
    }

    fn hover(&mut self, params: &HoverParams) -> Option<Hover> {
        let uri = &params.text_document_position_params.text_document.uri;
        if self.documents.get(uri).is_some_and(|d| d.dirty) {
            self.check(uri);
        }
        let pos = params.text_document_position_params.position;
        let doc = self.documents.get(uri)?;
        let rules: Vec<&str> = doc
            .published
            .iter()
            .filter(|(range, _)| convert::contains(range, pos))
            .map(|(_, rule)| *rule)
            .collect();
        let explained = convert::hover_text(&rules, self.settings.lang);
        // How peaklint read a target sentence under the cursor (metric, value, years, role).
        let (text, format) = (doc.text.clone(), doc.format);
        let offset = Lines::new(&text, self.units).offset(&text, pos);
        let path = uri_to_path(uri);
        let read = match format {
            Some(format) => self.rules_for(path.as_deref()).and_then(|pack| {
                let name = path
                    .as_ref()
                    .map_or_else(|| uri.as_str().to_string(), |p| p.display().to_string());
                crate::lsp::hover::readings_at(
                    &name,
                    &text,
                    format,
                    &pack,
                    offset,
                    self.settings.lang,
                )
            }),
            None => None,
        };
        let value = match (read, explained) {
            (Some(r), Some(e)) => format!("{r}\n---\n\n{e}"),
            (Some(r), None) => r,
            (None, Some(e)) => e,
            (None, None) => return None,
        };
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::PlainText,
                value,
            }),
            range: None,
        })
    }
}
