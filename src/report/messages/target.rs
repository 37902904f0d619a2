//! Messages of the target rules.

use super::{pick, Rendered};
use crate::checks::target::num;
use crate::finding::{
    ChangeDirection, ChangeUnit, FloorAboveStretch, GapTargetSource, ImplausibleValue,
    IntensityTotalMismatch, LatePeak, MilestonesOutOfOrder, NoBaseYear, NoBaseline, NoMeasure,
    Place, RateMismatch, ReductionGap, TargetConflict, TargetYearBeforeBase, UnjustifiedPeak,
    WrongUnit,
};
use crate::lang::Lang;

pub(super) fn late_peak(f: &LatePeak, lang: Lang) -> Rendered {
    let (year, deadline, quote) = (f.year, f.deadline, &f.quote);
    let message = if f.after && year >= deadline {
        pick(
            lang,
            format!("达峰时间为{year}年以后，晚于要求的{deadline}年前达峰：{quote}"),
            format!("peak after {year}, later than the required {deadline}"),
        )
    } else if f.around && year == deadline {
        pick(
            lang,
            format!("达峰年份“{year}年左右/前后”允许晚于{deadline}年达峰，不满足{deadline}年前达峰的要求：{quote}"),
            format!("peak “around {year}” allows a peak after {deadline}; the deadline is {deadline}"),
        )
    } else {
        pick(
            lang,
            format!("达峰年份{year}年晚于要求的{deadline}年：{quote}"),
            format!("peak year {year} is later than the required {deadline}"),
        )
    };
    let mut r = Rendered::new(message);
    for _ in 0..f.repeats {
        r = r.related(pick(
            lang,
            format!("{year}年达峰也写在此"),
            format!("the peak in {year} is stated here too"),
        ));
    }
    r.help(pick(
        lang,
        format!("将达峰年份提前至{deadline}年前（含），或说明地区要求并在规则文件中设定 thresholds.peak_deadline"),
        format!("bring the peak to {deadline} or earlier, or set the regional deadline in thresholds.peak_deadline"),
    ))
}

pub(super) fn no_base_year(f: &NoBaseYear, lang: Lang) -> Rendered {
    let (metric, quote) = (&f.metric_name, &f.quote);
    let (verb_zh, verb_en) = match f.direction {
        ChangeDirection::Increase => ("提高", "increase"),
        ChangeDirection::Decrease => ("下降", "decrease"),
    };
    let (unit_zh, unit_en) = match f.unit {
        ChangeUnit::Points => ("个百分点", " points"),
        ChangeUnit::Percent => ("%", "%"),
    };
    let value = num(f.value);
    let message = if let Some(base) = f.declared_base {
        pick(
            lang,
            format!("相对目标“{metric}{verb_zh}{value}{unit_zh}”没有写明基准年；方案虽声明以{base}年为基准年，但同句或本指标其他目标写明了基准年，此处无法确定：{quote}"),
            format!("relative target “{metric} {verb_en} {value}{unit_en}” has no base year; the plan declares {base}, but the targets beside it or of the same indicator write theirs, so this one is unclear"),
        )
    } else if f.relative_to_base_year {
        pick(
            lang,
            format!("目标“{metric}{verb_zh}{value}{unit_zh}”以基准年为基，但方案未声明基准年：{quote}"),
            format!("target “{metric} {verb_en} {value}{unit_en}” is relative to the base year, but the plan declares none"),
        )
    } else {
        pick(
            lang,
            format!("相对目标“{metric}{verb_zh}{value}{unit_zh}”没有基准年，方案也未统一声明基准年：{quote}"),
            format!("relative target “{metric} {verb_en} {value}{unit_en}” has no base year, and the plan declares none"),
        )
    };
    Rendered::new(message).help(pick(
        lang,
        "在目标中写明基准年（如“较2020年下降18%”），或在核算边界中声明“以2020年为基准年”",
        "write the base year in the target (较2020年下降18%) or declare it for the plan (以2020年为基准年)",
    ))
}

