//! Quantity and year extraction on real-style sentences of 工业园区碳达峰实施方案: what every
//! numeric check builds on. Each sentence states what must be read from it, and the traps
//! state what must not.

use peaklint::extract::quantity::{
    cell_quantities, quantities, Bound, HedgeKind, PercentKind, Quantity, QuantityExtractor,
    UnitOrigin,
};
use peaklint::extract::years::{
    base_year_declarations, resolve_base_year, years, years_with_base, PlanPart, YearForm,
    YearMention, YearRelation,
};
use peaklint::pack::default_pack;

fn qs(text: &str) -> Vec<Quantity> {
    quantities(text, default_pack())
}

fn family(q: &Quantity) -> Option<&str> {
    q.unit.as_ref().and_then(|u| u.family.as_deref())
}

/// What a sentence must yield: (as written, value, canonical value, unit family).
type Expect = (&'static str, f64, Option<f64>, Option<&'static str>);

fn check(text: &str, expected: &[Expect]) {
    let found = qs(text);
    let got: Vec<(&str, f64, Option<f64>, Option<&str>)> = found
        .iter()
        .map(|q| (&text[q.span.clone()], q.value, q.canonical(), family(q)))
        .collect();
    assert_eq!(got.len(), expected.len(), "{text}\n got {got:?}");
    for (g, e) in got.iter().zip(expected) {
        assert_eq!(g.0, e.0, "{text}: span");
        assert!((g.1 - e.1).abs() < 1e-9, "{text}: value {g:?} vs {e:?}");
        match (g.2, e.2) {
            (Some(a), Some(b)) => assert!(
                (a - b).abs() <= 1e-6 * b.abs().max(1.0),
                "{text}: canonical {g:?} vs {e:?}"
            ),
            (a, b) => assert_eq!(a, b, "{text}: canonical {g:?}"),
        }
        assert_eq!(g.3, e.3, "{text}: family of {}", g.0);
    }
}

