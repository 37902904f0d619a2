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
    "经开区",
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

/// The zone a park lies in, read from a park name that is the zone's and then its own
/// (`沧渠经济开发区汽车零部件产业园`).
#[derive(Debug, PartialEq)]
pub struct HostZone<'a> {
    /// The zone's name (`沧渠经济开发区`).
    pub name: &'a str,
    /// What the text calls the zone: its generic ends of three characters or more and their
    /// short and long forms (`经济开发区`, `开发区`, `经开区`; `高新区`, `高新技术产业开发区`).
    pub called: Vec<&'static str>,
    /// The park's own end (`产业园`).
    pub own_end: &'static str,
}

/// Long and short forms of a zone's generic end: a title may use one, the text the other.
const SHORT_FORMS: &[(&str, &str)] = &[
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
];

/// The zone a park lies in; `None` for a name with one park word (`东江经济技术开发区`).
pub fn host_zone(park: &str) -> Option<HostZone<'_>> {
    let own_end = PARK_SUFFIXES
        .iter()
        .filter(|s| park.ends_with(*s))
        .max_by_key(|s| s.len())?;
    let inner = park.get(..park.len() - own_end.len())?;
    // The zone's name ends with the park word ending furthest left that still leaves the
    // park two characters of its own before its end (`汽车零部件`).
    let (end, word) = PARK_SUFFIXES
        .iter()
        .filter_map(|w| inner.find(w).map(|i| (i + w.len(), *w)))
        .filter(|(end, _)| {
            inner
                .get(*end..)
                .is_some_and(|own| own.chars().count() >= 2)
        })
        .min_by_key(|(end, w)| (*end, std::cmp::Reverse(w.len())))?;
    let name = park.get(..end)?;
    let mut called: Vec<&'static str> = PARK_SUFFIXES
        .iter()
        .filter(|s| word.ends_with(*s) && s.chars().count() >= 3)
        .copied()
        .collect();
    for &(long, short) in SHORT_FORMS {
        if word.ends_with(long) {
            called.push(short);
        }
        if word.ends_with(short) {
            called.push(long);
        }
    }
    called.sort_unstable();
    called.dedup();
    (name.chars().count() > 3 && !called.is_empty()).then_some(HostZone {
        name,
        called,
        own_end,
    })
}

/// What a clause calls the zone a park lies in, kept by value (the area and target readings,
/// [`super::targets::PlanContext`]): the zone's generic ends and the park's own end.
#[derive(Debug, Clone, Copy, Default)]
pub struct HostWords {
    called: [&'static str; 6],
    len: usize,
    own_end: &'static str,
}

impl HostWords {
    /// The words of a [`HostZone`].
    pub fn of(host: &HostZone) -> HostWords {
        let mut called = [""; 6];
        for (slot, w) in called.iter_mut().zip(&host.called) {
            *slot = w;
        }
        HostWords {
            called,
            len: host.called.len().min(6),
            own_end: host.own_end,
        }
    }

    /// Whether `before` (the words before an area figure) names the zone and not the park
    /// (`沧渠经济开发区规划面积42.0平方公里` in a plan of `沧渠经济开发区汽车零部件产业园`): the
    /// zone's area, not the park's. The zone's full name ends with one of its words.
    pub fn named_in(&self, before: &str) -> bool {
        self.called
            .iter()
            .take(self.len)
            .any(|w| before.contains(w))
            && !before.contains(self.own_end)
    }

    /// Whether `clause` has the zone as its subject: it opens with the zone (a place name of
    /// four characters at most, then one of its words: `高新区单位地区生产总值…`, `端川高新技术
    /// 产业开发区…`, `经开区“十四五”…`) and not with the park.
    pub fn subject_of(&self, clause: &str) -> bool {
        let clause = clause.trim_start();
        self.called.iter().take(self.len).any(|w| {
            clause.find(w).is_some_and(|i| {
                let lead = clause.get(..i).unwrap_or("");
                lead.chars().count() <= 4
                    && !clause
                        .get(..i + w.len())
                        .is_some_and(|head| head.contains(self.own_end))
            })
        })
    }
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
    use super::{host_zone, names_the_park, park_name};

    #[test]
    fn a_park_inside_a_zone_names_the_zone() {
        let read =
            |park: &'static str| host_zone(park).map(|h| (h.name, h.called.join("/"), h.own_end));
        assert_eq!(
            read("沧渠经济开发区汽车零部件产业园"),
            Some((
                "沧渠经济开发区",
                "开发区/经开区/经济开发区".into(),
                "产业园"
            ))
        );
        assert_eq!(
            read("临江高新技术产业开发区生物医药产业园"),
            Some((
                "临江高新技术产业开发区",
                "开发区/高新区/高新技术产业开发区".into(),
                "产业园"
            ))
        );
        assert_eq!(
            read("青岚高新区新材料园区"),
            Some((
                "青岚高新区",
                "高新区/高新技术产业开发区/高新技术开发区".into(),
                "园区"
            ))
        );
        assert_eq!(
            read("颍滨经开区发制品产业园"),
            Some((
                "颍滨经开区",
                "经开区/经济开发区/经济技术开发区".into(),
                "产业园"
            ))
        );
        for park in [
            "东江经济技术开发区",
            "雷湾对虾加工产业园",
            "某县化工集中区",
            "阴山铝硅新材料产业基地",
        ] {
            assert_eq!(read(park), None, "{park}");
        }
    }

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
