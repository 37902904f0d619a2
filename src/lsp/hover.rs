//! How peaklint read the target statements under a position of a text document (the
//! language server's hover): metric, kind, value, base year, target year and role, so
//! an author sees a misreading at once.

use crate::document::{read_str, Format};
use crate::extract::analysis::Analysis;
use crate::lang::Lang;
use crate::pack::RulesPack;

use crate::plan_facts::target_fact;
use crate::report::facts::{role_label, target_line};

/// The readings of every target whose sentence contains byte `offset` of `text`, as
/// plain text; `None` when there is none (or the text cannot be read).
pub fn readings_at(
    name: &str,
    text: &str,
    format: Format,
    pack: &RulesPack,
    offset: usize,
    lang: Lang,
) -> Option<String> {
    let doc = read_str(name, text.to_string(), format, &Default::default()).ok()?;
    let an = Analysis::new(&doc, pack);
    let targets = &an.targets().all;
    let en = lang == Lang::En;
    let mut lines = Vec::new();
    for t in targets {
        let whole = t.sentence.location(&doc, 0..t.sentence.text.len());
        let (Some(start), Some(end)) = (whole.byte_start, whole.byte_end) else {
            continue;
        };
        if !(start <= offset && offset <= end) {
            continue;
        }
        let f = target_fact(&doc, pack, t);
        let y = |v: Option<u16>| v.map_or_else(|| "—".to_string(), |y| y.to_string());
        let value = {
            let mut v = crate::report::facts::num(f.value);
            if let Some(u) = f.upper {
                v.push('—');
                v.push_str(&crate::report::facts::num(u));
            }
            if let Some(u) = f.unit.as_deref().filter(|_| f.kind != "peak_year") {
                v.push_str(u);
            }
            if let Some(q) = &f.qualifier {
                v.push_str(q);
            }
            v
        };
        let line = if en {
            format!(
                "{}\n  metric: {} · kind: {} · value: {value} · base year: {} · target year: {} · role: {}",
                target_line(&f, true),
                f.metric.as_deref().unwrap_or("—"),
                f.kind,
                y(f.base_year),
                y(f.target_year),
                f.role
            )
        } else {
            format!(
                "{}\n  指标：{} · 类型：{} · 数值：{value} · 基准年：{} · 目标年：{} · 角色：{}",
                target_line(&f, false),
                f.metric.as_deref().unwrap_or("—"),
                kind_zh(&f.kind),
                y(f.base_year),
                y(f.target_year),
                role_label(&f.role, false)
            )
        };
        lines.push(line);
    }
    if lines.is_empty() {
        return None;
    }
    let head = if en {
        "peaklint read this sentence as:"
    } else {
        "peaklint 对本句的读取："
    };
    Some(format!("{head}\n{}", lines.join("\n")))
}

fn kind_zh(kind: &str) -> &str {
    match kind {
        "relative_change" => "相对变化",
        "level" => "水平值",
        "cap" => "上限",
        "annual_rate" => "年均变化",
        "peak_year" => "达峰年",
        "peak_value" => "峰值",
        _ => kind,
    }
}
