//! Readings generalised after the eighteenth round of outside plans (session 19), each in
//! several drafting styles: a list of values with no 分别 is dated by as many years before
//! it; a statement whose subject is a part of the park (集团, 片区, 其他企业) is that part's,
//! so its peak is no second park peak and its cap no park goal; another party's
//! requirement on others is not the park's target; a peak noted in brackets beside a
//! table value (`77.4（峰值80.0，2029年）`) is read as a peak.

use crate::common::findings;

fn plan(goals: &str, rest: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n本方案以2020年为基准年。2020年园区二氧化碳排放总量为150.0万吨。\n\n## 二、碳达峰目标\n\n{goals}\n\n## 三、重点任务\n\n{rest}\n"
    )
}

const TABLE: &str = "| 指标 | 2020年 | 2025年 | 2030年 |\n|---|---|---|---|\n| 可再生能源装机（兆瓦） | 15 | 95 | 315 |";

#[test]
fn a_list_without_fenbie_is_dated_by_as_many_years_before_it() {
    for text in [
        // enterprise-led park: capacities after the additions
        "2025年前新增光伏80兆瓦，2030年前累计新增300兆瓦，园区可再生能源装机由15兆瓦增至95兆瓦和315兆瓦。",
        // city: the years in their own clauses, the list after
        "2025年底前建成一期工程，2030年前建成二期工程，园区可再生能源装机达到95兆瓦、315兆瓦。",
        // consultancy: one year too few, so the list is not read (not dated by the nearest)
        "2030年前累计新增300兆瓦，园区可再生能源装机由15兆瓦增至95兆瓦和315兆瓦。",
    ] {
        let p = plan(TABLE, text);
        let f = findings(&p, "target/conflict");
        assert!(f.is_empty(), "{text}\n{f:#?}");
    }
    // The list disagreeing with the table in its second year is still a conflict.
    let p = plan(
        TABLE,
        "2025年前新增光伏80兆瓦，2030年前累计新增280兆瓦，园区可再生能源装机由15兆瓦增至95兆瓦和295兆瓦。",
    );
    let f = findings(&p, "target/conflict");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("2030"), "{}", f[0].message);
}

#[test]
fn a_part_of_the_park_has_its_own_peak_and_caps() {
    let park = "园区二氧化碳排放力争2026年达峰，峰值控制在248万吨以内。";
    for part in [
        // enterprise-led park: the dominant group's own peak, after a colon
        "园区目标与集团目标相衔接：集团排放2026年达峰，峰值控制在203万吨以内，2030年降至180万吨左右。",
        // city: a sub-park
        "北区片区二氧化碳排放力争2025年达峰，峰值控制在80万吨以内。",
        // county: the other enterprises
        "其他企业排放随产业发展有所增加，2026年约45万吨，峰值控制在46万吨以内。",
    ] {
        let p = plan(&format!("{park}{part}"), "实施窑炉余热发电，2030年减排13.0万吨。");
        let f = findings(&p, "target/conflict");
        assert!(f.is_empty(), "{part}\n{f:#?}");
    }
    // A second park peak in the same words is a conflict.
    let p = plan(
        &format!("{park}园区二氧化碳排放峰值控制在203万吨以内。"),
        "实施窑炉余热发电，2030年减排13.0万吨。",
    );
    assert_eq!(findings(&p, "target/conflict").len(), 1);
}

#[test]
fn a_parts_cap_is_no_goal_of_the_park() {
    // BAU 292 in 2030; the park's goal is its peak scenario (248, no 2030 cap of its own);
    // the group's 180 would make a gap of 112 the measures cannot close.
    let goals = "基准情景下2030年园区二氧化碳排放将达到292万吨。园区二氧化碳排放力争2026年达峰，峰值控制在248万吨以内。园区目标与集团目标相衔接：集团排放2026年达峰，峰值控制在203万吨以内，2030年降至180万吨左右。";
    let p = plan(goals, "以上任务2030年合计减排66.4万吨。");
    let f = findings(&p, "target/reduction-gap");
    assert!(f.iter().all(|d| !d.message.contains("180")), "{f:#?}");
}

#[test]
fn another_partys_requirement_needs_no_base_year_of_the_park() {
    for text in [
        "主机厂对一级供应商提出了到2030年单位产品碳排放下降三成的要求，这是园区降碳的重要外部动力。",
        "欧盟电池法规对出口动力电池提出了2028年碳足迹限值下降20%的要求。",
    ] {
        let p = format!("# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n{text}\n");
        let f = findings(&p, "target/no-base-year");
        assert!(f.is_empty(), "{text}\n{f:#?}");
    }
}

