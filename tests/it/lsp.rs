//! `peaklint lsp` end to end: the real binary, JSON-RPC with Content-Length framing over
//! its stdin/stdout. Every wait has a timeout, so a hung server fails the test.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const TIMEOUT: Duration = Duration::from_secs(30);

/// A plan whose target chapter has a late peak (2032). `𠀀` (U+20000, two UTF-16 code
/// units) before it on the same line makes UTF-16 columns differ from characters.
const PLAN: &str = "# 某园区碳达峰实施方案\n\n## 三、碳达峰目标\n\n本方案以2020年为基准年。𠀀园区力争2032年实现碳达峰，峰值控制在260万吨以内。\n";

struct Server {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_frames(stdout: impl Read, sender: mpsc::Sender<Value>) {
    let mut reader = BufReader::new(stdout);
    loop {
        let mut length = None;
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                length = v.parse::<usize>().ok();
            }
        }
        let Some(length) = length else { return };
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        match serde_json::from_slice(&body) {
            Ok(v) => {
                if sender.send(v).is_err() {
                    return;
                }
            }
            Err(e) => panic!("server sent invalid JSON: {e}"),
        }
    }
}

impl Server {
    fn start() -> Server {
        Server::start_with(&["lsp"])
    }

    fn start_with(args: &[&str]) -> Server {
        let mut child = match Command::new(env!("CARGO_BIN_EXE_peaklint"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
        {
            Ok(c) => c,
            Err(e) => panic!("cannot start peaklint lsp: {e}"),
        };
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            panic!("no pipes");
        };
        let (sender, messages) = mpsc::channel();
        std::thread::spawn(move || read_frames(stdout, sender));
        Server {
            child,
            stdin,
            messages,
            next_id: 0,
        }
    }

    fn write_raw(&mut self, bytes: &[u8]) {
        if let Err(e) = self.stdin.write_all(bytes).and_then(|_| self.stdin.flush()) {
            panic!("cannot write to the server: {e}");
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.write_raw(frame.as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Send a request and wait for its response (other messages are skipped).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait(|m| m["id"] == json!(id) && m.get("method").is_none())
    }

    /// The next message that satisfies `pred`, or a panic after TIMEOUT.
    fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(m) if pred(&m) => return m,
                Ok(_) => {}
                Err(e) => panic!("no expected message from the server within {TIMEOUT:?}: {e}"),
            }
        }
    }

    fn diagnostics_for(&mut self, uri: &str) -> Vec<Value> {
        let m = self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let result = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": capabilities,
                   "initializationOptions": options}),
        );
        self.notify("initialized", json!({}));
        result
    }

    /// Hovering the late peak of [`PLAN`] shows `peaklint explain target/late-peak` in `lang`.
    fn hover_explains_late_peak(&mut self, uri: &str, lang: peaklint::checks::Lang) {
        let hover = self.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 4, "character": 21}}),
        );
        let text = hover["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default();
        let explain = peaklint::checks::doc("target/late-peak")
            .map(|d| peaklint::checks::explain(d, lang))
            .unwrap_or_default();
        assert!(text.contains(&explain), "{hover}");
    }

    fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
    }

    /// shutdown → exit, and the process ends with status 0.
    fn stop(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => {
                    assert!(status.success(), "exit status {status}");
                    return;
                }
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                other => panic!("the server did not exit: {other:?}"),
            }
        }
    }
}

/// A fresh folder under the system's temp folder, with a Chinese name.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-lsp-{}-{name}", std::process::id()));
    let dir = dir.join("碳达峰 方案");
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{e}");
    }
    dir
}

fn file_uri(path: &Path) -> String {
    peaklint::lsp::path_to_file_uri(&path.to_string_lossy())
}

fn with_rule<'a>(diags: &'a [Value], rule: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == rule).collect()
}

fn range(line: u32, start: u32, end: u32) -> Value {
    json!({"start": {"line": line, "character": start}, "end": {"line": line, "character": end}})
}

