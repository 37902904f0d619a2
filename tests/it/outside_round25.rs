//! Readings generalised after rounds 22–25 of outside plans (session 22), each in several
//! drafting styles:
//! - a share printed beside its amount (`外购电力109.4万吨、占29.5%`) is that amount's part of
//!   the total the list's other pairs imply; the one pair off is a misprint
//!   (`consistency/share-sum`), in prose and in a table whose total row reads 100%;
//! - a boundary declared as 空间边界 / 组织边界 (规划红线, 入园企业) names its scope;
//! - the base the tracking is computed from (`以2020年为基准计算…下降幅度`) is a base year;
//! - an indicator table row of a ratio the pack does not know is a target (facts
//!   `other_targets`), reported by `target/no-baseline` when its base-year column is empty;
//! - a change without its base beside another indicator's change with one, the base not
//!   carried over to it, is `target/no-base-year` even when the plan declares a base;
//! - a peak assessed on direct emissions (`峰值按化石燃料燃烧直接排放考核`) after a reason
//!   naming purchased power (`考虑到外购电力排放…`) narrows the scope.

use crate::common::findings;

/// A plan with `inventory` in its emissions chapter.
fn plan(inventory: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积12.0平方公里，主导产业为化工新材料。\n\n\
         ## 二、碳排放现状\n\n核算边界为园区规划范围，仅核算二氧化碳，以2021年为基准年。\n\n{inventory}\n\n\
         ## 三、碳达峰目标\n\n确保2028年前实现碳达峰。\n\n## 四、重点任务\n\n新增光伏装机50兆瓦。\n\n\
         ## 五、保障措施\n\n建立年度碳排放核算和指标跟踪机制。\n"
    )
}

const RULE: &str = "consistency/share-sum";

#[test]
fn a_share_off_its_amount_is_found_in_prose() {
    for (inventory, line_text) in [
        // province: amounts with 、占
        (
            "2021年园区二氧化碳排放412.6万吨。化石燃料燃烧248.3万吨、占60.2%，工业过程36.8万吨、占8.9%，外购电力109.4万吨、占29.5%，外购热力18.1万吨、占4.4%。",
            "109.4万吨占29.5%",
        ),
        // consultancy: shares in brackets, the list not said to be complete
        (
            "主要排放源中，自备电厂燃煤183.2万吨（44.4%），工艺加热炉66.0万吨（16.0%），外购电力95.7万吨（27.2%）。",
            "95.7万吨占27.2%",
        ),
        // county: 占比为, amounts in 万吨标准煤
        (
            "2021年园区能源消费中，原煤30.00万吨标准煤，占比为74.7%；天然气2.19万吨标准煤，占比为5.4%；电力9.79万吨标准煤，占比为19.9%。",
            "9.79万吨标准煤占19.9%",
        ),
        // enterprise: 占排放总量的, amounts in 吨
        (
            "集团各厂区排放中，一厂226200吨，占排放总量的54.8%；二厂98400吨，占排放总量的23.8%；三厂88000吨，占排放总量的25.3%。",
            "88000吨占25.3%",
        ),
    ] {
        let f = findings(&plan(inventory), RULE);
        assert_eq!(f.len(), 1, "{inventory}\n{f:#?}");
        assert!(f[0].message.contains(line_text), "{}", f[0].message);
        assert!(f[0].message.contains("应占"), "{}", f[0].message);
    }
}

#[test]
fn the_message_gives_the_implied_total_and_the_right_share() {
    let text = plan(
        "化石燃料燃烧248.3万吨、占60.2%，工业过程36.8万吨、占8.9%，外购电力109.4万吨、占29.5%，外购热力18.1万吨、占4.4%。",
    );
    let f = findings(&text, RULE);
    assert_eq!(f.len(), 1, "{f:#?}");
    // The amounts add up to a total the other three pairs allow: it is the total.
    assert!(f[0].message.contains("总量为412.6万吨"), "{}", f[0].message);
    assert!(f[0].message.contains("应占26.5%"), "{}", f[0].message);
    let line = text
        .lines()
        .position(|l| l.contains("外购电力109.4万吨"))
        .and_then(|i| u32::try_from(i + 1).ok());
    assert_eq!(f[0].location.as_ref().and_then(|l| l.line), line);
}

