//! Each submission's key-indicator card and the chart of its emission path, from what
//! `peaklint facts` read ([`crate::plan_facts`]): the comparison table's indicator
//! columns, the card that opens a submission's section, and an inline SVG chart (no
//! script, no network) with a text alternative.

use crate::plan_facts::{FileFacts, TargetFact};
use crate::report::facts::num;

use super::html::escape;

/// The indicator columns of the comparison table: (key, Chinese label, English label).
pub const COLUMNS: [(&str, &str, &str); 10] = [
    ("base_year", "基准年", "Base year"),
    (
        "base_emissions",
        "基准年排放(万吨CO2)",
        "Base-year emissions (10⁴ t CO2)",
    ),
    ("peak_year", "达峰年", "Peak year"),
    ("peak_value", "峰值(万吨CO2)", "Peak value (10⁴ t CO2)"),
    (
        "co2_intensity_2025",
        "2025年碳强度目标",
        "2025 CO2 intensity target",
    ),
    (
        "co2_intensity_2030",
        "2030年碳强度目标",
        "2030 CO2 intensity target",
    ),
    (
        "co2_total_2025",
        "2025年排放总量目标",
        "2025 CO2 total target",
    ),
    (
        "co2_total_2030",
        "2030年排放总量目标",
        "2030 CO2 total target",
    ),
    (
        "measures_total",
        "措施减排量(万吨CO2)",
        "Measures' reductions (10⁴ t CO2)",
    ),
    ("gap", "减排缺口(万吨CO2)", "Gap to close (10⁴ t CO2)"),
];

/// The indicator values in the order of [`COLUMNS`], as shown (empty when unknown).
pub fn values(f: &FileFacts) -> [String; 10] {
    let base_year = f.base_year.as_ref().map(|b| b.year);
    // The largest emission figure of the base year: a total is never below its parts.
    let base_emissions = base_year.and_then(|y| {
        f.inventory
            .iter()
            .filter(|i| i.year == y && is_emissions(&i.metric))
            .map(|i| i.value)
            .reduce(f64::max)
    });
    let peak = f.peak.as_ref();
    let opt = |v: Option<f64>| v.map(num).unwrap_or_default();
    [
        base_year.map(|y| y.to_string()).unwrap_or_default(),
        opt(base_emissions),
        peak.and_then(|p| p.year)
            .map(|y| y.to_string())
            .unwrap_or_default(),
        opt(peak.and_then(|p| p.value)),
        intensity(f, 2025),
        intensity(f, 2030),
        total(f, 2025),
        total(f, 2030),
        opt(f.measures_total.as_ref().map(|m| m.value)),
        opt(f.gap.as_ref().map(|g| g.gap)),
    ]
}

fn own(f: &FileFacts) -> impl Iterator<Item = &TargetFact> {
    f.targets.iter().filter(|t| t.role == "plan")
}

/// A target in a cell: `−18%` (vs base year), `1.05 吨/万元`, `≤320 万吨`.
fn short(t: &TargetFact) -> String {
    let unit = t.unit.clone().unwrap_or_default();
    let spaced = if unit == "%" || unit.is_empty() || unit.starts_with('个') {
        unit
    } else {
        format!(" {unit}")
    };
    match (t.kind.as_str(), t.direction.as_str()) {
        ("relative_change" | "annual_rate", d) => {
            let sign = if d == "decrease" { "−" } else { "+" };
            let mut s = format!("{sign}{}{spaced}", num(t.value));
            if t.kind == "annual_rate" {
                s.push_str("/a");
            }
            if let Some(b) = t.base_year {
                s.push_str(&format!(" ({b})"));
            }
            s
        }
        ("cap", _) => format!("≤{}{spaced}", num(t.value)),
        _ => format!("{}{spaced}", num(t.value)),
    }
}

fn intensity(f: &FileFacts, year: u16) -> String {
    [
        "co2_intensity_value_added",
        "co2_intensity_gdp",
        "co2_intensity_output",
    ]
    .iter()
    .find_map(|id| {
        own(f).find(|t| t.metric_id.as_deref() == Some(id) && t.target_year == Some(year))
    })
    .map(short)
    .unwrap_or_default()
}

fn total(f: &FileFacts, year: u16) -> String {
    own(f)
        .find(|t| {
            t.metric_id.as_deref() == Some("co2_total")
                && t.target_year == Some(year)
                && matches!(t.kind.as_str(), "cap" | "level" | "relative_change")
        })
        .map(short)
        .unwrap_or_default()
}