#[test]
fn a_peak_noted_beside_a_table_value_is_read() {
    let plan = |cell: &str| {
        format!(
            "# 某开发区碳达峰实施方案\n\n## 四、碳达峰目标\n\n开发区二氧化碳排放力争2029年达到峰值，峰值控制在78.0万吨以内。\n\n附表1　主要指标\n\n| 指标 | 单位 | 2020年（基准值） | 2025年 | 2030年 |\n|---|---|---|---|---|\n| 二氧化碳排放总量 | 万吨 | 60.5 | 71.4 | {cell} |\n"
        )
    };
    // County appendix style, a consultancy's half-width brackets, a province's wording.
    for (cell, conflict) in [
        ("77.4（峰值80.0，2029年）", true),
        ("77.4(峰值80.0)", true),
        ("77.4（2029年达峰，峰值80.0万吨）", true),
        ("77.4（峰值78.0，2029年）", false),
        ("77.4（2029年达峰，峰值78.0万吨）", false),
    ] {
        let f = findings(&plan(cell), "target/conflict");
        assert_eq!(f.len(), usize::from(conflict), "{cell}\n{f:#?}");
        if conflict {
            assert!(
                f[0].message.contains("峰值此处为80万吨"),
                "{}",
                f[0].message
            );
        }
    }
}

#[test]
fn levels_reached_from_a_stated_value_give_base_and_target() {
    // Data-centre park (一是…二是… prose, no table), county and province phrasings.
    for goals in [
        "园区二氧化碳排放力争2027年达峰。一是数据中心新能源直供电量由2020年的0增至2025年的8.0亿千瓦时。二是屋顶光伏装机由2020年的10兆瓦增至2025年的40兆瓦和2030年的100兆瓦。三是非化石能源消费比重由2020年的8%提高到2025年的15%、2030年的25%。",
        "到2030年，园区屋顶光伏装机由2020年的10兆瓦增至100兆瓦，非化石能源消费比重由2020年的8%提高到25%。",
    ] {
        let p = plan(goals, "建设屋顶光伏和园区源网荷储一体化项目。");
        let f = findings(&p, "principle/feasibility");
        assert!(
            f.iter().all(|d| !d.message.contains("指标有基准值和目标值")),
            "{goals}\n{f:#?}"
        );
    }
}

#[test]
fn an_integrated_source_grid_load_storage_project_builds_capacity() {
    let p = plan(
        "到2030年，园区新能源装机由2023年的100兆瓦增至1300兆瓦。",
        "扩大新能源直供。建设园区源网荷储一体化项目，2030年前累计新增风电光伏装机1200兆瓦。",
    );
    assert!(findings(&p, "target/no-measure").is_empty());
}

/// The boundary says an offset is not deducted (green power, captured CO2, credits); a
/// figure of the plan's own that deducts it changes the caliber: `boundary/scope-mismatch`
/// (rounds 15 and 17). A memo caliber set apart, a deduction the boundary itself makes and
/// a measure's net reduction are no such change.
#[test]
fn a_deduction_the_boundary_rules_out_is_a_scope_mismatch() {
    let plan = |boundary: &str, goals: &str| {
        format!(
            "# 某园区碳达峰实施方案\n\n## 一、碳排放分析\n\n### （一）核算边界\n\n核算范围为园区规划范围内全部企业，包括化石燃料燃烧、工业生产过程排放和净调入电力产生的间接排放。{boundary}\n\n## 二、碳达峰目标\n\n{goals}\n"
        )
    };
    let fires = [
        // zero-carbon park, green power (consultancy style)
        (
            "本方案对绿电交易电量不作扣减，外购电力全部按全国电网平均排放因子计算。",
            "产业园二氧化碳排放（扣除绿电交易电量对应排放，下同）力争2027年达峰，峰值控制在66万吨以内。",
            "绿电",
        ),
        // chemical park, CCUS (province style)
        (
            "本方案的排放总量为未扣除捕集量的总排放，捕集量、利用量、封存量单独报告，不从总量中扣减。",
            "园区二氧化碳净排放（扣除捕集利用和封存量后）力争2028年达峰，峰值控制在560万吨以内。",
            "捕集",
        ),
        // county: credits
        (
            "林业碳汇和CCER等碳信用不用于抵扣园区排放。",
            "到2030年，园区二氧化碳排放总量扣除林业碳汇后控制在80万吨以内。",
            "碳汇",
        ),
    ];
    for (boundary, goals, what) in fires {
        let f = findings(&plan(boundary, goals), "boundary/scope-mismatch");
        assert_eq!(f.len(), 1, "{goals}\n{f:#?}");
        assert!(
            f[0].message.contains("核算边界声明不作扣减"),
            "{}",
            f[0].message
        );
        assert_eq!(f[0].related.len(), 1, "{what}");
    }
    let kept = "本方案对绿电交易电量不作扣减，外购电力全部按全国电网平均排放因子计算。";
    for (boundary, goals) in [
        // a memo caliber set apart from the main indicators (near-zero-carbon pilot)
        (kept, "园区二氧化碳排放力争2027年达峰。本节备注指标扣减企业购入的绿电和绿证对应电量，与上表主指标口径不同，不用于判断达峰。"),
        // the boundary itself deducts green power: no caliber changes
        ("外购电力排放按外购电量扣除绿电交易电量后乘以全国电网平均排放因子计算。", "园区二氧化碳排放（扣除绿电交易电量对应排放）力争2027年达峰。"),
        // a measure's net reduction, and a negated deduction
        (kept, "园区二氧化碳排放力争2027年达峰。热泵替代燃气锅炉，扣除新增用电排放后2030年净减排2.1万吨。各项目标测算不含绿电交易和绿证的扣减。"),
    ] {
        let f = findings(&plan(boundary, goals), "boundary/scope-mismatch");
        assert!(f.is_empty(), "{goals}\n{f:#?}");
    }
}
