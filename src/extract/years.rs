//! Years and planning periods in plan text, each with its byte span in the input.
//!
//! # What is recognised
//! - Calendar years: `2020年`, `２０２０年`, `二〇三〇年`, `2025 年`; dates keep their month
//!   and day (`2023年6月` is a date, `month: Some(6)`); lists share one 年
//!   (`2025、2030年` gives two years).
//! - Ranges: `2021—2025年`, `2021-2025年`, `2021~2025年`, `2021年至2025年`.
//! - Five-year plans: `十四五`, `“十四五”期间` → 2021–2025; `十四五末` → 2025; `十四五初` → 2021;
//!   `十五五` → 2026–2030; `十三五` → 2016–2020 (十一五 to 十六五).
//! - What the year is to the sentence ([`YearRelation`]): `到2030年` (by), `2030年前`
//!   (before), `2028年前后`/`左右` (around), `较2020年`/`比2020年` (comparison base),
//!   `截至2023年底` (as of), `2020年以来`, `自2025年起`, `2020年价`/`可比价` (price basis), and the
//!   year of a base-year declaration.
//! - Hedges before the year in the same clause (`力争2028年前`, `确保2030年前`).
//! - Cited titles and document numbers: years inside `《…》` and `〔2021〕` are reported with
//!   `in_title: true` so that 《2030年前碳达峰行动方案》 is never read as the plan's own target.
//! - Base years: [`resolve_base_year`] finds “以2020年为基准年”, “基准年为2020年”,
//!   “基期（2020年）”; [`years_with_base`] then reports each later 基准年/基期 as that year.
//!
//! A bare four-digit number without 年 (`GB/T 32150-2015`) is not a year.

use std::ops::Range;

mod base;
mod calendar;

use base::{base_references, declarations, Declaration};
use calendar::{arabic, chinese, chinese_digit, plan};

use crate::extract::quantity::text::{char_at, clause_start, in_ranges, title_ranges, Source};
use crate::extract::quantity::{qualifier, Hedge};

/// A year, a range of years or a planning period mentioned in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearMention {
    /// First calendar year covered.
    pub first: u16,
    /// Last calendar year covered (`first` for a single year).
    pub last: u16,
    pub form: YearForm,
    /// What the year is to its sentence, when a word says it.
    pub relation: Option<YearRelation>,
    /// 力争 / 确保 before the year in the same clause.
    pub hedge: Option<Hedge>,
    /// Month of a date (`2023年6月`).
    pub month: Option<u8>,
    /// Day of a date (`2023年6月30日`).
    pub day: Option<u8>,
    /// Inside a cited title `《…》` or a document number `〔2021〕`.
    pub in_title: bool,
    /// Byte range in the input: the year with its 年 and date, the range, or the period
    /// with its quotes and 期间/末.
    pub span: Range<usize>,
}

impl YearMention {
    /// A plain calendar year that can date a figure or a deadline: not in a cited title,
    /// not a comparison base, price basis, declared base year or a 自…以来 start.
    pub fn dates_a_figure(&self) -> bool {
        !self.in_title
            && self.form == YearForm::Year
            && !matches!(
                self.relation,
                Some(
                    YearRelation::Comparison
                        | YearRelation::PriceBasis
                        | YearRelation::DeclaredBase
                        | YearRelation::Since
                )
            )
    }
}

/// How the year is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearForm {
    /// `2020年`, `二〇三〇年`.
    Year,
    /// `2021—2025年`.
    Range,
    /// A five-year plan (`number` 14 for 十四五) and the part of it meant.
    Plan { number: u8, part: PlanPart },
    /// The year of a document number (`国发〔2021〕23号`).
    DocumentNumber,
    /// 基准年 / 基期 standing for the year declared at `declared_at`.
    BaseYear { declared_at: Range<usize> },
}

/// The part of a five-year plan a mention means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanPart {
    /// `十四五` on its own.
    Whole,
    /// `十四五期间`, `十四五时期`.
    During,
    /// `十四五初`: its first year.
    Start,
    /// `十四五末`: its last year.
    End,
}

/// What a year is to its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRelation {
    /// `到2030年`, `至2025年`, `2025年底前`: a deadline, the year included.
    By,
    /// `2030年前`, `2030年以前`: a deadline (whether the year counts is the checks' call).
    Before,
    /// `2028年前后`, `2028年左右`.
    Around,
    /// `2030年后`, `2030年以后`.
    After,
    /// `2020年以来`, `自2020年`.
    Since,
    /// `自2025年起`, `2025年开始`.
    From,
    /// `截至2023年底`: the date data refer to.
    AsOf,
    /// `较2020年`, `比2020年`, `与2020年相比`: the base of a relative change.
    Comparison,
    /// `2020年价`, `2020年可比价`: the price basis of a monetary value.
    PriceBasis,
    /// The year of a base-year declaration (`以2020年为基准年`).
    DeclaredBase,
}