pub(super) fn no_baseline(f: &NoBaseline, lang: Lang) -> Rendered {
    let (name, year, quote) = (&f.metric_name, f.base_year, &f.quote);
    Rendered::new(pick(
        lang,
        format!("目标指标“{name}”的基准年（{year}年）数值在方案中没有给出：{quote}"),
        format!("the {year} (base-year) value of target indicator “{name}” is nowhere stated"),
    ))
    .help(pick(
        lang,
        format!("在碳排放现状或指标表中写明{year}年{name}的数值"),
        format!("state the {year} value of {name} in the baseline analysis or the indicator table"),
    ))
}

pub(super) fn no_measure(f: &NoMeasure, lang: Lang) -> Rendered {
    let (name, quote) = (&f.metric_name, &f.quote);
    // The words looked for: all of them up to eight, else the first eight and a count.
    let shown: Vec<&str> = f.keywords.iter().take(8).map(String::as_str).collect();
    let more = f.keywords.len().saturating_sub(shown.len());
    let (words_zh, words_en) = if more > 0 {
        (
            format!("{}等{}个词", shown.join("、"), f.keywords.len()),
            format!("{} and {more} more", shown.join(", ")),
        )
    } else {
        (shown.join("、"), shown.join(", "))
    };
    Rendered::new(pick(
        lang,
        format!("目标指标“{name}”在实施路径中没有对应的措施（查找了：{words_zh}）：{quote}"),
        format!("target indicator “{name}” has no supporting measure in the pathway chapter (looked for: {words_en})"),
    ))
    .help(pick(
        lang,
        format!("在实施路径中补充支撑“{name}”目标的任务，写明量化效果、责任单位和时限"),
        format!("add pathway tasks that deliver the {name} target, with their quantified effect, owner and deadline"),
    ))
}

pub(super) fn unjustified_peak(f: &UnjustifiedPeak, lang: Lang) -> Rendered {
    Rendered::new(pick(
        lang,
        format!("达峰目标没有预测或情景分析支撑，方案中找不到情景、预测或测算：{}", f.quote),
        "the peak target has no forecast or scenario analysis behind it: the plan has no scenario, forecast or projection",
    ))
    .help(pick(
        lang,
        "补充排放预测：基准情景与达峰情景的假设（增加值增速、重大项目）、逐年排放和峰值",
        "add an emissions forecast: baseline and peak scenarios with their assumptions, yearly emissions and the peak",
    ))
}

pub(super) fn target_conflict(f: &TargetConflict, lang: Lang) -> Rendered {
    let (name, year, quote) = (&f.metric_name, f.year, &f.quote);
    let (v, a) = (num(f.value), num(f.earlier_value));
    if f.peak {
        let unit = f.unit.as_deref().unwrap_or("");
        return Rendered::new(pick(
            lang,
            format!("峰值冲突：{name}峰值此处为{v}{unit}，前文为{a}{unit}：{quote}"),
            format!("conflicting peak values: the {name} peak is {v} {unit} here and {a} {unit} earlier"),
        ))
        .related(pick(
            lang,
            format!("峰值{a}{unit}在此"),
            format!("the peak value of {a} {unit} is here"),
        ))
        .help(pick(
            lang,
            "全文统一峰值；峰值上限与测算峰值请分别写明（“峰值控制在X万吨以内，测算峰值约Y万吨”）",
            "use one peak value; write a cap and a projection apart (峰值控制在X万吨以内，测算峰值约Y万吨)",
        ));
    }
    if f.scenario {
        let unit = f.unit.as_deref().unwrap_or("");
        return Rendered::new(pick(
            lang,
            format!("目标与达峰情景不一致：{year}年{name}目标此处为{v}{unit}，方案的达峰情景测算为{a}{unit}：{quote}"),
            format!("target off the plan's own path: {name} for {year} is {v} {unit} here, and the plan's peak scenario gives {a} {unit}"),
        ))
        .related(pick(
            lang,
            format!("达峰情景{year}年{a}{unit}在此"),
            format!("the peak scenario's {a} {unit} for {year} is here"),
        ))
        .help(pick(
            lang,
            "目标应与方案自身的达峰情景一致：核对指标表、情景预测表和正文中的同年数值",
            "a target must agree with the plan's own peak scenario: check the indicator table, the scenario table and the text for that year",
        ));
    }
    if f.base_year_total {
        let unit = f.unit.as_deref().unwrap_or("");
        return Rendered::new(pick(
            lang,
            format!("基准年数据冲突：{year}年{name}此处为{v}{unit}，前文为{a}{unit}：{quote}"),
            format!("conflicting base-year data: the {year} {name} is {v} {unit} here and {a} {unit} earlier"),
        ))
        .related(pick(
            lang,
            format!("{year}年{name}{a}{unit}在此"),
            format!("the {year} {name} of {a} {unit} is here"),
        ))
        .help(pick(
            lang,
            "核对基准年排放清单，全文统一基准年排放总量（正文、清单表和指标表）",
            "check the base-year inventory and state one base-year total everywhere (text, inventory table, indicator table)",
        ));
    }
    let unit = if f.percent { "%" } else { "" };
    Rendered::new(pick(
        lang,
        format!("目标冲突：{name}{year}年目标此处为{v}{unit}，前文为{a}{unit}：{quote}"),
        format!("conflicting targets: {name} for {year} is {v}{unit} here and {a}{unit} earlier"),
    ))
    .related(pick(
        lang,
        format!("{year}年目标{a}{unit}在此"),
        format!("the {year} target of {a}{unit} is here"),
    ))
    .help(pick(
        lang,
        "统一目标数值；保底值与力争值请写成“X%以上，力争Y%”",
        "use one value; write a floor and a stretch as “X%以上，力争Y%”",
    ))
}

