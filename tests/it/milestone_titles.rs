//! A heading that names a milestone year and nothing else (`（一）2030年`, `近期目标
//! （2021—2025年）`, `2030年主要目标`; `lexicon.milestone_title`) dates the figures under
//! it that name no year of their own: they are compared with the same indicator's figure
//! for that year elsewhere. A heading that names a year among other words (`2030年前碳达峰
//! 行动`), a year of the past, or a figure with its own year keeps today's reading.

use crate::common::findings_in;

const CONFLICT: &str = "target/conflict";

/// (file name, plan text, the line the conflict is reported on, the figures it names).
const FIRES: &[(&str, &str, u32, &str)] = &[
    // Ministry style, Markdown headings.
    (
        "ministry.md",
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n本方案以2020年为基准年。\n\n## 二、主要目标\n\n### （一）2030年\n\n园区二氧化碳排放总量控制在100万吨以内；单位工业增加值二氧化碳排放较2020年下降40%。\n\n### （二）考核指标\n\n2030年单位工业增加值二氧化碳排放较2020年下降45%。\n",
        15,
        "45%",
    ),
    // Province style: near and far terms as bracketed periods.
    (
        "province.md",
        "# 某开发区碳达峰实施方案\n\n## 一、主要目标\n\n### 近期目标（2021—2025年）\n\n单位工业增加值能耗较2020年下降14%。\n\n### 远期目标（2026—2030年）\n\n单位工业增加值能耗较2020年下降25%。\n\n## 二、指标体系\n\n到2025年，单位工业增加值能耗较2020年下降16%。\n",
        15,
        "16%",
    ),
    // County style, plain text: structure from numbering only.
    (
        "county.txt",
        "某县工业园区碳达峰实施方案\n\n一、主要目标\n\n（一）2025年目标\n\n非化石能源消费比重达到20%，单位工业增加值二氧化碳排放较2020年下降18%。\n\n（二）2030年目标\n\n非化石能源消费比重达到30%。\n\n二、保障措施\n\n到2025年，园区非化石能源消费比重达到25%。\n",
        15,
        "25%",
    ),
    // Consultancy style: a run of list items under a fourth-level title.
    (
        "consultancy.md",
        "# 某园区碳达峰实施方案\n\n## 3 目标设定\n\n#### 2030年主要目标\n\n- 碳排放强度较2020年下降42%；\n- 非化石能源消费比重达到35%。\n\n## 4 指标核定\n\n2030年，园区碳排放强度较2020年下降38%。\n",
        12,
        "38%",
    ),
    // Enterprise style: a stage heading with a hyphenated range.
    (
        "enterprise.md",
        "# 某集团产业园碳达峰实施方案\n\n## 二、阶段目标\n\n### 第二阶段（2026-2030年）\n\n园区单位工业增加值能耗较2020年下降20%。\n\n## 三、考核\n\n到2030年，园区单位工业增加值能耗较2020年下降26%。\n",
        11,
        "26%",
    ),
];

#[test]
fn a_milestone_heading_dates_the_figures_under_it() {
    for (name, text, line, figure) in FIRES {
        let f = findings_in(name, text, CONFLICT);
        assert_eq!(f.len(), 1, "{name}: {f:#?}");
        let d = &f[0];
        let at = d.location.as_ref().and_then(|l| l.line);
        assert_eq!(at, Some(*line), "{name}: {d:#?}");
        assert!(d.message.contains(figure), "{name}: {}", d.message);
    }
}

#[test]
fn other_titles_and_dated_figures_keep_their_reading() {
    let cases = [
        // A title naming a year among other words is no milestone.
        "# 某园区碳达峰实施方案\n\n## 一、重点任务\n\n### （一）2030年前碳达峰行动\n\n单位工业增加值二氧化碳排放较2020年下降40%。\n\n## 二、主要目标\n\n2030年单位工业增加值二氧化碳排放较2020年下降45%。\n",
        // A figure with its own year keeps it under a milestone title.
        "# 某园区碳达峰实施方案\n\n## 一、主要目标\n\n### （一）2025年\n\n到2030年，单位工业增加值能耗较2020年下降30%。\n\n### （二）指标\n\n到2025年，单位工业增加值能耗较2020年下降15%。\n",
        // The paragraph's own deadline comes before the title's.
        "# 某园区碳达峰实施方案\n\n## 一、主要目标\n\n### （一）2025年\n\n到2030年，园区能源结构持续优化。非化石能源消费比重达到30%。\n\n### （二）指标\n\n到2025年，非化石能源消费比重达到20%。\n",
        // A year of the past as a title dates nothing ahead.
        "# 某园区碳达峰实施方案\n\n## 一、现状\n\n本方案以2020年为基准年。\n\n### （一）2020年\n\n单位工业增加值能耗较2015年下降21%。\n\n## 二、主要目标\n\n到2025年，单位工业增加值能耗较2015年下降25%。\n",
        // History under a milestone title stays history.
        "# 某园区碳达峰实施方案\n\n## 一、主要目标\n\n### （一）2025年\n\n“十三五”期间，园区单位工业增加值能耗累计下降17%。\n\n### （二）指标\n\n到2025年，单位工业增加值能耗较2020年下降15%。\n",
    ];
    for text in cases {
        let f = findings_in("plan.md", text, CONFLICT);
        assert!(f.is_empty(), "must not fire on:\n{text}\n{f:#?}");
    }
}
