//! A new user's first hour (issue 17), through the real binary: config mistakes reported
//! where they are and all at once; no English in the default (Chinese) output of bad
//! inputs, usage errors and the smaller commands; `--lang` before the subcommand;
//! `explain` suggestions; .docx code frames numbered by paragraph and cropped around the
//! span; help text on every option; README and Cargo.toml telling how to install.

use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out = crate::common::peaklint_in(dir, args);
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Run {
    run_in(root(), args)
}

/// A run with `PEAKLINT_LANG` set.
fn run_env(args: &[&str], lang: &str) -> Run {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peaklint"))
        .args(args)
        .current_dir(root())
        .env("PEAKLINT_LANG", lang)
        .output()
        .unwrap_or_else(|e| panic!("cannot run peaklint: {e}"));
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A fresh scratch folder (no peaklint.yaml above it but what the test writes).
fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("peaklint-first-hour-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create {}: {e}", dir.display());
    }
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    if let Err(e) = std::fs::write(&p, text) {
        panic!("cannot write {}: {e}", p.display());
    }
    p.to_string_lossy().into_owned()
}

// ---- 2. config errors ---------------------------------------------------------------

#[test]
fn yaml_syntax_errors_are_reported_where_they_are() {
    let cases = [
        (
            "extends: default\nthresholds:\n  peak_deadline: \"2028\n",
            "peaklint.yaml:3:18",
            "引号未闭合",
            "unclosed quote",
        ),
        (
            "extends: default\nrules: [\n",
            "peaklint.yaml:2:8",
            "括号未闭合",
            "unclosed bracket",
        ),
    ];
    for (i, (yaml, place, zh, en)) in cases.into_iter().enumerate() {
        let dir = scratch(&format!("syntax-{i}"));
        write(&dir, "peaklint.yaml", yaml);
        write(&dir, "x.md", "## 一、总则\n\n正文。\n");
        let r = run_in(&dir, &["check", "x.md"]);
        assert_eq!(r.code, Some(2), "{}", r.stderr);
        assert!(r.stderr.contains(place), "{place} in {}", r.stderr);
        assert!(
            r.stderr.contains(&format!("YAML 语法错误：{zh}")),
            "{zh} in {}",
            r.stderr
        );
        assert!(r.stderr.contains("rules::syntax"), "{}", r.stderr);
        assert!(!r.stderr.contains("未知的键"), "{}", r.stderr);
        let r = run_in(&dir, &["--lang", "en", "check", "x.md"]);
        assert_eq!(r.code, Some(2), "{}", r.stderr);
        assert!(r.stderr.contains(place), "{place} in {}", r.stderr);
        assert!(r.stderr.contains(en), "{en} in {}", r.stderr);
        assert!(!r.stderr.contains("unknown key"), "{}", r.stderr);
        let r = run_in(&dir, &["rules", "validate", "peaklint.yaml"]);
        assert_eq!(r.code, Some(2));
        assert!(r.stderr.contains(place), "{}", r.stderr);
    }
}

/// The issue's file: a wrong setting and a short rule id on one line, a misspelt rule
/// id, a number written in words.
const MULTI_MISTAKE: &str = "extends: default\nrules:\n  chapter-order: of\n  target/late-peek: error\nthresholds:\n  peak_deadline: twenty\n";

#[test]
fn rules_validate_reports_every_mistake_with_its_place() {
    let dir = scratch("every-mistake");
    let file = write(&dir, "multi.yaml", MULTI_MISTAKE);
    // (place, Chinese, English): every mistake, where it is, in both languages.
    let expected = [
        (
            "multi.yaml:3:3",
            "没有 id 为 `chapter-order` 的规则",
            "no rule has the id `chapter-order`",
        ),
        (
            "multi.yaml:3:3",
            "是否要用 `structure/chapter-order`？",
            "did you mean `structure/chapter-order`?",
        ),
        (
            "multi.yaml:3:18",
            "`of` 不是此处允许的值",
            "`of` is not an allowed value here",
        ),
        ("multi.yaml:3:18", "是否要用 `off`？", "did you mean `off`?"),
        (
            "multi.yaml:4:3",
            "是否要用 `target/late-peak`？",
            "did you mean `target/late-peak`?",
        ),
        (
            "multi.yaml:6:18",
            "类型错误：应为非负整数，实际为 `twenty`",
            "expected a whole number (0 or more), found `twenty`",
        ),
    ];
    let zh = run_in(&dir, &["rules", "validate", &file]);
    assert_eq!(zh.code, Some(2), "{}", zh.stderr);
    assert!(zh.stderr.contains("规则文件有 4 处错误："), "{}", zh.stderr);
    let en = run_in(&dir, &["--lang", "en", "rules", "validate", &file]);
    assert_eq!(en.code, Some(2), "{}", en.stderr);
    for (place, zh_message, en_message) in expected {
        assert!(zh.stderr.contains(place), "{place} in {}", zh.stderr);
        assert!(
            zh.stderr.contains(zh_message),
            "{zh_message} in {}",
            zh.stderr
        );
        assert!(en.stderr.contains(place), "{place} in {}", en.stderr);
        assert!(
            en.stderr.contains(en_message),
            "{en_message} in {}",
            en.stderr
        );
    }
    // The same through `check`, which loads peaklint.yaml.
    write(&dir, "peaklint.yaml", MULTI_MISTAKE);
    write(&dir, "x.md", "## 一、总则\n\n正文。\n");
    let r = run_in(&dir, &["check", "x.md"]);
    assert_eq!(r.code, Some(2));
    for (place, zh_message, _) in expected {
        let place = place.replace("multi.yaml", "peaklint.yaml");
        assert!(r.stderr.contains(&place), "{place} in {}", r.stderr);
        assert!(
            r.stderr.contains(zh_message),
            "{zh_message} in {}",
            r.stderr
        );
    }
}

