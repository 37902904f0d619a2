//! Readings generalised in session 36 from outside rounds 66–71, each in more than one
//! drafting style, with the negative beside it:
//! - an approximate total written to a decimal (`排放总量回落至18.7万吨左右`) is a target
//!   stated as precisely as the indicator table's, compared within one unit of its last
//!   digit or 1 %; a round estimate (`约19万吨`) is still not compared;
//! - a counterfactual (`如不采取措施，…将增至24.1万吨左右`) and a what-if that commits to
//!   nothing (`如产能全部释放，…`) are scenario figures, not the plan's targets;
//! - the park right before 排放 (`以2020年园区排放3040000吨为基准`) states the year's total, so
//!   a tenfold slip against the inventory is found;
//! - what the park has none of (`也没有甲烷、氧化亚氮或含氟气体的排放源`), a gas not counted at
//!   all (`不另行核算甲烷`) and a gas named before the sentence leaves it out (`尾气中的甲烷…燃
//!   尽，…不另行核算甲烷`) are no non-CO2 scope;
//! - figures of one part in two years (`其中一厂区2020年排放29.6万吨，…2025年…峰值约31万吨`)
//!   are no breakdown of the total before them;
//! - a part held to its parent's requirement (`公司本部（一厂区）另按集团要求，…`) states the
//!   part's targets;
//! - a level above allocating (`渭原市分配高新区“十四五”…下降18%`) quotes that level's target;
//! - a base value of nothing written in words (`绿电占用电量比例为零`) is a base value;
//! - a bare table total takes the unit its caption gives (`表2 2020年二氧化碳排放清单（单位：
//!   万吨二氧化碳）` over `| 合计 | 7.21 |`), so a tenfold restatement in tonnes is found;
//! - what a plant produces once it starts (`投产后熔化量达到158.4万吨`) is what a forecast
//!   grows by, and what the park produces with amounts (`园区生产钢化玻璃2850万平方米`) is its
//!   industry;
//! - an enterprise's inventory over all its plants (`盘查范围为产业园内全部厂区`) states the spatial
//!   and organisational scope; a city allocating its own target (`黔阳市将“十四五”…下降20%的任务
//!   分解到园区`) is quoted, not the park's; a sentence opening with the scenario it adopts
//!   (`采用达峰情景，建议园区…`) states the plan's targets;
//! - a chapter named only by a concept word (`六、重点项目保障`) over a project pipeline is no
//!   safeguards chapter (the pack's `concepts.confirm_by_content`).

use crate::common::{findings, findings_in, line_of, line_with};

#[test]
fn an_approximate_total_written_to_a_decimal_is_compared() {
    let table = "表3 主要指标（万吨）\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 二氧化碳排放总量 | 15.9 | 18.6 | 18.1 |\n";
    for (name, plan, at) in [
        // consultancy Markdown: the text's level against the indicator table
        ("plan.md", format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。\n\n## 三、主要目标\n\n到2030年，单位工业增加值二氧化碳排放较2020年下降37%以上，排放总量回落至18.7万吨左右。\n\n{table}"), "| 二氧化碳排放总量 |"),
        // county plain text: an approximate cap against a firm one in the safeguards
        ("plan.txt", "某县经济开发区碳达峰实施方案\n\n一、总体要求\n\n以2020年为基准年。\n\n二、主要目标\n\n到2030年，开发区二氧化碳排放总量控制在116.8万吨左右，单位工业增加值二氧化碳排放比2020年下降37%左右。\n\n三、保障措施\n\n（一）强化考核。确保2030年开发区二氧化碳排放总量不超过118.4万吨。\n".to_string(), "确保2030年开发区"),
    ] {
        let found = findings_in(name, &plan, "target/conflict");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, at));
    }
    // Within one unit of the last digit or 1 %, or a round estimate: nothing to report.
    for (text, row) in [
        ("排放总量回落至18.7万吨左右", "18.66"),
        ("排放总量控制在116.8万吨左右", "117.5"),
        ("排放总量回落至约19万吨", "18.1"),
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n到2030年，{text}。\n\n表3 主要指标（万吨）\n\n| 指标 | 2020基准 | 2030 |\n|---|---|---|\n| 二氧化碳排放总量 | 15.9 | {row} |\n");
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
}