fn one(text: &str) -> Quantity {
    let found = qs(text);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

// ---------------------------------------------------------------------------------------
// Numbers and units
// ---------------------------------------------------------------------------------------

#[test]
fn emissions_in_every_spelling_normalise_to_tco2() {
    let co2 = Some("co2_mass");
    check(
        "2020年园区二氧化碳排放总量为128.4万吨",
        &[("128.4万吨", 128.4, Some(1_284_000.0), co2)],
    );
    check(
        "园区排放128.4万吨二氧化碳",
        &[("128.4万吨二氧化碳", 128.4, Some(1_284_000.0), co2)],
    );
    check(
        "基准年排放量为128.4万tCO2",
        &[("128.4万tCO2", 128.4, Some(1_284_000.0), co2)],
    );
    check(
        "排放总量128.4万吨CO₂",
        &[("128.4万吨CO₂", 128.4, Some(1_284_000.0), co2)],
    );
    check(
        "折合1,284,000 tCO2",
        &[("1,284,000 tCO2", 1_284_000.0, Some(1_284_000.0), co2)],
    );
    check(
        "园区碳排放量１２８．４万吨",
        &[("１２８．４万吨", 128.4, Some(1_284_000.0), co2)],
    );
    check(
        "附表中二氧化碳排放量为1，284，000吨",
        &[("1，284，000吨", 1_284_000.0, Some(1_284_000.0), co2)],
    );
    check(
        "年减排二氧化碳约3.2万吨",
        &[("3.2万吨", 3.2, Some(32_000.0), co2)],
    );
    check(
        "化石燃料燃烧排放298.4万吨，占61.4%；工业生产过程排放43.2万吨，占8.9%",
        &[
            ("298.4万吨", 298.4, Some(2_984_000.0), co2),
            ("61.4%", 61.4, Some(61.4), Some("percent")),
            ("43.2万吨", 43.2, Some(432_000.0), co2),
            ("8.9%", 8.9, Some(8.9), Some("percent")),
        ],
    );
}

#[test]
fn energy_area_money_power_electricity() {
    check(
        "2020年，园区综合能源消费量155.5万吨标准煤（当量值），单位工业增加值能耗0.40吨标准煤/万元。",
        &[
            ("155.5万吨标准煤", 155.5, Some(1_555_000.0), Some("energy")),
            ("0.40吨标准煤/万元", 0.4, Some(0.4), Some("energy_intensity")),
        ],
    );
    check(
        "年综合能耗5000tce以上的企业",
        &[("5000tce", 5000.0, Some(5000.0), Some("energy"))],
    );
    check(
        "规划面积约32.6平方公里（3260公顷）",
        &[
            ("32.6平方公里", 32.6, Some(32.6), Some("area")),
            ("3260公顷", 3260.0, Some(32.6), Some("area")),
        ],
    );
    check(
        "园区规划面积42.6 km²",
        &[("42.6 km²", 42.6, Some(42.6), Some("area"))],
    );
    check(
        "可利用屋顶面积约120万平方米",
        &[("120万平方米", 120.0, Some(1.2), Some("area"))],
    );
    check(
        "总投资42.85亿元，其中财政资金5000万元",
        &[
            ("42.85亿元", 42.85, Some(4.285e9), Some("money")),
            ("5000万元", 5000.0, Some(5e7), Some("money")),
        ],
    );
    check(
        "光伏装机达到15万千瓦（150MW）",
        &[
            ("15万千瓦", 15.0, Some(150_000.0), Some("power")),
            ("150MW", 150.0, Some(150_000.0), Some("power")),
        ],
    );
    check(
        "新增光伏装机50兆瓦",
        &[("50兆瓦", 50.0, Some(50_000.0), Some("power"))],
    );
    check(
        "分布式光伏500kW，配套储能20MWh",
        &[
            ("500kW", 500.0, Some(500.0), Some("power")),
            ("20MWh", 20.0, Some(20_000.0), Some("electricity")),
        ],
    );
    check(
        "年排放1.5 万 吨二氧化碳",
        &[("1.5 万 吨二氧化碳", 1.5, Some(15_000.0), Some("co2_mass"))],
    );
    check(
        "园区全社会用电量23.54亿千瓦时，其中净调入电量23.04亿kWh",
        &[
            ("23.54亿千瓦时", 23.54, Some(2.354e9), Some("electricity")),
            ("23.04亿kWh", 23.04, Some(2.304e9), Some("electricity")),
        ],
    );
    check(
        "年发电量约5500万千瓦时",
        &[("5500万千瓦时", 5500.0, Some(5.5e7), Some("electricity"))],
    );
    check(
        "净调入热力146万吉焦",
        &[("146万吉焦", 146.0, Some(1_460_000.0), Some("heat"))],
    );
    check(
        "天然气消费1.2亿立方米",
        &[("1.2亿立方米", 1.2, Some(1.2e8), Some("volume"))],
    );
}

#[test]
fn intensities_and_factors() {
    check(
        "单位工业增加值二氧化碳排放由1.54吨/万元下降到1.25吨/万元",
        &[
            ("1.54吨/万元", 1.54, Some(1.54), Some("co2_intensity")),
            ("1.25吨/万元", 1.25, Some(1.25), Some("co2_intensity")),
        ],
    );
    check(
        "单位工业增加值能耗0.45吨/万元",
        &[("0.45吨/万元", 0.45, Some(0.45), Some("energy_intensity"))],
    );
    check(
        "碳排放强度降至1.05吨二氧化碳/万元",
        &[(
            "1.05吨二氧化碳/万元",
            1.05,
            Some(1.05),
            Some("co2_intensity"),
        )],
    );
    check(
        "国家高新区能耗不高于0.4tce/万元",
        &[("0.4tce/万元", 0.4, Some(0.4), Some("energy_intensity"))],
    );
    check(
        "采用2023年华东区域电力平均二氧化碳排放因子0.5500 kgCO₂/kWh",
        &[(
            "0.5500 kgCO₂/kWh",
            0.55,
            Some(0.55),
            Some("emission_factor"),
        )],
    );
    check(
        "电力按当量值（1.229吨标准煤/万千瓦时）折算",
        &[(
            "1.229吨标准煤/万千瓦时",
            1.229,
            Some(122.9),
            Some("coal_rate"),
        )],
    );
    check(
        "单位能耗碳排放2.6吨/吨标准煤",
        &[("2.6吨/吨标准煤", 2.6, Some(2.6), Some("co2_per_energy"))],
    );
    let q = one("单位工业增加值二氧化碳排放0.5500");
    assert_eq!(
        (q.value, q.decimals),
        (0.55, 4),
        "trailing zeros are printed precision"
    );
}

// ---------------------------------------------------------------------------------------
// Percentages, ranges, qualifiers, hedges, multipliers, Chinese numerals
// ---------------------------------------------------------------------------------------

#[test]
fn percent_and_points() {
    let q = one("非化石能源消费比重提高3个百分点");
    assert_eq!((q.value, q.percent), (3.0, Some(PercentKind::Points)));
    assert_eq!(family(&q), Some("percentage_points"));
    let q = one("园区单位工业增加值能耗下降13.5％");
    assert_eq!(
        (q.value, q.percent, q.decimals),
        (13.5, Some(PercentKind::Percent), 1)
    );
    let q = one("提高百分之二十");
    assert_eq!((q.value, q.percent), (20.0, Some(PercentKind::Percent)));
    let q = one("下降百分之十五点五");
    assert_eq!((q.value, q.decimals), (15.5, 1));
    let q = one("约三成企业完成改造");
    assert_eq!(q.canonical(), Some(30.0));
    let q = one("工业增加值增速为-2.5%");
    assert_eq!(q.value, -2.5);
}

#[test]
fn ranges() {
    let q = one("碳排放强度下降幅度为18.0％—19.5％");
    assert_eq!((q.value, q.upper, q.decimals), (18.0, Some(19.5), 1));
    for text in [
        "下降15%—18%",
        "下降15~18%",
        "下降15%至18%",
        "下降15-18%",
        "下降15％～18％",
    ] {
        let q = one(text);
        assert_eq!((q.value, q.upper), (15.0, Some(18.0)), "{text}");
        assert_eq!(q.percent, Some(PercentKind::Percent), "{text}");
    }
    let q = one("新增装机10—15万千瓦");
    assert_eq!(
        (q.canonical(), q.canonical_upper()),
        (Some(100_000.0), Some(150_000.0))
    );
    // Two different units are not a range.
    assert_eq!(qs("15%—18万吨").len(), 2);
}

#[test]
fn qualifiers_and_hedges_are_kept_apart() {
    let found = qs("到2025年，单位工业增加值二氧化碳排放比2020年下降18%以上，力争下降20%");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].value, 18.0);
    assert_eq!(
        found[0].qualifier.as_ref().map(|q| q.bound),
        Some(Bound::AtLeast)
    );
    assert_eq!(found[0].hedge, None);
    assert_eq!(found[1].value, 20.0);
    assert_eq!(found[1].qualifier, None);
    assert_eq!(
        found[1].hedge.as_ref().map(|h| h.kind),
        Some(HedgeKind::Strive)
    );

    let cases: &[(&str, Bound)] = &[
        ("二氧化碳排放总量控制在550万吨以内", Bound::AtMost),
        ("2028年前后达峰，峰值控制在550万吨左右", Bound::About),
        ("可再生能源电力使用比例不低于50%", Bound::AtLeast),
        ("单位产品能耗不超过0.15吨标准煤/万元", Bound::AtMost),
        ("每年安排不少于1.5亿元专项资金", Bound::AtLeast),
        ("规划面积约32.6平方公里", Bound::About),
        ("近5万吨二氧化碳", Bound::Nearly),
        ("超过30%的企业", Bound::MoreThan),
        ("≤550", Bound::AtMost),
        ("≥30%", Bound::AtLeast),
        ("<=0.3吨/万元", Bound::AtMost),
        ("排放300多万吨二氧化碳", Bound::MoreThan),
        ("光伏发电装机容量力争超3兆瓦", Bound::MoreThan),
        ("能源管理中心覆盖率不足40%", Bound::LessThan),
    ];
    for (text, bound) in cases {
        let q = one(text);
        assert_eq!(
            q.qualifier.as_ref().map(|q| q.bound),
            Some(*bound),
            "{text}"
        );
        if let Some(qual) = &q.qualifier {
            assert!(!text[qual.span.clone()].is_empty());
        }
    }
    let q = one("确保单位工业增加值能耗下降13.5%");
    assert_eq!(q.hedge.as_ref().map(|h| h.kind), Some(HedgeKind::Ensure));
    let q = one("≤550");
    assert_eq!((q.value, q.unit.is_none()), (550.0, true));
}