/// A peaklint.yaml adding words whose examples say otherwise: `rules validate` runs the
/// examples, as the tests do for the embedded pack, and reports each at its line.
#[test]
fn rules_validate_runs_the_examples() {
    let dir = scratch("examples-fail");
    let file = write(
        &dir,
        "peaklint.yaml",
        "extends: default\nlexicon:\n  upper_level:\n    terms: [自治区]\n    examples:\n      match: [自治区下达的目标, 园区自定的任务]\n      no_match: [园区自治区域]\n",
    );
    let zh = run_in(&dir, &["rules", "validate", &file]);
    assert_eq!(zh.code, Some(2), "{}", zh.stderr);
    assert!(zh.stderr.contains("peaklint.yaml:6:"), "{}", zh.stderr);
    assert!(
        zh.stderr
            .contains("示例“园区自定的任务”列在 match 下，却不匹配"),
        "{}",
        zh.stderr
    );
    assert!(zh.stderr.contains("peaklint.yaml:7:"), "{}", zh.stderr);
    assert!(zh.stderr.contains("2 个示例与所列不符"), "{}", zh.stderr);
    let en = run_in(&dir, &["--lang", "en", "rules", "validate", &file]);
    assert_eq!(en.code, Some(2));
    assert!(
        en.stderr
            .contains("example `园区自治区域` is listed under `no_match` but matches"),
        "{}",
        en.stderr
    );
    // Examples that hold: the file is valid.
    write(&dir, "peaklint.yaml", "extends: default\nlexicon:\n  upper_level:\n    terms: [自治区]\n    examples:\n      match: [自治区下达的目标]\n");
    let ok = run_in(&dir, &["rules", "validate", &file]);
    assert_eq!(ok.code, Some(0), "{}", ok.stderr);
}

/// A peaklint.yaml with an unknown key and two values not allowed.
const UNKNOWN_KEYS: &str = "extends: default\nthreshold:\n  peak_deadline: 2028\nrules:\n  structure/numbering: loud\noutline:\n  - id: profile\n    level: maybe\n    aliases: [园区概况]\n";

#[test]
fn unknown_keys_and_wrong_values_are_all_reported() {
    let dir = scratch("unknown-keys");
    let file = write(&dir, "peaklint.yaml", UNKNOWN_KEYS);
    let zh = run_in(&dir, &["rules", "validate", &file]);
    assert_eq!(zh.code, Some(2));
    let en = run_in(&dir, &["rules", "validate", "--lang", "en", &file]);
    assert_eq!(en.code, Some(2));
    for (place, zh_message, en_message) in [
        (
            "peaklint.yaml:2:1",
            "未知的键 `threshold`",
            "unknown key `threshold`",
        ),
        (
            "peaklint.yaml:2:1",
            "是否要用 `thresholds`？此处可用的键：",
            "did you mean `thresholds`? keys allowed here:",
        ),
        (
            "peaklint.yaml:5:24",
            "`loud` 不是此处允许的值",
            "`loud` is not an allowed value here",
        ),
        (
            "peaklint.yaml:8:12",
            "`maybe` 不是此处允许的值",
            "`maybe` is not an allowed value here",
        ),
    ] {
        assert!(zh.stderr.contains(place), "{place} in {}", zh.stderr);
        assert!(
            zh.stderr.contains(zh_message),
            "{zh_message} in {}",
            zh.stderr
        );
        assert!(
            en.stderr.contains(en_message),
            "{en_message} in {}",
            en.stderr
        );
    }
    assert!(zh.stderr.contains("规则文件有 3 处错误"), "{}", zh.stderr);
    assert!(zh.stderr.contains("提示："), "{}", zh.stderr);
    assert!(!zh.stderr.contains("help:"), "{}", zh.stderr);

    let good = write(
        &dir,
        "good.yaml",
        "extends: default\nrules:\n  structure/numbering: off\n",
    );
    let r = run_in(&dir, &["rules", "validate", &good]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stdout.contains("没有问题"), "{}", r.stdout);
}

#[test]
fn waivers_file_mistakes_are_all_reported_in_both_languages() {
    let dir = scratch("waivers");
    write(&dir, "x.md", "## 一、总则\n\n正文。\n");
    write(
        &dir,
        "peaklint-waivers.yaml",
        "waivers:\n  - file: x.md\n    rule: structure/numbring\n    justification: 沿用上级编号\n  - file: x.md\n    rule: structure/numbering\n    justification: \"\"\n",
    );
    let zh = run_in(&dir, &["check", "x.md"]);
    assert_eq!(zh.code, Some(2), "{}", zh.stderr);
    assert!(zh.stderr.contains("豁免文件有 2 处错误"), "{}", zh.stderr);
    assert!(
        zh.stderr.contains("peaklint-waivers.yaml:3:11"),
        "{}",
        zh.stderr
    );
    assert!(
        zh.stderr.contains("未知的规则 `structure/numbring`"),
        "{}",
        zh.stderr
    );
    assert!(
        zh.stderr.contains("peaklint-waivers.yaml:7:20"),
        "{}",
        zh.stderr
    );
    assert!(zh.stderr.contains("`justification` 为空"), "{}", zh.stderr);
    let en = run_in(&dir, &["--lang", "en", "check", "x.md"]);
    assert!(
        en.stderr.contains("unknown rule `structure/numbring`"),
        "{}",
        en.stderr
    );
    assert!(
        en.stderr.contains("`justification` is empty"),
        "{}",
        en.stderr
    );
}