#[test]
fn a_counterfactual_or_a_what_if_is_no_target() {
    let table = "表3 主要指标（万吨）\n\n| 指标 | 2020基准 | 2030 |\n|---|---|---|\n| 二氧化碳排放总量 | 15.9 | 18.1 |\n";
    for what_if in [
        // ministry: the business-as-usual
        "如不采取措施，到2030年园区二氧化碳排放总量将增至24.1万吨左右。",
        // consultancy: a what-if on capacity
        "如产能全部释放，2030年园区排放总量将达到20.4万吨左右。",
        // enterprise: 假如
        "假如二期项目提前投产，2030年排放总量可能升至19.9万吨左右。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n到2030年，排放总量控制在18.1万吨左右。\n\n{table}\n## 四、风险分析\n\n{what_if}\n");
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{what_if}\n{found:?}");
    }
    // The plan's own level written after it still is the plan's.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 三、主要目标\n\n{table}\n## 四、保障措施\n\n如上所述，到2030年园区二氧化碳排放总量控制在19.6万吨左右。\n");
    let found = findings(&plan, "target/conflict");
    assert_eq!(found.len(), 1, "{plan}\n{found:?}");
    // Reported at the table's row (tables are read after the text), the sentence related.
    assert_eq!(line_of(&found[0]), line_with(&plan, "| 二氧化碳排放总量 |"));
}

#[test]
fn the_park_before_its_emissions_states_the_years_total() {
    for (name, plan, at) in [
        // PDF-copy style plain text: the base of the tracking, ten times the inventory
        ("plan.txt", "某园区碳达峰实施方案\n\n二、碳排放现状\n\n2020年园区二氧化碳排放30.4万吨，单位工业增加值二氧化碳排放0.52吨/万元。\n\n五、跟踪评估\n\n以2020年园区排放3040000吨为基准，按季度采集企业用能数据。\n", "以2020年园区排放"),
        // county Markdown: 开发区…排放为
        ("plan.md", "# 某开发区碳达峰实施方案\n\n## 二、碳排放现状\n\n2020年开发区二氧化碳排放总量18.2万吨。\n\n## 五、跟踪评估\n\n经核算，开发区2020年排放为1820000吨，作为年度评估的基数。\n", "开发区2020年排放为"),
    ] {
        let found = findings_in(name, plan, "boundary/unit");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(plan, at));
    }
    // The same total restated, or a part's emissions before 排放: nothing to report.
    for second in [
        "以2020年园区排放304000吨为基准，按季度采集企业用能数据。",
        "2020年园区污水处理厂排放3040000吨废水。",
        "集团2020年排放3040000吨，占园区的比重较高。",
    ] {
        let plan = format!("某园区碳达峰实施方案\n\n二、碳排放现状\n\n2020年园区二氧化碳排放30.4万吨。\n\n五、跟踪评估\n\n{second}\n");
        let found = findings_in("plan.txt", &plan, "boundary/unit");
        assert!(found.is_empty(), "{second}\n{found:?}");
    }
}

