//! Readings generalised after round 27 of outside plans (session 23), each in several
//! drafting styles:
//! - the electricity a part of the boundary bought in, written twice in units a power of ten
//!   apart (`外购电力6.84亿千瓦时` … `外购电力折合6840万千瓦时`), is `boundary/unit`;
//! - a part its own clause deducts (`扣除输出蒸汽对应的排放6.6万吨`) is taken off the sum of
//!   the parts listed after a total;
//! - a table with a total column has each row's total checked against the row's parts
//!   (`consistency/table-sum`), `其中` rows included;
//! - a level after a change of one indicator, in a `；` part or a `、` list that does not name
//!   it again (`到2030年较2022年下降65%，降至1.198吨/万元`), is that indicator's target;
//! - a 力争 value and a 确保 value of one sentence are a stretch and its floor, no conflict;
//! - a percentage of an indicator whose pack entry fixes no unit family (`余热余压利用率`) is
//!   a share: its milestones out of order are `target/implausible`, a share reached with no
//!   base value anywhere is `target/no-baseline` (the base year, when none is declared, the
//!   one all the plan's changes are measured from).

use crate::common::{facts_of, findings, findings_in};

/// A plan with `body` in its emissions chapter and `targets` in its targets chapter.
fn plan(body: &str, targets: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积12.0平方公里，主导产业为化工新材料。\n\n\
         ## 二、碳排放现状\n\n核算边界为园区规划范围，仅核算二氧化碳。\n\n{body}\n\n\
         ## 三、碳达峰目标\n\n确保2028年前实现碳达峰。{targets}\n\n## 四、重点任务\n\n新增光伏装机50兆瓦。\n\n\
         ## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

/// The 1-based line of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> Option<u32> {
    text.lines()
        .position(|l| l.contains(needle))
        .and_then(|i| u32::try_from(i + 1).ok())
}

#[test]
fn purchased_electricity_ten_times_apart_is_a_unit_slip() {
    for (body, slip) in [
        // port / consultancy: 亿 in the overview, 万 in the inventory
        (
            "2022年园区外购电力6.84亿千瓦时。\n\n2022年园区二氧化碳排放总量为64.0万吨，其中外购电力排放39.0万吨。外购电力折合6840万千瓦时，按区域电网因子计算。",
            "6840万千瓦时",
        ),
        // county: 万千瓦时 first, 亿千瓦时 later, a year named in both
        (
            "2021年，全区净调入电力32500万千瓦时。\n\n2021年净调入电力32.5亿千瓦时，对应间接排放18.5万吨。",
            "32.5亿千瓦时",
        ),
        // enterprise: MWh against 万kWh
        (
            "2022年园区购入电力684000兆瓦时。\n\n2022年购入电力6840万kWh，均来自省级电网。",
            "6840万kWh",
        ),
    ] {
        let text = plan(body, "");
        let f = findings(&text, "boundary/unit");
        assert_eq!(f.len(), 1, "{body}\n{f:#?}");
        assert!(f[0].message.contains(slip), "{}", f[0].message);
        assert!(f[0].message.contains("kWh"), "{}", f[0].message);
        assert!(
            f[0].help.as_deref().is_some_and(|h| h.contains("千瓦时")),
            "{:?}",
            f[0].help
        );
        assert_eq!(
            f[0].location.as_ref().and_then(|l| l.line),
            line_of(&text, slip)
        );
    }
}

#[test]
fn electricity_restated_equal_or_of_another_subject_is_no_slip() {
    for body in [
        // the same amount in two units
        "2022年园区外购电力6.84亿千瓦时。\n\n2022年园区外购电力68400万千瓦时，对应排放39.0万吨。",
        // green power a tenth of the purchased power: another subject
        "2022年园区外购电力6.84亿千瓦时，其中绿电交易电量6840万千瓦时。",
        // another year
        "2021年园区外购电力6.84亿千瓦时。\n\n2022年园区外购电力6840万千瓦时。",
        // a projection
        "2022年园区外购电力6.84亿千瓦时。\n\n预计2022年外购电力6840万千瓦时的缺口由绿电补足。",
    ] {
        let f = findings(&plan(body, ""), "boundary/unit");
        assert!(f.is_empty(), "{body}\n{f:#?}");
    }
}