#[test]
fn pairs_that_agree_or_belong_to_other_totals_are_not_compared() {
    for inventory in [
        // all pairs agree (rounded)
        "化石燃料燃烧248.3万吨、占60.2%，工业过程36.8万吨、占8.9%，外购电力109.4万吨、占26.5%，外购热力18.1万吨、占4.4%。",
        // a partial list: shares of a larger total, still one total
        "其中，前三家企业排放分别为：甲公司120.0万吨、占29.1%，乙公司80.0万吨、占19.4%，丙公司40.0万吨、占9.7%。",
        // the park's share of the city beside its sources' shares of the park
        "园区排放412.6万吨、占全市的12.0%，其中化石燃料燃烧248.3万吨、占60.2%，工业过程36.8万吨、占8.9%，外购电力127.5万吨、占30.9%。",
        // two years in one sentence: two totals
        "2020年外购电力100.0万吨、占30.0%，化石燃料200.0万吨、占60.0%，2025年外购电力90.0万吨、占25.0%。",
        // only two pairs: which one is off cannot be told
        "化石燃料燃烧248.3万吨、占60.2%，外购电力109.4万吨、占29.5%。",
        // a change, not a share
        "化石燃料燃烧248.3万吨、较2020年下降6.0%，工业过程36.8万吨、下降3.1%，外购电力109.4万吨、增长9.5%。",
        // shares of different units (energy, emissions) are not compared across
        "煤炭消费120.0万吨标准煤、占62.0%，天然气40.0万吨标准煤、占20.7%，外购电力排放90.0万吨、占40.0%，化石燃料燃烧135.0万吨、占60.0%。",
        // approximate shares
        "化石燃料燃烧248.3万吨、占约60%，工业过程36.8万吨、占约9%，外购电力109.4万吨、占约30%。",
    ] {
        let f = findings(&plan(inventory), RULE);
        assert!(f.is_empty(), "{inventory}\n{f:#?}");
    }
}

#[test]
fn a_table_row_whose_share_is_off_its_amount_is_found() {
    // A lone 其中 row leaves unclear what the total adds up; each row still pairs.
    let table = "表2-1 2020年园区二氧化碳排放构成\n\n| 排放源 | 排放量（万吨） | 占比（%） |\n|---|---|---|\n\
                 | 化石燃料燃烧 | 24.6 | 32.9 |\n| 其中：再生铝熔炼 | 15.2 | 20.3 |\n| 垃圾焚烧化石碳 | 18.3 | 24.5 |\n\
                 | 外购电力 | 31.9 | 46.2 |\n| 合计 | 74.8 | 100.0 |";
    let text = plan(table);
    let f = findings(&text, RULE);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(
        f[0].message.contains("31.9万吨占46.2%") && f[0].message.contains("应占42.6%"),
        "{}",
        f[0].message
    );
    let line = text
        .lines()
        .position(|l| l.contains("| 外购电力 |"))
        .and_then(|i| u32::try_from(i + 1).ok());
    assert_eq!(f[0].location.as_ref().and_then(|l| l.line), line);
    // A 其中 row's share of the row above it is not compared with the total's.
    let parent = table.replace(
        "| 其中：再生铝熔炼 | 15.2 | 20.3 |",
        "| 其中：再生铝熔炼 | 15.2 | 61.8 |",
    );
    let f = findings(&plan(&parent), RULE);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("31.9万吨占46.2%"), "{}", f[0].message);
    // Years side by side: each share column pairs with the amounts left of it.
    let years = "| 排放源 | 2020年（万吨） | 占比（%） | 2021年（万吨） | 占比（%） |\n|---|---|---|---|---|\n\
                 | 化石燃料 | 240.0 | 60.0 | 250.0 | 62.5 |\n| 工业过程 | 40.0 | 10.0 | 40.0 | 10.0 |\n\
                 | 外购电力 | 120.0 | 30.0 | 110.0 | 27.5 |\n| 合计 | 400.0 | 100.0 | 400.0 | 100.0 |";
    assert!(findings(&plan(years), RULE).is_empty());
}

#[test]
fn a_table_whose_column_does_not_add_up_keeps_one_finding() {
    // The share column adds up to 102: the sum finding stands alone on the table.
    let table = "| 排放源 | 排放量（万吨） | 占比（%） |\n|---|---|---|\n| 化石燃料燃烧 | 248.3 | 60.2 |\n\
                 | 工业过程 | 36.8 | 8.9 |\n| 外购电力 | 109.4 | 28.5 |\n| 外购热力 | 18.1 | 4.4 |\n| 合计 | 412.6 | 100.0 |";
    let f = findings(&plan(table), RULE);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("分项之和"), "{}", f[0].message);
}

