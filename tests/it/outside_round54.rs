//! Readings generalised after rounds 54 and 55 of outside plans (session 31), each in more
//! than one drafting style:
//! - one misprinted amount in a table with amount and share columns is one defect: the
//!   column that no longer adds up (`consistency/table-sum`), not also its share
//!   (`consistency/share-sum`), with or without a lone `其中` row;
//! - a slash after a column's name separates its unit (`折标量/万tce`, `比重/%`): the column
//!   adds up; after a unit it makes a ratio (`吨标准煤/万元`), which does not;
//! - the park's own area (`园区陆域范围内`) or its entities by their tie to the park
//!   (`集团公司所属单位和驻场企业`) state a boundary's extent;
//! - per-tonne intensities (`吨再生铅二氧化碳排放`, `吨钢综合能耗`) are targets, and an unknown
//!   ratio written from its base value gives a base and a target (`principle/feasibility`);
//!   targets evaluated at a set interval are indicators of progress;
//! - a task's own milestone is not an indicator of the plan (`target/no-measure`,
//!   `target/no-baseline`);
//! - a total in the middle of a table closes the rows above it;
//! - named amounts then their shares `分别为` are paired;
//! - a ratio dated before its verb (`工业用水重复利用率2025年达到88%`) is a target, and a sewage
//!   plant named as a site is no water measure;
//! - a peak scenario going down after 2030 looks beyond the peak (`principle/foresight`).

use crate::common::{findings, line_of, line_with};

#[test]
fn one_misprinted_amount_is_the_tables_sum_not_also_its_share() {
    // (caption, header, rows: label | amount | share, total row)
    let tables = [
        // consultancy: a lone 其中 row under coal
        (
            "**表1　2020年园区能源消费结构**",
            "| 能源品种 | 消费量（万吨标准煤） | 占比（%） |",
            "| 煤炭 | 76.8 | 55.0 |\n| 其中：煤制气用煤 | 54.3 | — |\n| 天然气 | 24.5 | 30.4 |\n| 电力 | 18.9 | 13.5 |\n| 柴油 | 1.4 | 1.0 |",
            "| 合计 | 139.6 | 100.0 |",
        ),
        // city/county: plain rows, 单位 in the header
        (
            "表2-1　基准年（2021年）分品种能源消费构成",
            "| 品种 | 折标量/万tce | 比重/% |",
            "| 原煤 | 31.20 | 48.1 |\n| 焦炭 | 8.40 | 21.9 |\n| 天然气 | 6.10 | 9.4 |\n| 外购电力 | 13.20 | 20.6 |",
            "| 总计 | 64.90 | 100.0 |",
        ),
        // enterprise: emission sources, 其中 after the total's parts
        (
            "附表3　2022年碳排放源构成",
            "| 排放源 | 排放量（万吨CO2） | 占比（%） |",
            "| 化石燃料燃烧 | 42.6 | 61.6 |\n| 其中：自备电厂 | 30.1 | — |\n| 工业生产过程 | 12.8 | 15.3 |\n| 净调入电力 | 11.2 | 13.4 |\n| 净调入热力 | 8.1 | 9.7 |",
            "| 合计 | 83.6 | 100.0 |",
        ),
    ];
    for (caption, header, rows, total) in tables {
        let plan = format!(
            "# 某园区碳达峰实施方案\n\n## 一、能源消费现状\n\n{caption}\n\n{header}\n|---|---|---|\n{rows}\n{total}\n"
        );
        let sums = findings(&plan, "consistency/table-sum");
        assert_eq!(sums.len(), 1, "{plan}\n{sums:#?}");
        assert_eq!(
            sums.first().and_then(line_of),
            line_with(&plan, total.get(..8).unwrap_or(total)),
            "{plan}"
        );
        assert!(
            sums.first()
                .is_some_and(|d| d.message.contains("表格合计与分项之和不符")),
            "{sums:#?}"
        );
        let shares = findings(&plan, "consistency/share-sum");
        assert!(shares.is_empty(), "{plan}\n{shares:#?}");
    }
}