#[test]
fn a_deducted_part_is_taken_off_the_listed_sum() {
    // ministry: a share of −0.3% for the steam exported
    let ok = [
        "2022年基地二氧化碳排放2294.0万吨。其中燃料煤燃烧排放1126.4万吨，占49.1%；工业过程排放1048.7万吨，占45.7%；外购电力排放125.5万吨，占5.5%；扣除输出蒸汽对应的排放6.6万吨，占-0.3%。",
        // city: a list after a colon, the credit item deducted
        "2022年园区二氧化碳排放总量为180.0万吨，其中：化石燃料燃烧120.0万吨，外购电力70.0万吨，外购热力5.0万吨，扣减捕集封存量15.0万吨。",
    ];
    for body in ok {
        let f = findings(&plan(body, ""), "consistency/table-sum");
        assert!(f.is_empty(), "{body}\n{f:#?}");
    }
    // The deduction read, a real slip still shows: 120 + 70 + 5 − 15 = 180 ≠ 190.
    let body = "2022年园区二氧化碳排放总量为190.0万吨，其中：化石燃料燃烧120.0万吨，外购电力70.0万吨，外购热力5.0万吨，扣减捕集封存量15.0万吨。";
    let f = findings(&plan(body, ""), "consistency/table-sum");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("180.0"), "{}", f[0].message);
}

/// A table under a caption, in the emissions chapter.
fn table_plan(rows: &str) -> String {
    plan(
        &format!("表1　基准年分环节二氧化碳排放（万吨）\n\n{rows}"),
        "",
    )
}

#[test]
fn a_row_off_its_total_column_is_reported_at_its_total() {
    // consultancy: industries × sources, a lone 其中 row (the columns are not added)
    let lithium = "| 产业环节 | 燃料燃烧 | 工业过程 | 外购电力 | 外购热力 | 合计 |\n|---|---|---|---|---|---|\n\
        | 锂盐 | 30.4 | 8.4 | 28.6 | 12.3 | 79.7 |\n| 正极材料 | 18.7 | 0 | 41.2 | 2.9 | 68.2 |\n\
        | 负极材料 | 4.8 | 0 | 98.3 | 0 | 103.1 |\n| 其中：石墨化工序 | 0 | 0 | 86.9 | 0 | 86.9 |\n\
        | 电解液及其他 | 2.3 | 0 | 14.4 | 4.6 | 21.3 |\n| 合计 | 56.2 | 8.4 | 182.5 | 19.8 | 266.9 |";
    // city: the total column first, a share column after the sources is no part
    let city = "| 片区 | 合计 | 直接排放 | 间接排放 | 占比（%） |\n|---|---|---|---|---|\n\
        | 北区 | 62.0 | 40.1 | 20.9 | 55.0 |\n| 南区 | 50.0 | 21.5 | 28.5 | 45.0 |\n| 合计 | 111.0 | 61.6 | 49.4 | 100.0 |";
    for (rows, row, total) in [(lithium, "正极材料", "68.2"), (city, "北区", "62.0")] {
        let text = table_plan(rows);
        let f = findings(&text, "consistency/table-sum");
        assert_eq!(f.len(), 1, "{rows}\n{f:#?}");
        assert!(
            f[0].message.contains(&format!("“{row}”行")),
            "{}",
            f[0].message
        );
        assert!(f[0].message.contains(total), "{}", f[0].message);
        assert_eq!(
            f[0].location.as_ref().and_then(|l| l.line),
            line_of(&text, &format!("| {row} |"))
        );
    }
}

