//! Readings generalised after rounds 56 and 57 of outside plans (session 32), each in more
//! than one drafting style, with the negative beside it:
//! - a PDF copy's indicator table split by single spaces, with unit and attribute columns
//!   (`单位工业增加值能耗较2020年下降 % — 15 约束性`), is a table whose targets are compared
//!   with the text's; a line ending a sentence before an indented line ends its paragraph,
//!   and a figure carried whole to the next line (`…较2020年下降` / `18%，`) continues it;
//! - an area changed into another (`由22.0平方公里调整为38.5平方公里`) is the area the park had;
//! - an enterprise's inventory boundary (`盘查边界为整车厂区和配套园内全部生产及辅助设施`)
//!   states the extent;
//! - a CO2 figure claimed to be the total restated (`…汇总为844000吨，与园区核算结果一致`) is
//!   compared with the total in other units;
//! - a subtotal closing the rows above it (`天然气`, `汽油`, `柴油`, `小计`) adds them up;
//! - per output value (`万元产值二氧化碳排放`) and per unit of product (`单车二氧化碳排放`) are
//!   two indicators; a time before the park (`到2025年基地…`) still names the park as the
//!   subject, unless a clause sets another's caliber first (`按市下达任务口径，…`);
//! - a goal a part set itself, and a sentence opening with 其中, are a part's.

use crate::common::{docx_findings, findings, findings_in, line_of, line_with};

#[test]
fn a_pdf_copys_indicator_table_with_units_and_attributes_is_compared_with_the_text() {
    // (style, the text's target sentence wrapped as a PDF copy gives it, table rows)
    let plans = [
        // province: 附件 table, attribute column last
        (
            "　　到2025年，单位工业增加值二氧化碳排放较2020年下降\n18%，单位工业增加值能耗较2020年下降15%，光伏装机达到200兆瓦。",
            "附件 主要指标表\n指标 单位 2020年 2025年 2030年 属性\n单位工业增加值二氧化碳排放较2020年下降 % — 20 47 约束性\n单位工业增加值能耗较2020年下降 % — 15 — 约束性\n光伏装机 兆瓦 32 200 350 预期性\n",
        ),
        // city: the unit between label and figures, a bound in one cell
        (
            "　　到2025年，园区单位工业增加值二氧化碳排放较2020年下降\n18%，二氧化碳排放总量控制在395万吨以内，光伏装机达到200兆瓦。",
            "附表1 主要指标\n指标名称 计量单位 基期值 2025年 属性\n单位工业增加值二氧化碳排放较2020年下降 % — 20 约束性\n二氧化碳排放总量 万吨 370.7 ≤395 预期性\n光伏装机容量 兆瓦 32 200 预期性\n",
        ),
    ];
    let filler = "　　本方案以2020年为基准年，核算边界为园区规划范围内全部企业，只核算二氧化碳排放，排放源包括\n化石燃料燃烧、工业生产过程和外购电力热力的间接排放。\n";
    for (target, table) in plans {
        let plan = format!(
            "某园区碳达峰实施方案\n一、碳排放现状\n{filler}{filler}二、达峰目标\n{target}\n三、保障措施\n{filler}{table}"
        );
        let f = findings_in("plan.txt", &plan, "target/conflict");
        assert_eq!(f.len(), 1, "{plan}\n{f:#?}");
        assert!(
            f.first()
                .is_some_and(|d| d.message.contains("20%") && d.message.contains("18%")),
            "{f:#?}"
        );
        assert_eq!(
            f.first().and_then(line_of),
            line_with(&plan, "二氧化碳排放较2020年下降 %")
        );
        // The same plan with the table agreeing: nothing to compare.
        let agreeing = plan.replace("下降 % — 20", "下降 % — 18");
        assert!(findings_in("plan.txt", &agreeing, "target/conflict").is_empty());
    }
}

#[test]
fn an_area_changed_into_another_is_the_area_the_park_had() {
    for history in [
        // province: 扩区 approved
        "2019年经自治区人民政府批准扩区，规划面积由22.0平方公里调整为38.5平方公里。",
        // county: 从…扩区至
        "园区2021年从22.0平方公里扩区至38.5平方公里，形成“一区两园”格局。",
    ] {
        let plan = format!(
            "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n{history}\n\n## 二、碳排放现状\n\n核算边界为38.5平方公里规划范围内全部工业企业。\n"
        );
        assert!(findings(&plan, "boundary/area").is_empty(), "{plan}");
    }
    // Two areas without a change between them still disagree.
    let plan = "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积22.0平方公里。\n\n## 二、碳排放现状\n\n核算边界为38.5平方公里规划范围内全部工业企业。\n";
    assert_eq!(findings(plan, "boundary/area").len(), 1);
}

