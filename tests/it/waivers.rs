//! Waivers (`peaklint-waivers.yaml`, `--waivers FILE`): waived findings are suppressed as
//! inline ones are (JSON `suppressed`, SARIF `suppressions` of kind external, the human
//! count), unused entries are reported as `input/unused-waiver`, and a malformed waivers
//! file is a located error (exit 2).

use std::path::{Path, PathBuf};

use serde_json::Value;

const DOCX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/fixtures/variants/boundary-defects.docx"
);
const PLAN: &str =
    "## 一、总则\n\n正文。\n\n## 二、碳排放分析\n\n正文。\n\n## 四、保障措施\n\n正文。\n";

/// A fresh folder holding a copy of the .docx fixture as 园区方案.docx.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-waivers-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir)
        .and_then(|_| std::fs::copy(DOCX, dir.join("园区方案.docx")).map(|_| ()))
    {
        panic!("{e}");
    }
    dir
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        panic!("{e}");
    }
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    crate::common::outcome(&crate::common::peaklint(args))
}

fn json(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let (_, out, err) = run(&all);
    match serde_json::from_str::<Value>(&out) {
        Ok(v) => v["files"][0]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default(),
        Err(e) => panic!("{e}: {out}{err}"),
    }
}

fn of<'a>(diags: &'a [Value], rule: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["rule"] == rule).collect()
}

const DOCX_WAIVERS: &str = "\
waivers:
  - file: 园区方案.docx
    rule: boundary/area
    paragraph: 97
    justification: 建成区面积与规划面积口径不同，见附件2
  - file: 园区方案.docx
    rule: boundary/
    text: 4,680,000吨
    justification: 表3沿用统计年鉴口径
  - file: 园区方案.docx
    rule: target/late-peak
    justification: 已在上一稿修正
  - file: 别的方案.docx
    rule: target/conflict
    justification: 不是这个文件的豁免
";

#[test]
fn docx_findings_are_waived_from_the_side_car_file() {
    let dir = folder("docx");
    write(&dir.join("peaklint-waivers.yaml"), DOCX_WAIVERS);
    let docx = dir.join("园区方案.docx");
    let docx = docx.to_string_lossy();
    let diags = json(&[&docx]);

    // ¶97 selects the area finding.
    let area = of(&diags, "boundary/area");
    assert_eq!(area.len(), 1);
    assert_eq!(area[0]["suppressed"]["kind"], "waiver");
    assert_eq!(
        area[0]["suppressed"]["justification"],
        "建成区面积与规划面积口径不同，见附件2"
    );
    let source = area[0]["suppressed"]["source"].as_str().unwrap_or_default();
    assert!(source.ends_with("peaklint-waivers.yaml:2:5"), "{source}");

    // A family with `text`: only the finding whose paragraph holds 4,680,000吨 (¶244:
    // boundary/unit and boundary/scope-mismatch), not the others of the family.
    let unit = of(&diags, "boundary/unit");
    assert_eq!(
        unit[0]["suppressed"]["justification"],
        "表3沿用统计年鉴口径"
    );
    assert_eq!(
        of(&diags, "boundary/scope-mismatch")[0]["suppressed"]["kind"],
        "waiver"
    );
    assert!(of(&diags, "boundary/non-co2")[0]
        .get("suppressed")
        .is_none());
    assert!(of(&diags, "boundary/base-year")[0]
        .get("suppressed")
        .is_none());

    // The late-peak waiver selects this file but no finding: reported, as info. The
    // waiver for another file is not this file's business.
    let unused = of(&diags, "input/unused-waiver");
    assert_eq!(unused.len(), 1, "{unused:?}");
    assert_eq!(unused[0]["severity"], "info");
    let message = unused[0]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("peaklint-waivers.yaml:10:5") && message.contains("target/late-peak"),
        "{message}"
    );

    // SARIF: the waived results carry an external suppression with the justification.
    let (_, sarif, _) = run(&["check", "--format", "sarif", &docx]);
    let sarif: Value = serde_json::from_str(&sarif).unwrap_or_default();
    let results = sarif["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let area = results.iter().find(|r| r["ruleId"] == "boundary/area");
    let sup = &area
        .map(|r| r["suppressions"][0].clone())
        .unwrap_or_default();
    assert_eq!(sup["kind"], "external", "{sup}");
    assert_eq!(
        sup["justification"],
        "建成区面积与规划面积口径不同，见附件2"
    );
    // …and the log is valid SARIF 2.1.0 (the vendored official schema).
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    let schema: Value = match std::fs::read_to_string(&schema_path)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => panic!("{}: {e}", schema_path.display()),
    };
    assert!(schema.get("definitions").is_some());
    let validator = match jsonschema::draft4::options().build(&schema) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    };
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    // Human: counted as suppressed; the non-CO2 and base-year errors still fail the run.
    let (code, human, _) = run(&["check", "--color", "never", &docx]);
    assert_eq!(code, Some(1));
    assert!(human.contains("3 条已抑制"), "{human}");
    let (_, human, _) = run(&["check", "--color", "never", "--lang", "en", &docx]);
    assert!(human.contains("3 suppressed"), "{human}");
}

