//! The five principle rules (clause 4 基本原则) on plan text written the ways real authors
//! write it: for every principle, sentences that show an evidence item (its finding must
//! not appear) and drafts that lack it (its finding must appear), each placed in the
//! chapter where plans put it. Then the per-principle status, its JSON and human output,
//! and the complete fixture plans, which must come out with every principle met.

use peaklint::checks::principle::Status;
use peaklint::checks::Lang;
use peaklint::diagnostic::{Diagnostic, Severity};
use peaklint::document::read::{read_bytes, Limits};
use peaklint::pack::{self, resolve, Config, PrincipleId, RulesPack};
use peaklint::pipeline::{check_document, check_path, FileResult, Options};

/// Where a test sentence goes in the skeleton plan.
#[derive(Clone, Copy, Debug)]
enum Ch {
    /// 一、总则
    General,
    /// 二、碳排放现状分析
    Analysis,
    /// 三、碳达峰目标
    Targets,
    /// 四、重点任务
    Pathway,
}

/// A plan with the usual chapters, `text` in chapter `ch` and neutral filler elsewhere.
fn plan(ch: Ch, text: &str) -> String {
    let mut parts = ["正文。", "正文。", "正文。", "正文。"];
    let i = ch as usize;
    if let Some(p) = parts.get_mut(i) {
        *p = text;
    }
    format!(
        "# 某经济开发区碳达峰实施方案\n\n## 一、总则\n\n{}\n\n## 二、碳排放现状分析\n\n{}\n\n\
         ## 三、碳达峰目标\n\n{}\n\n## 四、重点任务\n\n{}\n\n## 五、保障措施\n\n加强组织领导。\n",
        parts[0], parts[1], parts[2], parts[3]
    )
}

fn result_of(text: &str, lang: Lang) -> FileResult {
    let doc = match read_bytes("plan.md", text.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    check_document(&doc, pack::default_pack(), lang)
}

fn check(text: &str) -> Vec<Diagnostic> {
    result_of(text, Lang::Zh).diagnostics
}

/// The name of an evidence item of the default pack (panics on an unknown id, so a renamed
/// item fails loudly here rather than making a test vacuous).
fn evidence_name(principle: PrincipleId, id: &str) -> String {
    let pack = pack::default_pack();
    let p = pack
        .principle(principle)
        .unwrap_or_else(|| panic!("no principle {}", principle.as_str()));
    p.evidence
        .iter()
        .find(|e| e.id == id)
        .map(|e| e.name.clone())
        .unwrap_or_else(|| panic!("no evidence {}.{id}", principle.as_str()))
}

/// The findings of `principle` that name evidence item `id`.
fn findings_for<'a>(
    diags: &'a [Diagnostic],
    principle: PrincipleId,
    id: &str,
) -> Vec<&'a Diagnostic> {
    let name = format!("“{}”", evidence_name(principle, id));
    diags
        .iter()
        .filter(|d| d.rule == principle.rule_id() && d.message.contains(&name))
        .collect()
}

/// Every case must be met: the item's finding does not appear.
fn assert_met(principle: PrincipleId, cases: &[(&str, Ch, &str)]) {
    for (id, ch, text) in cases {
        let diags = check(&plan(*ch, text));
        let found = findings_for(&diags, principle, id);
        assert!(
            found.is_empty(),
            "{}.{id} should be met by ({ch:?}) {text}\n{found:#?}",
            principle.as_str()
        );
    }
}

/// Every case must fire: the item's finding appears.
fn assert_fires(principle: PrincipleId, cases: &[(&str, Ch, &str)]) {
    for (id, ch, text) in cases {
        let diags = check(&plan(*ch, text));
        let found = findings_for(&diags, principle, id);
        assert_eq!(
            found.len(),
            1,
            "{}.{id} should fire once on ({ch:?}) {text}\n{diags:#?}",
            principle.as_str()
        );
        let d = found[0];
        // Evidence that can only be wording is info; the substance is a warning.
        let wording = pack::default_pack()
            .principle(principle)
            .and_then(|p| p.evidence.iter().find(|e| e.id == *id))
            .is_some_and(|e| e.wording);
        let expected = if wording {
            Severity::Info
        } else {
            Severity::Warning
        };
        assert_eq!(d.severity, expected, "{}.{id}", principle.as_str());
        assert!(d.help.as_deref().is_some_and(|h| !h.is_empty()));
    }
}

// ---------------------------------------------------------------------------------------
// 协调性
// ---------------------------------------------------------------------------------------