#[test]
fn a_boundary_named_spatial_and_organisational_is_declared() {
    for declaration in [
        // enterprise-run park: 规划红线 / 组织边界
        "以园区规划红线为空间边界，以入园企业和运营公司公共设施为组织边界，仅核算二氧化碳，以2021年为基准年。",
        // consultancy: 空间范围 / 组织范围
        "本研究的空间范围为经批复的园区用地红线，组织范围为区内法人企业，仅核算二氧化碳，以2021年为基准年。",
        // county: a short declaration
        "空间边界为园区规划范围，组织边界为入园规上企业，仅核算二氧化碳，以2021年为基准年。",
    ] {
        let text = plan("2021年园区二氧化碳排放总量为142.5万吨。").replace(
            "核算边界为园区规划范围，仅核算二氧化碳，以2021年为基准年。",
            &format!("{declaration}排放源包括天然气燃烧直接排放和外购电力间接排放。"),
        );
        let f = findings(&text, "boundary/undeclared");
        assert!(f.is_empty(), "{declaration}\n{f:#?}");
    }
    // Naming neither: still reported.
    let text = plan("2021年园区二氧化碳排放总量为142.5万吨。").replace(
        "核算边界为园区规划范围，仅核算二氧化碳，以2021年为基准年。",
        "仅核算二氧化碳，以2021年为基准年。排放源包括天然气燃烧直接排放和外购电力间接排放。",
    );
    let f = findings(&text, "boundary/undeclared");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("边界"), "{}", f[0].message);
}

#[test]
fn the_base_the_tracking_is_computed_from_is_a_base_year() {
    let with = |tracking: &str| {
        plan("2021年园区二氧化碳排放总量为142.5万吨。").replace(
            "建立年度碳排放核算和指标跟踪机制。",
            &format!("以2021年为基准年，单位工业增加值二氧化碳排放2025年下降12%。\n\n## 六、评估考核\n\n{tracking}"),
        )
    };
    for tracking in [
        // city: the yearly check
        "每年第一季度核算上年排放，以2020年为基准计算单位工业增加值二氧化碳排放下降幅度并对照指标进行评估。",
        // province: the assessment
        "考核时以2020年为基准进行评价，2025年开展中期评估。",
        // consultancy: 测算
        "跟踪评估以2020年为基准期测算强度下降率。",
    ] {
        let f = findings(&with(tracking), "boundary/base-year");
        assert_eq!(f.len(), 1, "{tracking}\n{f:#?}");
        assert!(f[0].message.contains("2020"), "{}", f[0].message);
    }
    for tracking in [
        // the plan's own base: no conflict
        "每年核算上年排放，以2021年为基准计算下降幅度。",
        // another level's indicator, with its own base
        "全市能耗指标以2020年为基准，是上级下达的指标，园区对照执行。",
        // a start, not a base
        "以2020年为起点，开展年度碳盘查。",
    ] {
        let f = findings(&with(tracking), "boundary/base-year");
        assert!(f.is_empty(), "{tracking}\n{f:#?}");
    }
}

/// A plan whose targets chapter holds `table` (and `prose` before it).
fn with_targets(prose: &str, table: &str) -> String {
    plan("2022年园区二氧化碳排放总量为142.5万吨。").replace(
        "确保2028年前实现碳达峰。",
        &format!("确保2028年前实现碳达峰。{prose}\n\n{table}\n\n工业用水实施中水回用和闭路循环冷却改造，企业建设能源管控中心。"),
    )
}