// ---- 3. the user's language ---------------------------------------------------------

/// Words allowed in Chinese output: names of formats, products and parts, the tool.
const ALLOWED_WORDS: &[&str] = &[
    "docx",
    "pdf",
    "xlsx",
    "Markdown",
    "markdown",
    "Word",
    "Excel",
    "PowerPoint",
    "PDF",
    "OCR",
    "RTF",
    "XML",
    "xml",
    "zip",
    "NUL",
    "UTF",
    "GBK",
    "peaklint",
    "yaml",
    "YAML",
    "Unicode",
    // Plan text quoted in outlines (headings), not peaklint's words.
    "CCUS",
    "document",
    "word",
    "dat",
];

/// The English words left in `text` once paths, rule ids and allowed names are removed.
fn english_words(text: &str, paths: &[String]) -> Vec<String> {
    let mut t = text.to_owned();
    // Longest first: `a.pdf` must not eat the start of `a.pdftotext.txt`.
    let mut paths: Vec<&String> = paths.iter().collect();
    paths.sort_by_key(|p| std::cmp::Reverse(p.len()));
    for p in paths {
        t = t.replace(p.as_str(), " ");
    }
    let rule_id = regex::Regex::new(r"[a-z]+/[a-z][a-z-]*").unwrap_or_else(|e| panic!("{e}"));
    let t = rule_id.replace_all(&t, " ");
    let word = regex::Regex::new(r"[A-Za-z][A-Za-z-]{2,}").unwrap_or_else(|e| panic!("{e}"));
    word.find_iter(&t)
        .map(|m| m.as_str().trim_end_matches('-').to_owned())
        .filter(|w| !ALLOWED_WORDS.contains(&w.as_str()))
        .collect()
}

fn bad_inputs() -> Vec<String> {
    let dir = root().join("fixtures/broken");
    let mut paths: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| format!("fixtures/broken/{}", e.file_name().to_string_lossy()))
            .collect(),
        Err(e) => panic!("{}: {e}", dir.display()),
    };
    paths.sort();
    paths.push("fixtures/broken/no-such-plan.md".to_owned());
    paths
}

/// The text of an HTML page as a browser shows it (no markup, scripts or styles).
fn html_text(html: &str) -> String {
    let scripts = regex::Regex::new(r"(?s)<(script|style)\b.*?</(script|style)>")
        .unwrap_or_else(|e| panic!("{e}"));
    let tags = regex::Regex::new(r"(?s)<[^>]+>").unwrap_or_else(|e| panic!("{e}"));
    let t = scripts.replace_all(html, " ");
    tags.replace_all(&t, " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

#[test]
fn no_english_in_the_default_output_of_bad_inputs() {
    let paths = bad_inputs();
    let mut args = vec!["check", "--color", "never"];
    args.extend(paths.iter().map(String::as_str));
    let human = run(&args);
    assert_eq!(human.code, Some(2));
    assert!(
        human.stdout.contains("无法读取文件：文件为空"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains("文件或文件夹不存在"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains("zip 文件包被截断或已损坏"),
        "{}",
        human.stdout
    );
    let words = english_words(&format!("{}{}", human.stdout, human.stderr), &paths);
    assert!(
        words.is_empty(),
        "English in the human output: {words:?}\n{}",
        human.stdout
    );

    let mut args = vec!["report", "--format", "html"];
    args.extend(paths.iter().map(String::as_str));
    let html = run(&args);
    assert_eq!(html.code, Some(0), "{}", html.stderr);
    let shown = html_text(&html.stdout);
    let words = english_words(&format!("{shown}{}", html.stderr), &paths);
    // The pack's name is data, not a message.
    let words: Vec<String> = words
        .into_iter()
        .filter(|w| w != "park-carbon-peak")
        .collect();
    assert!(words.is_empty(), "English in the HTML report: {words:?}");

    // CSV: the header and the enumerated values (status, severity, principle status) are
    // a fixed, documented data format; what is written for people — the reason and
    // the messages — is in Chinese.
    for rows in ["submissions", "findings"] {
        let mut args = vec!["report", "--format", "csv", "--rows", rows];
        args.extend(paths.iter().map(String::as_str));
        let csv = run(&args);
        assert_eq!(csv.code, Some(0), "{}", csv.stderr);
        let mut lines = csv.stdout.lines();
        let header: Vec<&str> = lines.next().unwrap_or("").split(',').collect();
        let people: Vec<usize> = header
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                matches!(
                    h.trim_start_matches('\u{feff}'),
                    "reason" | "message" | "help"
                )
            })
            .map(|(i, _)| i)
            .collect();
        assert!(!people.is_empty(), "{header:?}");
        for line in lines {
            // No field of these rows holds a comma or a quote but the messages, which
            // come last among the columns checked: split on the first fields only.
            let fields: Vec<&str> = line.split(',').collect();
            for &i in &people {
                let field = fields.get(i).copied().unwrap_or("");
                let words = english_words(field, &paths);
                assert!(
                    words.is_empty(),
                    "English in CSV {rows} `{field}`: {words:?}"
                );
            }
        }
    }
}

/// The English words of a rules- or waivers-file report once what is quoted is removed:
/// the file's own lines in the snippets (`  3 │ …`), the diagnostic codes
/// (`rules::wrong-type`) and the names in backticks (keys, values, ids of the file).
fn config_report_words(text: &str, paths: &[String]) -> Vec<String> {
    let quoted_line = regex::Regex::new(r"(?m)^ *\d+ [│|].*$").unwrap_or_else(|e| panic!("{e}"));
    let code = regex::Regex::new(r"rules::[a-z-]+").unwrap_or_else(|e| panic!("{e}"));
    let backticked = regex::Regex::new(r"`[^`\n]*`").unwrap_or_else(|e| panic!("{e}"));
    // miette's ASCII art (`--) would open a backtick pair.
    let t = text.replace("`--", " ");
    let t = quoted_line.replace_all(&t, " ");
    let t = code.replace_all(&t, " ");
    let t = backticked.replace_all(&t, " ");
    english_words(&t, paths)
}

/// A config-error case: its name, the peaklint.yaml and the waivers file it writes (if
/// any), and extra arguments.
type ConfigCase<'a> = (&'a str, Option<&'a str>, Option<&'a str>, &'a [&'a str]);