#[test]
fn explicit_waivers_file_for_markdown_with_line_and_text() {
    let dir = folder("md");
    let plan = dir.join("plan.md");
    write(&plan, PLAN);
    // Not in the plan's folder: only used when given with --waivers.
    let waivers = dir.join("review").join("waivers.yaml");
    if let Err(e) = std::fs::create_dir_all(waivers.parent().unwrap_or(&dir)) {
        panic!("{e}");
    }
    write(
        &waivers,
        "waivers:\n  - file: ../plan.md\n    rule: structure/numbering\n    line: 9\n    text: 四、\n    justification: 沿用上级文件的章节编号\n  - file: plan.md\n    rule: principle/\n    justification: 评审稿不要求原则论证\n",
    );
    let plan = plan.to_string_lossy();
    let without = json(&[&plan]);
    assert!(of(&without, "structure/numbering")[0]
        .get("suppressed")
        .is_none());

    let waivers = waivers.to_string_lossy();
    let diags = json(&["--waivers", &waivers, &plan]);
    let numbering = of(&diags, "structure/numbering");
    assert_eq!(
        numbering[0]["suppressed"]["justification"],
        "沿用上级文件的章节编号"
    );
    let principles: Vec<&Value> = diags
        .iter()
        .filter(|d| d["category"] == "principle")
        .collect();
    assert!(!principles.is_empty());
    assert!(
        principles
            .iter()
            .all(|d| d["suppressed"]["kind"] == "waiver"),
        "{principles:?}"
    );
    assert!(of(&diags, "input/unused-waiver").is_empty(), "{diags:?}");
}

#[test]
fn malformed_waivers_files_are_located_errors() {
    let dir = folder("bad");
    let docx = dir.join("园区方案.docx");
    let docx = docx.to_string_lossy().into_owned();
    let cases = [
        (
            "waivers:\n  - file: 园区方案.docx\n    rule: boundary/area\n    paragraf: 97\n    justification: x\n",
            "paragraf",
            ":4:5",
        ),
        (
            "waivers:\n  - file: 园区方案.docx\n    rule: boundary/area\n",
            "justification",
            ":2:5",
        ),
        (
            "waivers:\n  - file: 园区方案.docx\n    rule: boundary/areas\n    justification: x\n",
            "未知的规则",
            ":3:11",
        ),
        (
            "waivers:\n  - file: 园区方案.docx\n    rule: boundary/area\n    justification: \"  \"\n",
            "justification",
            ":4:20",
        ),
    ];
    for (text, what, at) in cases {
        write(&dir.join("peaklint-waivers.yaml"), text);
        let (code, _, err) = run(&["check", "--color", "never", &docx]);
        assert_eq!(code, Some(2), "{text}\n{err}");
        assert!(err.contains(what), "{text}\n{err}");
        assert!(
            err.contains(&format!("peaklint-waivers.yaml{at}")),
            "{text}\n{err}"
        );
    }
}
