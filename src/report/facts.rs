//! `peaklint facts` as a terminal card (human) and as CSV (one row per target statement).

use crate::document::Location;
use crate::plan_facts::{FileFacts, TargetFact};
use crate::report::scorecard::csv::quote;

/// A number as printed: no trailing `.0`.
pub fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// `12:5` for text files, `¶57` for .docx, in the reader's language (a .docx table cell
/// is `¶453，表9第2行第6列` in Chinese, `¶453, table 9 r2c6` in English).
pub fn place(l: &Location, en: bool) -> String {
    crate::report::outline::where_in(l, en)
}

struct Words {
    park: &'static str,
    area: &'static str,
    base_year: &'static str,
    boundary: &'static str,
    declared: &'static str,
    undeclared: &'static str,
    inventory: &'static str,
    bau: &'static str,
    peak: &'static str,
    peak_value: &'static str,
    targets: &'static str,
    other_targets: &'static str,
    measures: &'static str,
    total: &'static str,
    gap: &'static str,
    unknown: &'static str,
    none: &'static str,
    year: &'static str,
}

fn words(en: bool) -> Words {
    if en {
        Words {
            park: "park",
            area: "area",
            base_year: "base year",
            boundary: "boundary",
            declared: "declared",
            undeclared: "not declared",
            inventory: "inventory",
            bau: "BAU",
            peak: "peak",
            peak_value: "peak value",
            targets: "targets",
            other_targets: "other ratios",
            measures: "measures",
            total: "total",
            gap: "gap",
            unknown: "unknown",
            none: "none",
            year: "",
        }
    } else {
        Words {
            park: "园区",
            area: "面积",
            base_year: "基准年",
            boundary: "核算边界",
            declared: "已声明",
            undeclared: "未声明",
            inventory: "排放清单",
            bau: "基准情景",
            peak: "达峰",
            peak_value: "峰值",
            targets: "目标",
            other_targets: "其他指标",
            measures: "量化措施",
            total: "合计",
            gap: "差距",
            unknown: "未知",
            none: "无",
            year: "年",
        }
    }
}

/// An emission scope of the boundary as a reader sees it.
fn scope_label(scope: &str, en: bool) -> &str {
    if en {
        return scope;
    }
    match scope {
        "direct" => "直接排放",
        "indirect_power" => "外购电力间接排放",
        "indirect_heat" => "外购热力间接排放",
        _ => scope,
    }
}

/// The role as a reader sees it.
pub fn role_label(role: &str, en: bool) -> &str {
    if en {
        return role;
    }
    match role {
        "plan" => "本方案",
        "history" => "历史",
        "scenario" => "情景",
        "upper_level" => "上级",
        "enterprise" => "企业",
        _ => role,
    }
}

/// A target in a few words: `2025 单位工业增加值能耗 比2020年 下降 18% 以上 (力争 20)`.
pub fn target_line(t: &TargetFact, en: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    if t.kind == "peak_year" {
        parts.push(format!(
            "{} {}{}",
            if en { "peak by" } else { "达峰" },
            num(t.value),
            if en { "" } else { "年" }
        ));
    } else {
        if let Some(y) = t.target_year {
            parts.push(format!("{y}{}", if en { ":" } else { "年" }));
        }
        parts.push(t.metric.clone().unwrap_or_else(|| "?".to_string()));
        if let Some(b) = t.base_year {
            parts.push(if en {
                format!("vs {b}")
            } else {
                format!("比{b}年")
            });
        }
        let verb = match (t.kind.as_str(), t.direction.as_str(), en) {
            ("annual_rate", "decrease", false) => "年均下降",
            ("annual_rate", "increase", false) => "年均提高",
            ("annual_rate", "decrease", true) => "down per year",
            ("annual_rate", _, true) => "up per year",
            (_, "decrease", false) => "下降",
            (_, "increase", false) => "提高",
            (_, "decrease", true) => "down",
            (_, "increase", true) => "up",
            ("cap", _, false) | ("peak_value", _, false) => "不超过",
            ("cap", _, true) | ("peak_value", _, true) => "at most",
            (_, _, false) => "达到",
            (_, _, true) => "at",
        };
        let mut value = num(t.value);
        if let Some(u) = t.upper {
            value.push('—');
            value.push_str(&num(u));
        }
        if let Some(u) = &t.unit {
            if u != "%" && !u.starts_with('个') {
                value.push(' ');
            }
            value.push_str(u);
        }
        if let Some(q) = t
            .qualifier
            .as_ref()
            .filter(|q| !(verb == "不超过" && q.as_str() == "以内"))
        {
            value.push_str(q);
        }
        parts.push(format!("{verb} {value}"));
        if let Some(s) = t.stretch {
            parts.push(format!(
                "({} {})",
                if en { "stretch" } else { "力争" },
                num(s)
            ));
        }
    }
    if let Some(h) = &t.hedge {
        parts.insert(0, format!("[{h}]"));
    }
    parts.join(" ")
}

