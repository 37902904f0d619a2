//! Bad input through the real binary: a clear message naming the file and the problem,
//! exit code 2, never a panic; in a multi-file run the other files are still read.

use crate::common::peaklint;
use std::path::{Path, PathBuf};
use std::process::Command;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A scratch directory for this test binary.
fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-cli-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create {}: {e}", dir.display());
    }
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    if let Err(e) = std::fs::write(&p, bytes) {
        panic!("cannot write {}: {e}", p.display());
    }
    p.to_string_lossy().into_owned()
}

/// `expect_in_message` in the English output (`--lang en`), `zh` in the default one.
fn assert_unreadable(path: &str, expect_in_message: &str, zh: &str) {
    for cmd in ["outline", "check"] {
        let out = peaklint(&[cmd, path]);
        let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "{cmd} {path}: {all}");
        assert!(
            all.contains(path) && all.contains(zh),
            "{cmd} {path}: expected the file and “{zh}” in: {all}"
        );
        let out = peaklint(&["--lang", "en", cmd, path]);
        let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "{cmd} {path}: {all}");
        assert!(
            all.contains(path),
            "{cmd} {path}: message must name the file: {all}"
        );
        assert!(
            all.contains(expect_in_message),
            "{cmd} {path}: expected “{expect_in_message}” in: {all}"
        );
        assert!(!all.contains("panicked"), "{cmd} {path}: {all}");
    }
}

#[test]
fn empty_files() {
    let d = scratch();
    assert_unreadable(&write(&d, "empty.md", b""), "empty", "文件为空");
    assert_unreadable(&write(&d, "empty.docx", b""), "empty", "文件为空");
    assert_unreadable(&write(&d, "blank.txt", b"  \n\n"), "empty", "文件为空");
}

#[test]
fn not_a_zip() {
    let d = scratch();
    assert_unreadable(
        &write(&d, "not-a-zip.docx", "一、总则".as_bytes()),
        "not a zip",
        "不是 zip 压缩包",
    );
}

#[test]
fn binary_file() {
    let d = scratch();
    assert_unreadable(
        &write(&d, "image.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"),
        "binary",
        "二进制内容",
    );
}

#[test]
fn legacy_doc_and_pdf() {
    let d = scratch();
    assert_unreadable(
        &write(&d, "old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0"),
        ".doc",
        "旧版 Word 97-2003（.doc）",
    );
    assert_unreadable(
        &write(&d, "plan.pdf", b"%PDF-1.7\n%\xE2\xE3"),
        "PDF",
        "PDF 文件",
    );
}

#[test]
fn directory() {
    let d = scratch();
    let sub = d.join("a-folder");
    if let Err(e) = std::fs::create_dir_all(&sub) {
        panic!("{e}");
    }
    assert_unreadable(&sub.to_string_lossy(), "directory", "下没有方案文件");
}

#[test]
fn missing_file() {
    assert_unreadable(
        "/nonexistent/plan.docx",
        "cannot read",
        "文件或文件夹不存在",
    );
}

#[test]
fn truncated_zip() {
    let d = scratch();
    let good = peaklint::bench_corpus::docx_plan(200);
    let half = good.get(..good.len() / 2).unwrap_or(&[]);
    assert_unreadable(
        &write(&d, "truncated.docx", half),
        "zip",
        "zip 文件包被截断或已损坏",
    );
}