#[test]
fn a_misprinted_share_in_a_table_whose_amounts_add_up_is_the_share_sums() {
    // The amounts add up; one share is misprinted (36.4 for 30.4), so the shares do not.
    let plan = "# 某园区碳达峰实施方案\n\n## 一、能源消费现状\n\n表1　2020年园区能源消费结构\n\n| 能源品种 | 消费量/万tce | 占比/% |\n|---|---|---|\n| 煤炭 | 76.8 | 55.0 |\n| 天然气 | 42.5 | 36.4 |\n| 电力 | 18.9 | 13.5 |\n| 柴油 | 1.4 | 1.0 |\n| 合计 | 139.6 | 100.0 |\n";
    let shares = findings(plan, "consistency/share-sum");
    assert_eq!(shares.len(), 1, "{shares:#?}");
    assert_eq!(
        shares.first().and_then(line_of),
        line_with(plan, "| 合计 |")
    );
    assert!(findings(plan, "consistency/table-sum").is_empty());
}

#[test]
fn a_ratio_column_beside_a_total_is_not_added_up() {
    for head in [
        "单位产品能耗/（kgce/t）",
        "排放强度（吨CO2/万元）",
        "综合能耗/（千克标准煤/吨）",
    ] {
        let plan = format!(
            "# 某园区碳达峰实施方案\n\n## 一、能源消费现状\n\n表3　重点企业能耗\n\n| 企业 | 综合能耗/万tce | {head} |\n|---|---|---|\n| 甲公司 | 12.4 | 310 |\n| 乙公司 | 8.6 | 295 |\n| 丙公司 | 4.0 | 402 |\n| 合计 | 25.0 | 318 |\n"
        );
        let sums = findings(&plan, "consistency/table-sum");
        assert!(sums.is_empty(), "{plan}\n{sums:#?}");
        // The amount column still adds up to its total (a misprint would be reported).
        let off = plan.replace("| 合计 | 25.0 |", "| 合计 | 27.0 |");
        let sums = findings(&off, "consistency/table-sum");
        assert_eq!(sums.len(), 1, "{off}\n{sums:#?}");
        assert!(
            sums.first()
                .is_some_and(|d| d.message.contains("综合能耗/万tce")),
            "{sums:#?}"
        );
    }
}

#[test]
fn the_parks_own_area_or_its_entities_state_the_extent() {
    let plan = |declaration: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n### （一）核算边界\n\n{declaration}\n\n### （二）排放现状\n\n2022年园区二氧化碳排放9.97万吨。\n"
        )
    };
    for declaration in [
        // enterprise (port operator)
        "核算范围为园区陆域范围内集团公司所属单位和驻场企业，包括柴油、天然气燃烧直接排放和外购电力间接排放。",
        // city/county
        "本方案核算开发区行政管理区域内的二氧化碳排放，排放源为化石燃料燃烧，净调入电力和热力的间接排放一并计入。",
        // consultancy
        "边界：港区陆域及码头前沿水域范围内。排放源：化石燃料燃烧排放；净调入电力间接排放计入。",
        // ministry-style list of entities
        "核算对象为管委会下属单位及入驻企业，核算化石燃料燃烧排放和净调入电力、热力产生的间接排放。",
    ] {
        let text = plan(declaration);
        let found = findings(&text, "boundary/undeclared");
        assert!(found.is_empty(), "{text}\n{found:#?}");
    }
    // Sources and purchased power with no extent at all: still incomplete.
    let text = plan("核算化石燃料燃烧排放和净调入电力间接排放，园区边界外的社会车辆不计。");
    let found = findings(&text, "boundary/undeclared");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found
            .first()
            .is_some_and(|d| d.message.contains("空间或组织范围")),
        "{found:#?}"
    );
}

/// The feasibility evidence items the plan was found to lack.
fn lacks(plan: &str) -> Vec<String> {
    findings(plan, "principle/feasibility")
        .into_iter()
        .map(|d| d.message)
        .collect()
}