/// A declaration of the plan's base year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseYearDeclaration {
    pub year: u16,
    /// Byte range of the whole declaration (`以2020年为基准年`).
    pub span: Range<usize>,
    /// Byte range of the year in it.
    pub year_span: Range<usize>,
}

/// Every year mention in `text`, with 基准年/基期 resolved to a base year declared in the
/// same text.
///
/// Remembered for the document being checked (`extract::memo`): the checks ask
/// again and again of the same sentences and table headers (a table's headers once per
/// cell and rule).
/// The text after the year that opens it, with its 到/至 and its 度/底/末/前 and the comma
/// after it (`2020年园区…`, `到2025年，基地…`, `2022年度 园区…` → the park onward); `text`
/// itself when no year opens it. A clause's subject stands after such a time.
pub fn after_leading_year(text: &str) -> &str {
    let t = text
        .strip_prefix('到')
        .or_else(|| text.strip_prefix('至'))
        .unwrap_or(text)
        .trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let year = t.get(..digits).and_then(|d| d.parse::<u16>().ok());
    if digits != 4 || !year.is_some_and(|y| (1949..=2100).contains(&y)) {
        return text;
    }
    let rest = t.get(digits..).unwrap_or("").trim_start();
    let Some(rest) = rest.strip_prefix('年') else {
        return text;
    };
    let rest = ['度', '底', '末', '前']
        .iter()
        .find_map(|c| rest.strip_prefix(*c))
        .unwrap_or(rest);
    rest.trim_start_matches(['，', ',', ' ', '\u{3000}'])
}

pub fn years(text: &str) -> Vec<YearMention> {
    use crate::extract::memo::{PackKey, TextMemo};
    thread_local! {
        static MEMO: std::cell::RefCell<TextMemo<Vec<YearMention>>> = Default::default();
    }
    TextMemo::get_or(&MEMO, PackKey::NONE, text, years_of)
}

fn years_of(text: &str) -> Vec<YearMention> {
    // What `years_with_base(text, resolve_base_year(text))` gives, scanning once.
    let src = Source::new(text);
    let mentions = scan(&src);
    let declarations = declarations(src.text(), &mentions);
    let base = declarations
        .first()
        .map(|d| (d.year, src.span(d.span.clone())));
    resolve(&src, mentions, &declarations, base)
}

/// Every year mention in `text`; 基准年/基期 are reported as `base` (a year and the span
/// of its declaration, which may lie in another part of the document) and left out when
/// `base` is `None`.
pub fn years_with_base(text: &str, base: Option<(u16, Range<usize>)>) -> Vec<YearMention> {
    let src = Source::new(text);
    let mentions = scan(&src);
    let declarations = declarations(src.text(), &mentions);
    resolve(&src, mentions, &declarations, base)
}

/// Mark declared base years, add the references to `base`, map spans to the input.
fn resolve(
    src: &Source,
    mut mentions: Vec<YearMention>,
    declarations: &[Declaration],
    base: Option<(u16, Range<usize>)>,
) -> Vec<YearMention> {
    let mut declared: Vec<usize> = declarations.iter().map(|d| d.year_span.start).collect();
    declared.sort_unstable();
    for m in &mut mentions {
        if declared.binary_search(&m.span.start).is_ok() {
            m.relation = Some(YearRelation::DeclaredBase);
        }
    }
    inherit_in_lists(src.text(), &mut mentions);
    if let Some((year, declared_at)) = base {
        mentions.extend(base_references(src.text(), declarations, year, declared_at));
        mentions.sort_by_key(|m| m.span.start);
    }
    mentions
        .into_iter()
        .map(|mut m| {
            m.span = src.span(m.span);
            if let Some(h) = &mut m.hedge {
                h.span = src.span(h.span.clone());
            }
            m
        })
        .collect()
}

/// `到2025年和2030年`, `到2025年、2030年`: a year listed right after a deadline is a
/// deadline too.
fn inherit_in_lists(text: &str, mentions: &mut [YearMention]) {
    for i in 1..mentions.len() {
        let (Some(prev), Some(cur)) = (mentions.get(i - 1), mentions.get(i)) else {
            continue;
        };
        if cur.relation.is_some()
            || !matches!(prev.relation, Some(YearRelation::By))
            || cur.form != YearForm::Year
        {
            continue;
        }
        let between = text.get(prev.span.end..cur.span.start).unwrap_or("");
        let joiner = between.trim_start_matches('年').trim();
        if matches!(joiner, "、" | "和" | "及" | "与" | "以及" | "，" | ",") {
            let relation = prev.relation;
            if let Some(m) = mentions.get_mut(i) {
                m.relation = relation;
            }
        }
    }
}

