//! The park's own peak year after a clause citing the upper level's plan: the commitment
//! may open the clause before the park (`…部署，力争园区2032年实现碳达峰`, `确保开发区…`),
//! and the year may be a latest date (`达峰时间不晚于2033年`). Each is the plan's, so a late
//! year is reported; a year the clause gives another place (`力争全省2032年…`) is not.
//! Enterprises named in an earlier clause (`以龙头企业带动…，确保园区…2032年前后达峰`) are not
//! the peak's subject; the park's enterprises are (`园区重点企业力争2032年前…`).

use crate::common::findings_in;

/// (line, message) of the `target/late-peak` findings.
fn late_peaks(name: &str, text: &str) -> Vec<(u32, String)> {
    findings_in(name, text, "target/late-peak")
        .into_iter()
        .map(|d| (d.location.and_then(|l| l.line).unwrap_or(0), d.message))
        .collect()
}

/// (file name, plan, line, late year).
const FIRES: &[(&str, &str, u32, &str)] = &[
    // Province style: the province's plan cited, the park's commitment after it.
    (
        "province.md",
        "# 某化工园区碳达峰实施方案\n\n## 一、总体要求\n\n全面落实《山东省碳达峰实施方案》部署，以化工新材料绿色化为主线，力争园区2032年实现碳达峰。\n",
        5,
        "2032年",
    ),
    // City style, plain text: the city's work cited, 确保 before the park.
    (
        "city.txt",
        "某经济开发区碳达峰实施方案\n\n一、指导思想\n\n认真落实市委、市政府碳达峰碳中和工作部署，立足开发区主导产业，确保开发区2031年前实现碳达峰。\n",
        5,
        "2031年",
    ),
    // Consultancy style: a latest date.
    (
        "consultancy.md",
        "# 某园区碳达峰实施方案\n\n## 4 达峰目标\n\n园区碳达峰时间不晚于2033年。\n",
        5,
        "2033年",
    ),
    // Enterprise style: 最迟.
    (
        "enterprise.md",
        "# 某集团产业园碳达峰实施方案\n\n## 三、目标\n\n产业园达峰时间最迟在2032年。\n",
        5,
        "2032年",
    ),
    // Enterprise-led park: the enterprises of an earlier clause are not the peak's subject.
    (
        "led.md",
        "# 某铝业园区碳达峰实施方案\n\n## 一、总体要求\n\n以龙头企业带动配套企业协同降碳，确保园区二氧化碳排放在2032年前后达峰。\n",
        5,
        "2032年",
    ),
    // Consultancy style: the plateau entered.
    (
        "plateau.md",
        "# 某园区碳达峰实施方案\n\n## 二、碳达峰目标\n\n园区二氧化碳排放力争2032年前后进入峰值平台期，峰值控制在110万吨以内。\n",
        5,
        "2032年",
    ),
    // County style: the park named after the enterprises in one clause.
    (
        "led.txt",
        "某县循环经济园碳达峰实施方案\n\n一、总体要求\n\n依托重点企业带动园区2031年实现碳达峰。\n",
        5,
        "2031年",
    ),
];

/// The upper level's late year, and the park's on-time year after a cited plan.
const SILENT: &[(&str, &str)] = &[
    (
        "upper.md",
        "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n落实省委部署，力争全省2032年实现碳达峰，园区力争2029年实现碳达峰。\n",
    ),
    (
        "county.txt",
        "某县工业园区碳达峰实施方案\n\n一、总体要求\n\n全面落实《某省碳达峰实施方案》部署，确保园区2030年前实现碳达峰，力争2028年达峰。\n",
    ),
    // The enterprises' own peak years (the park's enterprises; a clause continuing them).
    (
        "firms.md",
        "# 某园区碳达峰实施方案\n\n## 七、企业碳达峰指导\n\n园区重点企业力争2032年前实现碳达峰。\n",
    ),
    (
        "firms.txt",
        "某园区碳达峰实施方案\n\n七、企业碳达峰指导\n\n推动园区内重点用能企业制定达峰方案，力争2032年前实现碳达峰。\n",
    ),
];

#[test]
fn the_parks_late_peak_after_a_cited_plan_is_reported() {
    for (name, text, line, year) in FIRES {
        let found = late_peaks(name, text);
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        let (at, message) = &found[0];
        assert_eq!(at, line, "{name}: {message}");
        assert!(message.contains(year), "{name}: {message}");
    }
}

#[test]
fn another_places_year_and_on_time_years_are_not() {
    for (name, text) in SILENT {
        assert_eq!(late_peaks(name, text), vec![], "{name}");
    }
}

/// A year before a scenario's name (`2030年达峰情景较基准情景减排…`) states no peak year:
/// `lexicon.peak_follower` holds 情景. The peak stated beside it still reads.
#[test]
fn a_scenario_named_after_the_peak_states_no_peak_year() {
    use crate::common::facts_of;
    use peaklint::document::Format;
    let cases = [
        (
            Format::Text,
            "某园区碳达峰实施方案\n\n三、碳排放预测与达峰路径\n\n2030年达峰情景较基准情景减排44.0万吨，其中热电厂煤改气减排18.5万吨。\n",
            vec![],
        ),
        (
            Format::Markdown,
            "# 某开发区碳达峰实施方案\n\n## 第三章 碳排放预测\n\n2029—2030年为稳中有降期。2030年达峰情景与基准情景的差距为34.4万吨。开发区力争2028年实现碳达峰。\n",
            vec![2028.0],
        ),
    ];
    for (format, text, years) in cases {
        let f = facts_of(text, format);
        let peaks: Vec<f64> = f
            .targets
            .iter()
            .filter(|t| t.kind == "peak_year")
            .map(|t| t.value)
            .collect();
        assert_eq!(peaks, years, "{text}");
    }
}