#[test]
fn per_tonne_intensities_and_unknown_ratios_give_base_and_target_values() {
    let plan = |profile: &str, targets: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n以2021年为基准年。{profile}\n\n## 二、达峰目标\n\n{targets}\n"
        )
    };
    for (profile, targets) in [
        // province, recycling: a per-tonne level whose base value the profile states
        (
            "2021年园区吨再生铅二氧化碳排放644千克，单位工业增加值二氧化碳排放0.859吨/万元。",
            "到2025年，单位工业增加值二氧化碳排放较2021年下降13%以上，吨再生铅二氧化碳排放降至560千克以下。",
        ),
        // enterprise, port: a per-tonne change and a ratio no metric knows, from its base value
        (
            "2021年园区完成粮食吞吐量2860万吨。",
            "到2025年，吨粮食吞吐量二氧化碳排放较2021年下降8%以上，流动机械电动化比例由2021年的18%提高到60%。",
        ),
        // consultancy, steel: two per-tonne changes
        (
            "2021年吨钢综合能耗560千克标准煤。",
            "到2025年，吨钢二氧化碳排放较2021年下降2%，吨钢综合能耗较2021年下降3%；到2030年，吨钢二氧化碳排放较2021年下降12%左右。",
        ),
    ] {
        let text = plan(profile, targets);
        let found = lacks(&text);
        assert!(
            !found.iter().any(|m| m.contains("指标有基准值和目标值")),
            "{text}\n{found:#?}"
        );
    }
    // Targets with no base at all still lack it.
    let text = plan(
        "园区主导产业为再生铅。",
        "到2025年，光伏装机达到33兆瓦，流动机械电动化比例达到60%。",
    );
    assert!(
        lacks(&text)
            .iter()
            .any(|m| m.contains("指标有基准值和目标值")),
        "{text}"
    );
    // An amount in tonnes is no per-tonne intensity.
    let facts = crate::common::facts_of(
        "# 某园区碳达峰实施方案\n\n## 一、达峰目标\n\n到2025年，柴油5200吨二氧化碳排放降至1.2万吨。\n",
        peaklint::document::Format::Markdown,
    );
    assert!(
        facts
            .targets
            .iter()
            .all(|t| t.metric.as_deref() != Some("单位产品（业务量）二氧化碳排放")),
        "{:#?}",
        facts.targets
    );
}

#[test]
fn targets_evaluated_at_a_set_interval_are_indicators_of_progress() {
    let plan = |tracking: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、达峰目标\n\n到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。\n\n## 二、监测评估\n\n{tracking}\n"
        )
    };
    for tracking in [
        // city/county
        "依托园区能源管理中心建立碳排放监测台账；每年开展一次目标评估，2025年开展中期评估。",
        // enterprise
        "集团安全环保部每季度统计园区能耗和排放，每年评估目标进展并将结果报市发展改革委。",
        // ministry
        "管委会每半年进行指标评估，评估结果向社会公开。",
    ] {
        let text = plan(tracking);
        let found = lacks(&text);
        assert!(
            !found.iter().any(|m| m.contains("有能反映进程的评估指标")),
            "{text}\n{found:#?}"
        );
    }
    let text = plan("每年开展一次企业能源审计，定期评估项目环境影响。");
    assert!(
        lacks(&text)
            .iter()
            .any(|m| m.contains("有能反映进程的评估指标")),
        "{text}"
    );
}