/// The first base-year declaration in `text`: the year and the byte span of the
/// declaration.
pub fn resolve_base_year(text: &str) -> Option<(u16, Range<usize>)> {
    base_year_declarations(text)
        .into_iter()
        .next()
        .map(|d| (d.year, d.span))
}

/// Every base-year declaration in `text` (two different years are a defect the
/// `boundary/base-year` check reports).
pub fn base_year_declarations(text: &str) -> Vec<BaseYearDeclaration> {
    let src = Source::new(text);
    let mentions = scan(&src);
    declarations(src.text(), &mentions)
        .into_iter()
        .map(|d| BaseYearDeclaration {
            year: d.year,
            span: src.span(d.span),
            year_span: src.span(d.year_span),
        })
        .collect()
}

/// Year mentions with spans in the normalised text.
pub(crate) fn scan(src: &Source) -> Vec<YearMention> {
    let s = src.text();
    let titles = title_ranges(s);
    let mut out: Vec<YearMention> = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        let found = if c.is_ascii_digit() {
            arabic(src, i)
        } else if chinese_digit(c).is_some() {
            chinese(s, i).map(|m| (vec![m.clone()], m.span.end))
        } else if matches!(c, '十' | '“' | '"' | '‘' | '\'' | '「' | '『') {
            plan(s, i).map(|m| (vec![m.clone()], m.span.end))
        } else {
            None
        };
        match found {
            Some((mentions, end)) if end > i => {
                out.extend(mentions);
                i = end;
            }
            _ => {
                // A whole digit run at once, so 12020年 is not read as 2020年.
                let mut next = i + c.len_utf8();
                if c.is_ascii_digit() {
                    while s.as_bytes().get(next).is_some_and(u8::is_ascii_digit) {
                        next += 1;
                    }
                }
                i = next;
            }
        }
    }
    for m in &mut out {
        if in_ranges(&titles, m.span.start) {
            m.in_title = true;
        }
        if m.hedge.is_none() {
            let from = clause_start(s, m.span.start, 16);
            m.hedge =
                qualifier::hedge_in(s, from, m.span.start).map(|(kind, span)| Hedge { kind, span });
        }
    }
    out
}

fn mention(first: u16, last: u16, form: YearForm, span: Range<usize>) -> YearMention {
    YearMention {
        first,
        last,
        form,
        relation: None,
        hedge: None,
        month: None,
        day: None,
        in_title: false,
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> YearMention {
        let found = years(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn plain_and_chinese_years() {
        let m = one("2020年园区二氧化碳排放总量为128.4万吨");
        assert_eq!((m.first, m.last, m.form), (2020, 2020, YearForm::Year));
        assert_eq!(m.span, 0..7);
        let text = "到二〇三〇年，园区实现碳达峰";
        let m = one(text);
        assert_eq!(m.first, 2030);
        assert_eq!(m.relation, Some(YearRelation::By));
        assert_eq!(&text[m.span], "二〇三〇年");
        let text = "到２０２５年";
        assert_eq!(&text[one(text).span], "２０２５年");
    }

    #[test]
    fn plans_resolve_to_years() {
        let m = one("“十四五”期间园区新增能耗18万吨标准煤");
        assert_eq!((m.first, m.last), (2021, 2025));
        assert_eq!(
            m.form,
            YearForm::Plan {
                number: 14,
                part: PlanPart::During
            }
        );
        assert_eq!(
            (one("到十四五末").first, one("到十四五末").last),
            (2025, 2025)
        );
        assert_eq!((one("十五五").first, one("十五五").last), (2026, 2030));
        assert_eq!((one("“十三五”").first, one("“十三五”").last), (2016, 2020));
    }

    #[test]
    fn base_year_forms() {
        for (text, year) in [
            ("以2020年为基准年", 2020),
            ("本方案基准年为2020年", 2020),
            ("基期（2020年）", 2020),
            ("选取2019年作为本方案基准年", 2019),
            ("以二〇二〇年为基期", 2020),
        ] {
            assert_eq!(
                resolve_base_year(text).map(|(y, _)| y),
                Some(year),
                "{text}"
            );
        }
        assert_eq!(resolve_base_year("较基准年下降18%"), None);
        let (_, span) = resolve_base_year("本方案以2020年为基准年。").unwrap_or((0, 0..0));
        assert_eq!(&"本方案以2020年为基准年。"[span], "以2020年为基准年");
    }
}