#[test]
fn an_unknown_ratio_left_without_a_base_value_in_the_indicator_table_is_reported() {
    for table in [
        // consultancy: 2022年（基准年） column
        "| 指标 | 单位 | 2022年（基准年） | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 单位工业增加值二氧化碳排放 | 吨/万元 | 0.255 | 0.214 | 0.158 |\n| 重点用能单位能源管控中心覆盖率 | % | — | 80 | 100 |",
        // province: 基期值 column and 目标 columns
        "| 序号 | 指标名称 | 基期值 | 2025年目标 | 2030年目标 | 属性 |\n|---|---|---|---|---|---|\n| 1 | 工业用水重复利用率（%） | - | 92 | 95 | 预期性 |",
        // county: 现状 column, blank cell
        "| 指标 | 现状 | 2025年 | 2030年 |\n|---|---|---|---|\n| 园区能源管控中心覆盖比例（%） |  | 60 | 100 |",
    ] {
        let text = with_targets("", table).replace("以2021年为基准年", "以2022年为基准年");
        let f = findings(&text, "target/no-baseline");
        assert_eq!(f.len(), 1, "{table}\n{f:#?}");
        assert!(f[0].message.contains("2022"), "{}", f[0].message);
        let row = text
            .lines()
            .position(|l| l.contains("率") && l.contains("|") && !l.contains("单位工业增加值"))
            .or_else(|| text.lines().position(|l| l.contains("比例（%）")))
            .and_then(|i| u32::try_from(i + 1).ok());
        assert_eq!(f[0].location.as_ref().and_then(|l| l.line), row, "{table}");
    }
}

#[test]
fn a_table_row_with_its_base_value_or_no_base_column_is_not_reported() {
    let base = "| 指标 | 单位 | 2022年（基准年） | 2025年 | 2030年 |\n|---|---|---|---|---|\n";
    for (prose, table) in [
        // the base value in the table
        ("", format!("{base}| 重点用能单位能源管控中心覆盖率 | % | 45 | 80 | 100 |")),
        // a change row: no base value of its own
        ("", format!("{base}| 单位工业增加值二氧化碳排放 | 吨/万元 | 0.255 | 0.214 | 0.158 |\n| 较基准年下降率 | % | — | 16 | 38 |")),
        // the base value stated in prose
        (
            "2022年重点用能单位能源管控中心覆盖率为45%。",
            format!("{base}| 重点用能单位能源管控中心覆盖率 | % | — | 80 | 100 |"),
        ),
        // no base-year column: nothing to leave empty
        ("", "| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 重点用能单位能源管控中心覆盖率（%） | 80 | 100 |".to_string()),
        // a scenario's table
        ("", "| 情景 | 2022年（基准年） | 2025年 | 2030年 |\n|---|---|---|---|\n| 基准情景下绿电使用比例 | — | 30 | 45 |".to_string()),
    ] {
        let text = with_targets(prose, &table).replace("以2021年为基准年", "以2022年为基准年");
        let f = findings(&text, "target/no-baseline");
        assert!(f.is_empty(), "{prose}\n{table}\n{f:#?}");
    }
}

