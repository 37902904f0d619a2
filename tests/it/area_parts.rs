//! The park's area divided into named parts, each with an area of its own: the parts must
//! add up to the whole (`consistency/table-sum`). Parts named with `等`, parts without an
//! area each, areas inside the park that are no partition (起步区, 建成区) and sums within
//! printed precision are left alone.

use crate::common::findings_in;

const RULE: &str = "consistency/table-sum";

/// (file name, plan text, the line reported).
const FIRES: &[(&str, &str, u32)] = &[
    // Province style: parts named, their areas in the next paragraph.
    (
        "province.txt",
        "某石化产业园区碳达峰实施方案\n\n一、规划范围\n\n本方案的范围为园区规划范围，总面积36.8平方公里，由北港片区、临海片区和河口片区组成。\n\n二、园区概况\n\n北港片区面积15.8平方公里，临海片区面积12.6平方公里；河口片区面积9.4平方公里。\n",
        5,
    ),
    // Ministry style: the parts' areas in brackets.
    (
        "ministry.md",
        "# 某化工园区碳达峰实施方案\n\n## 一、总则\n\n本方案的空间范围为园区规划范围，规划面积28.6平方公里，由东区（16.4平方公里）和西区（13.2平方公里）组成。\n",
        5,
    ),
    // City style: 一区多园 in a sentence of its own after the area.
    (
        "city.md",
        "# 某经开区碳达峰实施方案\n\n## 一、基本情况\n\n经开区规划面积52.0平方公里。经开区包括滨江园、高铁园、临空园三个园区。\n\n滨江园规划面积21.5平方公里，高铁园18.2平方公里，临空园14.3平方公里。\n",
        5,
    ),
];

#[test]
fn parts_of_the_parks_area_must_add_up_to_it() {
    for (name, text, line) in FIRES {
        let f = findings_in(name, text, RULE);
        assert_eq!(f.len(), 1, "{name}: {f:#?}");
        let d = &f[0];
        assert_eq!(
            d.location.as_ref().and_then(|l| l.line),
            Some(*line),
            "{name}: {d:#?}"
        );
        assert!(d.message.contains("平方公里"), "{name}: {}", d.message);
    }
}

#[test]
fn partial_lists_inner_areas_and_rounding_are_not_added_up() {
    let cases = [
        // Consistent.
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n园区规划面积28.6平方公里，由东区（16.4平方公里）和西区（12.2平方公里）组成。\n",
        // Within printed precision (12.35 + 16.3 printed as 28.6).
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n园区规划面积28.6平方公里，由东区和西区组成。东区面积16.3平方公里，西区面积12.35平方公里。\n",
        // Only some parts named.
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n园区规划面积40.0平方公里，由东区、西区等片区组成。东区面积16.4平方公里，西区面积12.2平方公里。\n",
        // A part without an area of its own.
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n园区规划面积40.0平方公里，由东区、西区和南区组成。东区面积16.4平方公里，西区面积12.2平方公里。\n",
        // Areas inside the park that are no partition.
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n园区规划面积68.0平方公里，其中起步区22.4平方公里、建成区30.1平方公里。\n",
        // A part's built-up area before its whole area.
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n园区规划面积28.6平方公里，由东区和西区组成。东区已建成面积9.2平方公里，东区规划面积16.4平方公里；西区面积12.2平方公里。\n",
        // A leading group made of people, not parts of the park.
        "# 某园区碳达峰实施方案\n\n## 一、总则\n\n园区规划面积32.6平方公里。\n\n## 九、保障措施\n\n成立领导小组，由管委会主任和各部门负责人组成。\n",
    ];
    for text in cases {
        let f = findings_in("plan.md", text, RULE);
        assert!(f.is_empty(), "must not fire on:\n{text}\n{f:#?}");
    }
}

/// An area the sentence puts outside the park (the pack's `lexicon.outside_area`) is not
/// the park's area for `boundary/area`; a whole area written after it still is.
#[test]
fn an_area_outside_the_park_is_not_its_area() {
    for (name, overview) in [
        // consultancy: the next clause puts it outside
        (
            "consultancy.md",
            "园区由总装区（13.5平方公里）和配套区（8.3平方公里）组成；港池水域3.4平方公里属港口管理范围，不在园区规划范围之内。",
        ),
        // province: left out in brackets
        (
            "province.md",
            "园区规划面积21.8平方公里（不含港池水域3.4平方公里）。",
        ),
        // county: a red-line area in its own clause
        (
            "county.md",
            "园区四至范围内另有生态保护红线区域2.6平方公里，不纳入园区规划面积。",
        ),
        // enterprise: beyond the boundary
        (
            "enterprise.md",
            "园区总面积21.8平方公里；配套码头堆场1.2平方公里位于规划范围以外。",
        ),
    ] {
        let text = format!(
            "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积21.8平方公里。{overview}\n\n\
             ## 二、核算边界\n\n核算边界为园区规划范围21.8平方公里内全部企业。\n"
        );
        let f = findings_in(name, &text, "boundary/area");
        assert!(f.is_empty(), "{name}: {f:#?}");
    }
    // The whole named in the figure's own clause is still compared.
    let text = "# 某园区碳达峰实施方案\n\n## 一、园区概况\n\n园区规划面积21.8平方公里。\n\n\
                ## 二、核算边界\n\n核算边界为园区规划面积11.2平方公里，港池水域不在规划范围之内。\n";
    let f = findings_in("whole.md", text, "boundary/area");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("11.2平方公里"), "{}", f[0].message);
    assert_eq!(f[0].location.as_ref().and_then(|l| l.line), Some(9));
}