#[test]
fn no_english_in_the_default_output_of_config_errors() {
    let dir = scratch("config-words");
    // Each case: a peaklint.yaml (or none), a waivers file (or none), extra arguments.
    let regex_and_ids = "extends: default\noutline:\n  - id: new_item\n    title: 新增章节\n    patterns: ['(未闭合']\n  - id: another\n    aliases: [园区概况]\n  - id: Bad-Id\n    title: 另一章\n  - id: emission_analysis\n    parent: profile\nreference_targets:\n  - id: r1\n    scope: national\n    region: 全国\n    source: 测试\n    year_published: 2021\n    metric: co2_totl\n    kind: change\n    target_year: 2025\n  - id: r2\n    scope: national\n    metric: co2_total\n    kind: change\n    target_year: 2025\n";
    let cases: [ConfigCase; 8] = [
        (
            "syntax",
            Some("extends: default\nthresholds:\n  peak_deadline: \"2028\n"),
            None,
            &[],
        ),
        ("multi", Some(MULTI_MISTAKE), None, &[]),
        ("unknown-keys", Some(UNKNOWN_KEYS), None, &[]),
        ("regex-and-ids", Some(regex_and_ids), None, &[]),
        (
            "extends",
            Some("extends: ./no-such-pack.yaml\n"),
            None,
            &[],
        ),
        (
            "version",
            Some("schema_version: 2\nmeta:\n  name: x\n"),
            None,
            &[],
        ),
        ("missing-rules", None, None, &["--rules", "no-such-rules.yaml"]),
        (
            "waivers",
            None,
            Some("waivers:\n  - file: x.md\n    rule: structure/numbring\n  - file: \"\"\n    rule: principle/\n    justification: \" \"\n"),
            &[],
        ),
    ];
    let place = regex::Regex::new(r"\.yaml:\d+:\d+").unwrap_or_else(|e| panic!("{e}"));
    for (name, config, waivers, extra) in cases {
        let case = dir.join(name);
        let _ = std::fs::create_dir_all(&case);
        let case_name = case.to_string_lossy().into_owned();
        write(&case, "x.md", "## 一、总则\n\n正文。\n");
        if let Some(c) = config {
            write(&case, "peaklint.yaml", c);
        }
        if let Some(w) = waivers {
            write(&case, "peaklint-waivers.yaml", w);
        }
        let mut runs: Vec<Vec<&str>> = vec![
            vec!["check", "--color", "never"],
            vec!["report", "--format", "html"],
            vec!["report", "--format", "csv"],
            vec!["facts"],
        ];
        if config.is_some() {
            runs.push(vec!["rules", "validate", "peaklint.yaml"]);
        }
        for mut args in runs {
            let validate = args[0] == "rules";
            args.extend_from_slice(extra);
            if !validate {
                args.push("x.md");
            }
            if args[0] == "facts" && waivers.is_some() {
                continue; // facts reads no waivers
            }
            let r = run_in(&case, &args);
            assert_eq!(r.code, Some(2), "{name} {args:?}: {}", r.stderr);
            assert!(r.stdout.is_empty(), "{name} {args:?}: {}", r.stdout);
            // Paths are the user's: the folder, the files named in the cases.
            let paths = [
                case_name.clone(),
                "./no-such-pack.yaml".to_owned(),
                "no-such-rules.yaml".to_owned(),
                "peaklint-waivers.yaml".to_owned(),
            ];
            let words = config_report_words(&r.stderr, &paths);
            assert!(
                words.is_empty(),
                "{name} {args:?}: English in the default output: {words:?}\n{}",
                r.stderr
            );
            // Every problem is located: the header names each file:line:column.
            if name != "missing-rules" {
                assert!(place.is_match(&r.stderr), "{name} {args:?}: {}", r.stderr);
            }
        }
    }
    // The multi-mistake case reports its four mistakes, the regex case each of its own.
    let r = run_in(
        &dir.join("regex-and-ids"),
        &["rules", "validate", "peaklint.yaml"],
    );
    for what in [
        "正则表达式无效：分组 ( ) 未闭合",
        "已是大纲条目 `profile` 的名称",
        "没有 id 为 `another` 的大纲条目，新增条目需要 `title`",
        "大纲条目 id `Bad-Id` 写法无效",
        "`parent` 只能放置新条目",
        "没有 id 为 `co2_totl` 的指标",
        "是否要用 `co2_total`？",
        "参考目标 `r1` 需要 `value`",
        "缺少键 `region`",
    ] {
        assert!(r.stderr.contains(what), "{what} in {}", r.stderr);
    }
}