#[test]
fn multipliers_and_chinese_numerals() {
    let q = one("园区常住人口约12万");
    assert_eq!(
        (q.value, q.multiplier, q.magnitude()),
        (12.0, 1e4, 120_000.0)
    );
    let q = one("光伏装机达到十二万千瓦");
    assert_eq!(q.canonical(), Some(120_000.0));
    let q = one("年减排二氧化碳三万吨");
    assert_eq!(q.canonical(), Some(30_000.0));
    let q = one("绿色贷款余额达到120亿元");
    assert_eq!(q.canonical(), Some(1.2e10));
    let q = one("年交易绿电3亿千瓦时");
    assert_eq!(q.canonical(), Some(3e8));
    let q = one("年排放5千吨二氧化碳");
    assert_eq!(q.canonical(), Some(5000.0));
}

// ---------------------------------------------------------------------------------------
// The context rule for bare units
// ---------------------------------------------------------------------------------------

#[test]
fn bare_tonnes_take_their_subject_from_the_sentence() {
    let cases: &[(&str, Option<&str>)] = &[
        ("2020年园区二氧化碳排放总量为486.0万吨", Some("co2_mass")),
        (
            "二氧化碳排放2025年为543.7万吨，2030年为548.3万吨",
            Some("co2_mass"),
        ),
        ("峰值控制在560万吨以内", Some("co2_mass")),
        ("年减排约10.0万吨", Some("co2_mass")),
        ("园区温室气体排放总量102万吨", Some("co2e_mass")),
        ("对年耗能5000吨以上企业开展节能诊断", Some("energy")),
        ("能源消费总量控制在180万吨以内", Some("energy")),
        ("到2025年实现节能3.6万吨", Some("energy")),
        ("年处理一般工业固废30万吨", None),
        ("年产水泥熟料200万吨", None),
        ("合成氨产能30万吨/年", None),
        ("1,284,000吨", None),
    ];
    for (text, fam) in cases {
        let found = qs(text);
        let q = found
            .last()
            .unwrap_or_else(|| panic!("{text}: no quantity"));
        assert_eq!(family(q), *fam, "{text}: {:?}", q.unit);
        let unit = q.unit.as_ref().unwrap_or_else(|| panic!("{text}: no unit"));
        assert!(unit.bare, "{text}");
        assert_eq!(q.canonical().is_some(), fam.is_some(), "{text}");
    }
    // A breakdown in parentheses takes the subject of its total, whatever the item names.
    let found = qs("2030年合计可减排二氧化碳约42.5万吨（分布式光伏14.6万吨、绿色电力交易10.4万吨、用能清洁替代5.1万吨、节能改造8.7万吨）");
    assert_eq!(found.len(), 5);
    assert!(
        found.iter().all(|q| family(q) == Some("co2_mass")),
        "{found:#?}"
    );
    // Items of an enumeration: a cue after the next 、 belongs to the next item.
    let found = qs("化石燃料燃烧排放41.0万吨（其中天然气28.0万吨、煤炭9.4万吨、油品3.6万吨）");
    assert!(
        found.iter().all(|q| family(q) == Some("co2_mass")),
        "{found:#?}"
    );
    // Sector names are not cues (新能源 is an industry, 电子信息 a sector).
    let found =
        qs("化工新材料产业排放301.5万吨，占62.0%；电子信息52.9万吨，占10.9%；新能源新材料24.4万吨");
    assert!(
        found
            .iter()
            .filter(|q| q.percent.is_none())
            .all(|q| family(q) == Some("co2_mass")),
        "{found:#?}"
    );
    // A unit's own words describe its number, not the next one.
    let found = qs("单位能耗二氧化碳排放3.13吨/吨标准煤，高于全省平均水平（分别为1.08吨/万元和2.86吨/吨标准煤）");
    assert_eq!(family(&found[1]), Some("co2_intensity"), "{found:#?}");
    // Within the energy sentence, coal is counted in tce.
    let q = qs("园区综合能源消费量155.5万吨标准煤，其中煤炭87.5万吨").pop();
    assert_eq!(q.as_ref().and_then(family), Some("energy"));

    // Unknown family, but the printed magnitude is kept for comparisons.
    let q = one("1,284,000吨");
    assert_eq!(q.magnitude(), 1_284_000.0);
    // The energy subject turns 万吨 into 万tce.
    let q = one("能源消费总量控制在180万吨以内");
    assert_eq!(q.unit.as_ref().map(|u| u.symbol.as_str()), Some("万tce"));
    assert_eq!(
        q.unit.as_ref().and_then(|u| u.cue.as_deref()),
        Some("能源消费")
    );
}