#[test]
fn a_tasks_own_milestone_is_its_measure_not_an_indicator() {
    let plan = |targets: &str, task: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n以2021年为基准年。2021年园区二氧化碳排放29.9万吨，单位工业增加值二氧化碳排放0.64吨/万元。\n\n## 二、达峰目标\n\n{targets}\n\n## 三、重点任务\n\n（一）光伏建设。屋顶光伏2025年达到15兆瓦，2030年减排2.00万吨。\n\n（二）绿色运输。{task}\n"
        )
    };
    let targets = "到2025年，园区单位工业增加值二氧化碳排放较2021年下降11%，光伏装机达到15兆瓦。";
    for task in [
        // county
        "厂内叉车和短驳车辆2029年前电动化比例达到60%，2030年减排0.37万吨。",
        // enterprise
        "物流公司自有货车2027年底前新能源比例达到50%。责任单位：集团物流部。",
        // consultancy
        "场内作业车辆新能源替代率2028年达到70%，配套建设充电桩40个。",
    ] {
        let text = plan(targets, task);
        for rule in ["target/no-measure", "target/no-baseline"] {
            let found = findings(&text, rule);
            assert!(found.is_empty(), "{rule}\n{text}\n{found:#?}");
        }
    }
    // Set in the targets chapter, the indicator is the plan's: a task restating it is no
    // measure, and its base value is asked for.
    let text = plan(
        "到2025年，园区单位工业增加值二氧化碳排放较2021年下降11%，光伏装机达到15兆瓦，园区新能源车辆比例达到60%。",
        "园区新能源车辆比例2025年达到60%。",
    );
    let found = findings(&text, "target/no-measure");
    assert_eq!(found.len(), 1, "{text}\n{found:#?}");
    assert_eq!(
        found.first().and_then(line_of),
        line_with(&text, "园区新能源车辆比例达到60%")
    );
    assert_eq!(findings(&text, "target/no-baseline").len(), 1, "{text}");
}

#[test]
fn a_total_above_rows_of_another_kind_closes_the_rows_above_it() {
    let table = |total: &str, after: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 五、重点任务\n\n表4　重点项目及减排量\n\n| 项目 | 2025年减排量（万吨） | 2030年减排量（万吨） |\n|---|---|---|\n| 屋顶分布式光伏 | 1.96 | 5.02 |\n| 余热回收改造 | 0.78 | 1.41 |\n| 电机能效提升 | 0.89 | 2.51 |\n| 车辆电动化 | 0.25 | 0.62 |\n{total}\n{after}\n"
        )
    };
    for after in [
        // consultancy
        "| 需减排量（基准情景减达峰情景） | 3.2 | 8.9 |",
        // city/county
        "| 减排缺口 | 3.0 | 9.0 |",
        // enterprise: two rows after
        "| 达峰目标要求减排量 | 3.5 | 9.2 |\n| 覆盖程度 | 110% | 104% |",
    ] {
        let good = table("| 合计 | 3.88 | 9.56 |", after);
        let found = findings(&good, "consistency/table-sum");
        assert!(found.is_empty(), "{good}\n{found:#?}");
        let off = table("| 合计 | 3.88 | 10.10 |", after);
        let found = findings(&off, "consistency/table-sum");
        assert_eq!(found.len(), 1, "{off}\n{found:#?}");
        assert_eq!(found.first().and_then(line_of), line_with(&off, "| 合计 |"));
        assert!(
            found
                .first()
                .is_some_and(|d| d.message.contains("2030年减排量")),
            "{found:#?}"
        );
    }
    // The row after is a part the total counts too: no reading is contradicted.
    let text = table("| 合计 | 4.38 | 10.56 |", "| 绿电交易 | 0.50 | 1.00 |");
    let found = findings(&text, "consistency/table-sum");
    assert!(found.is_empty(), "{text}\n{found:#?}");
}