#[test]
fn an_enterprises_inventory_boundary_states_its_extent() {
    for boundary in [
        // enterprise: 盘查边界, the works and the supplier park
        "盘查边界为整车厂区和配套园内全部生产及辅助设施，排放源包括天然气燃烧的直接排放和外购电力的间接排放。",
        // works: 核算边界 of the site
        "核算边界为厂区内全部生产和辅助设施，包括天然气锅炉的化石燃料燃烧排放和外购电力间接排放。",
    ] {
        let plan = format!(
            "# 某基地碳达峰实施方案\n\n## 一、碳排放现状\n\n### （一）核算边界与方法\n\n{boundary}只核算二氧化碳。\n"
        );
        assert!(findings(&plan, "boundary/undeclared").is_empty(), "{plan}");
    }
}

#[test]
fn a_figure_claimed_to_be_the_total_restated_is_compared_in_its_units() {
    let plan = |figure: &str, claim: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2020年为基准年。2020年园区二氧化碳排放总量8.44万吨，单位工业增加值二氧化碳排放0.86吨/万元。重点企业碳排放报告汇总为{figure}，{claim}。\n"
        )
    };
    // ministry and enterprise wording, ten times too large
    for claim in ["与园区核算结果一致", "与清单总量相符"] {
        let text = plan("844000吨", claim);
        let f = findings(&text, "boundary/unit");
        assert_eq!(f.len(), 1, "{text}\n{f:#?}");
        assert!(f.first().is_some_and(|d| d.message.contains("844000吨")));
        assert!(findings(&plan("84400吨", claim), "boundary/unit").is_empty());
    }
    // An approximate claim is not a restatement.
    assert!(findings(&plan("83900吨", "与园区核算结果基本一致"), "boundary/unit").is_empty());
}

#[test]
fn a_subtotal_closing_the_rows_above_adds_them_up() {
    // consultancy: a markdown table, the subtotal after its parts
    let table = |sub: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n表1　2022年排放构成\n\n| 排放源 | 排放量（万吨） |\n|---|---|\n| 天然气 | 8.9 |\n| 汽油 | 0.6 |\n| 柴油 | 0.3 |\n| 直接排放小计 | {sub} |\n| 外购电力 | 20.1 |\n| 合计 | 29.9 |\n"
        )
    };
    let f = findings(&table("8.9"), "consistency/table-sum");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f
        .first()
        .is_some_and(|d| d.message.contains("8.9") && d.message.contains("9.8")));
    assert_eq!(
        f.first().and_then(line_of),
        line_with(&table("8.9"), "直接排放小计")
    );
    assert!(findings(&table("9.8"), "consistency/table-sum").is_empty());
    // Where its group starts is not written: a run of rows ending at it adds up.
    let plan = "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n| 排放源 | 排放量（万吨） |\n|---|---|\n| 外购电力 | 30 |\n| 燃煤 | 50 |\n| 燃气 | 20 |\n| 直接排放小计 | 70 |\n| 合计 | 100 |\n";
    assert!(findings(plan, "consistency/table-sum").is_empty());

    // enterprise .docx: the 类别 column merged down the group (w:vMerge)
    let cell = |text: &str, merge: &str| {
        format!("<w:tc><w:tcPr>{merge}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
    };
    let restart = "<w:vMerge w:val=\"restart\"/>";
    let cont = "<w:vMerge/>";
    let row = |cells: Vec<String>| format!("<w:tr>{}</w:tr>", cells.concat());
    let docx = |sub: &str| {
        let rows = [
            row(vec![
                cell("类别", ""),
                cell("排放源", ""),
                cell("排放量（万吨）", ""),
            ]),
            row(vec![
                cell("直接排放", restart),
                cell("天然气", ""),
                cell("8.9", ""),
            ]),
            row(vec![cell("", cont), cell("汽油", ""), cell("0.6", "")]),
            row(vec![cell("", cont), cell("柴油", ""), cell("0.3", "")]),
            row(vec![cell("", cont), cell("小计", ""), cell(sub, "")]),
            row(vec![
                cell("间接排放", ""),
                cell("外购电力", ""),
                cell("20.1", ""),
            ]),
            row(vec![cell("合计", ""), cell("", ""), cell("29.9", "")]),
        ];
        format!(
            "<w:p><w:r><w:t>一、碳排放现状</w:t></w:r></w:p><w:p><w:r><w:t>表1　2022年排放盘查结果</w:t></w:r></w:p><w:tbl>{}</w:tbl>",
            rows.concat()
        )
    };
    let sums = |body: &str| -> Vec<_> {
        docx_findings(body)
            .into_iter()
            .filter(|d| d.rule == "consistency/table-sum" || d.rule == "consistency/share-sum")
            .collect()
    };
    let f = sums(&docx("8.9"));
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f.iter().all(|d| d.rule == "consistency/table-sum"));
    assert!(sums(&docx("9.8")).is_empty());
}

