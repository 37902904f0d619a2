//! `peaklint report`: the reviewer scorecard in Markdown (reviewed insta snapshots), CSV
//! (RFC 4180 quoting of Chinese text) and HTML (escaping of document text, rendering in
//! headless Chromium when it is installed), and the exit codes.

use crate::common::peaklint_in;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-report-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{e}");
    }
    dir
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        panic!("{e}");
    }
}

const SNAPSHOT_FILES: [&str; 6] = [
    "fixtures/md/gov-plan.md",
    "fixtures/docx/no-styles-numbered.docx",
    "fixtures/variants/boundary-defects.md",
    "fixtures/variants/boundary-defects.docx",
    "fixtures/variants/misnumbered.docx",
    "fixtures/broken/not-a-zip.docx",
];

#[test]
fn markdown_scorecard_snapshot() {
    let mut args = vec!["report", "--format", "markdown"];
    args.extend(SNAPSHOT_FILES);
    let out = peaklint_in(root(), &args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    insta::assert_snapshot!("markdown_zh", stdout(&out));
}

#[test]
fn markdown_scorecard_in_english() {
    let out = peaklint_in(
        root(),
        &[
            "report",
            "--format",
            "markdown",
            "--lang",
            "en",
            "fixtures/variants/misnumbered.md",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("markdown_en", stdout(&out));
}

/// A Markdown plan with a waived finding and one in force.
const SUPPRESSED_PLAN: &str = "# 某园区碳达峰实施方案

## 一、园区概况

园区规划面积12平方公里。

<!-- peaklint-disable-next-line structure/numbering -- 沿用上级文件的章节编号 -->
## 三、保障措施

加强组织领导。
";

#[test]
fn suppressed_findings_are_shown_and_counted_apart() {
    let dir = tempdir("suppressed");
    write(&dir.join("waived.md"), SUPPRESSED_PLAN);
    let out = peaklint_in(&dir, &["report", "--format", "markdown", "waived.md"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("### 已抑制 (1)"), "{text}");
    assert!(text.contains("理由：沿用上级文件的章节编号"), "{text}");
    let html = stdout(&peaklint_in(&dir, &["report", "waived.md"]));
    assert!(html.contains("<tr class=\"suppressed\">"));
    assert!(html.contains("已抑制 <b>1</b>"), "{html}");
}

/// Document text and a file name that try to inject markup.
const HOSTILE_PLAN: &str = "# 园区<script>alert('title')</script>碳达峰实施方案

## 一、<img src=x onerror=alert(1)>园区概况

到2035年园区实现碳达峰<script>alert(\"body\")</script>，峰值控制在100万吨以内。
";

#[test]
fn html_escapes_document_text_and_file_names() {
    let dir = tempdir("hostile");
    let name = "<img src=x onerror=alert(2)>方案.md";
    write(&dir.join(name), HOSTILE_PLAN);
    let out = peaklint_in(&dir, &["report", name]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let html = stdout(&out);
    // The page's own script is the only one; no tag from the document survives.
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;方案.md"));
    // The finding's excerpt shows the text, escaped.
    assert!(
        html.contains("&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;"),
        "{html}"
    );
    let md = stdout(&peaklint_in(
        &dir,
        &["report", "--format", "markdown", name],
    ));
    // Every `<` is backslash-escaped: no raw HTML reaches a Markdown renderer.
    let raw = md
        .match_indices('<')
        .filter(|(i, _)| !md[..*i].ends_with('\\'));
    assert_eq!(raw.count(), 0, "{md}");
    assert!(
        md.contains("\\<script\\>alert(\"body\")\\</script\\>"),
        "{md}"
    );
}

#[test]
fn html_is_self_contained() {
    let out = peaklint_in(
        root(),
        &["report", "fixtures/md", "fixtures/broken/empty.md"],
    );
    assert_eq!(out.status.code(), Some(0));
    let html = stdout(&out);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for remote in ["http://", "https://", "src=", "<link", "@import", "url("] {
        let hits: Vec<&str> = html.lines().filter(|l| l.contains(remote)).collect();
        assert!(hits.is_empty(), "{remote} in {hits:?}");
    }
    assert!(html.contains("排名规则"));
    // Unreadable inputs are rows, with their reason.
    assert!(html.contains("<tr class=\"unreadable\">"));
    assert!(
        html.contains("<p class=\"unreadable\">无法读取："),
        "{html}"
    );
    let en = stdout(&peaklint_in(
        root(),
        &["report", "--lang", "en", "fixtures/md/gov-plan.md"],
    ));
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("Ranking: readable files first"));
    assert!(en.contains("data-key=\"coordination\" data-type=\"num\">coordination</th>"));
}

#[test]
fn csv_has_a_stable_header_and_quotes_chinese_text() {
    let dir = tempdir("csv");
    let name = "方案,\"终稿\"，第2版.md";
    write(&dir.join(name), SUPPRESSED_PLAN);
    write(&dir.join("empty.md"), "");
    let out = peaklint_in(&dir, &["report", "--format", "csv", name, "empty.md"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let body = text
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no BOM: {text}"));
    let lines: Vec<&str> = body.split("\r\n").collect();
    assert_eq!(
        lines.first().copied(),
        Some(
            "rank,path,format,status,outline_coverage_percent,errors,warnings,infos,suppressed,\
             structure,boundary,target,principle,consistency,input,\
             coordination,accuracy,feasibility,foresight,scientific,reason,\
             title,park,base_year,base_emissions,peak_year,peak_value,co2_intensity_2025,\
             co2_intensity_2030,co2_total_2025,co2_total_2030,measures_total,gap"
        )
    );
    let row = lines.get(1).copied().unwrap_or_default();
    assert!(
        row.starts_with("1,\"方案,\"\"终稿\"\"，第2版.md\",markdown,checked,"),
        "{row}"
    );
    let fields = parse_record(row);
    assert_eq!(fields.len(), 33, "{fields:?}");
    assert_eq!(fields.get(1).map(String::as_str), Some(name));
    assert_eq!(
        fields.get(8).map(String::as_str),
        Some("1"),
        "one suppressed"
    );
    let unreadable = parse_record(lines.get(2).copied().unwrap_or_default());
    assert_eq!(unreadable.get(3).map(String::as_str), Some("unreadable"));
    assert!(
        unreadable.get(20).is_some_and(|r| !r.is_empty()),
        "{unreadable:?}"
    );
    assert_eq!(lines.get(3).copied(), Some(""), "records end with CRLF");
}

#[test]
fn csv_per_finding_rows() {
    let out = peaklint_in(
        root(),
        &[
            "report",
            "--format",
            "csv",
            "--rows",
            "findings",
            "fixtures/variants/boundary-defects.md",
            "fixtures/broken/empty.md",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let body = text.trim_start_matches('\u{feff}');
    let records: Vec<Vec<String>> = body
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(parse_record)
        .collect();
    assert_eq!(
        records.first().map(|r| r.join(",")).as_deref(),
        Some("rank,path,severity,rule,category,suppressed,location,section,message,help,flagged,excerpt,justification")
    );
    assert!(records.iter().all(|r| r.len() == 13), "{records:?}");
    // "4,680,000吨" holds commas: quoted, and read back whole.
    let unit = records
        .iter()
        .find(|r| r.get(3).map(String::as_str) == Some("boundary/unit"));
    assert_eq!(
        unit.and_then(|r| r.get(10)).map(String::as_str),
        Some("4,680,000吨")
    );
    let last = records.last().map(|r| (r[0].as_str(), r[3].as_str()));
    assert_eq!(last, Some(("2", "input/unreadable")));
    // --rows findings is for CSV only.
    let out = peaklint_in(
        root(),
        &["report", "--rows", "findings", "fixtures/md/gov-plan.md"],
    );
    assert_eq!(out.status.code(), Some(2));
}

/// A strict RFC 4180 record parser (one line, no embedded line breaks).
fn parse_record(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let field = fields.last_mut().unwrap_or_else(|| unreachable!());
        match (c, quoted) {
            ('"', false) if field.is_empty() => quoted = true,
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            (',', false) => fields.push(String::new()),
            _ => field.push(c),
        }
    }
    fields
}

#[test]
fn output_file_and_its_extension_choose_the_format() {
    let dir = tempdir("output");
    let plan = root().join("fixtures/md/gov-plan.md");
    let plan = plan.to_string_lossy();
    for (file, start) in [
        ("r.html", "<!DOCTYPE html>"),
        ("r.csv", "\u{feff}rank,"),
        ("r.md", "# 碳达峰实施方案评审记分卡"),
        ("r", "<!DOCTYPE html>"),
    ] {
        let out = peaklint_in(&dir, &["report", "--output", file, &plan]);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        assert!(out.stdout.is_empty());
        let text = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        assert!(
            text.starts_with(start),
            "{file}: {}",
            text.get(..40).unwrap_or("")
        );
    }
}

#[test]
fn exit_codes() {
    let dir = tempdir("exit");
    // Unreadable inputs are part of the report: exit 0.
    let out = peaklint_in(root(), &["report", "fixtures/broken/not-a-zip.docx"]);
    assert_eq!(out.status.code(), Some(0));
    // A report that cannot be written, a bad rules file, a folder without plans: exit 2.
    let out = peaklint_in(
        root(),
        &[
            "report",
            "-o",
            "/nonexistent-dir/r.html",
            "fixtures/md/gov-plan.md",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("错误：无法写入 /nonexistent-dir/r.html：文件或文件夹不存在"));
    write(&dir.join("bad.yaml"), "schema_version: 7\n");
    let out = peaklint_in(&dir, &["report", "--rules", "bad.yaml", "bad.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    std::fs::create_dir_all(dir.join("nothing")).unwrap_or_default();
    let out = peaklint_in(&dir, &["report", "nothing"]);
    assert_eq!(out.status.code(), Some(2));
    let out = peaklint_in(&dir, &["report", "--format", "pdf", "x.md"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Chromium, if installed: `/usr/bin/chromium`, else `chromium` on PATH.
fn chromium() -> Option<PathBuf> {
    let fixed = PathBuf::from("/usr/bin/chromium");
    if fixed.is_file() {
        return Some(fixed);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("chromium"))
            .find(|p| p.is_file())
    })
}

fn dump_dom(chromium: &Path, url: &str, profile: &Path) -> String {
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", url])
        .output();
    match out {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        Ok(o) => panic!("chromium failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => panic!("cannot run chromium: {e}"),
    }
}

/// The paths of the comparison table's rows, in the order the DOM has them.
fn row_paths(dom: &str) -> Vec<String> {
    let body = dom
        .split_once("<tbody>")
        .and_then(|(_, rest)| rest.split_once("</tbody>"))
        .map_or("", |(b, _)| b);
    // Each row's name cell: `<td data-sort="PATH"><a href="#file-N">TITLE</a>…`.
    body.split("<tr")
        .skip(1)
        .filter_map(|row| {
            let cell = row.split("<td data-sort=\"").nth(2)?;
            let (path, rest) = cell.split_once('"')?;
            rest.starts_with("><a href=\"#file-")
                .then(|| path.to_string())
        })
        .collect()
}

#[test]
fn html_renders_and_sorts_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        eprintln!(
            "skipped: chromium not found (/usr/bin/chromium or on PATH); \
             install it with `apt-get install -y --no-install-recommends chromium`"
        );
        return;
    };
    let dir = tempdir("chromium");
    let page = dir.join("report.html");
    let page_arg = page.to_string_lossy().into_owned();
    let out = peaklint_in(
        root(),
        &[
            "report",
            "-o",
            &page_arg,
            "fixtures/md/gov-plan.md",
            "fixtures/variants/boundary-defects.md",
            "fixtures/docx/chinese-styles.docx",
            "fixtures/broken/empty.md",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let url = format!("file://{}", page.display());
    let dom = dump_dom(&chromium, &url, &dir.join("profile"));
    assert!(
        dom.contains("data-sort-ready=\"yes\""),
        "the sorting script did not run:\n{dom}"
    );
    let ranked = row_paths(&dom);
    assert_eq!(ranked.len(), 4, "{ranked:?}");
    assert_eq!(
        ranked.last().map(String::as_str),
        Some("fixtures/broken/empty.md")
    );
    // #sort=-rank reverses the table: the script's sorting, run by the browser.
    let reversed = row_paths(&dump_dom(
        &chromium,
        &format!("{url}#sort=-rank"),
        &dir.join("p2"),
    ));
    let mut expected = ranked.clone();
    expected.reverse();
    assert_eq!(reversed, expected);
    // #sort=path sorts by file name.
    let by_path = row_paths(&dump_dom(
        &chromium,
        &format!("{url}#sort=path"),
        &dir.join("p3"),
    ));
    let mut sorted = ranked.clone();
    sorted.sort();
    assert_eq!(by_path, sorted);
}

/// The value of attribute `name` in an element's text.
fn attr(element: &str, name: &str) -> Option<f64> {
    let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = element.get(start..)?;
    rest.get(..rest.find('"')?)?.parse().ok()
}

#[test]
fn emission_path_chart_renders_with_points_where_they_belong() {
    let Some(chromium) = chromium() else {
        eprintln!("skipped: chromium not found");
        return;
    };
    let dir = tempdir("chart");
    let plan = dir.join("plan.md");
    write(
        &plan,
        "# 临川经济开发区碳达峰实施方案\n\n## 一、现状\n\n以2020年为基准年。2018年园区二氧化碳排放总量为200万吨，2020年园区二氧化碳排放总量为240万吨。\n\n\
         ## 二、目标\n\n基准情景下，2025年园区二氧化碳排放总量将达到300万吨，2030年将达到360万吨。\n\n\
         低碳情景下，2025年园区二氧化碳排放为270万吨，2030年为285万吨。\n\n\
         园区力争2028年前实现碳达峰。到2025年，园区二氧化碳排放总量控制在280万吨以内。到2030年，园区二氧化碳排放总量控制在290万吨以内。\n",
    );
    let page = dir.join("report.html");
    let out = peaklint_in(
        &dir,
        &[
            "report",
            "--lang",
            "en",
            "-o",
            &page.to_string_lossy(),
            "plan.md",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let html = std::fs::read_to_string(&page).unwrap_or_default();
    // Titled by the plan's title, path as the second line; the card's indicators.
    assert!(
        html.contains("临川经济开发区碳达峰实施方案</a><br><span class=\"path\">plan.md</span>")
    );
    assert!(html.contains("<dt>Base year</dt><dd>2020</dd>"), "{html}");
    assert!(html.contains("<dt>Base-year emissions (10⁴ t CO2)</dt><dd>240</dd>"));
    assert!(html.contains("<dt>Peak year</dt><dd>2028</dd>"));
    assert!(html.contains("<dt>2025 CO2 total target</dt><dd>≤280 万吨</dd>"));
    // Axis labels in the report's language and a text alternative.
    assert!(html.contains(">Year</text>") && html.contains(">CO2 emissions (10⁴ t)</text>"));
    assert!(html.contains(
        "History: 2018: 200, 2020: 240; BAU scenario: 2025: 300, 2030: 360; \
         Low-carbon scenario: 2025: 270, 2030: 285; Caps and targets: 2025: 280, 2030: 290"
    ));
    let url = format!("file://{}", page.display());
    let dom = dump_dom(&chromium, &url, &dir.join("profile"));
    let svg_start = dom
        .find("<svg class=\"chart\"")
        .unwrap_or_else(|| panic!("no chart:\n{dom}"));
    let svg = dom.get(svg_start..).unwrap_or("");
    let head = svg.get(..svg.find('>').unwrap_or(0)).unwrap_or("");
    assert!(
        head.contains("data-drawn=\"yes\""),
        "the chart was not drawn: {head}"
    );
    let get = |name: &str| attr(head, name).unwrap_or_else(|| panic!("{name} missing: {head}"));
    let (x0, x1, year0, year1) = (
        get("data-x0"),
        get("data-x1"),
        get("data-year0"),
        get("data-year1"),
    );
    let (py0, py1, vmax) = (get("data-y0"), get("data-y1"), get("data-vmax"));
    assert_eq!((year0, year1), (2018.0, 2030.0));
    let mut seen = Vec::new();
    for c in svg.split("<circle").skip(1) {
        let c = c.get(..c.find('>').unwrap_or(0)).unwrap_or("");
        let (Some(year), Some(value)) = (attr(c, "data-year"), attr(c, "data-value")) else {
            continue;
        };
        let drawn_x = attr(c, "data-drawn-x").unwrap_or_else(|| panic!("not drawn: {c}"));
        let drawn_y = attr(c, "data-drawn-y").unwrap_or(f64::NAN);
        let want_x = x0 + (year - year0) / (year1 - year0) * (x1 - x0);
        let want_y = py0 - value / vmax * (py0 - py1);
        assert!(
            (drawn_x - want_x).abs() < 1.5 && (drawn_y - want_y).abs() < 1.5,
            "{year}: {value} drawn at ({drawn_x}, {drawn_y}), expected ({want_x}, {want_y})"
        );
        let series = c
            .split("data-series=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("");
        seen.push((series.to_string(), year as u16, value));
    }
    seen.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    assert_eq!(
        seen,
        vec![
            ("bau".to_string(), 2025, 300.0),
            ("bau".to_string(), 2030, 360.0),
            ("history".to_string(), 2018, 200.0),
            ("history".to_string(), 2020, 240.0),
            ("low_carbon".to_string(), 2025, 270.0),
            ("low_carbon".to_string(), 2030, 285.0),
            ("target".to_string(), 2025, 280.0),
            ("target".to_string(), 2030, 290.0),
        ]
    );
    // The peak year is a vertical line at 2028.
    assert!(svg.contains("data-series=\"peak\" data-year=\"2028\""));
}