#[test]
fn rows_adding_up_or_columns_that_are_no_parts_are_not_reported() {
    for rows in [
        // every row adds up, a 其中 row too
        "| 产业 | 燃料燃烧 | 外购电力 | 合计 |\n|---|---|---|---|\n| 化工 | 30.4 | 28.6 | 59.0 |\n\
         | 其中：氯碱 | 10.0 | 12.0 | 22.0 |\n| 建材 | 18.7 | 41.2 | 59.9 |\n| 合计 | 49.1 | 69.8 | 118.9 |",
        // a subtotal column among the parts: not read across
        "| 产业 | 燃料燃烧 | 工业过程 | 直接排放小计 | 外购电力 | 合计 |\n|---|---|---|---|---|---|\n\
         | 化工 | 30.4 | 8.4 | 38.8 | 28.6 | 67.4 |\n| 建材 | 18.7 | 2.0 | 20.7 | 41.2 | 61.9 |\n\
         | 合计 | 49.1 | 10.4 | 59.5 | 69.8 | 129.3 |",
        // years across: an intensity column is no part
        "| 年份 | 排放量（万吨） | 强度（吨/万元） | 合计 |\n|---|---|---|---|\n| 2021 | 80.0 | 1.20 | 80.0 |\n| 2022 | 85.0 | 1.10 | 85.0 |",
    ] {
        let f = findings(&table_plan(rows), "consistency/table-sum");
        assert!(f.is_empty(), "{rows}\n{f:#?}");
    }
}

/// The targets `facts` reads: (metric id, kind, value, target year).
fn targets(text: &str) -> Vec<(String, String, f64, Option<u16>)> {
    let facts = facts_of(text, peaklint::document::Format::Markdown);
    facts
        .targets
        .iter()
        .map(|t| {
            (
                t.metric_id.clone().unwrap_or_default(),
                t.kind.clone(),
                t.value,
                t.target_year,
            )
        })
        .collect()
}

#[test]
fn a_level_after_a_change_continues_its_indicator() {
    for (sentence, metric, value) in [
        // province: the 2030 part after ；names the indicator no more
        (
            "到2025年，单位增加值二氧化碳排放较2022年下降28%，降至2.465吨/万元；到2030年较2022年下降65%，降至1.198吨/万元。",
            "co2_intensity_value_added",
            1.198,
        ),
        // ministry: a 、 list in one clause
        (
            "单位工业增加值二氧化碳排放到2025年较2022年下降28%、降至2.465吨/万元，到2030年较2022年下降65%、降至1.198吨/万元。",
            "co2_intensity_value_added",
            1.198,
        ),
        // county: energy intensity, no base year in the second part
        (
            "到2025年，单位工业增加值能耗较2020年下降16%、降至0.52吨标准煤/万元；2030年下降25%、降至0.46吨标准煤/万元。",
            "energy_intensity_value_added",
            0.46,
        ),
    ] {
        let text = plan("", sentence);
        let found = targets(&text);
        assert!(
            found
                .iter()
                .any(|(m, k, v, y)| m == metric && k == "level" && (*v - value).abs() < 1e-9 && *y == Some(2030)),
            "{sentence}\n{found:#?}"
        );
    }
}

#[test]
fn a_text_level_against_the_table_is_a_conflict() {
    let text = plan(
        "",
        "到2025年，单位增加值二氧化碳排放较2022年下降28%，降至2.465吨/万元；到2030年较2022年下降65%，降至1.198吨/万元。\n\n\
         | 指标 | 单位 | 2022年 | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 单位增加值二氧化碳排放 | 吨/万元 | 3.423 | 2.465 | 1.369 |",
    );
    let f = findings(&text, "target/conflict");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("1.369") && f[0].message.contains("1.198"),
        "{}",
        f[0].message
    );
}