#[test]
fn other_files_are_still_read() {
    let d = scratch();
    let bad = write(&d, "bad.docx", b"not a zip");
    let good = write(&d, "good.md", "## 一、总则\n\n正文。\n".as_bytes());
    let out = peaklint(&["outline", "--format", "json", &bad, &good]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(e) => panic!("invalid JSON: {e}\n{}", text(&out.stdout)),
    };
    assert_eq!(v["files"][0]["status"], "unreadable");
    assert!(v["files"][0]["error"]
        .as_str()
        .is_some_and(|e| e.contains("not a zip")));
    assert_eq!(v["files"][1]["status"], "checked");
    assert_eq!(v["files"][1]["headings"][0]["title"], "总则");

    let out = peaklint(&["check", "--format", "json", &bad, &good]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(e) => panic!("invalid JSON: {e}\n{}", text(&out.stdout)),
    };
    assert_eq!(v["files"][0]["status"], "unreadable");
    assert_eq!(v["files"][0]["diagnostics"][0]["rule"], "input/unreadable");
    assert_eq!(v["files"][1]["status"], "checked");
}

/// Every file in fixtures/broken/ that is not a readable document gives exit 2 and a
/// message naming it; the ones made to test sniffing (a .docx without extension, a
/// Markdown plan with an unknown extension) are read.
#[test]
fn broken_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/broken");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = p.to_string_lossy().into_owned();
        let out = peaklint(&["outline", &path]);
        let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert!(!all.contains("panicked"), "{name}: {all}");
        if name == "plan-no-extension" || name == "notes.dat" {
            assert_eq!(out.status.code(), Some(0), "{name} should be read: {all}");
            assert!(
                all.contains("一、") || all.contains("第一章"),
                "{name}: {all}"
            );
        } else {
            assert_eq!(out.status.code(), Some(2), "{name}: {all}");
            assert!(all.contains(&path), "{name}: {all}");
        }
    }
}

/// `peaklint … | head` closes the pipe early: no panic, the exit code still tells.
#[test]
fn closed_stdout_is_not_a_panic() {
    use std::process::Stdio;
    let child = Command::new(env!("CARGO_BIN_EXE_peaklint"))
        .env_remove("PEAKLINT_LANG")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "outline",
            "fixtures/md/standard-plan.md",
            "fixtures/md/gov-plan.md",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    drop(child.stdout.take()); // the reader goes away before anything is read
    let out = match child.wait_with_output() {
        Ok(o) => o,
        Err(e) => panic!("{e}"),
    };
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

/// Every input limit can be lowered from the command line, and a file over it is reported
/// unreadable with the limit named (exit 2), in `check` and in `report`.
#[test]
fn limits_are_configurable_from_the_command_line() {
    let md = "fixtures/md/gov-plan.md";
    let docx = "fixtures/docx/no-styles-numbered.docx";
    let cases: [(&[&str], &str, &str); 5] = [
        (&["--max-file-size", "100"], md, "the limit is 100 bytes"),
        (&["--max-paragraphs", "10"], md, "more than 10 paragraphs"),
        (&["--max-xml-depth", "4"], docx, "nested more than 4"),
        (&["--max-entries", "3"], docx, "the limit is 3"),
        (&["--max-decompressed", "1000"], docx, "decompressed size"),
    ];
    for (flags, file, expect) in cases {
        let mut args = vec!["--lang", "en", "check", "--format", "json"];
        args.extend_from_slice(flags);
        args.push(file);
        let out = peaklint(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let json: serde_json::Value = match serde_json::from_slice(&out.stdout) {
            Ok(v) => v,
            Err(e) => panic!("{args:?}: not JSON ({e}): {}", text(&out.stdout)),
        };
        let file0 = &json["files"][0];
        assert_eq!(file0["status"], "unreadable", "{args:?}");
        let message = file0["diagnostics"][0]["message"].as_str().unwrap_or("");
        assert!(message.contains(expect), "{args:?}: {message}");
        // The defaults read the same file.
        let ok = peaklint(&["check", "--format", "json", file]);
        assert_ne!(ok.status.code(), Some(2), "{file} at the default limits");
    }
    let report = peaklint(&[
        "report",
        "--format",
        "markdown",
        "--max-file-size",
        "100",
        md,
    ]);
    assert_eq!(report.status.code(), Some(0));
    assert!(text(&report.stdout).contains("文件大小为 18495 字节，超过上限 100 字节"));
}