/// One card per file.
pub fn human(files: &[FileFacts], en: bool) -> String {
    let w = words(en);
    let mut out = String::new();
    for f in files {
        let heading = f
            .title
            .clone()
            .or_else(|| f.park.name.clone())
            .unwrap_or_default();
        out.push_str(&format!("{}  {}\n", f.path, heading));
        if let Some(e) = &f.error {
            // `e` says it cannot be read and why, in the reader's language.
            out.push_str(&format!("  {e}\n\n"));
            continue;
        }
        let pad = |label: &str| -> String {
            // Chinese labels are two columns a character: pad by display width.
            let width: usize = label
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 2 })
                .sum();
            format!("{label}{}", " ".repeat(12usize.saturating_sub(width)))
        };
        let mut park = f.park.name.clone().unwrap_or_else(|| w.unknown.to_string());
        if let Some(a) = f.park.area_km2 {
            park.push_str(&format!(" · {} {} km²", w.area, num(a)));
        }
        out.push_str(&format!("  {}{park}\n", pad(w.park)));
        let base = f.base_year.as_ref().map_or_else(
            || w.unknown.to_string(),
            |b| format!("{}{} ({})", b.year, w.year, place(&b.location, en)),
        );
        out.push_str(&format!("  {}{base}\n", pad(w.base_year)));
        let b = &f.boundary;
        let mut boundary = vec![if b.declared { w.declared } else { w.undeclared }.to_string()];
        if !b.gases.is_empty() {
            boundary.push(b.gases.join(","));
        }
        if !b.scopes.is_empty() {
            let scopes: Vec<&str> = b.scopes.iter().map(|s| scope_label(s, en)).collect();
            boundary.push(scopes.join(if en { "," } else { "、" }));
        }
        if !b.standards.is_empty() {
            boundary.push(b.standards.join(if en { "," } else { "、" }));
        }
        out.push_str(&format!("  {}{}\n", pad(w.boundary), boundary.join(" · ")));
        let series = |points: Vec<(u16, f64)>| -> String {
            if points.is_empty() {
                return w.none.to_string();
            }
            points
                .iter()
                .map(|(y, v)| format!("{y}: {}", num(*v)))
                .collect::<Vec<_>>()
                .join(", ")
                + " 万吨CO2"
        };
        out.push_str(&format!(
            "  {}{}\n",
            pad(w.inventory),
            series(f.inventory.iter().map(|i| (i.year, i.value)).collect())
        ));
        out.push_str(&format!(
            "  {}{}\n",
            pad(w.bau),
            series(f.bau.iter().map(|i| (i.year, i.value)).collect())
        ));
        let peak = f.peak.as_ref().map_or_else(
            || w.unknown.to_string(),
            |p| {
                let mut s = String::new();
                if let Some(h) = &p.hedge {
                    s.push_str(h);
                    s.push(' ');
                }
                s.push_str(
                    &p.year
                        .map_or_else(|| "?".into(), |y| format!("{y}{}", w.year)),
                );
                if let Some(v) = p.value {
                    s.push_str(&format!(
                        " · {} {} {}",
                        w.peak_value,
                        num(v),
                        p.unit.clone().unwrap_or_default()
                    ));
                }
                s
            },
        );
        out.push_str(&format!("  {}{peak}\n", pad(w.peak)));
        out.push_str(&format!("  {}{}\n", pad(w.targets), f.targets.len()));
        for t in &f.targets {
            out.push_str(&format!(
                "    {:<6} {}  {}\n",
                role_label(&t.role, en),
                target_line(t, en),
                place(&t.location, en)
            ));
        }
        // Shown only when the plan has some: ratios no pack metric names.
        if !f.other_targets.is_empty() {
            out.push_str(&format!(
                "  {}{}\n",
                pad(w.other_targets),
                f.other_targets.len()
            ));
            for t in &f.other_targets {
                out.push_str(&format!(
                    "    {}  {}\n",
                    t.indicator,
                    place(&t.location, en)
                ));
            }
        }
        out.push_str(&format!(
            "  {}{}{}\n",
            pad(w.measures),
            f.measures.len(),
            f.measures_total
                .as_ref()
                .map_or_else(String::new, |t| format!(
                    " ({} {}{} {} 万吨CO2)",
                    w.total,
                    t.year.map_or_else(String::new, |y| y.to_string()),
                    w.year,
                    num(t.value)
                ))
        ));
        if let Some(g) = &f.gap {
            out.push_str(&format!(
                "  {}{}: {} {} − {} {} = {}; {} {}\n",
                pad(w.gap),
                g.year,
                w.bau,
                num(g.bau),
                w.targets,
                num(g.target),
                num(g.gap),
                w.measures,
                g.measures.map_or_else(|| w.unknown.to_string(), num)
            ));
        }
        out.push('\n');
    }
    out
}