#[test]
fn co2_equivalent_stays_distinct() {
    check(
        "园区温室气体排放总量102万吨二氧化碳当量",
        &[(
            "102万吨二氧化碳当量",
            102.0,
            Some(1_020_000.0),
            Some("co2e_mass"),
        )],
    );
    check(
        "排放约98万tCO2e",
        &[("98万tCO2e", 98.0, Some(980_000.0), Some("co2e_mass"))],
    );
    check(
        "温室气体排放总量102万吨（二氧化碳当量）",
        &[("102万吨", 102.0, Some(1_020_000.0), Some("co2e_mass"))],
    );
    check(
        "温室气体排放总量（以二氧化碳当量计）102万吨",
        &[("102万吨", 102.0, Some(1_020_000.0), Some("co2e_mass"))],
    );
    check(
        "排放约98万吨CO₂e",
        &[("98万吨CO₂e", 98.0, Some(980_000.0), Some("co2e_mass"))],
    );
    // The boundary sentence that names CO2 only keeps CO2.
    check(
        "核算范围仅包括二氧化碳（不含其他温室气体），2020年排放486.0万吨",
        &[("486.0万吨", 486.0, Some(4_860_000.0), Some("co2_mass"))],
    );
}

// ---------------------------------------------------------------------------------------
// Traps: what is not a quantity
// ---------------------------------------------------------------------------------------