#[test]
fn a_stretch_and_its_floor_in_one_sentence_do_not_conflict() {
    for sentence in [
        "可再生能源电力消费占比由2022年的12%提高到2025年的35%；2030年力争达到60%、确保不低于55%。",
        "到2030年，非化石能源消费比重确保达到25%、力争达到30%。",
    ] {
        let f = findings(&plan("", sentence), "target/conflict");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
}

#[test]
fn a_share_of_a_familyless_indicator_has_milestones_in_order() {
    let fails = [
        // ministry: raised, then lower
        "余热余压利用率由2022年的52%提高到2025年的72%、2030年的70%。",
        // county: two sentences
        "到2025年，园区余热利用率达到65%。到2030年，园区余热利用率达到60%。",
    ];
    for sentence in fails {
        let f = findings(&plan("以2022年为基准年。", sentence), "target/implausible");
        assert_eq!(f.len(), 1, "{sentence}\n{f:#?}");
        assert!(f[0].message.contains("顺序颠倒"), "{}", f[0].message);
    }
    let passes = [
        "余热余压利用率由2022年的52%提高到2025年的62%、2030年的70%。",
        // an amount of the same metric is no share
        "余热发电量由2022年的1.2亿千瓦时提高到2025年的1.6亿千瓦时、2030年的1.5亿千瓦时。",
    ];
    for sentence in passes {
        let f = findings(&plan("以2022年为基准年。", sentence), "target/implausible");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
}

#[test]
fn a_share_reached_with_no_base_value_is_reported_at_the_plans_base() {
    // data centre (no base year declared; every change measured from 2022)
    let targets = "到2025年，单位增加值二氧化碳排放较2022年下降28%。此外，数据中心余热回收利用率2025年达到15%、2030年达到30%。";
    let text = plan(
        "2022年园区二氧化碳排放212.2万吨，单位增加值二氧化碳排放3.42吨/万元。",
        targets,
    );
    let f = findings(&text, "target/no-baseline");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("2022年"), "{}", f[0].message);
    assert_eq!(
        f[0].location.as_ref().and_then(|l| l.line),
        line_of(&text, "余热回收利用率")
    );
    // The base value written (in prose, or as the start of the change) is enough.
    for body in [
        "2022年园区二氧化碳排放212.2万吨，单位增加值二氧化碳排放3.42吨/万元，数据中心余热回收利用率为6%。",
        "2022年，园区单位增加值二氧化碳排放3.42吨/万元；数据中心余热回收利用率仅为6%。",
    ] {
        let f = findings(&plan(body, targets), "target/no-baseline");
        assert!(f.is_empty(), "{body}\n{f:#?}");
    }
    let from = "到2025年，单位增加值二氧化碳排放较2022年下降28%。数据中心余热回收利用率由2022年的6%提高到2025年的15%。";
    let f = findings(
        &plan("2022年单位增加值二氧化碳排放3.42吨/万元。", from),
        "target/no-baseline",
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn a_base_value_in_a_text_table_under_its_header_lines_counts() {
    // city plan in plain text: the header lines stand above the aligned table the reader
    // finds (its first row is the base year's).
    let text = "一、园区概况\n园区规划面积12.0平方公里。\n二、碳排放现状\n以2020年为基准年，仅核算二氧化碳。2020年园区二氧化碳排放535.3万吨。\n\
        三、碳达峰目标\n到2025年，余热余压利用率达到70%。到2030年，余热余压利用率达到80%。\n\n\
        表3  园区碳达峰指标体系\n\n\
        年份           排放总量     余热余压利用率\n\
                       （万吨）     （%）\n\
        2020年基准值    535.3        58\n\
        2025年目标      592.0        70\n\
        2030年目标      600.2        80\n\n\
        四、重点任务\n新增光伏装机50兆瓦。\n五、保障措施\n建立年度碳排放核算机制。\n";
    let f = findings_in("plan.txt", text, "target/no-baseline");
    assert!(f.is_empty(), "{f:#?}");
}
