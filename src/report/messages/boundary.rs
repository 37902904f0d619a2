//! Messages of the accounting-boundary rules.

use super::{pick, trimmed, Rendered};
use crate::finding::{
    AreaFigure, AreaMismatch, BaseYearMismatch, BoundaryPart, DeductedScope, IncompleteBoundary,
    NoAccountingStandard, NonCo2, ScopeQuote, UnitMismatch,
};
use crate::lang::Lang;

pub(super) fn no_boundary(lang: Lang) -> Rendered {
    Rendered::new(pick(
        lang,
        "方案未声明碳排放核算边界（核算范围、排放源、直接与间接排放）",
        "the plan does not state its accounting boundary (extent, sources, direct and indirect emissions)",
    ))
    .help(pick(
        lang,
        "在碳排放分析一章增加“核算边界与方法”：说明核算的空间和组织范围、排放源类别、净调入电力热力是否计入",
        "add a 核算边界与方法 section: the spatial and organisational extent, the emission sources, and whether net purchased power and heat are counted",
    ))
}

pub(super) fn incomplete_boundary(f: &IncompleteBoundary, lang: Lang) -> Rendered {
    let zh: Vec<&str> = f
        .missing
        .iter()
        .map(|p| match p {
            BoundaryPart::Extent => "空间或组织范围（如规划范围、管理范围、全部企业/规上企业）",
            BoundaryPart::EmissionSources => "排放源类别（能源活动、工业生产过程等）",
            BoundaryPart::PurchasedEnergy => "净调入电力和热力（间接排放）是否计入",
        })
        .collect();
    let en: Vec<&str> = f
        .missing
        .iter()
        .map(|p| match p {
            BoundaryPart::Extent => "the spatial or organisational extent",
            BoundaryPart::EmissionSources => "the emission sources",
            BoundaryPart::PurchasedEnergy => {
                "whether net purchased electricity and heat are counted"
            }
        })
        .collect();
    Rendered::new(pick(
        lang,
        format!("核算边界声明不完整，未说明：{}", zh.join("；")),
        format!(
            "the boundary statement is incomplete; it does not state {}",
            en.join("; ")
        ),
    ))
    .help(pick(
        lang,
        "在核算边界一节补充上述内容",
        "complete the boundary section",
    ))
}

pub(super) fn no_accounting_standard(f: &NoAccountingStandard, lang: Lang) -> Rendered {
    Rendered::new(pick(
        lang,
        "方案未说明碳排放核算依据的标准或方法",
        "the plan names no accounting standard or method",
    ))
    .help(pick(
        lang,
        format!(
            "在核算边界与方法中写明核算依据，例如：{}",
            f.examples.join("；")
        ),
        format!(
            "name the method in the boundary section, e.g. {}",
            f.examples.join("; ")
        ),
    ))
}

/// The area as written, with its value in km² when written in another unit.
fn in_km2(a: &AreaFigure) -> String {
    if a.written_in_km2 {
        a.written.clone()
    } else {
        format!("{}（{} km²）", a.written, trimmed(a.km2, 4))
    }
}

pub(super) fn area_mismatch(f: &AreaMismatch, lang: Lang) -> Rendered {
    let (here, there) = (in_km2(&f.here), in_km2(&f.earlier));
    Rendered::new(pick(
        lang,
        format!("园区面积前后不一致：此处为{here}，前文为{there}"),
        format!("the park's area differs: {here} here, {there} earlier"),
    ))
    .related(pick(lang, "前文的面积", "the area stated earlier"))
    .help(pick(
        lang,
        "统一园区规划面积；如指建成区或分园面积，请在文中写明",
        "use one area for the park; say so where a built-up or sub-park area is meant",
    ))
}

pub(super) fn base_year_mismatch(f: &BaseYearMismatch, lang: Lang) -> Rendered {
    let (year, first) = (f.year, f.declared_year);
    Rendered::new(pick(
        lang,
        format!("基准年不一致：此处为{year}年，而方案其他处以{first}年为基准年"),
        format!("inconsistent base year: {year} here, {first} elsewhere in the plan"),
    ))
    .related(pick(
        lang,
        format!("基准年{first}年在此声明"),
        format!("base year {first} declared here"),
    ))
    .help(pick(
        lang,
        "统一基准年；如确需调整，说明原因并按新基准年重算清单和目标",
        "use one base year; if it changed, say why and recompute inventory and targets",
    ))
}