pub(super) fn intensity_total_mismatch(f: &IntensityTotalMismatch, lang: Lang) -> Rendered {
    // 万吨 to one decimal.
    let w = |t: f64| num((t / 1e4 * 10.0).round() / 10.0);
    let (base, year, n, name) = (f.base_year, f.target_year, f.years, &f.metric_name);
    let (e0p, expp, capp, red) = (
        w(f.base_emissions_tonnes),
        w(f.expected_tonnes),
        w(f.cap_tonnes),
        num(f.intensity_reduction_percent),
    );
    let need = format!("{:.1}", f.needed_reduction_percent);
    let shown = f
        .growth_percent
        .iter()
        .map(|r| format!("{}%", num(*r)))
        .collect::<Vec<_>>()
        .join("、");
    Rendered::new(pick(
        lang,
        format!("强度目标与总量目标不一致：按{base}年排放{e0p}万吨、{name}下降{red}%、增加值年均增长{shown}（{n}年）推算，{year}年排放约{expp}万吨，方案写{capp}万吨（需强度下降约{need}%）"),
        format!("intensity and total targets disagree: from {e0p}万吨 in {base}, {name} down {red}% and value added growing {shown} a year ({n} years), {year} emissions are about {expp}万吨, but the plan says {capp}万吨 (an intensity cut of about {need}%)"),
    ))
    .related(pick(
        lang,
        format!("强度目标（下降{red}%）在此"),
        format!("the intensity target ({red}%) is here"),
    ))
    .help(pick(
        lang,
        "按 排放 = 基准年排放 ×（1−强度降幅）×（1+增加值增速）^年数 核对总量、强度和增速三者",
        "check the three with emissions = base × (1 − intensity cut) × (1 + growth)^years",
    ))
}

pub(super) fn rate_mismatch(f: &RateMismatch, lang: Lang) -> Rendered {
    let (name, n, base, year) = (&f.metric_name, f.years, f.base_year, f.target_year);
    let (av, cv) = (num(f.annual_percent), num(f.cumulative_percent));
    let implied_p = format!("{:.1}", f.implied_percent);
    let needed_p = format!("{:.2}", f.needed_annual_percent);
    Rendered::new(pick(
        lang,
        format!("年均降幅与累计降幅不一致：{name}年均下降{av}%，{n}年（{base}—{year}年）累计应下降约{implied_p}%，文中累计下降{cv}%（对应年均约{needed_p}%）"),
        format!("annual and cumulative rates disagree: {name} falling {av}% a year for {n} years ({base}–{year}) is about {implied_p}% in total, but the plan says {cv}% (about {needed_p}% a year)"),
    ))
    .related(pick(
        lang,
        format!("年均下降{av}%在此"),
        format!("the annual rate of {av}% is here"),
    ))
    .help(pick(
        lang,
        format!("按 1−(1−年均降幅)^{n} 核对累计降幅与年均降幅"),
        format!("check the two with 1−(1−annual)^{n}"),
    ))
}