/// The CSV header: one row per target statement.
pub const CSV_HEADER: [&str; 17] = [
    "path",
    "park",
    "metric",
    "metric_id",
    "kind",
    "direction",
    "value",
    "upper",
    "stretch",
    "unit",
    "qualifier",
    "hedge",
    "base_year",
    "target_year",
    "role",
    "location",
    "text",
];

/// One row per target statement (a file without targets or unreadable: one row with
/// only its path and park). The header and the enumerated values (`kind`, `role` …) are
/// the fixed data format; the location is written in the reader's language.
pub fn csv(files: &[FileFacts], en: bool) -> String {
    let mut out = String::from("\u{feff}");
    push(&mut out, CSV_HEADER.iter().map(|s| s.to_string()).collect());
    let opt = |v: Option<f64>| v.map(num).unwrap_or_default();
    let year = |v: Option<u16>| v.map(|y| y.to_string()).unwrap_or_default();
    for f in files {
        let park = f.park.name.clone().unwrap_or_default();
        if f.targets.is_empty() {
            let mut row = vec![f.path.clone(), park.clone()];
            row.resize(CSV_HEADER.len(), String::new());
            push(&mut out, row);
            continue;
        }
        for t in &f.targets {
            push(
                &mut out,
                vec![
                    f.path.clone(),
                    park.clone(),
                    t.metric.clone().unwrap_or_default(),
                    t.metric_id.clone().unwrap_or_default(),
                    t.kind.clone(),
                    t.direction.clone(),
                    num(t.value),
                    opt(t.upper),
                    opt(t.stretch),
                    t.unit.clone().unwrap_or_default(),
                    t.qualifier.clone().unwrap_or_default(),
                    t.hedge.clone().unwrap_or_default(),
                    year(t.base_year),
                    year(t.target_year),
                    t.role.clone(),
                    place(&t.location, en),
                    t.text.clone(),
                ],
            );
        }
    }
    out
}

fn push(out: &mut String, fields: Vec<String>) {
    let quoted: Vec<String> = fields.iter().map(|f| quote(f)).collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}
