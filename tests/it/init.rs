//! `peaklint init`: the skeleton plan, as Markdown and as .docx, is read back by our own
//! readers and passes every structure rule; an existing file is never overwritten
//! without --force.

use crate::common::peaklint_in;
use std::path::{Path, PathBuf};

use peaklint::checks::Lang;
use peaklint::init::{render, skeleton, SkeletonFormat, PLAN_TITLE};
use peaklint::pack;
use peaklint::pipeline::check_document;

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-init-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{e}");
    }
    dir
}

/// Read a written skeleton back and check it with the embedded pack.
fn check_written(path: &Path) -> peaklint::pipeline::FileResult {
    let doc = match peaklint::read_path(path) {
        Ok(d) => d,
        Err(e) => panic!("{}: {e}", path.display()),
    };
    check_document(&doc, pack::default_pack(), Lang::Zh)
}

#[test]
fn skeletons_pass_every_structure_rule() {
    let dir = tempdir("structure");
    for file in ["plan.md", "plan.docx"] {
        let out = peaklint_in(&dir, &["init", file]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let result = check_written(&dir.join(file));
        assert!(result.readable);
        let structure: Vec<_> = result
            .diagnostics
            .iter()
            .filter(|d| d.rule.starts_with("structure/") || d.rule.starts_with("input/"))
            .collect();
        assert!(structure.is_empty(), "{file}: {structure:#?}");
        assert!(
            (result.outline_coverage - 1.0).abs() < f64::EPSILON,
            "{file}: coverage {}",
            result.outline_coverage
        );
    }
}

#[test]
fn docx_headings_are_styled_and_numbered_like_the_markdown() {
    let dir = tempdir("same");
    assert_eq!(peaklint_in(&dir, &["init", "a.md"]).status.code(), Some(0));
    assert_eq!(
        peaklint_in(&dir, &["init", "b.docx"]).status.code(),
        Some(0)
    );
    let headings = |p: &str| -> Vec<(u8, String)> {
        match peaklint::read_path(&dir.join(p)) {
            Ok(doc) => doc
                .headings()
                .map(|(_, h)| (h.level, h.title.clone()))
                .collect(),
            Err(e) => panic!("{e}"),
        }
    };
    let md = headings("a.md");
    assert_eq!(md, headings("b.docx"));
    let chapters = skeleton(pack::default_pack());
    let expected: usize = chapters.iter().map(|c| 1 + c.sections.len()).sum();
    assert_eq!(md.len(), expected);
    assert_eq!(md.first().map(|(_, t)| t.as_str()), Some("园区概况"));
    let title = peaklint::read_path(&dir.join("b.docx"))
        .ok()
        .and_then(|d| d.title.map(|t| t.text));
    assert_eq!(title.as_deref(), Some(PLAN_TITLE));
}

#[test]
fn every_required_item_of_the_pack_is_in_the_skeleton() {
    let pack = pack::default_pack();
    let chapters = skeleton(pack);
    for item in &pack.outline {
        let required = item.level == pack::Requirement::Required;
        let found = chapters.iter().find(|c| c.title == item.title);
        assert!(!required || found.is_some(), "chapter {}", item.title);
        if let Some(c) = found {
            for s in &item.sections {
                if matches!(
                    s.level,
                    pack::Requirement::Required | pack::Requirement::Recommended
                ) {
                    assert!(
                        c.sections.iter().any(|x| x.title == s.title),
                        "section {} of {}",
                        s.title,
                        item.title
                    );
                }
            }
        }
    }
    // Guidance comes from the pack.
    let profile = chapters.iter().find(|c| c.title == "园区概况");
    assert_eq!(
        profile.map(|c| c.guidance.as_str()),
        Some("（编写提示：介绍园区的区位与范围、经济与产业、能源消费和绿色低碳工作基础。）")
    );
}

#[test]
fn an_existing_file_is_kept_unless_forced() {
    let dir = tempdir("force");
    let path = dir.join("plan.md");
    if let Err(e) = std::fs::write(&path, "我的草稿") {
        panic!("{e}");
    }
    let out = peaklint_in(&dir, &["init", "plan.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        "我的草稿"
    );
    let out = peaklint_in(&dir, &["init", "--force", "plan.md"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read_to_string(&path)
        .unwrap_or_default()
        .starts_with("# ××工业园区碳达峰实施方案"));
    // A folder that does not exist: exit 2, no panic.
    let out = peaklint_in(&dir, &["init", "no/such/dir/plan.md"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn format_follows_the_flag_then_the_extension() {
    let dir = tempdir("format");
    assert_eq!(
        peaklint_in(&dir, &["init", "--format", "docx", "plan.bin"])
            .status
            .code(),
        Some(0)
    );
    let bytes = std::fs::read(dir.join("plan.bin")).unwrap_or_default();
    assert!(bytes.starts_with(b"PK"), "a zip package");
    assert_eq!(
        peaklint_in(&dir, &["init", "plan.txt"]).status.code(),
        Some(0)
    );
    let text = std::fs::read_to_string(dir.join("plan.txt")).unwrap_or_default();
    assert!(text.starts_with("# "), "Markdown by default");
}

#[test]
fn docx_output_is_reproducible() {
    let pack = pack::default_pack();
    let a = render(pack, SkeletonFormat::Docx).unwrap_or_default();
    let b = render(pack, SkeletonFormat::Docx).unwrap_or_default();
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn rules_file_outline_is_used() {
    let dir = tempdir("rules");
    let config = "extends: default\noutline:\n  - {id: profile, level: off}\n  - {id: general, level: required}\n";
    if let Err(e) = std::fs::write(dir.join("custom.yaml"), config) {
        panic!("{e}");
    }
    let out = peaklint_in(&dir, &["init", "--rules", "custom.yaml", "plan.md"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = std::fs::read_to_string(dir.join("plan.md")).unwrap_or_default();
    assert!(!text.contains("园区概况"), "{text}");
    assert!(text.contains("## 一、工业园区碳排放分析"), "{text}");
    assert!(text.contains("## 二、总体要求"), "{text}");
}