/// The fixture plans of every format, the bad inputs and the variants with a table cell,
/// relative to the repository.
fn plans_and_bad_inputs() -> Vec<String> {
    let mut paths = bad_inputs();
    for dir in [
        "fixtures/docx",
        "fixtures/md",
        "fixtures/txt",
        "fixtures/pdf",
    ] {
        if let Ok(entries) = std::fs::read_dir(root().join(dir)) {
            paths.extend(
                entries
                    .flatten()
                    .map(|e| format!("{dir}/{}", e.file_name().to_string_lossy())),
            );
        }
    }
    paths.push("fixtures/variants/boundary-defects.docx".to_owned());
    paths.sort();
    paths
}

#[test]
fn no_english_in_the_default_outline_and_facts() {
    let paths = plans_and_bad_inputs();
    let args = |cmd: &[&'static str]| -> Vec<String> {
        cmd.iter()
            .map(|s| (*s).to_owned())
            .chain(paths.iter().cloned())
            .collect()
    };
    for cmd in [
        &["outline"][..],
        &["outline", "--explain"],
        &["facts"],
        &["facts", "--format", "csv"],
    ] {
        let a = args(cmd);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let r = run(&a);
        assert_eq!(r.code, Some(2), "{cmd:?}: {}", r.stderr);
        let shown = if cmd.contains(&"csv") {
            // The CSV's header and enumerated values are the data format; the location
            // column is for people.
            let mut lines = r.stdout.lines();
            let header: Vec<&str> = lines.next().unwrap_or("").split(',').collect();
            let at = header
                .iter()
                .position(|h| *h == "location")
                .unwrap_or_else(|| panic!("{header:?}"));
            let cells: Vec<String> = lines
                .map(|l| l.split(',').nth(at).unwrap_or("").to_owned())
                .collect();
            assert!(
                cells.iter().any(|c| c.contains("表")),
                "a table cell located in Chinese: {cells:?}"
            );
            cells.join("\n")
        } else {
            r.stdout.clone()
        };
        let words = config_report_words(&format!("{shown}\n{}", r.stderr), &paths);
        assert!(
            words.is_empty(),
            "{cmd:?}: English in the default output: {words:?}\n{shown}\n{}",
            r.stderr
        );
    }
    // English on request.
    let r = run(&["--lang", "en", "outline", "fixtures/md/gov-plan.md"]);
    assert!(
        r.stdout
            .contains("(markdown, utf-8, 51 headings)\n  title: "),
        "{}",
        r.stdout
    );
    let r = run(&["outline", "fixtures/md/gov-plan.md"]);
    assert!(
        r.stdout
            .contains("（Markdown，UTF-8，51 个标题）\n  标题：")
            && r.stdout.contains("一、总体要求  [8:4，Markdown 标题]"),
        "{}",
        r.stdout
    );
}