#[test]
fn standards_references_codes_and_phones_are_not_quantities() {
    let none = [
        "温室气体排放核算参照GB/T 32150-2015《工业企业温室气体排放核算和报告通则》",
        "依据GB/T 32151.10—2015和ISO 14064-1:2018开展核查",
        "按照T/CACE 095—2023编制",
        "详见第3章、第三章第二节及表3-1",
        "具体见附件2和附表1",
        "联系电话：0571-88888888",
        "手机13800138000",
        "电话 88776655",
        "邮编：310000",
        "PM2.5浓度持续下降，CO2捕集，H2储运",
        "建设5G基站，构建“1+N”政策体系",
        "按3.2.1节的方法",
        "一是优化能源结构，二是推进统一大市场，第一章总则",
        "（1）推进光伏建设；（2）扩大绿电消费",
        "①推进光伏建设②扩大绿电消费",
        "国发〔2021〕23号、发改环资〔2022〕803号",
        "《2030年前碳达峰行动方案》",
        "《“十四五”节能减排综合工作方案》",
    ];
    for text in none {
        assert!(qs(text).is_empty(), "{text}: {:#?}", qs(text));
    }
    // A list marker at the start of a line is not a quantity; the number after it is.
    let found = qs("1. 到2025年光伏装机达到30万千瓦");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].value, 30.0);
}

#[test]
fn years_dates_and_durations_are_not_quantities() {
    for text in [
        "2023年6月，园区启动方案编制工作",
        "2025年12月31日前完成",
        "规划期限为2021—2030年",
        "二〇三〇年前实现碳达峰",
        "“十四五”期间",
        "近5年来，园区快速发展",
        "2023-06-30",
    ] {
        assert!(qs(text).is_empty(), "{text}: {:#?}", qs(text));
    }
    // The year is not the emission figure beside it.
    let q = one("2020年排放486.0万吨二氧化碳");
    assert_eq!(q.value, 486.0);
}

// ---------------------------------------------------------------------------------------
// Years and periods
// ---------------------------------------------------------------------------------------