#[test]
fn gases_the_park_has_none_of_or_leaves_out_by_name_are_no_scope() {
    for (name, plan) in [
        // ministry Markdown: no such sources at all
        ("plan.md", "# 某园区碳达峰实施方案\n\n## 二、核算边界\n\n园区没有工业生产过程排放，也没有甲烷、氧化亚氮或含氟气体的排放源，2020年园区二氧化碳排放总量41.3万吨。\n"),
        // enterprise: the gas burned, then left out by name
        ("plan.txt", "某园区碳达峰实施方案\n\n2 盘查边界与方法\n\n盘查边界为公司全部厂区，盘查气体为二氧化碳。炭化尾气中的甲烷等可燃组分在焚烧炉内燃尽，生成的二氧化碳已计入过程排放，本次盘查不另行核算甲烷等非二氧化碳气体。\n"),
        // county: not counted separately
        ("plan.txt", "某园区碳达峰实施方案\n\n二、核算边界\n\n污水站厌氧池产生的甲烷全部进入火炬燃烧，园区不再单独统计甲烷，只核算二氧化碳。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/non-co2");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // A figure of the gas before the exclusion, or the gas counted: reported.
    for (text, gas) in [
        (
            "污水处理甲烷逸散折合二氧化碳当量1.4万吨，本方案不另行核算其他甲烷排放。",
            "二氧化碳当量",
        ),
        ("园区核算甲烷和二氧化碳排放，不另行核算氧化亚氮。", "甲烷"),
    ] {
        let plan = format!("某园区碳达峰实施方案\n\n二、核算边界\n\n{text}\n");
        let found = findings_in("plan.txt", &plan, "boundary/non-co2");
        assert_eq!(found.len(), 1, "{text}\n{found:?}");
        assert!(found[0].message.contains(gas), "{}", found[0].message);
    }
}

#[test]
fn one_parts_figures_of_two_years_are_no_breakdown() {
    let peak = "园区力争2028年前后实现碳达峰，峰值控制在48.5万吨以内，";
    for tail in [
        // enterprise: one plant's history and its goal
        "其中一厂区2020年排放29.6万吨，产能不再扩张，力争2025年率先达峰，峰值约31万吨。",
        // consultancy: one sub-park's figures then and later
        "其中东区2020年排放20.1万吨，2030年降至18.4万吨以下。",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 三、达峰目标\n\n{peak}{tail}\n");
        let found = findings(&plan, "consistency/table-sum");
        assert!(found.is_empty(), "{tail}\n{found:?}");
    }
    // Parts of one year that do not add up: reported.
    let plan = "# 某园区碳达峰实施方案\n\n## 二、碳排放现状\n\n2020年园区二氧化碳排放总量48.5万吨，其中一厂区29.6万吨、二厂区31.0万吨。\n";
    let found = findings(plan, "consistency/table-sum");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(plan, "其中一厂区"));
}

#[test]
fn a_part_held_to_its_parents_requirement_states_the_parts_targets() {
    let head = "# 某园区碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。2020年园区单位工业增加值二氧化碳排放1.20吨/万元。\n\n## 三、主要目标\n\n到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%，单位产品综合能耗较2020年下降10%（2020年为0.82吨标准煤/吨）。\n\n";
    for part in [
        "公司本部（一厂区）另按集团要求，2025年排放控制在33.9万吨以内，单位产品综合能耗较2020年下降8%。",
        "二号厂区按照总部考核要求，2025年单位产品综合能耗较2020年下降12%。",
    ] {
        let plan = format!("{head}{part}\n");
        for rule in ["target/no-baseline", "target/conflict"] {
            let found = findings(&plan, rule);
            assert!(found.is_empty(), "{rule}: {part}\n{found:?}");
        }
    }
    // Without the part, the second value is the park's and conflicts.
    let plan = format!("{head}到2025年，单位产品综合能耗较2020年下降8%。\n");
    let found = findings(&plan, "target/conflict");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_project_pipeline_titled_as_a_guarantee_is_no_safeguards_chapter() {
    let body = "## 一、碳排放现状\n\n正文。\n\n## 二、主要目标\n\n正文。\n\n## 三、重点任务\n\n正文。\n\n## 四、跟踪评估\n\n每年评估。\n\n";
    for last in [
        "## 五、重点项目保障\n\n园区对纳入本方案的光伏和电机改造项目建立项目库，优先保障项目用地和接网条件，项目清单每年滚动更新。\n",
        "## 五、项目建设保障\n\n2023—2025年安排项目24个，2026—2030年安排项目31个，逐项明确建设地点和投产时间。\n",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n{body}{last}");
        let found = findings(&plan, "structure/missing-chapter");
        assert!(found.iter().any(|d| d.message.contains("保障措施")), "{last}: {found:?}");
    }
    // The same titles over organisation, funding or supervision are the chapter.
    for last in [
        "## 五、重点项目保障\n\n成立园区碳达峰工作领导小组，统筹推进重点项目建设。\n",
        "## 五、项目建设保障\n\n设立碳达峰专项资金，对重点项目给予补助。\n",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n{body}{last}");
        let found = findings(&plan, "structure/missing-chapter");
        assert!(
            !found.iter().any(|d| d.message.contains("保障措施")),
            "{last}: {found:?}"
        );
    }
}

#[test]
fn a_level_above_allocating_quotes_its_own_target() {
    let head = "某园区碳达峰实施方案\n\n一、总则\n\n以2020年为基准年。\n\n二、主要目标\n\n";
    for quote in [
        // county text: the city allocates to the zone the park belongs to
        "渭原市分配高新区“十四五”单位地区生产总值二氧化碳排放下降18%，园区作为高新区工业减排重点予以承接。",
        // province style: 县向…分配
        "县向开发区分配的“十四五”单位地区生产总值能耗下降目标为14%，园区全力承接。",
    ] {
        let plan = format!("{head}{quote}\n");
        let found = findings_in("plan.txt", &plan, "target/no-baseline");
        assert!(found.is_empty(), "{quote}\n{found:?}");
    }
    // The park's own target beside it still needs its base value.
    let plan = format!("{head}到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。\n");
    let found = findings_in("plan.txt", &plan, "target/no-baseline");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "到2025年"));
}