#[test]
fn facts_show_whether_an_indicator_rows_base_value_is_given() {
    let table = "| 指标 | 单位 | 2022年（基准年） | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 重点用能单位能源管控中心覆盖率 | % | — | 80 | 100 |\n| 工业用水重复利用率 | % | 88 | 92 | 95 |";
    let text = with_targets("", table).replace("以2021年为基准年", "以2022年为基准年");
    let facts = crate::common::facts_of(&text, peaklint::document::Format::Markdown);
    let json = serde_json::to_value(&facts).unwrap_or_default();
    let rows: Vec<(String, Option<bool>)> = json["other_targets"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|t| {
                    (
                        t["indicator"].as_str().unwrap_or("").to_string(),
                        t["base_value_given"].as_bool(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        rows,
        vec![
            ("重点用能单位能源管控中心覆盖率".to_string(), Some(false)),
            ("工业用水重复利用率".to_string(), Some(true)),
        ]
    );
}

#[test]
fn a_list_of_amounts_then_their_shares_pairs_them_in_order() {
    for inventory in [
        // province: 分别为 … 分别占
        "化石燃料燃烧、工业过程、外购电力和外购热力排放分别为248.3万吨、36.8万吨、109.4万吨和18.1万吨，分别占60.2%、8.9%、29.5%和4.4%。",
        // consultancy: 占比分别为
        "三类排放源排放量依次为248.3万吨、36.8万吨、109.4万吨，占比分别为60.2%、8.9%、29.5%。",
    ] {
        let f = findings(&plan(inventory), RULE);
        assert_eq!(f.len(), 1, "{inventory}\n{f:#?}");
        assert!(f[0].message.contains("109.4万吨占29.5%"), "{}", f[0].message);
    }
    for inventory in [
        // agreeing
        "化石燃料燃烧、工业过程、外购电力和外购热力排放分别为248.3万吨、36.8万吨、109.4万吨和18.1万吨，分别占60.2%、8.9%、26.5%和4.4%。",
        // not as many shares as amounts: no pairing
        "化石燃料燃烧、工业过程和外购电力排放分别为248.3万吨、36.8万吨和109.4万吨，分别占60.2%和29.5%。",
        // changes, not shares
        "三类排放源排放量分别为248.3万吨、36.8万吨、109.4万吨，分别下降6.2%、8.9%、29.5%。",
    ] {
        let f = findings(&plan(inventory), RULE);
        assert!(f.is_empty(), "{inventory}\n{f:#?}");
    }
}

#[test]
fn a_change_without_its_base_beside_one_with_a_base_is_reported_despite_the_declared_base() {
    let with = |targets: &str| {
        plan("2021年园区二氧化碳排放总量为142.5万吨。").replace(
            "确保2028年前实现碳达峰。",
            &format!("确保2028年前实现碳达峰。\n\n{targets}"),
        )
    };
    for targets in [
        // consultancy: the base-less one after a ；
        "到2025年，单位工业增加值二氧化碳排放较2021年下降16%，降至0.234吨/万元；单位工业增加值能耗下降15%。",
        // province: the base-less one first, the base written only for the next
        "到2025年，单位工业增加值二氧化碳排放下降13%以上，单位工业增加值能耗较2021年下降12%。",
        // county: 比 instead of 较
        "到2025年，园区单位工业增加值能耗比2021年降低14%；单位工业增加值二氧化碳排放降低17%。",
    ] {
        let f = findings(&with(targets), "target/no-base-year");
        assert_eq!(f.len(), 1, "{targets}\n{f:#?}");
    }
    for targets in [
        // the base carried over within the clause chain
        "到2025年，单位工业增加值二氧化碳排放较2021年下降16%，单位工业增加值能耗下降15%。",
        // the sentence declares the base for all
        "以2021年为基准年，到2025年单位工业增加值二氧化碳排放下降18%，单位工业增加值能耗下降14.5%；到2030年单位工业增加值二氧化碳排放下降40%。",
        // both without a base: the declared base holds
        "到2025年，单位工业增加值二氧化碳排放下降16%；单位工业增加值能耗下降15%。",
        // the same indicator and year with its base written elsewhere
        "到2025年，单位工业增加值能耗较2021年下降15%。\n\n注：单位工业增加值二氧化碳排放2025年比2021年下降20%；单位工业增加值能耗2025年下降15%。",
    ] {
        let f = findings(&with(targets), "target/no-base-year");
        assert!(f.is_empty(), "{targets}\n{f:#?}");
    }
}

#[test]
fn a_peak_assessed_on_direct_emissions_for_a_stated_reason_narrows_the_scope() {
    let with = |target: &str| {
        plan("2021年园区二氧化碳排放总量为142.5万吨，其中外购电力排放60.2万吨。")
            .replace(
                "核算边界为园区规划范围，仅核算二氧化碳",
                "核算边界为园区规划范围，包括化石燃料燃烧直接排放和外购电力间接排放，仅核算二氧化碳",
            )
            .replace("确保2028年前实现碳达峰。", target)
    };
    for target in [
        // county: the reason first
        "园区力争2027年、确保2028年实现二氧化碳排放达峰。考虑到外购电力排放主要取决于电网结构、园区难以控制，峰值按化石燃料燃烧直接排放考核，控制在15万吨以内。",
        // province: 鉴于, 以…直接排放口径考核
        "鉴于外购电力排放受电网因子影响较大，达峰目标以能源活动直接排放口径考核，确保2028年前达峰。",
    ] {
        let f = findings(&with(target), "boundary/scope-mismatch");
        assert_eq!(f.len(), 1, "{target}\n{f:#?}");
    }
    for target in [
        // the same caliber as the boundary
        "园区确保2028年前实现碳达峰，峰值按直接排放和间接排放合计考核，控制在150万吨以内。",
        // purchased power put back in the sentence
        "园区确保2028年前实现碳达峰；企业报告只核算直接排放，本方案另行补充外购电力间接排放。",
    ] {
        let f = findings(&with(target), "boundary/scope-mismatch");
        assert!(f.is_empty(), "{target}\n{f:#?}");
    }
}