fn year_one(text: &str) -> YearMention {
    let found = years(text);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn year_forms() {
    let cases: &[(&str, &str, u16, u16)] = &[
        (
            "2020年园区二氧化碳排放总量为128.4万吨",
            "2020年",
            2020,
            2020,
        ),
        ("到二〇三〇年，园区实现碳达峰", "二〇三〇年", 2030, 2030),
        ("到二零二五年", "二零二五年", 2025, 2025),
        ("到２０２５年", "２０２５年", 2025, 2025),
        ("规划期限为2021—2030年", "2021—2030年", 2021, 2030),
        ("2021年至2025年", "2021年至2025年", 2021, 2025),
        ("2021-2025年", "2021-2025年", 2021, 2025),
        ("“十四五”期间园区新增能耗", "“十四五”期间", 2021, 2025),
        ("十四五期间", "十四五期间", 2021, 2025),
        ("到“十四五”末", "“十四五”末", 2025, 2025),
        ("十五五时期", "十五五时期", 2026, 2030),
        ("“十三五”期间累计下降18.8%", "“十三五”期间", 2016, 2020),
        ("2023年6月，园区启动编制", "2023年6月", 2023, 2023),
    ];
    for (text, written, first, last) in cases {
        let m = year_one(text);
        assert_eq!(&text[m.span.clone()], *written, "{text}");
        assert_eq!((m.first, m.last), (*first, *last), "{text}");
        assert!(!m.in_title, "{text}");
    }
    assert_eq!(year_one("2023年6月").month, Some(6));
    assert_eq!(
        year_one("到十四五末").form,
        YearForm::Plan {
            number: 14,
            part: PlanPart::End
        }
    );
    let list = years("2025、2030年分别达到15%、25%");
    assert_eq!(
        list.iter().map(|m| m.first).collect::<Vec<_>>(),
        vec![2025, 2030]
    );
}

#[test]
fn year_relations_and_hedges() {
    let cases: &[(&str, YearRelation)] = &[
        ("到2030年，非化石能源消费比重达到30%", YearRelation::By),
        ("确保2030年前实现碳达峰", YearRelation::Before),
        ("2028年前后达峰", YearRelation::Around),
        ("力争2028年左右实现碳达峰", YearRelation::Around),
        ("比2020年下降18%", YearRelation::Comparison),
        ("较2020年下降", YearRelation::Comparison),
        ("与2020年相比", YearRelation::Comparison),
        ("截至2023年底，园区共有企业120家", YearRelation::AsOf),
        ("2020年以来", YearRelation::Since),
        ("自2025年起", YearRelation::From),
        ("2035年以后稳中有降", YearRelation::After),
        ("工业增加值按2020年可比价计算", YearRelation::PriceBasis),
        ("2025年底前完成", YearRelation::By),
    ];
    for (text, rel) in cases {
        assert_eq!(year_one(text).relation, Some(*rel), "{text}");
    }
    assert_eq!(year_one("2023年前三季度").relation, None);
    let found = years("力争2028年前实现碳达峰，确保2030年前实现碳达峰");
    assert_eq!(
        found[0].hedge.as_ref().map(|h| h.kind),
        Some(HedgeKind::Strive)
    );
    assert_eq!(
        found[1].hedge.as_ref().map(|h| h.kind),
        Some(HedgeKind::Ensure)
    );
}

#[test]
fn cited_titles_give_years_marked_in_title() {
    let found =
        years("根据《2030年前碳达峰行动方案》（国发〔2021〕23号），园区确保2030年前实现碳达峰");
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].in_title && found[0].first == 2030);
    assert_eq!(found[1].form, YearForm::DocumentNumber);
    assert!(found[1].in_title);
    assert!(!found[2].in_title && found[2].relation == Some(YearRelation::Before));
    let m = year_one("《“十四五”工业绿色发展规划》");
    assert!(m.in_title);
    // Standard numbers are not years.
    assert!(years("GB/T 32150-2015").is_empty());
    assert!(years("第2030号").is_empty());
}

#[test]
fn base_year_declarations_resolve_later_references() {
    for (text, year, decl) in [
        ("本方案以2020年为基准年。", 2020, "以2020年为基准年"),
        (
            "基准年为2020年，规划期为2021—2030年",
            2020,
            "基准年为2020年",
        ),
        ("基期（2020年）碳排放总量486.0万吨", 2020, "基期（2020年）"),
        ("基准年：2019年", 2019, "基准年：2019年"),
        ("选取2020年作为本方案基准年", 2020, "2020年作为本方案基准年"),
        ("以二〇二〇年为基期", 2020, "以二〇二〇年为基期"),
        (
            "规划期限为2021—2030年，基准年为2020年，近期至2025年",
            2020,
            "基准年为2020年",
        ),
    ] {
        let (y, span) = resolve_base_year(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!((y, &text[span]), (year, decl), "{text}");
    }
    assert_eq!(resolve_base_year("较基准年下降18%"), None);
    assert_eq!(resolve_base_year("基准情景下排放持续增长"), None);

    let text = "本方案以2020年为基准年。到2025年，单位工业增加值二氧化碳排放较基准年下降20%。";
    let found = years(text);
    let base = found
        .iter()
        .find(|m| matches!(m.form, YearForm::BaseYear { .. }))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!((base.first, &text[base.span.clone()]), (2020, "基准年"));
    assert_eq!(base.relation, Some(YearRelation::Comparison));
    assert_eq!(found[0].relation, Some(YearRelation::DeclaredBase));

    // The base year declared in another chapter resolves references in this one.
    let found = years_with_base("较基期下降18%", Some((2020, 0..10)));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].first, 2020);
    assert!(years_with_base("较基期下降18%", None).is_empty());

    // Two declarations: both reported.
    let both = base_year_declarations("以2020年为基准年……第四章以2021年为基准年测算");
    assert_eq!(
        both.iter().map(|d| d.year).collect::<Vec<_>>(),
        vec![2020, 2021]
    );
}