#[test]
fn a_base_value_of_nothing_written_in_words_is_a_base_value() {
    let target = "到2025年，绿电占用电量比例达到15%以上；到2030年，绿电比例达到50%。";
    for (name, base) in [
        // enterprise Markdown
        (
            "plan.md",
            "2020年园区尚无自发光伏和绿电交易，绿电占用电量比例为零。",
        ),
        // county text
        ("plan.txt", "2020年园区绿电占用电量比例从零起步。"),
    ] {
        let plan = if name.ends_with(".md") {
            format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。\n\n## 二、碳排放现状\n\n{base}\n\n## 三、主要目标\n\n{target}\n")
        } else {
            format!("某园区碳达峰实施方案\n\n一、总则\n\n以2020年为基准年。\n\n二、碳排放现状\n\n{base}\n\n三、主要目标\n\n{target}\n")
        };
        let found = findings_in(name, &plan, "target/no-baseline");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    // `零碳` is no value: the base is still missing.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。\n\n## 二、碳排放现状\n\n2020年园区开始建设零碳工厂。\n\n## 三、主要目标\n\n{target}\n");
    let found = findings(&plan, "target/no-baseline");
    assert!(!found.is_empty(), "{plan}");
    assert_eq!(line_of(&found[0]), line_with(&plan, "到2025年"));
}

#[test]
fn a_bare_table_total_takes_its_captions_unit() {
    let rows = "| 排放源 | 排放量 | 占比 |\n|---|---|---|\n| 天然气燃烧 | 0.74 | 10.3 |\n| 净调入电力 | 6.47 | 89.7 |\n| 合计 | 7.21 | 100.0 |\n";
    for caption in [
        "表2 2020年二氧化碳排放清单（单位：万吨二氧化碳，%）",
        "表2 2020年园区二氧化碳排放构成（万吨）",
    ] {
        let plan = format!("# 某园区碳达峰实施方案\n\n## 二、排放现状\n\n{caption}\n\n{rows}\n## 五、跟踪评估\n\n以2020年排放总量721000吨为基数，每年核算。\n");
        let found = findings(&plan, "boundary/unit");
        assert_eq!(found.len(), 1, "{plan}\n{found:?}");
        assert_eq!(line_of(&found[0]), line_with(&plan, "以2020年排放总量"));
    }
    // Restated right (72100吨): nothing to report.
    let plan = format!("# 某园区碳达峰实施方案\n\n## 二、排放现状\n\n表2 2020年园区二氧化碳排放构成（万吨）\n\n{rows}\n## 五、跟踪评估\n\n以2020年排放总量72100吨为基数，每年核算。\n");
    let found = findings(&plan, "boundary/unit");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn what_a_plant_produces_is_the_forecasts_driver_and_the_parks_industry() {
    // Seen through the check: a one-company park whose forecast grows with its new kiln.
    let plan = "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n园区规划面积6.8平方公里。\n\n## 二、碳排放现状\n\n2020年园区生产钢化玻璃2850万平方米、中空玻璃960万平方米，用电量2.09亿千瓦时。\n\n## 三、达峰目标\n\n四厂区窑炉2025年投产后熔化量达到158.4万吨，此后年均增长3%。\n";
    let found = findings(plan, "principle/scientific");
    assert!(
        !found
            .iter()
            .any(|d| d.message.contains("考虑经济社会发展态势")),
        "{found:?}"
    );
    let found = findings(plan, "structure/missing-chapter");
    assert!(
        !found.iter().any(|d| d.message.contains("园区概况")),
        "{found:?}"
    );
    // Without the production figures, neither is there. (The area with the park's power use
    // in the emission chapter would be a profile split over the opening part, two of its
    // sections: the power use is left out here.)
    let plan = "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n园区规划面积6.8平方公里。\n\n## 二、碳排放现状\n\n2020年园区二氧化碳排放18.6万吨。\n\n## 三、达峰目标\n\n新线投产后质量稳定性明显提高。\n";
    let found = findings(plan, "principle/scientific");
    assert!(
        found
            .iter()
            .any(|d| d.message.contains("考虑经济社会发展态势")),
        "{found:?}"
    );
    let found = findings(plan, "structure/missing-chapter");
    assert!(
        found.iter().any(|d| d.message.contains("园区概况")),
        "{found:?}"
    );
}

#[test]
fn round_74_and_75_readings() {
    // An enterprise's inventory over all its plants declares the boundary.
    for (name, plan) in [
        ("plan.md", "# 某产业园碳达峰实施方案\n\n## 二、盘查边界和方法\n\n盘查范围为产业园内全部厂区、冷库、污水站和公司自有厂内车辆。排放源包括天然气锅炉和柴油叉车的燃料燃烧排放，以及外购电力的间接排放。本次盘查只计二氧化碳。\n"),
        ("plan.txt", "某工业园碳达峰实施方案\n\n二、盘查边界\n\n盘查边界为工业园内全部厂区和公用工程，排放源为天然气燃烧直接排放和外购电力间接排放，只核算二氧化碳。\n"),
    ] {
        let found = findings_in(name, plan, "boundary/undeclared");
        assert!(found.is_empty(), "{plan}\n{found:?}");
    }
    let plan = "某工业园碳达峰实施方案\n\n二、盘查边界\n\n排放源为天然气燃烧直接排放和外购电力间接排放，只核算二氧化碳。\n";
    let found = findings_in("plan.txt", plan, "boundary/undeclared");
    assert_eq!(found.len(), 1, "{found:?}");
    // A city allocating its target to the park is quoted: no identity with the park's total.
    let plan_with = |lead: &str| {
        format!("# 某园区碳达峰实施方案\n\n## 一、总则\n\n以2020年为基准年。{lead}\n\n## 二、排放预测\n\n工业增加值2021—2025年年均增长12%，2026—2030年年均增长8%。\n\n## 三、主要目标\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 二氧化碳排放总量（万吨） | 57.0 | 68.3 | 70.9 |\n| 单位工业增加值二氧化碳排放（吨/万元） | 1.188 | 0.807 | 0.570 |\n")
    };
    for quote in [
        "黔阳市将“十四五”单位工业增加值二氧化碳排放下降20%的任务分解到园区。",
        "沅州市已把“十四五”单位工业增加值二氧化碳排放下降20%的目标下达园区。",
    ] {
        let plan = plan_with(quote);
        let found = findings(&plan, "target/conflict");
        assert!(found.is_empty(), "{quote}\n{found:?}");
    }
    // The park's own such target is held to its total.
    let plan = plan_with("园区“十四五”单位工业增加值二氧化碳排放下降20%。");
    let found = findings(&plan, "target/conflict");
    assert_eq!(found.len(), 1, "{found:?}");
    // The scenario adopted opening the sentence: its cap is the plan's and meets the table.
    let plan = "# 某园区碳达峰实施方案\n\n## 三、达峰目标\n\n采用达峰情景，建议园区2028年前后实现碳达峰，峰值27.4万吨，2030年排放总量控制在26.0万吨以内。\n\n表3-2 主要指标\n\n| 指标 | 2020基准 | 2025 | 2030 |\n|---|---|---|---|\n| 二氧化碳排放总量（万吨） | 22.8 | 26.4 | 27.0 |\n";
    let found = findings(plan, "target/conflict");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(line_of(&found[0]), line_with(plan, "| 二氧化碳排放总量"));
    // A what-if choosing it is no adoption.
    let plan = plan.replace("采用达峰情景，建议园区", "若选择达峰情景，园区将");
    let found = findings(&plan, "target/conflict");
    assert!(found.is_empty(), "{found:?}");
}