#[test]
fn coordination_is_met_by_the_ways_plans_cite_their_region() {
    use Ch::*;
    assert_met(
        PrincipleId::Coordination,
        &[
            ("regional_plan", General, "根据《江苏省碳达峰实施方案》和《苏州市碳达峰实施方案》，结合园区实际，制定本方案。"),
            ("regional_plan", General, "按照《XX市碳达峰实施方案》部署要求，扎实推进园区碳达峰工作。"),
            ("regional_plan", General, "深入落实《中共广东省委 广东省人民政府关于完整准确全面贯彻新发展理念推进碳达峰碳中和工作的实施意见》。"),
            ("regional_plan", General, "全面落实省、市碳达峰实施方案确定的目标任务。"),
            ("regional_plan", General, "本方案编制依据包括《成都市碳达峰实施方案》（成府发〔2022〕30号）。"),
            ("regional_plan", General, "对照《浦东新区碳达峰实施方案》，明确园区在新区碳达峰工作中的任务。"),
            ("regional_plan", General, "1. 《内蒙古自治区碳达峰实施方案》；\n2. 《鄂尔多斯市碳达峰实施方案》。"),
            ("allocated_target", Targets, "确保完成省下达的单位地区生产总值能耗和二氧化碳排放降低目标。"),
            ("allocated_target", Targets, "全面完成市政府下达园区的“十四五”能耗强度降低和碳排放强度下降目标。"),
            ("allocated_target", Targets, "落实《南京市碳达峰实施方案》分解给园区的碳排放强度下降任务。"),
            ("allocated_target", Targets, "承接上级下达的能耗双控和碳排放控制指标。"),
            ("allocated_target", Targets, "《江州市碳达峰实施方案》分解下达园区“十四五”单位工业增加值二氧化碳排放下降19%的目标。"),
            ("allocated_target", Targets, "确保完成区下达的碳排放强度目标。"),
            ("plan_alignment", General, "做好与《XX市国土空间总体规划（2021—2035年）》的衔接。"),
            ("plan_alignment", General, "方案目标与园区“十四五”发展规划和产业发展规划相衔接。"),
            ("plan_alignment", General, "依据《XX市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制。"),
            ("plan_alignment", General, "统筹衔接园区总体规划、能源规划和产业规划，确保规划目标协调一致。"),
        ],
    );
}

/// Clause 4 asks for the region's allocated carbon task as the basis. A plan that states
/// the carbon-peak task its city, county or province allocates to the park shows it without
/// citing the region's carbon-peak plan by title; an allocated energy target does not, and
/// a plan that cites neither is asked for both.
#[test]
fn the_allocated_carbon_task_stands_for_the_regional_plan() {
    use Ch::*;
    let cases = [
        // a provincial department's notice (附件 plan, 2022)
        (
            General,
            "以磐岭市分解园区的碳达峰任务为依据，与全市经济社会发展和能源规划相协调。",
        ),
        // a county government
        (
            General,
            "本方案以县政府下达开发区的“十四五”碳排放强度下降目标为依据编制。",
        ),
        // a consultancy report
        (
            Targets,
            "目标设定承接市分解到园区的单位工业增加值二氧化碳排放下降任务。",
        ),
        // an enterprise-led park
        (
            Targets,
            "集团园区确保完成市政府下达园区的能耗强度降低和碳排放强度下降目标。",
        ),
        // a ministry-style pilot plan
        (
            General,
            "园区承担省分配的工业领域碳达峰任务，确保如期完成。",
        ),
    ];
    for (ch, text) in cases {
        let diags = check(&plan(ch, text));
        for id in ["regional_plan", "allocated_target"] {
            let found = findings_for(&diags, PrincipleId::Coordination, id);
            assert!(
                found.is_empty(),
                "{id} should be met by ({ch:?}) {text}\n{found:#?}"
            );
        }
    }
    // An allocated energy target is an allocated target, but no carbon-peak task.
    let diags = check(&plan(Targets, "确保完成市下达的“十四五”能耗强度降低目标。"));
    assert!(findings_for(&diags, PrincipleId::Coordination, "allocated_target").is_empty());
    assert_eq!(
        findings_for(&diags, PrincipleId::Coordination, "regional_plan").len(),
        1
    );
    // Citing neither: both are asked for, each once.
    let diags = check(&plan(
        General,
        "为深入贯彻落实《2030年前碳达峰行动方案》，制定本方案。",
    ));
    for id in ["regional_plan", "allocated_target"] {
        assert_eq!(
            findings_for(&diags, PrincipleId::Coordination, id).len(),
            1,
            "{id}"
        );
    }
}