#[test]
fn output_value_and_product_intensities_are_two_indicators() {
    // enterprise: per vehicle and per 万元 output, same year and base — no conflict
    let plan = "# 某基地碳达峰实施方案\n\n## 四、达峰目标\n\n到2025年，单车二氧化碳排放较2022年下降20%，绿电使用比例达到25%。\n\n按照经开区下达任务，到2025年基地万元产值二氧化碳排放较2022年下降25%。\n";
    assert!(findings(plan, "target/conflict").is_empty(), "{plan}");
    // The same allocated target without its base year is the base's own: reported.
    let plan = plan.replace(
        "万元产值二氧化碳排放较2022年下降25%",
        "万元产值二氧化碳排放下降25%",
    );
    let f = findings(&plan, "target/no-base-year");
    assert_eq!(f.len(), 1, "{plan}\n{f:#?}");
    assert_eq!(f.first().and_then(line_of), line_with(&plan, "万元产值"));
}

#[test]
fn a_clause_setting_anothers_caliber_keeps_the_quote() {
    // county: the city's caliber restated after the park's own targets (base 2022)
    let plan = "# 某园区碳达峰实施方案\n\n## 四、达峰目标\n\n本方案以2022年为基准年。到2025年，单位增加值二氧化碳排放较2022年下降25%。按市下达任务口径，2025年园区单位增加值排放较2020年下降33%左右。\n";
    assert!(findings(plan, "boundary/base-year").is_empty(), "{plan}");
    assert!(findings(plan, "target/conflict").is_empty(), "{plan}");
}

#[test]
fn a_goal_a_part_set_itself_and_a_breakdown_are_the_parts() {
    // city: an enterprise's own goal quoted in the analysis
    let plan = "# 某开发区碳达峰实施方案\n\n## 二、碳排放现状\n\n排放最大的某汽车部件公司2020年排放31.6万吨，该公司自定2025年单位产值碳排放下降25%的企业目标。\n";
    assert!(findings(plan, "target/no-base-year").is_empty(), "{plan}");
    // A goal the plan sets for a process is still asked for its base.
    let plan = "# 某园区碳达峰实施方案\n\n## 四、达峰目标\n\n焦化工序单位焦炭二氧化碳排放2030年下降12%以上。\n";
    assert_eq!(findings(plan, "target/no-base-year").len(), 1, "{plan}");
    // ministry: 其中 after the park's targets, a sector's intensity
    let plan = "# 某开发区碳达峰实施方案\n\n## 二、碳排放现状\n\n2020年开发区二氧化碳排放总量286.0万吨，单位工业增加值二氧化碳排放1.86吨/万元。\n\n## 五、主要目标\n\n到2025年，开发区单位工业增加值二氧化碳排放较2020年下降22%以上。其中，整车制造单车二氧化碳排放较2020年下降30%。\n";
    assert!(findings(plan, "target/no-baseline").is_empty(), "{plan}");
}

#[test]
fn a_measures_tables_unit_in_its_total_rows_label_is_the_reductions() {
    use crate::common::facts_of;
    use peaklint::document::Format;
    // consultancy (Markdown) and province (pipe rows in plain text): the reduction columns
    // name no unit, the total row does.
    for (text, format) in [
        (
            "# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n### （五）重点工程\n\n| 工程 | 责任主体 | 实施期 | 2025年减排 | 2030年减排 |\n|---|---|---|---|---|\n| 加热炉蓄热式燃烧 | 各轧钢企业 | 2023—2026 | 3.2 | 4.8 |\n| 屋顶分布式光伏 | 园区城投公司 | 2023—2028 | 3.7 | 7.3 |\n| 合计（万吨） | | | 6.9 | 12.1 |\n",
            Format::Markdown,
        ),
        (
            "某园区碳达峰实施方案\n五、重点任务\n（五）重点工程\n| 工程 | 责任主体 | 2025年减排 | 2030年减排 |\n| 加热炉蓄热式燃烧 | 各轧钢企业 | 3.2 | 4.8 |\n| 屋顶分布式光伏 | 园区城投公司 | 3.7 | 7.3 |\n| 合计（万吨） | — | 6.9 | 12.1 |\n",
            Format::Text,
        ),
    ] {
        let f = facts_of(text, format);
        assert_eq!(f.measures.len(), 6, "{text}\n{:#?}", f.measures);
        let total = f.measures_total.as_ref().map(|t| (t.value, t.year));
        assert_eq!(total, Some((12.1, Some(2030))), "{text}");
    }
    // Without a unit anywhere the figures stay unread.
    let text = "# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n| 工程 | 2025年减排 | 2030年减排 |\n|---|---|---|\n| 加热炉蓄热式燃烧 | 3.2 | 4.8 |\n| 屋顶分布式光伏 | 3.7 | 7.3 |\n| 合计 | 6.9 | 12.1 |\n";
    assert!(facts_of(text, Format::Markdown).measures.is_empty());
}