#[test]
fn diagnostics_change_hover_shutdown_in_utf16() {
    let dir = temp_dir("utf16");
    let uri = file_uri(&dir.join("方案.md"));
    let mut s = Server::start();
    let init = s.initialize(json!({}), json!({"lang": "zh"}));
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16", "{init}");
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");

    s.open(&uri, "markdown", PLAN);
    let diags = s.diagnostics_for(&uri);
    let late = with_rule(&diags, "target/late-peak");
    assert_eq!(late.len(), 1, "{diags:#?}");
    let late = late[0];
    // 本方案以2020年为基准年。(14 chars) 𠀀 (2 units) 园区力争 (4) → 2032 at 20..24.
    assert_eq!(late["range"], range(4, 20, 24), "{late}");
    assert_eq!(late["severity"], 1);
    assert_eq!(late["source"], "peaklint");
    assert!(
        late["message"]
            .as_str()
            .is_some_and(|m| m.contains("达峰年份2032年晚于")),
        "{late}"
    );
    let href = late["codeDescription"]["href"].as_str().unwrap_or_default();
    assert!(
        href.ends_with("rules-reference.md#targetlate-peak"),
        "{href}"
    );
    // Whole-document findings sit on the first line (the title, 12 characters).
    let missing = with_rule(&diags, "structure/missing-chapter");
    assert!(!missing.is_empty());
    assert_eq!(missing[0]["range"], range(0, 0, 12));
    // The heading 三、碳达峰目标 (after "## ") for the numbering finding.
    let numbering = with_rule(&diags, "structure/numbering");
    assert_eq!(numbering[0]["range"], range(2, 3, 10), "{numbering:?}");

    // Hover over the late peak explains the rule as `peaklint explain` does.
    s.hover_explains_late_peak(&uri, peaklint::checks::Lang::Zh);
    // Nothing to explain on an empty spot.
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 1, "character": 0}}),
    );
    assert_eq!(hover["result"], Value::Null, "{hover}");

    // Fix the defect with an incremental edit: 2032 → 2028.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": range(4, 20, 24), "text": "2028"}]}),
    );
    let diags = s.diagnostics_for(&uri);
    assert!(
        with_rule(&diags, "target/late-peak").is_empty(),
        "{diags:#?}"
    );
    assert!(!with_rule(&diags, "structure/numbering").is_empty());

    // A malformed frame and a malformed message do not stop the server.
    s.write_raw(b"Content-Length: 9\r\n\r\nnot json!");
    s.send(json!({"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {"x": 1}}));
    let bad = s.wait(|m| m["id"] == 99);
    assert_eq!(bad["error"]["code"], -32602, "{bad}");

    s.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(s.diagnostics_for(&uri).is_empty());
    s.stop();
}

#[test]
fn utf8_when_offered_english_and_docs_base() {
    let dir = temp_dir("utf8");
    let uri = file_uri(&dir.join("plan.md"));
    let mut s = Server::start();
    let init = s.initialize(
        json!({"general": {"positionEncodings": ["utf-16", "utf-8"]}}),
        json!({"lang": "en", "docsBaseUrl": "https://example.org/docs/rules-reference.md"}),
    );
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    s.open(&uri, "markdown", PLAN);
    let diags = s.diagnostics_for(&uri);
    let late = with_rule(&diags, "target/late-peak");
    let line = PLAN.lines().nth(4).unwrap_or_default();
    let start = line.find("2032").unwrap_or(0) as u32;
    assert_eq!(late[0]["range"], range(4, start, start + 4), "{late:?}");
    assert!(
        late[0]["message"].as_str().is_some_and(|m| m
            .starts_with("peak year 2032 is later than the required 2030")
            && m.contains("\nbring the peak to 2030 or earlier")),
        "{late:?}"
    );
    assert_eq!(
        late[0]["codeDescription"]["href"],
        "https://example.org/docs/rules-reference.md#targetlate-peak"
    );
    s.stop();
}

#[test]
fn malformed_config_is_shown_and_docx_ignored() {
    let dir = temp_dir("config");
    if let Err(e) = std::fs::write(
        dir.join("peaklint.yaml"),
        "rules:\n  target/late-peak: sometimes\n",
    ) {
        panic!("{e}");
    }
    let uri = file_uri(&dir.join("方案.md"));
    let mut s = Server::start();
    s.initialize(json!({}), json!({}));
    s.open(&uri, "markdown", PLAN);
    let shown = s.wait(|m| m["method"] == "window/showMessage");
    let message = shown["params"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("peaklint.yaml"), "{message}");
    assert!(message.contains(":2:"), "located at line 2: {message}");
    assert_eq!(shown["params"]["type"], 1);
    assert!(s.diagnostics_for(&uri).is_empty());

    let docx = file_uri(&dir.join("方案.docx"));
    s.open(&docx, "plaintext", "not really a docx");
    assert!(s.diagnostics_for(&docx).is_empty());
    s.stop();
}

#[test]
fn waivers_beside_the_document_apply_as_in_the_cli() {
    let dir = temp_dir("waivers");
    let waivers = "waivers:\n  - file: 方案.md\n    rule: target/late-peak\n    text: 2032\n    justification: 上级文件已批准\n";
    if let Err(e) = std::fs::write(dir.join("peaklint-waivers.yaml"), waivers) {
        panic!("{e}");
    }
    let uri = file_uri(&dir.join("方案.md"));
    let mut s = Server::start();
    s.initialize(json!({}), json!({}));
    s.open(&uri, "markdown", PLAN);
    let diags = s.diagnostics_for(&uri);
    assert!(
        with_rule(&diags, "target/late-peak").is_empty(),
        "{diags:#?}"
    );
    assert!(!with_rule(&diags, "structure/numbering").is_empty());
    // Once the plan says 2028 the waiver matches nothing: reported as unused.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"text": PLAN.replace("2032", "2028")}]}),
    );
    let diags = s.diagnostics_for(&uri);
    let unused = with_rule(&diags, "input/unused-waiver");
    assert_eq!(unused.len(), 1, "{diags:#?}");
    assert_eq!(unused[0]["severity"], 3);
    s.stop();
}

/// A language change publishes the last check's findings again, worded in the new
/// language, without checking again: a `peaklint.yaml` written meanwhile that turns the
/// rule off is not read until the document changes.
#[test]
fn language_change_renders_the_last_check_again() {
    let dir = temp_dir("relang");
    let uri = file_uri(&dir.join("方案.md"));
    let mut s = Server::start();
    s.initialize(json!({}), json!({"lang": "zh"}));
    s.open(&uri, "markdown", PLAN);
    let zh = s.diagnostics_for(&uri);
    let late = with_rule(&zh, "target/late-peak");
    assert_eq!(late.len(), 1, "{zh:#?}");
    assert!(
        late[0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("达峰年份2032年晚于要求的2030年")),
        "{late:?}"
    );
    // The typed finding rides along as the diagnostic's data.
    assert_eq!(late[0]["data"]["kind"], "late_peak");
    assert_eq!(late[0]["data"]["year"], 2032);
    assert_eq!(late[0]["data"]["deadline"], 2030);

    // Checking again now would find no late peak.
    if let Err(e) = std::fs::write(
        dir.join("peaklint.yaml"),
        "extends: default\nrules:\n  target/late-peak: off\n",
    ) {
        panic!("{e}");
    }
    s.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"peaklint": {"lang": "en"}}}),
    );
    let en = s.diagnostics_for(&uri);
    let key = |d: &Value| (d["code"].clone(), d["range"].clone(), d["data"].clone());
    assert_eq!(
        zh.iter().map(key).collect::<Vec<_>>(),
        en.iter().map(key).collect::<Vec<_>>(),
        "the same findings"
    );
    let late = with_rule(&en, "target/late-peak");
    assert!(
        late[0]["message"].as_str().is_some_and(|m| m
            .starts_with("peak year 2032 is later than the required 2030")
            && m.contains("\nbring the peak to 2030 or earlier")),
        "{late:?}"
    );
    let numbering = with_rule(&en, "structure/numbering");
    assert!(
        numbering[0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("heading numbers skip")),
        "{numbering:?}"
    );
    // Hover follows the language.
    s.hover_explains_late_peak(&uri, peaklint::checks::Lang::En);

    // An edit checks again, with the peaklint.yaml now beside the document.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"text": PLAN}]}),
    );
    let again = s.diagnostics_for(&uri);
    assert!(
        with_rule(&again, "target/late-peak").is_empty(),
        "{again:#?}"
    );
    s.stop();
}