pub(super) fn non_co2(f: &NonCo2, lang: Lang) -> Rendered {
    let (gas, quote) = (&f.gas, &f.quote);
    Rendered::new(pick(
        lang,
        format!("此处使用“{gas}”口径：《编制指南》只核算二氧化碳（“{quote}”）"),
        format!("“{gas}” is used here, but the standard accounts for CO2 only (“{quote}”)"),
    ))
    .help(pick(
        lang,
        "改为只核算二氧化碳（单位用万吨二氧化碳/万tCO2）；如需报告其他温室气体，应单列并说明不计入达峰目标",
        "account for CO2 only (in 万吨二氧化碳/万tCO2); report other gases separately, outside the peak target",
    ))
}

fn scope_mismatch(message: String, lang: Lang) -> Rendered {
    Rendered::new(message)
        .related(pick(
            lang,
            "核算边界在此声明",
            "the boundary is declared here",
        ))
        .help(pick(
            lang,
            "统一口径：目标、情景和清单都应采用核算边界声明的排放范围",
            "use the declared boundary everywhere: inventory, scenarios and targets",
        ))
}

pub(super) fn direct_only_scope(f: &ScopeQuote, lang: Lang) -> Rendered {
    let quote = &f.quote;
    scope_mismatch(
        pick(
            lang,
            format!("此处只按直接排放计算（“{quote}”），而核算边界计入了净调入电力和热力的间接排放"),
            format!("this part counts direct emissions only (“{quote}”), but the boundary includes purchased electricity and heat"),
        ),
        lang,
    )
}

pub(super) fn indirect_scope(f: &ScopeQuote, lang: Lang) -> Rendered {
    let quote = &f.quote;
    scope_mismatch(
        pick(
            lang,
            format!("此处计入了外购电力/热力的间接排放（“{quote}”），而核算边界不包括间接排放"),
            format!("this part counts indirect emissions from purchased power or heat (“{quote}”), but the boundary excludes them"),
        ),
        lang,
    )
}

pub(super) fn deducted_scope(f: &DeductedScope, lang: Lang) -> Rendered {
    let quote = &f.quote;
    let (zh, en) = match f.offset.as_str() {
        "green_power" => ("绿电和绿证对应的排放", "green power and certificates"),
        "ccus" => ("捕集利用和封存的二氧化碳", "captured, used and stored CO2"),
        _ => ("碳汇和碳信用", "sinks and carbon credits"),
    };
    scope_mismatch(
        pick(
            lang,
            format!("此处从排放中扣除了{zh}（“{quote}”），而核算边界声明不作扣减"),
            format!("this figure deducts {en} (“{quote}”), but the boundary declares they are not deducted"),
        ),
        lang,
    )
}

pub(super) fn unit_mismatch(f: &UnitMismatch, lang: Lang) -> Rendered {
    let (year, here, there, unit) = (f.year, &f.here, &f.earlier, &f.unit);
    let (v, e) = (trimmed(f.here_value, 2), trimmed(f.earlier_value, 2));
    Rendered::new(pick(
        lang,
        format!("{year}年的同一数据换算后不一致：此处“{here}”= {v} {unit}，前文“{there}”= {e} {unit}"),
        format!("the same {year} figure differs once converted: “{here}” = {v} {unit} here, “{there}” = {e} {unit} earlier"),
    ))
    .related(pick(lang, "前文的同一数据", "the same figure earlier"))
    .help(if unit == "kWh" {
        pick(
            lang,
            "核对单位换算（1亿千瓦时 = 10,000万千瓦时），统一全文的数值和单位",
            "check the conversion (1亿千瓦时 = 10,000万千瓦时) and use one value and unit throughout",
        )
    } else {
        pick(
            lang,
            "核对单位换算（1万吨 = 10,000吨），统一全文的数值和单位",
            "check the conversion (1万吨 = 10,000 t) and use one value and unit throughout",
        )
    })
}
