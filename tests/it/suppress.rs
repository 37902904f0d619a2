//! Inline suppressions: `<!-- peaklint-disable … -->`, `-enable`, `-disable-next-line`,
//! with justifications; suppressed findings stay in JSON, are counted in the human
//! output and do not decide the exit code.

fn scratch(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("peaklint-suppress-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{e}");
    }
    let p = dir.join(name);
    if let Err(e) = std::fs::write(&p, text) {
        panic!("{e}");
    }
    p.to_string_lossy().into_owned()
}

fn run(args: &[&str]) -> (Option<i32>, String) {
    let (code, out, _) = crate::common::outcome(&crate::common::peaklint(args));
    (code, out)
}

fn json(path: &str) -> (Option<i32>, serde_json::Value) {
    let (code, out) = run(&["check", "--format", "json", path]);
    match serde_json::from_str(&out) {
        Ok(v) => (code, v),
        Err(e) => panic!("{e}: {out}"),
    }
}

const PLAN: &str =
    "## 一、总则\n\n正文。\n\n## 二、碳排放分析\n\n正文。\n\n## 四、保障措施\n\n正文。\n";

#[test]
fn next_line_suppresses_one_finding_with_its_justification() {
    let text = PLAN.replace(
        "## 四、保障措施",
        "<!-- peaklint-disable-next-line structure/numbering -- 沿用上级文件的章节编号 -->\n## 四、保障措施",
    );
    let (_, v) = json(&scratch("next-line.md", &text));
    let diags = v["files"][0]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let numbering: Vec<&serde_json::Value> = diags
        .iter()
        .filter(|d| d["rule"] == "structure/numbering")
        .collect();
    assert_eq!(numbering.len(), 1);
    assert_eq!(numbering[0]["suppressed"]["kind"], "inline");
    assert_eq!(
        numbering[0]["suppressed"]["justification"],
        "沿用上级文件的章节编号"
    );
    assert!(v["files"][0]["summary"]["suppressed"].as_u64().unwrap_or(0) >= 1);
}

#[test]
fn disable_without_rules_covers_everything_until_enable() {
    let text = format!("<!-- peaklint-disable -->\n{PLAN}");
    let (code, v) = json(&scratch("all.md", &text));
    let diags = v["files"][0]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!diags.is_empty());
    assert!(
        diags.iter().all(|d| d["suppressed"].is_object()),
        "{diags:#?}"
    );
    assert_eq!(v["files"][0]["summary"]["errors"], 0);
    assert_eq!(code, Some(0), "suppressed findings do not fail the run");

    let text = format!("<!-- peaklint-disable structure/numbering -->\n{PLAN}\n<!-- peaklint-enable -->\n\n## 六、附件\n\n正文。\n");
    let (_, v) = json(&scratch("enable.md", &text));
    let diags = v["files"][0]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let numbering: Vec<&serde_json::Value> = diags
        .iter()
        .filter(|d| d["rule"] == "structure/numbering")
        .collect();
    assert_eq!(numbering.len(), 2, "{numbering:#?}");
    assert!(numbering[0]["suppressed"].is_object());
    assert!(numbering[1]["suppressed"].is_null(), "after enable");
}

#[test]
fn human_output_counts_suppressed() {
    let text = format!("<!-- peaklint-disable -->\n{PLAN}");
    let (_, out) = run(&["check", "--color", "never", &scratch("human.md", &text)]);
    assert!(out.contains("条已抑制"), "{out}");
    assert!(!out.contains("structure/numbering"), "{out}");
}

#[test]
fn sarif_keeps_suppressed_results_with_their_suppression_and_github_skips_them() {
    let text = PLAN.replace(
        "## 四、保障措施",
        "<!-- peaklint-disable-next-line structure/numbering -- 沿用上级文件的章节编号 -->\n## 四、保障措施",
    );
    let path = scratch("sarif.md", &text);
    let (_, out) = run(&["check", "--format", "sarif", &path]);
    let v: serde_json::Value = match serde_json::from_str(&out) {
        Ok(v) => v,
        Err(e) => panic!("{e}: {out}"),
    };
    let results = v["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let numbering: Vec<&serde_json::Value> = results
        .iter()
        .filter(|r| r["ruleId"] == "structure/numbering")
        .collect();
    assert_eq!(numbering.len(), 1);
    assert_eq!(numbering[0]["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        numbering[0]["suppressions"][0]["justification"],
        "沿用上级文件的章节编号"
    );
    let (_, gh) = run(&["check", "--format", "github", &path]);
    assert!(!gh.contains("structure/numbering"), "{gh}");
}