// ---------------------------------------------------------------------------------------
// Table cells
// ---------------------------------------------------------------------------------------

#[test]
fn cells_take_units_from_headers() {
    let pack = default_pack();
    let c = cell_quantities("486.0", "二氧化碳排放总量", "基准值（万吨）", pack);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].canonical(), Some(4_860_000.0));
    let unit = c[0].unit.as_ref().unwrap_or_else(|| unreachable!());
    assert_eq!(
        (unit.origin, unit.span.clone(), &*unit.written),
        (UnitOrigin::ColumnHeader, None, "万吨")
    );

    let c = cell_quantities("155.5", "能源消费总量", "基准值（万吨）", pack);
    assert_eq!(family(&c[0]), Some("energy"));

    let c = cell_quantities("≤550", "二氧化碳排放总量 万吨", "2025年", pack);
    assert_eq!(
        (c[0].canonical(), c[0].qualifier.as_ref().map(|q| q.bound)),
        (Some(5_500_000.0), Some(Bound::AtMost))
    );
    assert_eq!(
        c[0].unit.as_ref().map(|u| u.origin),
        Some(UnitOrigin::RowHeader)
    );

    let c = cell_quantities("298.4", "化石燃料燃烧", "排放量（万吨二氧化碳）", pack);
    assert_eq!(c[0].canonical(), Some(2_984_000.0));
    let c = cell_quantities("1,284,000", "排放量", "单位：吨", pack);
    assert_eq!(
        (c[0].canonical(), family(&c[0])),
        (Some(1_284_000.0), Some("co2_mass"))
    );
    let c = cell_quantities("61.4", "化石燃料燃烧", "占比（%）", pack);
    assert_eq!(c[0].percent, Some(PercentKind::Percent));
    let c = cell_quantities(
        "1.25",
        "2020",
        "单位工业增加值二氧化碳排放（吨/万元）",
        pack,
    );
    assert_eq!(family(&c[0]), Some("co2_intensity"));
    let c = cell_quantities("388.8", "2020", "工业增加值（亿元，2020年价）", pack);
    assert_eq!(c[0].canonical(), Some(3.888e10));
    let c = cell_quantities("120", "屋顶面积", "面积（万平方米）", pack);
    assert_eq!(c[0].canonical(), Some(1.2));
    // A unit written in the cell wins over the header's.
    let c = cell_quantities("42.6平方公里", "规划面积", "数值（万吨）", pack);
    assert_eq!(
        (family(&c[0]), c[0].unit.as_ref().map(|u| u.origin)),
        (Some("area"), Some(UnitOrigin::Text))
    );
    // Columns that hold no quantities, and empty cells.
    assert!(cell_quantities("5", "5", "序号", pack).is_empty());
    assert!(cell_quantities("2027—2030年", "项目", "建设期限", pack).is_empty());
    assert!(cell_quantities("—", "二氧化碳排放总量", "2030年", pack).is_empty());
    // A header without a unit leaves a bare number bare.
    let c = cell_quantities("560", "二氧化碳排放总量", "2030年", pack);
    assert!(c[0].unit.is_none());
}