/// `target/implausible`: one problem of a target's numbers.
fn implausible(zh: String, en: String, quote: &str, lang: Lang) -> Rendered {
    Rendered::new(pick(
        lang,
        format!("目标数值不合理：{zh}：{quote}"),
        format!("implausible target: {en}"),
    ))
    .help(pick(
        lang,
        "核对目标数值、年份和口径（多为笔误）",
        "check the target's value, years and basis (usually a typo)",
    ))
}

pub(super) fn share_over_100(f: &ImplausibleValue, lang: Lang) -> Rendered {
    let (metric, v) = (&f.metric_name, num(f.value));
    implausible(
        format!("{metric}目标为{v}%，比重不能超过100%"),
        format!("{metric} target of {v}% exceeds 100%"),
        &f.quote,
        lang,
    )
}

pub(super) fn reduction_of_100(f: &ImplausibleValue, lang: Lang) -> Rendered {
    let (metric, v) = (&f.metric_name, num(f.value));
    implausible(
        format!("{metric}下降{v}%，降幅达到或超过100%"),
        format!("{metric} reduced by {v}%: 100% or more"),
        &f.quote,
        lang,
    )
}

pub(super) fn target_year_before_base(f: &TargetYearBeforeBase, lang: Lang) -> Rendered {
    let (year, base) = (f.target_year, f.base_year);
    implausible(
        format!("目标年{year}年早于基准年{base}年"),
        format!("target year {year} is before base year {base}"),
        &f.quote,
        lang,
    )
}

pub(super) fn floor_above_stretch(f: &FloorAboveStretch, lang: Lang) -> Rendered {
    let (floor, stretch) = (num(f.floor), num(f.stretch));
    implausible(
        format!("保底值{floor}高于力争值{stretch}（“{floor}%以上，力争{stretch}%”）"),
        format!("the floor {floor} is above the stretch {stretch}"),
        &f.quote,
        lang,
    )
}

pub(super) fn wrong_unit(f: &WrongUnit, lang: Lang) -> Rendered {
    let (name, v, unit) = (&f.metric_name, num(f.value), &f.unit);
    let (family, expected, canonical) = (&f.unit_family, &f.expected_family, &f.expected_unit);
    Rendered::new(pick(
        lang,
        format!("目标数值不合理：{name}目标为{v}{unit}，单位属于“{family}”，该指标应以“{expected}”计（如{canonical}）：{}", f.quote),
        format!("implausible target: {name} is stated as {v} {unit}, a unit of {family}; it is measured in {expected} (e.g. {canonical})"),
    ))
    .help(pick(
        lang,
        "核对目标的单位：二氧化碳排放以吨二氧化碳计，能源消费以吨标准煤计，两者不能混用",
        "check the target's unit: CO2 emissions are counted in tonnes of CO2, energy in tonnes of coal equivalent, never one for the other",
    ))
}

pub(super) fn milestones_out_of_order(f: &MilestonesOutOfOrder, lang: Lang) -> Rendered {
    let (name, ly, ey, quote) = (&f.metric_name, f.year, f.earlier_year, &f.quote);
    let (lv, ev) = (num(f.value), num(f.earlier_value));
    Rendered::new(pick(
        lang,
        format!("目标数值不合理：{name}{ly}年目标（{lv}）不如{ey}年目标（{ev}）积极，阶段目标顺序颠倒：{quote}"),
        format!("implausible target: the {ly} target for {name} ({lv}) is less ambitious than the {ey} one ({ev})"),
    ))
    .related(pick(
        lang,
        format!("{ey}年目标在此"),
        format!("the {ey} target is here"),
    ))
    .help(pick(
        lang,
        "核对各阶段目标：同一指标、同一基准年的后期目标应不低于前期目标",
        "check the milestones: a later target for the same indicator and base should be at least as ambitious",
    ))
}

