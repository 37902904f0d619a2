//! Batch runs over folders: which files a walk picks and in which order, the same output
//! whatever the number of jobs, unreadable files listed inside a folder run, empty
//! folders refused.

use crate::common::peaklint;
use std::path::{Path, PathBuf};
use std::process::Output;

use peaklint::batch::{self, Input};
use serde_json::Value;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-batch-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create {}: {e}", dir.display());
    }
    dir
}

fn copy(from: &str, to: &Path) {
    if let Some(parent) = to.parent() {
        if let Err(e) = std::fs::create_dir_all(parent) {
            panic!("cannot create {}: {e}", parent.display());
        }
    }
    if let Err(e) = std::fs::copy(fixture(from), to) {
        panic!("cannot copy {from} to {}: {e}", to.display());
    }
}

fn json_paths(out: &Output) -> Vec<(String, String)> {
    let v: Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(e) => panic!("not JSON ({e}): {}", text(&out.stdout)),
    };
    v["files"]
        .as_array()
        .map(|files| {
            files
                .iter()
                .map(|f| {
                    (
                        f["path"].as_str().unwrap_or("").to_string(),
                        f["status"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A tree with plans at several depths, files that are not plans, and folders a walk
/// must skip.
fn plan_tree(name: &str) -> PathBuf {
    let root = scratch(name);
    copy("fixtures/md/gov-plan.md", &root.join("b.md"));
    copy("fixtures/md/chapter-plan.md", &root.join("a/z.md"));
    copy("fixtures/txt/plan-utf8.txt", &root.join("A.txt"));
    copy("fixtures/docx/pandoc-headings.docx", &root.join("c.DOCX"));
    copy(
        "fixtures/md/standard-plan.md",
        &root.join("sub/deeper/y.markdown"),
    );
    copy("fixtures/md/gov-plan.md", &root.join(".hidden/x.md"));
    copy("fixtures/md/gov-plan.md", &root.join("target/x.md"));
    copy("fixtures/md/gov-plan.md", &root.join("node_modules/x.md"));
    copy("fixtures/md/gov-plan.md", &root.join(".draft.md"));
    copy("fixtures/broken/notes.dat", &root.join("notes.dat"));
    root
}

#[test]
fn a_walk_picks_plans_sorted_and_skips_hidden_target_node_modules() {
    let root = plan_tree("walk");
    let inputs = match batch::expand(std::slice::from_ref(&root)) {
        Ok(i) => i,
        Err(e) => panic!("{e}"),
    };
    let rel: Vec<String> = inputs
        .iter()
        .map(|i| {
            assert!(matches!(i, Input::File(_)));
            i.path()
                .strip_prefix(&root)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        rel,
        vec!["A.txt", "a/z.md", "b.md", "c.DOCX", "sub/deeper/y.markdown"]
    );
}

#[cfg(unix)]
#[test]
fn a_walk_follows_no_symbolic_link() {
    let root = scratch("symlinks");
    let outside = scratch("symlinks-outside");
    copy("fixtures/md/gov-plan.md", &outside.join("outside.md"));
    copy("fixtures/md/gov-plan.md", &root.join("inside.md"));
    let links = [
        std::os::unix::fs::symlink(outside.join("outside.md"), root.join("link.md")),
        std::os::unix::fs::symlink(&outside, root.join("linked-dir")),
        // A loop back to the root must not hang the walk.
        std::os::unix::fs::symlink(&root, root.join("loop")),
    ];
    for l in links {
        if let Err(e) = l {
            panic!("cannot create a symlink: {e}");
        }
    }
    let inputs = match batch::expand(std::slice::from_ref(&root)) {
        Ok(i) => i,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(inputs, vec![Input::File(root.join("inside.md"))]);
}

#[test]
fn json_lists_files_in_walk_order_and_explicit_files_in_argument_order() {
    let root = plan_tree("json-order");
    let root_s = root.to_string_lossy().into_owned();
    let out = peaklint(&[
        "check",
        "--format",
        "json",
        "fixtures/md/standard-plan.md",
        &root_s,
        "fixtures/broken/plan-no-extension",
    ]);
    let paths = json_paths(&out);
    let expected: Vec<(String, String)> = [
        "fixtures/md/standard-plan.md".to_string(),
        root.join("A.txt").to_string_lossy().into_owned(),
        root.join("a").join("z.md").to_string_lossy().into_owned(),
        root.join("b.md").to_string_lossy().into_owned(),
        root.join("c.DOCX").to_string_lossy().into_owned(),
        root.join("sub")
            .join("deeper")
            .join("y.markdown")
            .to_string_lossy()
            .into_owned(),
        // Named explicitly: checked whatever its extension (the content is sniffed).
        "fixtures/broken/plan-no-extension".to_string(),
    ]
    .into_iter()
    .map(|p| (p, "checked".to_string()))
    .collect();
    assert_eq!(paths, expected);
}

#[test]
fn one_job_and_several_jobs_print_the_same() {
    for format in ["human", "json", "sarif"] {
        let run = |jobs: &str| {
            peaklint(&[
                "check",
                "--format",
                format,
                "--jobs",
                jobs,
                "fixtures/md",
                "fixtures/variants/misnumbered.docx",
                "fixtures/variants/boundary-defects.docx",
            ])
        };
        let one = run("1");
        let four = run("4");
        assert!(!one.stdout.is_empty());
        assert_eq!(text(&one.stdout), text(&four.stdout), "--format {format}");
        assert_eq!(one.status.code(), four.status.code());
    }
}

#[test]
fn jobs_must_be_positive() {
    let out = peaklint(&["check", "--jobs", "0", "fixtures/md"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_unreadable_file_in_a_folder_is_listed_and_exits_2() {
    let root = scratch("unreadable");
    copy("fixtures/md/standard-plan.md", &root.join("good.md"));
    copy("fixtures/broken/not-a-zip.docx", &root.join("broken.docx"));
    copy("fixtures/broken/empty.md", &root.join("empty.md"));
    let root_s = root.to_string_lossy().into_owned();

    let out = peaklint(&["check", "--lang", "en", &root_s]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = text(&out.stdout);
    let broken = root.join("broken.docx").to_string_lossy().into_owned();
    let empty = root.join("empty.md").to_string_lossy().into_owned();
    let good = root.join("good.md").to_string_lossy().into_owned();
    assert!(
        stdout.contains(&format!("unreadable {broken}: not a document")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("unreadable {empty}: file is empty")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("✓ {good}")) || stdout.contains(&format!("✗ {good}")),
        "{stdout}"
    );
    let last = stdout.lines().last().unwrap_or("");
    assert!(last.contains("1 file(s) checked, 2 unreadable"), "{stdout}");

    let out = peaklint(&["check", "--format", "json", &root_s]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        json_paths(&out),
        vec![
            (broken, "unreadable".to_string()),
            (empty, "unreadable".to_string()),
            (good, "checked".to_string()),
        ]
    );
}

#[test]
fn a_folder_without_plans_is_a_usage_error() {
    let empty = scratch("empty");
    let only_other = scratch("only-other");
    copy("fixtures/broken/notes.dat", &only_other.join("notes.dat"));
    copy(
        "fixtures/md/gov-plan.md",
        &only_other.join(".hidden/plan.md"),
    );
    for dir in [&empty, &only_other] {
        let d = dir.to_string_lossy().into_owned();
        for cmd in ["check", "outline"] {
            let out = peaklint(&[cmd, &d]);
            assert_eq!(out.status.code(), Some(2), "{cmd} {d}");
            let stderr = text(&out.stderr);
            assert!(
                stderr.contains(&format!("错误：{d} 下没有方案文件（在文件夹中查找")),
                "{stderr}"
            );
            assert!(out.stdout.is_empty());
            let out = peaklint(&["--lang", "en", cmd, &d]);
            assert_eq!(out.status.code(), Some(2), "{cmd} {d}");
            let stderr = text(&out.stderr);
            assert!(
                stderr.contains(&format!(
                    "error: no plan files found under {d} (a directory is walked"
                )),
                "{stderr}"
            );
        }
    }
}

#[test]
fn outline_walks_folders_too() {
    let out = peaklint(&["outline", "--format", "json", "fixtures/md"]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .map(|f| f.iter().filter_map(|f| f["path"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        paths,
        vec![
            "fixtures/md/chapter-plan.md",
            "fixtures/md/gov-plan.md",
            "fixtures/md/pasted-numbered.md",
            "fixtures/md/standard-plan.md",
        ]
    );
}

#[test]
fn human_status_lines_sit_above_the_summary() {
    let out = peaklint(&["check", "--lang", "en", "fixtures/md"]);
    let stdout = text(&out.stdout);
    let tail: Vec<&str> = stdout.lines().rev().take(6).collect();
    assert!(
        tail.first()
            .is_some_and(|l| l.starts_with("4 file(s) checked, 0 unreadable: ")),
        "{stdout}"
    );
    // Above the summary: how many files the walk found and how many were read.
    assert_eq!(tail.get(1), Some(&"4 files found, 4 read"), "{stdout}");
    let files = [
        "fixtures/md/standard-plan.md",
        "fixtures/md/pasted-numbered.md",
        "fixtures/md/gov-plan.md",
        "fixtures/md/chapter-plan.md",
    ];
    for (line, file) in tail.iter().skip(2).zip(files) {
        let ok = line.starts_with(&format!("✓ {file}")) || line.starts_with(&format!("✗ {file}"));
        assert!(ok, "{line:?} is not the status of {file}");
    }
    // A single file keeps the plain output: no status line.
    let one = text(&peaklint(&["check", "--lang", "en", "fixtures/md/gov-plan.md"]).stdout);
    assert!(!one.contains("✓ fixtures/md/gov-plan.md"), "{one}");
}