/// Issue 20: after each malformed frame the server still answers the next request —
/// a length over the cap with a short body, a non-numeric length, a body without a
/// header, a declared length that runs into the next frame, a header line of 1 MiB.
#[test]
fn every_malformed_frame_is_followed_by_an_answer() {
    let mut s = Server::start();
    s.initialize(json!({}), Value::Null);
    let frames: [&[u8]; 4] = [
        b"Content-Length: 300000000\r\n\r\n{\"short\":1}",
        b"Content-Length: abc\r\n\r\n{}",
        b"{\"jsonrpc\":\"2.0\",\"method\":\"no-header\"}",
        b"Content-Length: 60\r\n\r\n{\"a\":1}",
    ];
    for bad in frames {
        s.write_raw(bad);
        let r = s.request(
            "textDocument/hover",
            json!({
                "textDocument": {"uri": "file:///nowhere.md"},
                "position": {"line": 0, "character": 0}
            }),
        );
        assert!(r.get("id").is_some(), "{r}");
    }
    let mut long = vec![b'x'; 1 << 20];
    long.extend_from_slice(b"\r\n");
    s.write_raw(&long);
    s.stop();
}

/// Generic clients (Neovim's lspconfig, the VS Code client) start servers with `--stdio`:
/// accepted, and the same server; `--lang` may come before the subcommand.
#[test]
fn stdio_flag_is_accepted() {
    for args in [
        &["lsp", "--stdio"][..],
        &["--lang", "en", "lsp", "--stdio"][..],
    ] {
        let mut server = Server::start_with(args);
        let init = server.initialize(json!({}), json!({}));
        assert!(init["result"]["capabilities"].is_object(), "{init}");
        let uri = "file:///tmp/peaklint-stdio/plan.md";
        server.open(uri, "markdown", "## 一、总则\n\n正文。\n");
        let diags = server.diagnostics_for(uri);
        assert!(
            !with_rule(&diags, "structure/missing-chapter").is_empty(),
            "{diags:?}"
        );
        server.stop();
    }
}