#[test]
fn usage_errors_are_in_the_users_language() {
    let r = run(&["check", "--format", "xml", "x.md"]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains(
            "错误：选项 --format 的取值 `xml` 无效；可选：`human`、`json`、`sarif`、`github`"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("peaklint check --help"), "{}", r.stderr);
    let r = run(&["chek", "x.md"]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr
            .contains("未知的子命令 `chek`（是否要用 `check`？）"),
        "{}",
        r.stderr
    );
    let r = run(&["check"]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("缺少必需的参数"), "{}", r.stderr);
    let r = run(&["check", "--select", "structur", "fixtures/md/gov-plan.md"]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr
            .contains("`structur` 不是规则 id，也不是规则族（是否要用 `structure`？）"),
        "{}",
        r.stderr
    );
    // English on request, wherever --lang is written.
    let r = run(&["--lang", "en", "check", "--format", "xml", "x.md"]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("invalid value 'xml'"), "{}", r.stderr);
    let r = run(&["check", "--format", "xml", "--lang", "en", "x.md"]);
    assert!(r.stderr.contains("invalid value 'xml'"), "{}", r.stderr);
    // report -o with an extension that is no report format.
    let r = run(&["report", "-o", "scores.xlsx", "fixtures/md/gov-plan.md"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(
        r.stderr.trim(),
        "错误：不能把报告写成 .xlsx 文件：请用 .html、.csv 或 .md 文件（或 -o - 输出到标准输出）"
    );
    let r = run(&[
        "--lang",
        "en",
        "report",
        "-o",
        "scores.xlsx",
        "fixtures/md/gov-plan.md",
    ]);
    assert!(
        r.stderr.contains("cannot write a report as .xlsx"),
        "{}",
        r.stderr
    );
}

#[test]
fn lang_is_accepted_before_the_subcommand() {
    let en = run(&["--lang", "en", "rules", "list"]);
    assert_eq!(en.code, Some(0), "{}", en.stderr);
    assert!(
        en.stdout.contains("structure/missing-chapter      error"),
        "{}",
        en.stdout
    );
    assert!(en.stdout.contains("a required chapter"), "{}", en.stdout);
    let zh = run(&["rules", "list"]);
    assert!(
        zh.stdout.contains("structure/missing-chapter      错误"),
        "{}",
        zh.stdout
    );
    let after = run(&[
        "check",
        "--lang",
        "en",
        "--color",
        "never",
        "fixtures/variants/misordered.md",
    ]);
    let before = run(&[
        "--lang",
        "en",
        "check",
        "--color",
        "never",
        "fixtures/variants/misordered.md",
    ]);
    assert_eq!(after.stdout, before.stdout);
    assert!(
        before.stdout.contains("file(s) checked"),
        "{}",
        before.stdout
    );
    let r = run(&["--lang", "en", "explain", "structure/numbering"]);
    assert!(
        r.stdout.contains("Default severity: warning"),
        "{}",
        r.stdout
    );
}

#[test]
fn written_files_are_announced_in_the_users_language() {
    let dir = scratch("wrote");
    let plan = dir.join("plan.md").to_string_lossy().into_owned();
    let r = run(&["init", &plan]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stderr.trim(), format!("已写入 {plan}"));
    let r = run(&["init", &plan]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("已存在（加 --force 覆盖）"),
        "{}",
        r.stderr
    );
    let r = run(&["--lang", "en", "init", "--force", &plan]);
    assert_eq!(r.stderr.trim(), format!("wrote {plan}"));

    let html = dir.join("report.html").to_string_lossy().into_owned();
    let r = run(&[
        "report",
        "-o",
        &html,
        "fixtures/md/gov-plan.md",
        "fixtures/md/standard-plan.md",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        r.stderr.trim(),
        format!("已写入 {html}（找到 2 个文件，读取 2 个）")
    );
}

// ---- 5. explain -----------------------------------------------------------------------

#[test]
fn explain_labels_and_suggestions() {
    let r = run(&["explain", "structure/missing-chapter"]);
    assert_eq!(r.code, Some(0));
    assert!(r.stdout.contains("默认级别：错误\n"), "{}", r.stdout);
    assert!(r.stdout.contains("为什么：\n"), "{}", r.stdout);
    for typo in ["late-peak", "target/late-peek", "late-peek"] {
        let r = run(&["explain", typo]);
        assert_eq!(r.code, Some(2));
        assert_eq!(
            r.stderr.trim(),
            format!("错误：未知的规则 `{typo}`（是否要用 `target/late-peak`？）；`peaklint rules list` 列出全部规则")
        );
        let r = run(&["--lang", "en", "explain", typo]);
        assert!(
            r.stderr.contains("(did you mean `target/late-peak`?)"),
            "{}",
            r.stderr
        );
    }
    let r = run(&["explain", "zzz"]);
    assert_eq!(r.code, Some(2));
    assert!(!r.stderr.contains("是否要用"), "{}", r.stderr);
}

// ---- 6. code frames -----------------------------------------------------------------

/// The frame lines of the human output: (gutter number, text after `│ `).
fn frame_lines(out: &str) -> Vec<(usize, String)> {
    let re = regex::Regex::new(r"^ *(\d+) │ (.*)$").unwrap_or_else(|e| panic!("{e}"));
    out.lines()
        .filter_map(|l| {
            let c = re.captures(l)?;
            Some((c[1].parse().ok()?, c[2].to_owned()))
        })
        .collect()
}

/// The column (in terminal cells) where the underline starts under a frame line.
fn underline_column(out: &str, frame_text: &str) -> Option<(usize, usize)> {
    let lines: Vec<&str> = out.lines().collect();
    let i = lines.iter().position(|l| l.ends_with(frame_text))?;
    let frame = lines.get(i)?;
    let under = lines.get(i + 1)?;
    let text_at = UnicodeWidthStr::width(&frame[..frame.len() - frame_text.len()]);
    let start = under.find('─')?;
    Some((text_at, UnicodeWidthStr::width(&under[..start])))
}

#[test]
fn docx_frames_are_numbered_by_paragraph_and_cropped() {
    let r = run(&[
        "check",
        "--color",
        "never",
        "fixtures/variants/boundary-defects.docx",
    ]);
    let frames = frame_lines(&r.stdout);
    assert!(!frames.is_empty(), "{}", r.stdout);
    // The gutter is the paragraph number of the header's ¶N, never 1 for every paragraph.
    assert!(frames.iter().any(|(n, _)| *n == 97), "{frames:?}");
    assert!(r
        .stdout
        .contains("boundary-defects.docx:¶97 › 三、工业园区碳排放分析"));
    for (n, text) in &frames {
        assert!(
            r.stdout.contains(&format!(":¶{n}")),
            "gutter {n} without its ¶{n}"
        );
        assert!(
            UnicodeWidthStr::width(text.as_str()) <= 76,
            "too wide: {text}"
        );
    }
    // Cropped around the span with …, the underline under the flagged text.
    let (n, line) = frames
        .iter()
        .find(|(_, t)| t.contains("4,680,000吨"))
        .unwrap_or_else(|| panic!("{frames:?}"));
    assert_eq!(*n, 244);
    assert!(line.starts_with('…'), "{line}");
    let (text_at, under_at) = underline_column(&r.stdout, line).unwrap_or_default();
    let before = &line[..line.find("4,680,000吨").unwrap_or(0)];
    assert_eq!(
        under_at,
        text_at + UnicodeWidthStr::width(before),
        "{}",
        r.stdout
    );

    // A table cell's place in Chinese.
    let r = run(&[
        "check",
        "--color",
        "never",
        "fixtures/variants/target-defects.docx",
    ]);
    assert!(r.stdout.contains("¶453，表9第2行第6列"), "{}", r.stdout);
    assert!(!r.stdout.contains("table 9"), "{}", r.stdout);
    let r = run(&[
        "--lang",
        "en",
        "check",
        "--color",
        "never",
        "fixtures/variants/target-defects.docx",
    ]);
    assert!(r.stdout.contains("¶453, table 9 r2c6"), "{}", r.stdout);
}

#[test]
fn long_text_lines_are_cropped_and_quotes_show_what_fired() {
    let dir = scratch("long-line");
    let plan = write(
        &dir,
        "late.md",
        "## 三、碳达峰目标\n\n本方案以2020年为基准年。园区力争2028年前后完成主要产业的节能改造和清洁能源替代工程建设，全面推进产业结构调整和能源结构优化，在2032年实现碳达峰，峰值控制在260万吨以内。\n",
    );
    let r = run(&[
        "check",
        "--color",
        "never",
        "--select",
        "target/late-peak",
        &plan,
    ]);
    assert_eq!(r.code, Some(1), "{}", r.stdout);
    let message = r
        .stdout
        .lines()
        .find(|l| l.contains("达峰年份2032年晚于要求的2030年"))
        .unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(message.contains("在2032年实现碳达峰"), "{message}");
    assert!(
        !message.contains("2028"),
        "the quote must show the year that fired: {message}"
    );
    let frames = frame_lines(&r.stdout);
    let (n, line) = frames.first().unwrap_or_else(|| panic!("{}", r.stdout));
    assert_eq!(*n, 3, "numbered as in the file");
    assert!(line.starts_with('…') && line.ends_with('…'), "{line}");
    let (text_at, under_at) = underline_column(&r.stdout, line).unwrap_or_default();
    let before = &line[..line.find("2032").unwrap_or(0)];
    assert_eq!(
        under_at,
        text_at + UnicodeWidthStr::width(before),
        "{}",
        r.stdout
    );
    // ASCII frames crop with "...".
    let r = run(&["check", "--ascii", "--select", "target/late-peak", &plan]);
    let ascii = frame_lines(&r.stdout.replace(" | ", " │ "));
    let (_, line) = ascii.first().unwrap_or_else(|| panic!("{}", r.stdout));
    assert!(
        line.starts_with("...") && line.contains("在2032年实现碳达峰"),
        "{line}"
    );
}

/// The underline's start and width (terminal cells) under a frame line.
fn underline(out: &str, frame_text: &str) -> Option<(usize, usize, usize)> {
    let lines: Vec<&str> = out.lines().collect();
    let framed = format!("│ {frame_text}");
    let i = lines.iter().position(|l| l.ends_with(&framed))?;
    let frame = lines.get(i)?;
    let under = lines.get(i + 1)?;
    let text_at = UnicodeWidthStr::width(&frame[..frame.len() - frame_text.len()]);
    let start = under.find(['─', '┬'])?;
    let width = under[start..]
        .chars()
        .take_while(|c| matches!(c, '─' | '┬'))
        .count();
    Some((text_at, UnicodeWidthStr::width(&under[..start]), width))
}

#[test]
fn chinese_numeral_years_are_underlined_where_they_are_written() {
    let dir = scratch("chinese-years");
    for (name, text, line_no) in [
        ("late.txt", "园区力争在二〇三二年前后实现碳达峰。\n", 1),
        (
            "late.md",
            "## 三、碳达峰目标\n\n到2030年，园区力争二〇三二年前实现碳达峰，较二〇二〇年下降。\n",
            3,
        ),
    ] {
        let plan = write(&dir, name, text);
        let r = run(&[
            "check",
            "--color",
            "never",
            "--select",
            "target/late-peak",
            &plan,
        ]);
        assert_eq!(r.code, Some(1), "{}", r.stdout);
        let line = text.lines().nth(line_no - 1).unwrap_or("");
        let (text_at, under_at, width) =
            underline(&r.stdout, line).unwrap_or_else(|| panic!("{}", r.stdout));
        let before = &line[..line.find("二〇三二").unwrap_or(0)];
        assert_eq!(
            (under_at, width),
            (
                text_at + UnicodeWidthStr::width(before),
                UnicodeWidthStr::width("二〇三二")
            ),
            "the underline covers 二〇三二 as written\n{}",
            r.stdout
        );
        // The header's column is the year's, in characters.
        let column = before.chars().count() + 1;
        assert!(
            r.stdout.contains(&format!("{name}:{line_no}:{column}]")),
            "{name}:{line_no}:{column} in {}",
            r.stdout
        );
        // The JSON location covers the same characters.
        let r = run(&[
            "check",
            "--format",
            "json",
            "--select",
            "target/late-peak",
            &plan,
        ]);
        let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_default();
        let loc = &json["files"][0]["diagnostics"][0]["location"];
        let start = before.len()
            + text
                .lines()
                .take(line_no - 1)
                .map(|l| l.len() + 1)
                .sum::<usize>();
        assert_eq!(loc["byte_start"], start, "{loc}");
        assert_eq!(loc["byte_end"], start + "二〇三二".len(), "{loc}");
    }
}

// ---- 7. help and README -------------------------------------------------------------

/// Every subcommand whose `--help` is checked.
const HELP_COMMANDS: [&[&str]; 11] = [
    &["check"],
    &["report"],
    &["facts"],
    &["init"],
    &["outline"],
    &["explain"],
    &["lsp"],
    &["rules", "validate"],
    &["rules", "print"],
    &["rules", "list"],
    &["rules", "reference"],
];

/// The options and positional arguments of a long help, each with its description (the
/// next line, indented deeper).
fn described_options(help: &str) -> Vec<(String, String)> {
    let option = regex::Regex::new(r"^ {2,6}(-\w, )?--[a-z-]+").unwrap_or_else(|e| panic!("{e}"));
    let lines: Vec<&str> = help.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let positional = line.starts_with("  <") || line.starts_with("  [");
        if !(option.is_match(line) || positional) {
            continue;
        }
        let next = lines.get(i + 1).copied().unwrap_or("");
        let described = next.starts_with("          ") && !next.trim().is_empty();
        out.push((
            line.trim().to_owned(),
            if described {
                next.trim().to_owned()
            } else {
                String::new()
            },
        ));
    }
    out
}

#[test]
fn help_describes_the_tool_and_every_option() {
    // English on request, wherever --lang is written, or from PEAKLINT_LANG.
    let english = [
        run(&["--help", "--lang", "en"]),
        run(&["--lang", "en", "--help"]),
        run_env(&["--help"], "en"),
    ];
    for r in &english {
        assert_eq!(r.code, Some(0));
        for what in [
            "accounting boundary",
            "targets",
            "five principles",
            "--lang en",
            "Exit codes",
        ] {
            assert!(r.stdout.contains(what), "{what} in {}", r.stdout);
        }
    }
    // Chinese by default.
    let r = run(&["--help"]);
    assert_eq!(r.code, Some(0));
    for what in [
        "核算边界",
        "五项原则",
        "--lang en",
        "PEAKLINT_LANG",
        "退出码",
        "用法：peaklint [选项] <命令>",
        "命令:",
        "选项:",
        "显示帮助",
    ] {
        assert!(r.stdout.contains(what), "{what} in {}", r.stdout);
    }
    let han = regex::Regex::new(r"\p{Han}").unwrap_or_else(|e| panic!("{e}"));
    for cmd in HELP_COMMANDS {
        // Chinese: every option described, in Chinese, without clap's English words.
        let mut args = cmd.to_vec();
        args.push("--help");
        let r = run(&args);
        assert_eq!(r.code, Some(0), "{args:?}");
        for (option, help) in described_options(&r.stdout) {
            assert!(!help.is_empty(), "{args:?}: `{option}` has no help text");
            assert!(
                han.is_match(&help),
                "{args:?}: `{option}` is not in Chinese: {help}"
            );
        }
        for english in [
            "Usage:",
            "Options:",
            "Arguments:",
            "[OPTIONS]",
            "[default:",
            "Print help",
            "Possible values",
        ] {
            assert!(
                !r.stdout.contains(english),
                "{args:?}: {english} in {}",
                r.stdout
            );
        }
        // `peaklint help SUB` is the same text.
        let mut help_args = vec!["help"];
        help_args.extend_from_slice(cmd);
        let h = run(&help_args);
        assert_eq!(h.stdout, r.stdout, "{help_args:?}");
        // English: every option described too.
        let mut args = vec!["--lang", "en"];
        args.extend_from_slice(cmd);
        args.push("--help");
        let r = run(&args);
        assert_eq!(r.code, Some(0), "{args:?}");
        assert!(r.stdout.contains("Usage: peaklint"), "{args:?}");
        for (option, help) in described_options(&r.stdout) {
            assert!(!help.is_empty(), "{args:?}: `{option}` has no help text");
        }
    }
    // A wrong PEAKLINT_LANG is a usage error in both languages.
    let r = run_env(&["rules", "list"], "de");
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("PEAKLINT_LANG"), "{}", r.stderr);
    // PEAKLINT_LANG sets the messages too; --lang wins over it.
    let r = run_env(&["rules", "list"], "en");
    assert!(r.stdout.contains("a required chapter"), "{}", r.stdout);
    let r = run_env(&["--lang", "zh", "rules", "list"], "en");
    assert!(r.stdout.contains("错误"), "{}", r.stdout);
}

#[test]
fn readme_shows_install_and_every_command() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap_or_default();
    for what in [
        "cargo install --path .",
        "Rust 1.89",
        "../shared",
        "--profile profiling",
        "peaklint rules reference",
        "peaklint rules list",
        "peaklint rules print",
        "peaklint rules validate",
        "peaklint explain",
        "peaklint outline",
        "peaklint init",
        "peaklint lsp",
        "--color",
        "--ascii",
        "--max-file-size",
        "--max-paragraphs",
        "--lang",
    ] {
        assert!(readme.contains(what), "README lacks {what}");
    }
    let report = readme
        .lines()
        .skip_while(|l| !l.starts_with("peaklint report ["))
        .take(4)
        .collect::<String>();
    for option in ["--select", "--ignore", "--waivers", "--max-"] {
        assert!(
            report.contains(option),
            "report synopsis lacks {option}: {report}"
        );
    }
    let cargo = std::fs::read_to_string(root().join("Cargo.toml")).unwrap_or_default();
    assert!(cargo.contains("rust-version = \"1.89\""));
    let release = cargo
        .split("[profile.release]")
        .nth(1)
        .and_then(|s| s.split("\n[").next())
        .unwrap_or("");
    assert!(release.contains("debug = false"), "{release}");
    assert!(cargo.contains("[profile.profiling]\ninherits = \"release\"\ndebug = 1"));
}
