//! The park's own name, as its plan's title (or opening lines) gives it: `XX经济技术开发区碳达峰
//! 实施方案` names `XX经济技术开发区`. Scope words that are that name or its generic end
//! (`集中区` in a plan of `某县化工集中区`) speak of the park as a whole, not of a part.

use crate::document::Document;
use crate::extract::sentences::Sentence;

/// Words that end a park's name.
const PARK_SUFFIXES: &[&str] = &[
    "经济技术开发区",
    "高新技术产业开发区",
    "高新技术开发区",
    "高新区",
    "经济开发区",
    "开发区",
    "产业园区",
    "工业园区",
    "化工园区",
    "产业集聚区",
    "工业集中区",
    "集中区",
    "集聚区",
    "合作区",
    "保税区",
    "工业区",
    "产业基地",
    "基地",
    "产业园",
    "工业园",
    "园区",
    "新区",
    "港区",
    "示范区",
    "经济区",
];

/// `XX经济技术开发区碳达峰实施方案` → `XX经济技术开发区`.
pub fn park_name(title: &str) -> Option<String> {
    let head = title.split("碳达峰").next().unwrap_or(title);
    let head = head
        .trim()
        .trim_start_matches(|c: char| c == '《' || c.is_whitespace());
    let end = PARK_SUFFIXES
        .iter()
        .filter_map(|s| head.rfind(s).map(|i| i + s.len()))
        .max()?;
    let name = head.get(..end)?.trim();
    // `关于印发…的通知` and the like: the name starts after the last 印发/关于, or after an
    // opening quotation mark (`参照…协会《工业园区碳达峰…指南》` names no park: `工业园区`
    // alone is none). A name spans no clause break: words before one are a sentence's.
    let name = ["印发", "关于", "《", "“", "\""]
        .iter()
        .filter_map(|w| name.rfind(w).map(|i| i + w.len()))
        .max()
        .and_then(|i| name.get(i..))
        .unwrap_or(name)
        .trim();
    if name.contains(['，', '、', '；', '：', '。', '”', ',']) {
        return None;
    }
    let chars = name.chars().count();
    ((3..=40).contains(&chars) && name != "园区" && name != "工业园区").then(|| name.to_string())
}

/// The park's name from the document's title, or else its first five sentences — there a
/// name holds no copula (`核算边界为园区…` names no park).
pub fn of_document(doc: &Document, sentences: &[Sentence]) -> Option<String> {
    let titled = doc.title.as_ref().and_then(|t| park_name(t.text.as_str()));
    titled.or_else(|| {
        sentences
            .iter()
            .take(5)
            .filter_map(|s| park_name(s.as_str()))
            .find(|name| !name.contains(['为', '是']))
    })
}

/// Whether `scope` (words before an indicator) names the park itself: its full name, or the
/// end of its name from a park word on (`化工集中区`, `集中区` for `某县化工集中区`).
pub fn names_the_park(scope: &str, park: &str) -> bool {
    let scope = scope.trim();
    let scope = scope
        .strip_prefix('全')
        .or_else(|| scope.strip_prefix('本'))
        .unwrap_or(scope);
    if scope.chars().count() < 2 {
        return false;
    }
    let generic_end = PARK_SUFFIXES
        .iter()
        .any(|w| scope.ends_with(w) || w.ends_with(scope));
    (park.ends_with(scope) && generic_end) || scope.ends_with(park)
}

#[cfg(test)]
mod tests {
    use super::{names_the_park, park_name};

    #[test]
    fn a_park_name_is_not_read_across_a_quotation() {
        for (title, name) in [
            (
                "雷湾对虾加工产业园碳达峰实施方案",
                Some("雷湾对虾加工产业园"),
            ),
            (
                "关于印发《东江经济技术开发区碳达峰实施方案》的通知",
                Some("东江经济技术开发区"),
            ),
            (
                "参照中国循环经济协会《工业园区碳达峰实施方案编制指南》",
                None,
            ),
            ("依据“十四五”规划，北塘化工集中区碳达峰行动", None),
            ("为实现双碳目标，确保园区碳达峰", None),
        ] {
            assert_eq!(park_name(title).as_deref(), name, "{title}");
        }
    }

    #[test]
    fn scope_words_naming_the_park() {
        let park = "某县化工集中区";
        for scope in [
            "集中区",
            "化工集中区",
            "全集中区",
            "某县化工集中区",
            "本集中区",
        ] {
            assert!(names_the_park(scope, park), "{scope}");
        }
        for scope in ["化工", "区", "县化", "北区集中区", "企业"] {
            assert!(!names_the_park(scope, park), "{scope}");
        }
        assert!(!names_the_park("化工集中区", "某经济技术开发区"));
    }
}