#[test]
fn hover_on_a_target_sentence_shows_how_it_was_read() {
    let dir = temp_dir("reading");
    let uri = file_uri(&dir.join("plan.md"));
    let mut s = Server::start();
    s.initialize(json!({}), json!({"lang": "zh"}));
    let text = "# 园区碳达峰实施方案\n\n到2025年，园区单位工业增加值能耗比2020年下降16%。\n\n2020年，园区单位工业增加值能耗比2015年下降19.5%。\n";
    s.open(&uri, "markdown", text);
    let _ = s.diagnostics_for(&uri);
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": 3}}),
    );
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(value.starts_with("peaklint 对本句的读取："), "{hover}");
    assert!(
        value.contains(
            "指标：单位工业增加值能耗 · 类型：相对变化 · 数值：16% · 基准年：2020 · 目标年：2025 · 角色：本方案"
        ),
        "{value}"
    );
    // History that looks like a target is read as history.
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 4, "character": 10}}),
    );
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(
        value.contains("基准年：2015 · 目标年：2020 · 角色：历史"),
        "{value}"
    );
    // The title carries no target: only the whole-document findings are explained.
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 3}}),
    );
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(!value.contains("peaklint 对本句的读取"), "{value}");
    s.stop();
}

/// The diagnostics a fresh server publishes for `text` at `uri`.
fn fresh_diagnostics(uri: &str, text: &str) -> Vec<Value> {
    let mut s = Server::start();
    s.initialize(json!({}), json!({"lang": "zh"}));
    s.open(uri, "markdown", text);
    let diags = s.diagnostics_for(uri);
    s.stop();
    diags
}

/// Issue 19: the server keeps sentence readings (years, quantities, metrics) from one
/// version of a document to the next. After every edit of a sequence — figures changed,
/// a heading removed, an edit undone — it publishes what a fresh server publishes for the
/// same text: nothing read from an earlier version leaks into a later one.
#[test]
fn edits_publish_what_a_fresh_server_publishes() {
    let dir = temp_dir("edits");
    let uri = file_uri(&dir.join("standard-plan.md"));
    let plan = match std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/md/standard-plan.md"),
    ) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    let steps: [(&str, &str); 5] = [
        // A late peak.
        (
            "2028年前后实现碳达峰，峰值控制在560万吨以内",
            "2032年前后实现碳达峰，峰值控制在560万吨以内",
        ),
        // A total that no longer agrees with its table.
        ("二氧化碳排放总量为486.0万吨", "二氧化碳排放总量为496.0万吨"),
        // Another base year.
        ("基准年为2020年", "基准年为2019年"),
        // A heading removed.
        ("### （二）基准年碳排放清单\n", ""),
        // The late peak undone.
        (
            "2032年前后实现碳达峰，峰值控制在560万吨以内",
            "2028年前后实现碳达峰，峰值控制在560万吨以内",
        ),
    ];
    let mut s = Server::start();
    s.initialize(json!({}), json!({"lang": "zh"}));
    s.open(&uri, "markdown", &plan);
    let first = s.diagnostics_for(&uri);
    let mut text = plan.clone();
    let mut changed = false;
    for (version, (from, to)) in (2..).zip(steps) {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
        s.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"text": text}]}),
        );
        let edited = s.diagnostics_for(&uri);
        assert_eq!(
            edited,
            fresh_diagnostics(&uri, &text),
            "after {from} → {to}"
        );
        changed |= edited != first;
    }
    assert!(changed, "the edits changed the findings: {first:#?}");
    s.stop();
}