/// Where a quoted figure stands: `表格，第89行` / `table, line 89`.
fn place_text(p: &Place, lang: Lang) -> String {
    let (table_zh, table_en) = if p.in_table {
        ("表格，", "table, ")
    } else {
        ("", "")
    };
    let at_zh = match (p.page, p.line, p.paragraph) {
        (Some(page), Some(line), _) => format!("第{page}页第{line}行"),
        (_, Some(line), _) => format!("第{line}行"),
        (_, None, Some(par)) => format!("第{par}段"),
        _ => String::new(),
    };
    let at_en = match (p.page, p.line, p.paragraph) {
        (Some(page), Some(line), _) => format!("page {page} line {line}"),
        (_, Some(line), _) => format!("line {line}"),
        (_, None, Some(par)) => format!("paragraph {par}"),
        _ => String::new(),
    };
    pick(
        lang,
        format!("{table_zh}{at_zh}")
            .trim_end_matches('，')
            .to_string(),
        format!("{table_en}{at_en}")
            .trim_end_matches(", ")
            .to_string(),
    )
}

pub(super) fn reduction_gap(f: &ReductionGap, lang: Lang) -> Rendered {
    // 万吨 to two decimals.
    let wan = |t: f64| num((t / 1e4 * 100.0).round() / 100.0);
    let year = f.year;
    let (bau_v, goal_v, gap_v, cov_v, short_v) = (
        wan(f.bau_tonnes),
        wan(f.target_tonnes),
        wan(f.gap_tonnes),
        wan(f.covered_tonnes),
        wan(f.shortfall_tonnes),
    );
    let count = f.measures;
    let (bau_at, target_at) = (place_text(&f.bau_at, lang), place_text(&f.target_at, lang));
    let (source_zh, source_en) = match f.target_source {
        GapTargetSource::Cap => (format!("{year}年总量控制目标"), format!("the {year} cap")),
        GapTargetSource::PeakValue => (
            format!("方案峰值目标，适用于{year}年"),
            format!("the plan's peak value, stated for {year}"),
        ),
        GapTargetSource::PolicyScenario => (
            format!("方案低碳/达峰情景{year}年排放"),
            format!("the plan's policy scenario for {year}"),
        ),
    };
    let measures_at = f
        .measures_at
        .as_ref()
        .map(|p| place_text(p, lang))
        .filter(|t| !t.is_empty());
    let (how_zh, how_en) = match (f.stated_total, &measures_at) {
        (true, Some(at)) => (
            format!("方案所列合计，{at}"),
            format!("the plan's stated total, {at}"),
        ),
        (true, None) => (
            "方案所列合计".to_string(),
            "the plan's stated total".to_string(),
        ),
        (false, Some(at)) => (
            format!("{count}项措施，自{at}起"),
            format!("{count} measures, from {at}"),
        ),
        (false, None) => (format!("{count}项措施"), format!("{count} measures")),
    };
    let r = Rendered::new(pick(
        lang,
        format!("措施减排量不足以弥合差距：{year}年基准情景排放{bau_v}万吨（{bau_at}），目标{goal_v}万吨（{source_zh}，{target_at}），差距{gap_v}万吨；已量化的措施{year}年减排合计{cov_v}万吨（{how_zh}），缺口{short_v}万吨"),
        format!("measures fall short of the gap: {year} BAU emissions {bau_v}万吨 ({bau_at}), target {goal_v}万吨 ({source_en}, {target_at}), gap {gap_v}万吨; quantified measures reduce {cov_v}万吨 in {year} ({how_en}), shortfall {short_v}万吨"),
    ))
    .related(pick(
        lang,
        format!("目标{goal_v}万吨在此"),
        format!("the target of {goal_v}万吨 is here"),
    ));
    // Located measures are the finding's place; the BAU figure is then shown beside it.
    let r = if f.measures_located {
        r.related(pick(
            lang,
            format!("{year}年基准情景排放{bau_v}万吨在此"),
            format!("the {year} BAU emissions of {bau_v}万吨 are here"),
        ))
    } else {
        r
    };
    r.help(pick(
        lang,
        format!("补充或加强措施，使{year}年减排量不少于{gap_v}万吨，或核对基准情景与目标数值"),
        format!("add or strengthen measures to reduce at least {gap_v}万吨 by {year}, or check the BAU and target figures"),
    ))
}
