//! The editor set-ups of docs/editors.md: the Neovim snippet is the file in
//! editors/neovim/ and runs (in a headless Neovim, when one is installed) against the
//! real `peaklint lsp`; the VS Code extension in editors/vscode/ is well-formed and starts
//! the server as `peaklint lsp --stdio`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    match std::fs::read_to_string(root().join(path)) {
        Ok(s) => s,
        Err(e) => panic!("{path}: {e}"),
    }
}

#[test]
fn the_documented_neovim_snippet_is_the_shipped_file() {
    let lua = read("editors/neovim/peaklint.lua");
    let docs = read("docs/editors.md");
    assert!(
        docs.contains(&format!("```lua\n{lua}```")),
        "docs/editors.md and editors/neovim/peaklint.lua differ"
    );
    // Nothing newer than Neovim 0.7 in it.
    for newer in ["vim.fs.", "vim.lsp.start(", "vim.lsp.get_clients"] {
        assert!(!lua.contains(newer), "{newer} needs a newer Neovim");
    }
}

#[test]
fn vscode_extension_is_well_formed() {
    let manifest: serde_json::Value =
        match serde_json::from_str(&read("editors/vscode/package.json")) {
            Ok(v) => v,
            Err(e) => panic!("package.json: {e}"),
        };
    assert_eq!(manifest["main"], "./extension.js");
    assert!(manifest["dependencies"]["vscode-languageclient"].is_string());
    assert!(manifest["engines"]["vscode"].is_string());
    let js = read("editors/vscode/extension.js");
    assert!(js.contains("require('vscode-languageclient/node')"));
    // The client adds --stdio to the arguments with TransportKind.stdio.
    assert!(js.contains("args: ['lsp']") && js.contains("TransportKind.stdio"));
    // Installed dependencies and the package are built, not committed.
    assert!(read("editors/vscode/.gitignore").contains("node_modules/"));
}

fn nvim() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("nvim"))
        .find(|p| p.is_file())
}

/// A folder under the temp folder for this test.
fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-nvim-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{e}");
    }
    dir
}

#[test]
fn neovim_snippet_shows_the_findings() {
    let Some(nvim) = nvim() else {
        eprintln!("skipped: nvim is not installed (apt-get install neovim)");
        return;
    };
    let dir = scratch();
    let plan = dir.join("plan.md");
    let result = dir.join("result.txt");
    let probe = dir.join("probe.lua");
    let written = std::fs::write(&plan, "## 一、总则\n\n正文。\n").and_then(|_| {
        std::fs::write(
            &probe,
            format!(
                "vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 100)\n\
                 local out = {{}}\n\
                 for _, d in ipairs(vim.diagnostic.get(0)) do\n\
                   table.insert(out, tostring(d.code) .. ' ' .. d.message:gsub('\\n.*', ''))\n\
                 end\n\
                 local f = io.open('{}', 'w')\n\
                 f:write(table.concat(out, '\\n'))\n\
                 f:close()\n\
                 vim.cmd('qa!')\n",
                result.display()
            ),
        )
    });
    if let Err(e) = written {
        panic!("{e}");
    }
    // The binary under test first on PATH: the snippet runs `peaklint lsp`.
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_peaklint"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let path = std::env::join_paths(std::iter::once(bin_dir).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap_or_default();
    let snippet = root().join("editors/neovim/peaklint.lua");
    let mut child = match Command::new(nvim)
        .current_dir(&dir)
        .env("PATH", path)
        .args(["--headless", "-n", "-i", "NONE", "-u"])
        .arg(&snippet)
        .arg("-c")
        .arg(format!("luafile {}", probe.display()))
        .arg(&plan)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => panic!("cannot start nvim: {e}"),
    };
    let deadline = Instant::now() + Duration::from_secs(40);
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
            _ => {
                let _ = child.kill();
                panic!("nvim did not finish");
            }
        }
    }
    let found = std::fs::read_to_string(&result).unwrap_or_default();
    assert!(
        found.contains("structure/missing-chapter "),
        "diagnostics in Neovim: {found}"
    );
}