/// A target's value in 万吨 when its unit is a mass of CO2 (`万吨`, `亿吨`, `吨`).
fn in_wan(t: &TargetFact) -> Option<f64> {
    let tonnes = crate::extract::targets::co2_tonnes_per_unit(t.unit.as_deref()?)?;
    Some(t.value * tonnes / 1e4)
}

/// The series of the chart, each point (year, 万吨CO2).
pub struct Path {
    pub history: Vec<(u16, f64)>,
    pub bau: Vec<(u16, f64)>,
    pub low_carbon: Vec<(u16, f64)>,
    pub targets: Vec<(u16, f64)>,
    pub peak_year: Option<u16>,
    pub peak_value: Option<f64>,
}

/// An inventory metric that is the CO2 emissions themselves (not an intensity).
fn is_emissions(metric: &str) -> bool {
    metric == "二氧化碳排放总量" || metric == "二氧化碳排放"
}

/// One point a year: the largest value written for it (a total is never below its parts).
fn series(mut points: Vec<(u16, f64)>) -> Vec<(u16, f64)> {
    points.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    points.dedup_by_key(|(y, _)| *y);
    points
}

pub fn path(f: &FileFacts) -> Path {
    let history = series(
        f.inventory
            .iter()
            .filter(|i| is_emissions(&i.metric))
            .map(|i| (i.year, i.value))
            .collect(),
    );
    let bau = series(f.bau.iter().map(|b| (b.year, b.value)).collect());
    let low_carbon = series(f.low_carbon.iter().map(|b| (b.year, b.value)).collect());
    let targets = series(
        own(f)
            .filter(|t| {
                t.metric_id.as_deref() == Some("co2_total")
                    && matches!(t.kind.as_str(), "cap" | "level")
            })
            .filter_map(|t| Some((t.target_year?, in_wan(t)?)))
            .collect(),
    );
    let peak = f.peak.as_ref();
    Path {
        history,
        bau,
        low_carbon,
        targets,
        peak_year: peak.and_then(|p| p.year),
        peak_value: peak.and_then(|p| {
            let v = p.value?;
            let unit = p.unit.as_deref().unwrap_or("万吨");
            if unit.starts_with('亿') {
                Some(v * 1e4)
            } else if unit.starts_with('万') {
                Some(v)
            } else {
                None
            }
        }),
    }
}

impl Path {
    fn is_empty(&self) -> bool {
        self.history.is_empty()
            && self.bau.is_empty()
            && self.low_carbon.is_empty()
            && self.targets.is_empty()
            && self.peak_value.is_none()
    }
}

struct Words {
    year: &'static str,
    unit: &'static str,
    history: &'static str,
    bau: &'static str,
    low_carbon: &'static str,
    targets: &'static str,
    peak: &'static str,
    title: &'static str,
    none: &'static str,
}

fn words(en: bool) -> Words {
    if en {
        Words {
            year: "Year",
            unit: "CO2 emissions (10⁴ t)",
            history: "History",
            bau: "BAU scenario",
            low_carbon: "Low-carbon scenario",
            targets: "Caps and targets",
            peak: "Peak",
            title: "Emission path",
            none: "No emission path was read (no history, BAU, cap or peak value in 10⁴ t CO2).",
        }
    } else {
        Words {
            year: "年份",
            unit: "二氧化碳排放量（万吨）",
            history: "历史排放",
            bau: "基准情景",
            low_carbon: "低碳（达峰）情景",
            targets: "总量目标/上限",
            peak: "达峰",
            title: "排放路径",
            none: "未读取到排放路径（无以万吨CO2计的历史排放、基准情景、总量目标或峰值）。",
        }
    }
}