// ---------------------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------------------

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const PIECES: &[&str] = &[
    "1",
    "2",
    "0",
    "9",
    "１",
    "２",
    ".",
    "．",
    ",",
    "，",
    "%",
    "％",
    "万",
    "亿",
    "千",
    "百",
    "吨",
    "万吨",
    "二氧化碳",
    "当量",
    "标准煤",
    "/",
    "万元",
    "年",
    "月",
    "日",
    "—",
    "-",
    "~",
    "至",
    "到",
    "以上",
    "左右",
    "约",
    "≤",
    "≥",
    "<",
    "力争",
    "确保",
    "十",
    "四",
    "五",
    "“",
    "”",
    "《",
    "》",
    "〔",
    "〕",
    "号",
    "第",
    "表",
    "GB/T ",
    "CO₂",
    "km²",
    "①",
    "⁴",
    "×",
    "基准年",
    "为",
    "以",
    "个百分点",
    "成",
    "点",
    "多",
    "余",
    " ",
    "\n",
    "。",
    "；",
    "（",
    "）",
    "(",
    ")",
    "a",
    "é",
    "😀",
    "百分之",
    "二〇",
    "〇",
    "kWh",
    "MW",
    "t",
    "度",
    "排放",
    "9999999999999999999999999999999999",
];

#[test]
fn never_panics_and_spans_are_char_boundaries() {
    let x = QuantityExtractor::new(default_pack());
    let mut rng = Lcg(42);
    for _ in 0..3000 {
        let n = (rng.next() % 40) as usize;
        let text: String = (0..n)
            .map(|_| PIECES[(rng.next() as usize) % PIECES.len()])
            .collect();
        for q in x.quantities(&text) {
            assert!(text.get(q.span.clone()).is_some(), "{text:?} {q:?}");
            assert!(
                q.value.is_finite() && q.canonical().is_none_or(f64::is_finite),
                "{text:?}"
            );
            if let Some(qual) = &q.qualifier {
                assert!(text.get(qual.span.clone()).is_some(), "{text:?}");
            }
            if let Some(span) = q.unit.as_ref().and_then(|u| u.span.clone()) {
                assert!(text.get(span).is_some(), "{text:?}");
            }
        }
        for m in years(&text) {
            assert!(text.get(m.span.clone()).is_some(), "{text:?} {m:?}");
            assert!(m.first <= m.last, "{text:?} {m:?}");
        }
        let _ = x.cell_quantities(&text, &text, &text);
        let _ = base_year_declarations(&text);
    }
}

#[test]
fn long_and_pathological_inputs_finish() {
    let x = QuantityExtractor::new(default_pack());
    let inputs = [
        "1".repeat(100_000),
        "1,".repeat(50_000),
        "一".repeat(50_000),
        "以2020年为基准年".repeat(5_000),
        "较基准年下降18%".repeat(5_000),
        "《".repeat(50_000),
        "2020-".repeat(20_000),
        "排放128.4万吨，".repeat(10_000),
    ];
    for text in &inputs {
        let started = std::time::Instant::now();
        let _ = x.quantities(text);
        let _ = years(text);
        assert!(
            started.elapsed().as_secs() < 20,
            "too slow on {:?}…",
            &text[..30.min(text.len())]
        );
    }
}

/// Kilotonnes and megatonnes, as consultancy and English-style plans write them, and 千吨 /
/// 百万吨: the multiplier is the unit's, never dropped (`3720千吨` is 3.72 million tonnes).
#[test]
fn kilotonnes_and_megatonnes_normalise_to_tco2() {
    let co2 = Some("co2_mass");
    check(
        "2022年园区CO2排放3,472 ktCO2",
        &[("3,472 ktCO2", 3472.0, Some(3_472_000.0), co2)],
    );
    check(
        "峰值不高于3.80 MtCO2",
        &[("3.80 MtCO2", 3.8, Some(3_800_000.0), co2)],
    );
    check(
        "2020年园区二氧化碳排放总量3720千吨二氧化碳",
        &[("3720千吨二氧化碳", 3720.0, Some(3_720_000.0), co2)],
    );
    check(
        "余热回收年减排二氧化碳1.2千吨",
        &[("1.2千吨", 1.2, Some(1200.0), co2)],
    );
    check(
        "园区二氧化碳排放约0.35百万吨",
        &[("0.35百万吨", 0.35, Some(350_000.0), co2)],
    );
    // 千吨 of standard coal is energy, not CO2.
    check(
        "园区能源消费总量5千吨标准煤",
        &[("5千吨标准煤", 5.0, Some(5000.0), Some("energy"))],
    );
}