#[test]
fn coordination_fires_on_drafts_without_regional_grounding() {
    use Ch::*;
    assert_fires(
        PrincipleId::Coordination,
        &[
            // the national plan alone does not tie the park to its region
            (
                "regional_plan",
                General,
                "为深入贯彻落实《2030年前碳达峰行动方案》，制定本方案。",
            ),
            (
                "regional_plan",
                General,
                "根据《工业领域碳达峰实施方案》，推进园区工业绿色低碳转型。",
            ),
            (
                "regional_plan",
                General,
                "本方案为《苏州工业园区碳达峰实施方案》的配套文件。",
            ),
            (
                "regional_plan",
                General,
                "园区将积极稳妥推进碳达峰碳中和工作。",
            ),
            // allocating downward is not taking up an allocated target
            (
                "allocated_target",
                Targets,
                "园区将碳达峰目标任务分解到各部门和重点企业。",
            ),
            (
                "allocated_target",
                Targets,
                "园区分解落实年度目标任务，压实企业主体责任。",
            ),
            (
                "allocated_target",
                Targets,
                "积极参与全国碳市场，做好配额分配和清缴工作。",
            ),
            (
                "allocated_target",
                Targets,
                "到2025年，单位工业增加值二氧化碳排放比2020年下降18%。",
            ),
            (
                "plan_alignment",
                General,
                "加强组织领导，统筹协调各项工作。",
            ),
            (
                "plan_alignment",
                General,
                "编制园区分布式光伏开发方案，建设充电桩200个。",
            ),
            (
                "plan_alignment",
                General,
                "按照《“十四五”工业绿色发展规划》要求推进绿色制造。",
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// 准确性
// ---------------------------------------------------------------------------------------

#[test]
fn accuracy_is_met_by_named_standards_boundaries_sources_and_factors() {
    use Ch::*;
    assert_met(
        PrincipleId::Accuracy,
        &[
            ("accounting_standard", Analysis, "园区碳排放核算参照《工业企业温室气体排放核算和报告通则》（GB/T 32150—2015）。"),
            ("accounting_standard", Analysis, "能源活动排放按照《省级温室气体清单编制指南（试行）》推荐方法核算。"),
            ("accounting_standard", Analysis, "化工企业排放依据《中国化工生产企业温室气体排放核算方法与报告指南（试行）》核算。"),
            ("accounting_standard", Analysis, "钢铁企业按GB/T 32151.5核算。"),
            ("accounting_standard", Analysis, "参照《2006年IPCC国家温室气体清单指南》确定缺省参数。"),
            ("accounting_standard", Analysis, "发电企业按《企业温室气体排放核算与报告指南 发电设施》核算。"),
            ("boundary_statement", Analysis, "核算边界为园区规划范围内全部规模以上工业企业，核算范围包括直接排放和净调入电力、热力产生的间接排放。"),
            ("boundary_statement", Analysis, "本方案所称园区碳排放，是指园区管辖范围内能源活动和工业生产过程产生的二氧化碳排放。"),
            ("boundary_statement", Analysis, "以园区管委会实际管辖范围为核算边界。"),
            ("data_sources", Analysis, "活动水平数据来源于《XX市统计年鉴2021》、规上工业企业能源统计报表和重点用能单位能源利用状况报告。"),
            ("data_sources", Analysis, "用电量数据取自国网XX供电公司。"),
            ("data_sources", Analysis, "能源消费量根据规模以上工业企业能源购进、消费与库存表（205-1表）汇总。"),
            // enterprise: parameters measured by a named lab, energy data compiled by a named office
            ("data_sources", Analysis, "原料和产品含碳量取自公司质检中心实测，电力排放因子采用全国电网平均值。"),
            ("data_sources", Analysis, "集团能源管理部按月汇总各厂区用能数据。"),
            ("emission_factors", Analysis, "电力排放因子采用生态环境部公布的2022年全国电网平均排放因子0.5703 tCO2/MWh。"),
            ("emission_factors", Analysis, "净调入热力按0.11吨二氧化碳/吉焦折算。"),
            ("emission_factors", Analysis, "化石燃料低位发热量和单位热值含碳量采用GB/T 32150附录推荐值。"),
        ],
    );
}

#[test]
fn accuracy_fires_on_drafts_that_only_promise_accuracy() {
    use Ch::*;
    assert_fires(
        PrincipleId::Accuracy,
        &[
            // the standard's own wording names no standard
            (
                "accounting_standard",
                General,
                "按照国家和省级碳排放核算标准，确保边界统一、口径一致、方法规范。",
            ),
            (
                "accounting_standard",
                Analysis,
                "园区将加强碳排放统计核算能力建设，开展企业碳排放核查。",
            ),
            (
                "accounting_standard",
                Analysis,
                "采用排放因子法核算园区二氧化碳排放。",
            ),
            (
                "boundary_statement",
                Analysis,
                "园区规划面积42.6平方公里，规上工业企业312家。",
            ),
            (
                "boundary_statement",
                Analysis,
                "2020年园区二氧化碳排放总量为486万吨。",
            ),
            // a data system promised, a default value: no source named
            (
                "data_sources",
                Analysis,
                "园区将建立能耗数据统计制度，含碳量按缺省值计算。",
            ),
            (
                "data_sources",
                Analysis,
                "园区能源消费以煤炭为主，煤炭占能源消费总量的56.3%。",
            ),
            (
                "data_sources",
                Analysis,
                "加强能源和碳排放统计工作，提升数据质量。",
            ),
            (
                "emission_factors",
                Analysis,
                "园区全社会用电量23.54亿千瓦时，其中净调入电量23.04亿千瓦时。",
            ),
            (
                "emission_factors",
                Analysis,
                "净调入电力产生的间接排放计入园区排放总量。",
            ),
            (
                "emission_factors",
                Analysis,
                "二氧化碳排放量等于活动水平数据乘以相应系数。",
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// 可行性
// ---------------------------------------------------------------------------------------

#[test]
fn feasibility_is_met_by_quantified_owned_and_dated_measures() {
    use Ch::*;
    assert_met(
        PrincipleId::Feasibility,
        &[
            ("quantified_reductions", Pathway, "新增屋顶分布式光伏50兆瓦，年减排二氧化碳约3万吨；实施余热回收改造，年节能量2.3万吨标准煤。"),
            ("quantified_reductions", Pathway, "实施燃煤锅炉清洁能源替代，每年可减少二氧化碳排放1.2万吨。推广高效电机，年节约标准煤0.8万吨。"),
            ("quantified_reductions", Pathway, "| 减排措施 | 2025年减排量（万吨） | 2030年减排量（万吨） |\n|---|---:|---:|\n| 分布式光伏 | 14.7 | 32.3 |"),
            ("quantified_reductions", Pathway, "1. 关停整合燃煤锅炉20台，年削减二氧化碳排放约5000吨。\n2. 建设二氧化碳捕集利用示范项目，年减碳10万吨。"),
            ("owners", Pathway, "大力发展分布式光伏。（责任单位：园区经济发展局、建设管理局）"),
            ("owners", Pathway, "推进燃煤锅炉淘汰（区生态环境分局牵头，区发改委配合）。"),
            ("owners", Pathway, "由园区经济发展局负责推进重点企业节能改造。"),
            ("owners", Pathway, "| 序号 | 重点任务 | 牵头单位 | 完成时限 |\n|---:|---|---|---|\n| 1 | 大力发展分布式光伏 | 经济发展局 | 2030年 |"),
            // an enterprise-led park's plants and departments own the measures
            ("owners", Pathway, "| 措施 | 2030年减排（万吨） | 责任厂区/部门 | 完成时间 |\n|---|---|---|---|\n| 窑炉余热回收 | 0.8 | 一厂区 | 2026年 |"),
            ("owners", Pathway, "| 序号 | 任务 | 责任车间 | 完成时限 |\n|---|---|---|---|\n| 1 | 空压机变频改造 | 动力车间 | 2025年 |"),
            ("deadlines", Pathway, "2025年底前全面淘汰35蒸吨/小时以下燃煤锅炉。"),
            ("deadlines", Pathway, "园区能碳管理平台于2024年建成投运。"),
            ("deadlines", Pathway, "责任单位：园区经济发展局；完成时限：2030年12月。"),
            ("deadlines", Pathway, "2024年6月底前完成重点用能企业节能诊断。"),
            ("indicator_values", Targets, "| 指标 | 基准值 | 2025年 | 属性 |\n|---|---|---|---|\n| 单位工业增加值二氧化碳排放 | 1.25 | 1.00 | 约束性 |"),
            ("indicator_values", Targets, "到2025年，单位工业增加值二氧化碳排放较2020年下降20%，单位工业增加值能耗较2020年下降15%。"),
            ("indicator_attributes", Targets, "| 指标 | 基准值 | 2025年 | 属性 |\n|---|---|---|---|\n| 单位工业增加值二氧化碳排放 | 1.25 | 1.00 | 约束性 |"),
            ("indicator_attributes", Targets, "其中约束性指标3项、预期性指标9项。"),
            ("evaluation_indicators", Targets, "### （一）碳达峰指标体系\n\n见表3。"),
            ("evaluation_indicators", General, "建立园区碳达峰评估指标体系，每年评估指标完成情况。"),
        ],
    );
}

#[test]
fn feasibility_fires_on_slogans_and_on_measures_outside_the_pathway() {
    use Ch::*;
    assert_fires(
        PrincipleId::Feasibility,
        &[
            (
                "quantified_reductions",
                Pathway,
                "大力发展分布式光伏，积极推进节能降碳改造。",
            ),
            (
                "quantified_reductions",
                Pathway,
                "新增分布式光伏30万千瓦，年减排二氧化碳约16万吨。加快推进储能项目建设。",
            ),
            (
                "quantified_reductions",
                Pathway,
                "到2025年，单位工业增加值能耗降低13.5%，二氧化碳排放降低18%。",
            ),
            // the numbers are in the preamble, not in the measures
            (
                "quantified_reductions",
                General,
                "重点项目合计年减排二氧化碳约40万吨，年节能10万吨标准煤。",
            ),
            ("owners", Pathway, "加快推进光伏项目建设，力争早日建成。"),
            ("owners", Pathway, "各部门要密切配合，形成工作合力。"),
            ("owners", Pathway, "| 措施 | 2030年减排（万吨） | 厂区 | 完成时间 |\n|---|---|---|---|\n| 窑炉余热回收 | 0.8 | 一厂区 | 2026年 |"),
            // a promise in the principles is not an owner
            (
                "owners",
                General,
                "重点任务和重点项目明确责任单位和完成时限。",
            ),
            ("deadlines", Pathway, "到2025年，光伏装机容量达到30万千瓦。"),
            ("deadlines", Pathway, "加快建设能碳管理平台，尽早投入使用。"),
            // the peak target is not a task's deadline
            (
                "deadlines",
                Pathway,
                "围绕确保园区2030年前实现碳达峰，实施八大行动。",
            ),
            (
                "indicator_values",
                Targets,
                "园区将持续降低碳排放强度，提高非化石能源消费比重。",
            ),
            // one indicator with a base year is not a set of them
            (
                "indicator_values",
                Targets,
                "到2025年，单位工业增加值二氧化碳排放较2020年下降20%。",
            ),
            ("evaluation_indicators", General, "加强碳达峰工作考核。"),
        ],
    );
}

#[test]
fn feasibility_counts_reductions_and_says_how_many_are_missing() {
    let text = plan(
        Ch::Pathway,
        "新增分布式光伏30万千瓦，年减排二氧化碳约16万吨。加快推进储能项目建设。",
    );
    let diags = check(&text);
    let found = findings_for(&diags, PrincipleId::Feasibility, "quantified_reductions");
    let d = found.first().copied();
    let msg = d.map(|d| d.message.as_str()).unwrap_or_default();
    assert!(msg.contains("需至少2处，找到1处"), "{msg}");
    assert!(msg.contains("“重点任务”中"), "{msg}");
    let section = d
        .and_then(|d| d.location.as_ref())
        .map(|l| l.section.clone())
        .unwrap_or_default();
    assert_eq!(
        section,
        vec!["四、重点任务".to_string()],
        "a scoped finding points at its chapter's heading"
    );
}

// ---------------------------------------------------------------------------------------
// 前瞻性
// ---------------------------------------------------------------------------------------

#[test]
fn foresight_is_met_by_neutrality_outlook_and_balance() {
    use Ch::*;
    assert_met(
        PrincipleId::Foresight,
        &[
            (
                "neutrality_link",
                Targets,
                "为2060年前实现碳中和奠定坚实基础。",
            ),
            (
                "neutrality_link",
                General,
                "将碳达峰工作与力争在2060年前实现碳中和愿景相衔接。",
            ),
            (
                "neutrality_link",
                Targets,
                "在实现碳达峰的基础上，逐步向碳中和过渡。",
            ),
            (
                "neutrality_link",
                Targets,
                "力争二〇六〇年前与全市同步实现碳中和。",
            ),
            (
                "post_peak_view",
                Targets,
                "碳达峰后，园区排放进入稳中有降阶段。",
            ),
            (
                "post_peak_view",
                Targets,
                "展望2035年，园区基本建成近零碳排放园区。",
            ),
            (
                "post_peak_view",
                Targets,
                "到2035年，二氧化碳排放总量比峰值下降15%以上。",
            ),
            (
                "post_peak_view",
                Targets,
                "达峰之后排放进入平台期并逐步下降。",
            ),
            (
                "post_peak_view",
                General,
                "规划期限为2021—2030年，并展望至2060年。",
            ),
            // In substance: the earliest peak year (力争) and a later level below the peak.
            (
                "post_peak_view",
                Targets,
                "园区力争2027年达到峰值，峰值控制在118.5万吨，确保2030年前达峰；到2030年，园区二氧化碳排放总量降至115万吨。",
            ),
            (
                "balance_relations",
                General,
                "处理好发展和减排、整体和局部、短期和中长期的关系。",
            ),
            (
                "balance_relations",
                General,
                "统筹经济发展与碳减排，坚持先立后破、稳妥有序。",
            ),
            (
                "balance_relations",
                General,
                "兼顾当前与长远，科学把握节奏。",
            ),
            ("balance_relations", General, "坚持政府和市场两手发力。"),
        ],
    );
}

#[test]
fn foresight_fires_on_plans_that_stop_at_the_peak() {
    use Ch::*;
    assert_fires(
        PrincipleId::Foresight,
        &[
            ("neutrality_link", General, "扎实推进碳达峰碳中和工作。"),
            ("neutrality_link", General, "深入贯彻《中共中央 国务院关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的意见》。"),
            ("neutrality_link", Targets, "确保2030年前实现碳达峰。"),
            // a cited title is not the plan's own outlook
            ("post_peak_view", General, "依据《江州市2035年近零碳排放示范区建设方案》编制。"),
            ("post_peak_view", General, "依据《XX市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制。"),
            // 削峰填谷 is load shifting, not the emission peak
            ("post_peak_view", Pathway, "建设储能电站，提升电网削峰填谷能力。"),
            ("post_peak_view", Targets, "力争2060年前实现碳中和。"),
            ("post_peak_view", Targets, "确保园区二氧化碳排放2030年前达峰。"),
            ("balance_relations", General, "坚持节约优先，推进绿色低碳发展。"),
            ("balance_relations", General, "推动产业发展和能源结构调整。"),
            ("balance_relations", General, "统筹推进各项工作，形成工作合力。"),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// 科学性
// ---------------------------------------------------------------------------------------

#[test]
fn scientific_is_met_by_history_forecasts_assumptions_and_a_timetable() {
    use Ch::*;
    assert_met(
        PrincipleId::Scientific,
        &[
            ("historical_trend", Analysis, "2015—2020年，园区二氧化碳排放量由402万吨增加到486万吨。"),
            ("historical_trend", Analysis, "“十三五”期间，园区碳排放年均增长3.9%。"),
            ("historical_trend", Analysis, "| 年份 | 排放量（万吨） |\n|---:|---:|\n| 2018 | 455.2 |\n| 2019 | 472.8 |\n| 2020 | 486.0 |"),
            ("historical_trend", Analysis, "2018年、2019年和2020年园区碳排放分别为455万吨、473万吨和486万吨。"),
            ("historical_trend", Analysis, "近五年园区碳排放量呈逐年上升趋势。"),
            ("scenarios", Targets, "设置基准情景、低碳情景和强化减排情景三种情景，预测2021—2035年排放。"),
            ("scenarios", Analysis, "若延续现有发展模式，2030年园区二氧化碳排放量将增至183.6万吨左右。"),
            ("scenarios", Targets, "采用STIRPAT模型对园区碳排放进行预测。"),
            ("scenarios", Targets, "### （一）情景分析与排放预测\n\n见表4。"),
            ("timetable_roadmap", General, "科学确定园区碳达峰时间表、路线图。"),
            ("timetable_roadmap", Targets, "“十四五”期间夯实基础、控制增量，“十五五”期间全面推进、实现达峰。"),
            ("timetable_roadmap", Targets, "### （二）阶段目标\n\n到2025年……"),
            ("socioeconomic_assumptions", Targets, "按照工业增加值2021—2025年年均增长7.5%、2026—2030年年均增长6.0%测算。"),
            ("socioeconomic_assumptions", Analysis, "“十四五”期间园区已签约的在建拟建项目将新增能源消费约18万吨标准煤。"),
            ("positioning", General, "立足园区国家级化工新材料产业基地的战略定位。"),
            ("positioning", General, "园区定位为长三角先进制造业集聚区。"),
            ("positioning", General, "江北经开区是临江省重要的化工新材料和先进制造业基地。"),
            ("positioning", General, "努力建设全省高新区绿色低碳发展示范区。"),
        ],
    );
}

#[test]
fn scientific_fires_on_single_year_snapshots_and_asserted_peaks() {
    use Ch::*;
    assert_fires(
        PrincipleId::Scientific,
        &[
            ("historical_trend", Analysis, "2020年园区二氧化碳排放总量为486万吨，其中化石燃料燃烧排放占61.4%。"),
            // a standard's number and a cited title's year are not history
            ("historical_trend", Analysis, "核算依据GB/T 32150—2015和《省级温室气体清单编制指南（2011年）》，2020年排放486万吨。"),
            ("historical_trend", Analysis, "园区碳排放量较大，以能源活动排放为主。"),
            // history outside the emission analysis does not count for it
            ("historical_trend", General, "2015—2020年园区排放年均增长3.9%。"),
            ("scenarios", Targets, "园区碳排放总量持续增长，力争2028年达峰。"),
            ("scenarios", Analysis, "采用对数平均迪氏指数法（LMDI）对排放变化进行分解。"),
            ("scenarios", Pathway, "经测算，上述措施合计可减排二氧化碳40.5万吨。"),
            ("timetable_roadmap", General, "制定年度工作计划。"),
            ("socioeconomic_assumptions", General, "2020年园区工业增加值为120亿元。"),
            // the standard's wording quoted in 基本原则 states no assumption
            ("socioeconomic_assumptions", General, "综合考虑经济社会发展态势，科学确定达峰目标。"),
            ("positioning", General, "园区位于市区东部，交通便利。"),
            ("positioning", General, "结合园区实际，制定本方案。"),
        ],
    );
}

#[test]
fn scientific_names_the_years_it_found() {
    let diags = check(&plan(Ch::Analysis, "2020年园区二氧化碳排放总量为486万吨。"));
    let found = findings_for(&diags, PrincipleId::Scientific, "historical_trend");
    let msg = found
        .first()
        .map(|d| d.message.as_str())
        .unwrap_or_default();
    assert!(msg.contains("“碳排放现状分析”中"), "{msg}");
    assert!(msg.contains("只提到1个年份：2020，需至少3个"), "{msg}");
}

#[test]
fn a_missing_scope_chapter_is_searched_in_the_whole_plan_for_wording_but_not_for_years() {
    // No emission-analysis chapter: the wording 2015—2020年 still counts, said so.
    let text = "# 某园区碳达峰实施方案\n\n## 一、总则\n\n2015—2020年园区排放年均增长3.9%。\n\n## 二、保障措施\n\n正文。\n";
    let diags = check(text);
    assert!(findings_for(&diags, PrincipleId::Scientific, "historical_trend").is_empty());
    // Years alone, without a chapter, do not count.
    let text = "# 某园区碳达峰实施方案\n\n## 一、总则\n\n2018年、2019年、2020年。\n\n## 二、保障措施\n\n正文。\n";
    let diags = check(text);
    let found = findings_for(&diags, PrincipleId::Scientific, "historical_trend");
    assert_eq!(found.len(), 1, "{diags:#?}");
    assert!(found[0].location.is_none());
    assert!(
        found[0].message.contains("未找到“工业园区碳排放分析”章节"),
        "{}",
        found[0].message
    );
}

// ---------------------------------------------------------------------------------------
// Status, output, configuration
// ---------------------------------------------------------------------------------------

fn statuses(r: &FileResult) -> Vec<(&'static str, Status)> {
    r.principles.iter().map(|p| (p.id, p.status)).collect()
}

#[test]
fn complete_fixture_plans_meet_every_principle() {
    for path in [
        "fixtures/md/standard-plan.md",
        "fixtures/docx/chinese-styles.docx",
        "fixtures/md/chapter-plan.md",
        "fixtures/docx/pandoc-headings.docx",
        "fixtures/docx/auto-numbering.docx",
        "fixtures/txt/plan-utf8.txt",
    ] {
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        let r = check_path(&full, pack::default_pack(), &Options::default());
        let principle_findings: Vec<&Diagnostic> = r
            .diagnostics
            .iter()
            .filter(|d| d.rule.starts_with("principle/"))
            .collect();
        assert!(
            principle_findings.is_empty(),
            "{path}: {principle_findings:#?}"
        );
        assert_eq!(r.principles.len(), 5, "{path}");
        for p in &r.principles {
            assert_eq!(p.status, Status::Met, "{path}: {} {:?}", p.id, p.missing);
            assert_eq!(p.met, p.total);
        }
    }
}

#[test]
fn a_government_style_plan_is_partly_met_for_what_it_really_lacks() {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/md/gov-plan.md");
    let r = check_path(&full, pack::default_pack(), &Options::default());
    assert_eq!(
        statuses(&r),
        vec![
            ("coordination", Status::Partly),
            ("accuracy", Status::Met),
            ("feasibility", Status::Met),
            // No 2060 link; the post-peak view is the projection's `2027年前后达到峰值约
            // 149.8万吨，2030年回落至141.9万吨` (read as a level since session 27).
            ("foresight", Status::Partly),
            ("scientific", Status::Met),
        ]
    );
    let coordination = r
        .principles
        .first()
        .map(|p| p.missing.clone())
        .unwrap_or_default();
    assert_eq!(
        coordination,
        // plan_alignment is wording (info) since session 18: not part of the status.
        vec![evidence_name(PrincipleId::Coordination, "allocated_target")]
    );
}

#[test]
fn status_is_met_partly_or_missing() {
    let r = result_of(
        &plan(
            Ch::General,
            "为2060年前实现碳中和奠定基础，处理好发展和减排、整体和局部的关系。",
        ),
        Lang::Zh,
    );
    let s = statuses(&r);
    assert!(s.contains(&("foresight", Status::Partly)), "{s:?}");
    assert!(s.contains(&("coordination", Status::Missing)), "{s:?}");
    let foresight = r.principles.iter().find(|p| p.id == "foresight");
    // The balance of relations is wording and does not count: 1 of the 2 substantive items.
    assert_eq!(foresight.map(|p| (p.met, p.total)), Some((1, 2)));
    assert_eq!(
        foresight.map(|p| p.missing.clone()).unwrap_or_default(),
        vec![evidence_name(PrincipleId::Foresight, "post_peak_view")]
    );
}

#[test]
fn documents_without_headings_are_not_judged() {
    let r = result_of("本方案旨在推动园区绿色低碳发展。\n", Lang::Zh);
    assert!(r.principles.is_empty());
    assert!(r
        .diagnostics
        .iter()
        .all(|d| !d.rule.starts_with("principle/")));
}

#[test]
fn a_rule_turned_off_drops_its_findings_and_its_status() {
    let yaml =
        "extends: default\nrules:\n  principle/foresight: off\n  principle/accuracy: error\n";
    let pack: RulesPack = match Config::parse("peaklint.yaml", yaml).and_then(|c| resolve(&c)) {
        Ok(p) => p,
        Err(e) => panic!("{}", e.render(90)),
    };
    let doc = match read_bytes(
        "plan.md",
        plan(Ch::General, "正文。").as_bytes(),
        &Limits::default(),
    ) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let r = check_document(&doc, &pack, Lang::Zh);
    assert!(r
        .diagnostics
        .iter()
        .all(|d| d.rule != "principle/foresight"));
    assert!(r
        .diagnostics
        .iter()
        .filter(|d| d.rule == "principle/accuracy")
        .all(|d| d.severity == Severity::Error));
    let ids: Vec<&str> = r.principles.iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        vec!["coordination", "accuracy", "feasibility", "scientific"]
    );
}

#[test]
fn english_messages_name_the_principle_and_the_item() {
    let r = result_of(&plan(Ch::General, "正文。"), Lang::En);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "principle/coordination");
    let msg = d.map(|d| d.message.as_str()).unwrap_or_default();
    assert!(
        msg.starts_with("coordination (协调性): no evidence of “"),
        "{msg}"
    );
}

fn run(args: &[&str]) -> String {
    let out = crate::common::peaklint(args);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn json_summary_carries_the_principles() {
    let out = run(&[
        "check",
        "--format",
        "json",
        "fixtures/md/standard-plan.md",
        "fixtures/md/gov-plan.md",
        "fixtures/broken/empty.md",
    ]);
    let v: serde_json::Value = match serde_json::from_str(&out) {
        Ok(v) => v,
        Err(e) => panic!("{e}: {out}"),
    };
    let p0 = &v["files"][0]["summary"]["principles"];
    for id in [
        "coordination",
        "accuracy",
        "feasibility",
        "foresight",
        "scientific",
    ] {
        assert_eq!(p0[id], "met", "{p0}");
    }
    let p1 = &v["files"][1]["summary"]["principles"];
    assert_eq!(p1["coordination"], "partly", "{p1}");
    assert_eq!(p1["accuracy"], "met", "{p1}");
    assert!(
        v["files"][2]["summary"].get("principles").is_none(),
        "an unreadable file has no principle status"
    );
}

#[test]
fn human_output_has_one_principle_line_per_file() {
    let out = run(&["check", "--color", "never", "fixtures/md/gov-plan.md"]);
    assert!(
        out.contains(
            "fixtures/md/gov-plan.md 原则：协调性 ◐ 准确性 ✓ 可行性 ✓ 前瞻性 ◐ 科学性 ✓\n"
        ),
        "{out}"
    );
    // A principle with nothing of its substance found is ✗ (- in ASCII).
    let out = run(&[
        "check",
        "--color",
        "never",
        "fixtures/probe-plans/o9_lanshi_magnesium_seeded.md",
    ]);
    assert!(
        out.contains("o9_lanshi_magnesium_seeded.md 原则：协调性 ✗ 准确性 ✓"),
        "{out}"
    );
    let out = run(&["check", "--ascii", "fixtures/md/gov-plan.md"]);
    assert!(
        out.contains(
            "fixtures/md/gov-plan.md 原则：协调性 ~ 准确性 + 可行性 + 前瞻性 ~ 科学性 +\n"
        ),
        "{out}"
    );
    let out = run(&[
        "check",
        "--lang",
        "en",
        "--color",
        "never",
        "fixtures/md/gov-plan.md",
    ]);
    assert!(
        out.contains("fixtures/md/gov-plan.md principles: coordination partly, accuracy met, feasibility met, foresight partly, scientific met\n"),
        "{out}"
    );
}

#[test]
fn the_history_threshold_of_the_configuration_decides_how_many_years() {
    let text = plan(
        Ch::Analysis,
        "2019年和2020年园区二氧化碳排放分别为473万吨和486万吨。",
    );
    let doc = match read_bytes("plan.md", text.as_bytes(), &Limits::default()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let fired = |yaml: &str| {
        let pack = match Config::parse("peaklint.yaml", yaml).and_then(|c| resolve(&c)) {
            Ok(p) => p,
            Err(e) => panic!("{}", e.render(90)),
        };
        let diags = check_document(&doc, &pack, Lang::Zh).diagnostics;
        !findings_for(&diags, PrincipleId::Scientific, "historical_trend").is_empty()
    };
    assert!(
        fired("extends: default\n"),
        "two years are not a trend by default"
    );
    assert!(!fired("thresholds:\n  min_history_years: 2\n"));
}

#[test]
fn a_pathway_section_written_as_a_chapter_of_its_own_counts_for_the_pathway() {
    let text = "# 某经济开发区碳达峰实施方案\n\n## 一、总则\n\n正文。\n\n## 二、重点任务\n\n大力发展分布式光伏，推进节能改造。\n\n\
        ## 三、重点工程\n\n1. 屋顶分布式光伏项目，年减排二氧化碳约3万吨，责任单位：园区经济发展局，2025年底前建成。\n\
        2. 余热回收项目，年节能量1.2万吨标准煤。\n\n## 四、保障措施\n\n正文。\n";
    let diags = check(text);
    for id in ["quantified_reductions", "owners", "deadlines"] {
        let found = findings_for(&diags, PrincipleId::Feasibility, id);
        assert!(found.is_empty(), "{id}: {found:#?}");
    }
}

/// A peak value, a cap or a level of the park's total whose base-year total the plan states
/// is an indicator with a base and a target (`指标有基准值和目标值`): with one relative target
/// beside it the plan shows two, in several drafting styles; with the base total missing it
/// shows one.
#[test]
fn a_total_from_its_stated_base_is_a_based_indicator() {
    const WORDS: &str = "指标有基准值和目标值";
    for targets in [
        // county notice: peak value and a 2030 level
        "园区二氧化碳排放力争在2025年达峰，峰值控制在131万吨以内，2030年降至121.2万吨左右。",
        // ministry: a peak value alone
        "园区二氧化碳排放2027年前达到峰值，峰值不高于131万吨。",
        // enterprise: a level
        "到2030年，园区二氧化碳排放总量降至121万吨。",
    ] {
        for (base_total, based) in [("2022年园区二氧化碳排放总量125.7万吨。", true), ("", false)]
        {
            let text = format!(
                "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2022年为基准年。{base_total}\n\n\
                 ## 二、碳达峰目标\n\n{targets}到2025年，单位工业增加值二氧化碳排放比2022年下降14%。\n"
            );
            let f = crate::common::findings(&text, "principle/feasibility");
            let missing = f.iter().any(|d| d.message.contains(WORDS));
            assert_eq!(missing, !based, "{targets} / {base_total}\n{f:#?}");
        }
    }
}