#[test]
fn named_amounts_then_their_shares_respectively_are_paired() {
    let plan =
        |sentence: &str| format!("# 某园区碳达峰实施方案\n\n## 一、能源消费现状\n\n{sentence}\n");
    for (sentence, odd) in [
        // county, the total before its parts
        (
            "2022年园区能源消费总量4.26万吨标准煤，其中煤炭6143吨标准煤、天然气7529吨标准煤、电力28882吨标准煤，占比分别为14.4%、17.7%和70.9%。",
            "70.9%",
        ),
        // consultancy, emission sources
        (
            "基准年排放中，化石燃料燃烧86.2万吨、工业过程21.5万吨、净调入电力46.3万吨，分别占56.0%、17.0%和30.1%。",
            "17.0%",
        ),
        // province, four carriers, no total
        (
            "园区消费原煤31.2万吨标准煤、焦炭14.2万吨标准煤、天然气6.1万吨标准煤和外购电力13.2万吨标准煤，所占比重分别为48.1%、21.9%、12.4%和20.4%。",
            "12.4%",
        ),
    ] {
        let text = plan(sentence);
        let found = findings(&text, "consistency/share-sum");
        assert_eq!(found.len(), 1, "{text}\n{found:#?}");
        assert!(
            found
                .first()
                .is_some_and(|d| d.message.contains("占比与其数量不符")
                    && d.message.contains(odd.trim_end_matches('%'))),
            "{odd}\n{found:#?}"
        );
    }
    // Shares that agree with their amounts.
    let text = plan("2022年园区能源消费总量4.26万吨标准煤，其中煤炭6143吨标准煤、天然气7529吨标准煤、电力28882吨标准煤，占比分别为14.4%、17.7%和67.9%。");
    assert!(
        findings(&text, "consistency/share-sum").is_empty(),
        "{text}"
    );
}

#[test]
fn a_ratio_dated_before_its_verb_is_a_target_a_sewage_plant_no_water_measure() {
    let plan = |target: &str, task: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、达峰目标\n\n以2021年为基准年。{target}\n\n## 二、重点任务\n\n（一）节能改造。实施超纯水、冷冻站和空压系统节能改造。\n\n（二）工艺替代。{task}\n"
        )
    };
    for target in [
        // enterprise (WPS)
        "工业用水重复利用率2025年达到88%、2030年达到92%。",
        // consultancy
        "中水回用率到2027年提高至60%。",
        // city/county
        "园区工业用水重复利用率2026年底前达到90%以上。",
    ] {
        let bare = plan(
            target,
            "园区污水处理厂废酸中和逐步以氢氧化钠替代石灰石，2026年前完成。",
        );
        let found = findings(&bare, "target/no-measure");
        assert_eq!(found.len(), 1, "{bare}\n{found:#?}");
        assert_eq!(found.first().and_then(line_of), line_with(&bare, target));
        let backed = plan(
            target,
            "实施冷却水循环利用和污水再生利用工程，新增回用能力5000吨/日。",
        );
        let found = findings(&backed, "target/no-measure");
        assert!(found.is_empty(), "{backed}\n{found:#?}");
    }
}

#[test]
fn a_peak_scenario_going_down_after_2030_looks_beyond_the_peak() {
    let plan = |scenario: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、情景分析\n\n{scenario}\n\n## 二、达峰目标\n\n园区排放于2028年达到峰值，峰值控制在28.3万吨以内。\n"
        )
    };
    let lacks_outlook = |text: &str| {
        findings(text, "principle/foresight")
            .iter()
            .any(|d| d.message.contains("有达峰后的展望"))
    };
    for scenario in [
        // consultancy: a scenario table to 2035
        "表3　园区二氧化碳排放情景（万吨）\n\n| 情景 | 2020年 | 2025年 | 2028年 | 2030年 | 2035年 |\n|---|---|---|---|---|---|\n| 基准情景 | 25.5 | 31.6 | 34.4 | 36.5 | 40.1 |\n| 达峰情景 | 25.5 | 27.6 | 28.3 | 27.9 | 25.8 |",
        // city/county: in prose
        "达峰情景下，园区排放2025年为27.6万吨，2028年达到28.3万吨，2035年降至25.8万吨。",
    ] {
        let text = plan(scenario);
        assert!(!lacks_outlook(&text), "{text}");
    }
    // A path that ends in 2030 looks no further than the plan.
    let text = plan("表3　园区二氧化碳排放情景（万吨）\n\n| 情景 | 2020年 | 2025年 | 2027年 | 2030年 |\n|---|---|---|---|---|\n| 基准情景 | 110.3 | 143.5 | 159.4 | 173.0 |\n| 达峰情景 | 110.3 | 125.3 | 129.0 | 124.8 |");
    assert!(lacks_outlook(&text), "{text}");
}