/// The chart in words: the text alternative, also shown under the chart.
pub fn text_alternative(p: &Path, en: bool) -> String {
    let w = words(en);
    if p.is_empty() {
        return w.none.to_string();
    }
    let list = |pts: &[(u16, f64)]| {
        pts.iter()
            .map(|(y, v)| format!("{y}: {}", num(*v)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let sep = if en { "; " } else { "；" };
    let colon = if en { ": " } else { "：" };
    let mut parts = Vec::new();
    for (name, pts) in [
        (w.history, &p.history),
        (w.bau, &p.bau),
        (w.low_carbon, &p.low_carbon),
        (w.targets, &p.targets),
    ] {
        if !pts.is_empty() {
            parts.push(format!("{name}{colon}{}", list(pts)));
        }
    }
    if p.peak_year.is_some() || p.peak_value.is_some() {
        parts.push(format!(
            "{}{colon}{}{}",
            w.peak,
            p.peak_year
                .map_or_else(|| "?".to_string(), |y| y.to_string()),
            p.peak_value
                .map_or_else(String::new, |v| format!(" ({})", num(v)))
        ));
    }
    format!("{} ({}){colon}{}", w.title, w.unit, parts.join(sep))
}

const W: f64 = 640.0;
const H: f64 = 300.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 150.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 44.0;

/// A round upper bound for the value axis and its step.
fn nice_max(v: f64) -> (f64, f64) {
    let v = if v.is_finite() && v > 0.0 { v } else { 1.0 };
    let raw = v * 1.1 / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    ((v * 1.1 / step).ceil() * step, step)
}

/// The inline SVG chart of the emission path; `None` when nothing was read.
pub fn chart_svg(p: &Path, en: bool, id: &str) -> Option<String> {
    if p.is_empty() {
        return None;
    }
    let w = words(en);
    let years: Vec<u16> = p
        .history
        .iter()
        .chain(&p.bau)
        .chain(&p.low_carbon)
        .chain(&p.targets)
        .map(|(y, _)| *y)
        .chain(p.peak_year)
        .collect();
    let (mut y0, mut y1) = (
        years.iter().copied().min().unwrap_or(2020),
        years.iter().copied().max().unwrap_or(2030),
    );
    if y0 == y1 {
        y0 = y0.saturating_sub(1);
        y1 = y1.saturating_add(1);
    }
    let vmax_data = p
        .history
        .iter()
        .chain(&p.bau)
        .chain(&p.low_carbon)
        .chain(&p.targets)
        .map(|(_, v)| *v)
        .chain(p.peak_value)
        .fold(0.0f64, f64::max);
    let (vmax, step) = nice_max(vmax_data);
    let (x0, x1) = (LEFT, W - RIGHT);
    let (py0, py1) = (H - BOTTOM, TOP);
    let x = |y: u16| x0 + f64::from(y - y0) / f64::from(y1 - y0) * (x1 - x0);
    let yv = |v: f64| py0 - v / vmax * (py0 - py1);
    let alt = text_alternative(p, en);
    let mut s = format!(
        "<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" \
         data-x0=\"{x0}\" data-x1=\"{x1}\" data-year0=\"{y0}\" data-year1=\"{y1}\" data-y0=\"{py0}\" data-y1=\"{py1}\" data-vmax=\"{vmax}\">\
         <title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>\n",
        escape(w.title),
        escape(&alt)
    );
    // Grid and value ticks.
    let mut v = 0.0;
    while v <= vmax + step / 2.0 {
        let yy = yv(v);
        s.push_str(&format!(
            "<line class=\"grid\" x1=\"{x0}\" x2=\"{x1}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\"/><text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\n",
            x0 - 6.0,
            yy + 4.0,
            num(v)
        ));
        v += step;
    }
    // Year ticks.
    let span = y1 - y0;
    let every = match span {
        0..=12 => 1,
        13..=24 => 2,
        _ => 5,
    };
    // Counted back from the last year, so that it is always labelled and no two labels meet.
    for y in (y0..=y1).filter(|y| (y1 - y) % every == 0) {
        s.push_str(&format!(
            "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{y}</text>\n",
            x(y),
            py0 + 16.0
        ));
    }
    s.push_str(&format!(
        "<line class=\"axis\" x1=\"{x0}\" x2=\"{x1}\" y1=\"{py0}\" y2=\"{py0}\"/><line class=\"axis\" x1=\"{x0}\" x2=\"{x0}\" y1=\"{py1}\" y2=\"{py0}\"/>\n\
         <text class=\"label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\
         <text class=\"label\" transform=\"translate(14 {:.1}) rotate(-90)\" text-anchor=\"middle\">{}</text>\n",
        (x0 + x1) / 2.0,
        H - 6.0,
        escape(w.year),
        (py0 + py1) / 2.0,
        escape(w.unit)
    ));
    if let Some(py) = p.peak_year {
        s.push_str(&format!(
            "<line class=\"peak\" data-series=\"peak\" data-year=\"{py}\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{py1}\" y2=\"{py0}\"/>\n",
            x(py),
            x(py)
        ));
    }
    let mut legend = Vec::new();
    for (key, name, pts) in [
        ("history", w.history, &p.history),
        ("bau", w.bau, &p.bau),
        ("low_carbon", w.low_carbon, &p.low_carbon),
        ("target", w.targets, &p.targets),
    ] {
        if pts.is_empty() {
            continue;
        }
        legend.push((key, name));
        if key != "target" && pts.len() > 1 {
            let d: Vec<String> = pts
                .iter()
                .map(|(y, v)| format!("{:.1},{:.1}", x(*y), yv(*v)))
                .collect();
            s.push_str(&format!(
                "<polyline class=\"line {key}\" points=\"{}\"/>\n",
                d.join(" ")
            ));
        }
        for (y, v) in pts.iter() {
            s.push_str(&format!(
                "<circle class=\"pt {key}\" data-series=\"{key}\" data-year=\"{y}\" data-value=\"{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\"><title>{name} {y}: {}</title></circle>\n",
                num(*v),
                x(*y),
                yv(*v),
                num(*v)
            ));
        }
    }
    if let (Some(py), Some(pv)) = (p.peak_year, p.peak_value) {
        legend.push(("peak", w.peak));
        s.push_str(&format!(
            "<circle class=\"pt peak\" data-series=\"peak\" data-year=\"{py}\" data-value=\"{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\"><title>{} {py}: {}</title></circle>\n",
            num(pv),
            x(py),
            yv(pv),
            w.peak,
            num(pv)
        ));
    } else if p.peak_year.is_some() {
        legend.push(("peak", w.peak));
    }
    for (i, (key, name)) in legend.iter().enumerate() {
        let ly = TOP + 8.0 + 18.0 * i as f64;
        s.push_str(&format!(
            "<rect class=\"key {key}\" x=\"{:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\"/><text class=\"legend\" x=\"{:.1}\" y=\"{:.1}\">{}</text>\n",
            x1 + 14.0,
            ly - 9.0,
            x1 + 28.0,
            ly,
            escape(name)
        ));
    }
    s.push_str("</svg>");
    Some(s)
}

/// The card and chart that open a submission's HTML section.
pub fn html(f: &FileFacts, en: bool, id: &str) -> String {
    let vals = values(f);
    let mut out = String::from("<div class=\"card\"><dl>");
    if let Some(name) = &f.park.name {
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>",
            if en { "Park" } else { "园区" },
            escape(name)
        ));
    }
    for ((_, zh, en_label), v) in COLUMNS.iter().zip(vals.iter()) {
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>",
            if en { en_label } else { zh },
            if v.is_empty() {
                "—".to_string()
            } else {
                escape(v)
            }
        ));
    }
    out.push_str("</dl></div>\n");
    let p = path(f);
    let alt = text_alternative(&p, en);
    match chart_svg(&p, en, id) {
        Some(svg) => out.push_str(&format!(
            "<figure class=\"chart\">{svg}<figcaption>{}</figcaption></figure>\n",
            escape(&alt)
        )),
        None => out.push_str(&format!("<p class=\"chart-none\">{}</p>\n", escape(&alt))),
    }
    out
}

/// The card as Markdown lines (a table would be too wide) and the chart's text.
pub fn markdown(f: &FileFacts, en: bool, cell: fn(&str) -> String) -> String {
    let vals = values(f);
    let mut out = String::new();
    if let Some(name) = &f.park.name {
        out.push_str(&format!(
            "- {}{}{}\n",
            if en { "Park" } else { "园区" },
            if en { ": " } else { "：" },
            cell(name)
        ));
    }
    for ((_, zh, en_label), v) in COLUMNS.iter().zip(vals.iter()) {
        out.push_str(&format!(
            "- {}{}{}\n",
            if en { en_label } else { zh },
            if en { ": " } else { "：" },
            if v.is_empty() {
                "—".to_string()
            } else {
                cell(v)
            }
        ));
    }
    out.push_str(&format!("\n{}\n\n", cell(&text_alternative(&path(f), en))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_axis_maxima() {
        assert_eq!(nice_max(486.0), (600.0, 200.0));
        assert!(nice_max(0.0).0 > 1.0);
        assert_eq!(nice_max(95.0), (125.0, 25.0));
    }
}
