//! The plan's accounting boundary (核算边界) as stated: where it is declared, what it
//! covers (spatial/organisational extent, emission sources, purchased electricity and
//! heat), its base year(s) and the accounting standards it cites.
//!
//! The declaration is the text of the section that matched the `accounting_boundary`
//! outline item, plus every sentence elsewhere that matches the pack's `declaration`
//! vocabulary (以…为核算边界, 核算范围为…, 统计口径为…).

use std::ops::Range;

use std::sync::{LazyLock, OnceLock};

use crate::pack::Pattern;

use crate::extract::analysis::Analysis;
use crate::extract::prose::{exclusion_scopes, governed, ExclusionCues};
use crate::extract::sentences::{inside, item_blocks, sentences, title_ranges, Sentence};

mod marks;

/// Whether purchased electricity and heat (间接排放) are in the boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Indirect {
    Included,
    Excluded,
    Unstated,
}

/// A base year as the plan declares it.
#[derive(Debug, Clone)]
pub struct BaseYear<'d> {
    pub year: u16,
    pub sentence: Sentence<'d>,
    /// The year's digits within the sentence.
    pub range: Range<usize>,
}

/// What the plan says about its boundary.
#[derive(Debug, Clone)]
pub struct BoundaryFacts<'d> {
    /// Every sentence of the document.
    pub all: Vec<Sentence<'d>>,
    /// Blocks of the 核算边界 sections: the one the outline placed, and every other
    /// heading that names the boundary (`（一）核算边界` under 总则), in document order.
    pub sections: Vec<Range<usize>>,
    /// The declaring sentences (section sentences and declaration-pattern sentences).
    pub declaration: Vec<Sentence<'d>>,
    pub spatial: bool,
    pub sources: bool,
    pub indirect: Indirect,
    /// The sentence that settles `indirect`.
    pub indirect_at: Option<Sentence<'d>>,
    pub base_years: Vec<BaseYear<'d>>,
    /// Base-year declarations quoted from another level (`全省…（以2020年为基期）`): (sentence
    /// index into `all`, byte offset of the year). Not the plan's, nor found again by the
    /// fallback reading of the declared base.
    pub quoted_bases: Vec<(usize, usize)>,
    /// Accounting standards named anywhere: (standard id, sentence).
    pub standards: Vec<(String, Sentence<'d>)>,
    /// What the declaration keeps in the emissions, not deducted (`本方案对绿电交易电量
    /// 不作扣减`, `未扣除捕集量的总排放`): (offset id of the pack's `lexicon.offset_name`,
    /// the sentence saying so).
    pub undeducted: Vec<(&'static str, Sentence<'d>)>,
}

static NO_RESTRICTION: LazyLock<crate::pack::Vocabulary> = LazyLock::new(Default::default);

/// What the pack's exclusion cues govern in `text`, read for emission sources (purchased
/// power and heat): before the cue (…不纳入核算) or after it (不核算…). The restriction to
/// CO2 (仅核算二氧化碳) restricts gases, not sources, and is left out.
pub fn source_exclusion_scopes(pack: &crate::pack::RulesPack, text: &str) -> Vec<Range<usize>> {
    let b = &pack.boundary;
    exclusion_scopes(
        text,
        ExclusionCues {
            before: &b.exclusion_before,
            after: &b.exclusion_after,
            restriction: &NO_RESTRICTION,
            self_reference: &pack.lexicon.self_reference,
            continuing: &pack.lexicon.continuing_clause,
            objects: &b.indirect,
            sources: &b.sources,
            destination: &pack.lexicon.exclusion_destination,
            anaphor: &pack.lexicon.anaphor,
            back_reference: &pack.lexicon.back_reference,
        },
    )
}

/// Find the boundary facts of the analysed document.
pub fn boundary<'d>(cx: &Analysis<'d>) -> BoundaryFacts<'d> {
    let b = &cx.rules.boundary;
    let all = sentences(cx.doc);
    let sections = boundary_sections(cx);
    let in_section = |block: usize| sections.iter().any(|r| r.contains(&block));
    // A declaration goes on after its first sentence (`核算边界：…。核算内容：…。`) and a
    // boundary table is read whole: every sentence of a paragraph or table that has a
    // declaring sentence is part of the declaration.
    let mut declaring_blocks: Vec<usize> = all
        .iter()
        .filter(|s| !s.heading && marks::of(cx.rules, s).declaration)
        .map(|s| s.block())
        .collect();
    // A block that states all three parts — extent, sources and purchased power and heat —
    // declares the boundary whatever its wording: a table `空间范围 | 规划范围`, `排放源 |
    // 化石燃料燃烧`, `间接排放 | 净调入电力，计入`.
    declaring_blocks.sort_unstable();
    declaring_blocks.dedup();
    // …and a declaration goes on over the paragraphs beside it that state a part of the
    // boundary (`核算范围：…` / `排放来源：…` / `气体：…`, one per line); a run of such
    // paragraphs that states all three parts declares the boundary whatever its wording.
    declaring_blocks = declaring_runs(cx.rules, &all, &declaring_blocks);
    let declaration: Vec<Sentence> = all
        .iter()
        .filter(|s| {
            in_section(s.block())
                || (!s.heading && declaring_blocks.binary_search(&s.block()).is_ok())
        })
        .cloned()
        .collect();
    let extent = |s: &Sentence| {
        if s.heading {
            // A heading of the boundary section (`核算边界与范围`); not in the marks.
            b.spatial.is_match(s.as_str()) || b.organisational.is_match(s.as_str())
        } else {
            marks::of(cx.rules, s).extent
        }
    };
    // A declaration giving its extent as the plan's own scope (`核算边界与方案范围一致`) has
    // the extent the plan's scope statement gives, wherever that stands.
    let lex = &cx.rules.lexicon;
    let spatial = declaration.iter().any(extent)
        || (declaration
            .iter()
            .any(|s| lex.scope_reference.is_match(s.as_str()))
            && all
                .iter()
                .any(|s| !s.heading && lex.plan_scope.is_match(s.as_str()) && extent(s)));
    let sources = declaration.iter().any(|s| {
        if s.heading {
            b.sources.is_match(s.as_str()) || b.direct.is_match(s.as_str())
        } else {
            marks::of(cx.rules, s).sources
        }
    });
    let mut indirect = Indirect::Unstated;
    let mut indirect_at = None;
    // The boundary section's own sentences first: a caliber set elsewhere for a target
    // (`达峰目标按直接排放口径（不计净调入电力间接排放）考核`) reads like a declaration, but
    // what the boundary section says is what the plan declares, wherever the section stands.
    let (own, elsewhere): (Vec<&Sentence>, Vec<&Sentence>) =
        declaration.iter().partition(|s| in_section(s.block()));
    for s in own.into_iter().chain(elsewhere) {
        let text = s.as_str();
        let hits = b.indirect.find_all(text);
        let Some(first) = hits.first() else { continue };
        // Excluded when an exclusion cue stands shortly before the term (不计入外购电力), or
        // the term lies in what an exclusion cue governs, before or after it (外购电力热力
        // 排放不纳入核算范围, 本方案不核算外购电力的间接排放) — the reading of non-CO2 gases.
        let scopes = source_exclusion_scopes(cx.rules, text);
        let excluded = b
            .exclusion
            .find_all(text)
            .iter()
            .any(|e| e.start < first.start && first.start - e.end <= 12)
            || governed(&scopes, &(first.start..first.end));
        indirect = if excluded {
            Indirect::Excluded
        } else {
            Indirect::Included
        };
        indirect_at = Some(s.clone());
        break;
    }
    // A park that buys no power from the grid (`不从电网购电`, said anywhere) has no purchased
    // power to count or leave out: the boundary leaves nothing open.
    if indirect == Indirect::Unstated {
        if let Some(s) = all
            .iter()
            .find(|s| !s.heading && lex.no_purchased_power.is_match(s.as_str()))
        {
            indirect = Indirect::Excluded;
            indirect_at = Some(s.clone());
        }
    }
    let (base_years, quoted_bases) = base_years(cx, &all);
    let standards = all
        .iter()
        .flat_map(|s| {
            marks::of(cx.rules, s)
                .standards
                .iter()
                .filter_map(|&i| b.accounting_standards.get(i))
                .map(|st| (st.id.clone(), s.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    let undeducted = undeducted(&cx.rules.lexicon, &declaration);
    BoundaryFacts {
        all,
        sections,
        undeducted,
        declaration,
        spatial,
        sources,
        indirect,
        indirect_at,
        base_years,
        quoted_bases,
        standards,
    }
}

/// The offsets a declaration names as not deducted: each sentence with a `not_deducted`
/// cue, and the `offset_name` groups it names.
fn undeducted<'d>(
    lex: &crate::pack::Lexicon,
    declaration: &[Sentence<'d>],
) -> Vec<(&'static str, Sentence<'d>)> {
    let mut out: Vec<(&'static str, Sentence<'d>)> = Vec::new();
    for s in declaration {
        let t = s.as_str();
        if !lex.not_deducted.is_match(t) {
            continue;
        }
        for (id, _) in offsets_named(lex, t) {
            if !out.iter().any(|(o, _)| *o == id) {
                out.push((id, s.clone()));
            }
        }
    }
    out
}

/// The offsets (`lexicon.offset_name` groups) named in `text`, with where.
pub fn offsets_named(lex: &crate::pack::Lexicon, text: &str) -> Vec<(&'static str, Range<usize>)> {
    let mut out = Vec::new();
    for p in &lex.offset_name.patterns {
        for c in p.captures_iter(text) {
            for id in crate::pack::OFFSET_IDS {
                if let Some(m) = c.name(id) {
                    out.push((*id, m.range()));
                }
            }
        }
    }
    out
}

/// The blocks of every section on the boundary: the outline's `accounting_boundary`
/// section and each heading that names it by title, alias, pattern or concept and reads as
/// a declaration (`核算边界`, `核算范围`, not a scenario's `测算口径`), wherever it stands
/// (a plan may declare its boundary under 总则 or 编制说明).
fn boundary_sections(cx: &Analysis) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = item_blocks(cx, "accounting_boundary").into_iter().collect();
    if let Some(item) = cx.rules.outline_item("accounting_boundary") {
        let sections = cx.doc.sections();
        let declares = |i: usize| {
            cx.doc
                .blocks
                .get(i)
                .and_then(|b| b.heading())
                .is_some_and(|h| cx.rules.boundary.declaration.is_match(&h.title))
        };
        for (i, kind) in crate::extract::outline::heading_matches(cx.doc, item) {
            if kind == crate::extract::outline::MatchKind::Position
                || out.iter().any(|r| r.contains(&i))
                || !declares(i)
            {
                continue;
            }
            if let Some(sec) = crate::extract::outline::find_section(&sections, i) {
                let r = sec.heading..sec.content.end.max(sec.heading + 1);
                out.retain(|o| !(r.start <= o.start && o.end <= r.end));
                out.push(r);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// The declaring blocks widened to the runs of adjacent blocks that each state a part of
/// the boundary (extent, sources, purchased power and heat): a run holding a declaring
/// block, or stating all three parts between its blocks (a table `空间范围 | 规划范围`,
/// `排放源 | 化石燃料燃烧`, `间接排放 | 净调入电力，计入`; labelled lines), declares.
fn declaring_runs(
    rules: &crate::pack::RulesPack,
    all: &[Sentence],
    declaring: &[usize],
) -> Vec<usize> {
    // (block, extent, sources, indirect) per block, sentences being in block order.
    let mut parts: Vec<(usize, bool, bool, bool)> = Vec::new();
    for s in all.iter().filter(|s| !s.heading) {
        let m = marks::of(rules, s);
        let (extent, sources, indirect) = (m.extent, m.sources, m.indirect);
        match parts.last_mut() {
            Some(p) if p.0 == s.block() => {
                p.1 |= extent;
                p.2 |= sources;
                p.3 |= indirect;
            }
            _ => parts.push((s.block(), extent, sources, indirect)),
        }
    }
    let mut out: Vec<usize> = declaring.to_vec();
    let mut run: Vec<(usize, bool, bool, bool)> = Vec::new();
    let mut flush = |run: &mut Vec<(usize, bool, bool, bool)>| {
        let every = run.iter().any(|p| p.1) && run.iter().any(|p| p.2) && run.iter().any(|p| p.3);
        let declared = run.iter().any(|p| declaring.binary_search(&p.0).is_ok());
        if every || declared {
            out.extend(run.iter().map(|p| p.0));
        }
        run.clear();
    };
    for p in parts {
        // A declaring block heads the run that follows it (`核算边界如下：`).
        let states = p.1 || p.2 || p.3 || declaring.binary_search(&p.0).is_ok();
        let adjacent = run.last().is_some_and(|l| l.0 + 1 == p.0);
        if !states || !adjacent {
            flush(&mut run);
        }
        if states {
            run.push(p);
        }
    }
    flush(&mut run);
    out.sort_unstable();
    out.dedup();
    out
}

/// `基准年（2020年）`, `2020年（基准年）` — base years written beside the word rather
/// than in a declaring sentence (table headers, headings). A literal pattern: it always
/// compiles, and if it did not the reader would simply find fewer base years.
fn parenthesised_base_year() -> Option<&'static Pattern> {
    static RE: OnceLock<Pattern> = OnceLock::new();
    Some(RE.get_or_init(|| {
        Pattern::fixed(
            r"(?:(?:基准年|基期|基年)(?:值|数值)?|基准值|基期值)\s*[（(]\s*(?P<year>(?:19|20)\d{2})\s*年?\s*[）)]|(?P<year2>(?:19|20)\d{2})\s*年?\s*[（(]\s*(?:基准年|基期)\s*[）)]",
        )
    }))
}

fn enterprise_base() -> Option<&'static Pattern> {
    static RE: OnceLock<Pattern> = OnceLock::new();
    Some(RE.get_or_init(|| Pattern::fixed(r"企业[^，,。；;]{0,6}(?:基准年|基期|基年)\s*[（(]\s*$")))
}

/// The base years the plan declares, and the declarations it quotes from another level
/// (sentence index, byte offset of the year), which are not the plan's.
fn base_years<'d>(
    cx: &Analysis<'d>,
    all: &[Sentence<'d>],
) -> (Vec<BaseYear<'d>>, Vec<(usize, usize)>) {
    let mut out = Vec::new();
    let mut quoted = Vec::new();
    for (i, s) in all.iter().enumerate() {
        // A table that states it: `| 基准年 | 2020年 |`, or a `基准年` column over `2020年`.
        let base_year_cell = s.table.as_ref().is_some_and(|cell| {
            [cell.row_header, cell.column_header]
                .iter()
                .any(|h| names_base_year(h))
        });
        let found = if base_year_cell {
            sentence_base_years(cx.rules, s.as_str(), true).into()
        } else {
            marks::of(cx.rules, s).base_years.clone()
        };
        for &(year, ref range, from_elsewhere) in found.iter() {
            if from_elsewhere {
                quoted.push((i, range.start));
            } else {
                out.push(BaseYear {
                    year,
                    sentence: s.clone(),
                    range: range.clone(),
                });
            }
        }
    }
    (out, quoted)
}

/// The base years a sentence declares as (year, the year's digits as written, whether the
/// declaration is quoted from another level); `base_year_cell`: a table cell under a
/// header naming the base year, whose lone year is one. A function of the text and the
/// pack (and the flag): remembered per text in [`marks`].
fn sentence_base_years(
    rules: &crate::pack::RulesPack,
    sentence: &str,
    base_year_cell: bool,
) -> Vec<(u16, Range<usize>, bool)> {
    // `以二〇二〇年为基准年`: years in Chinese numerals read as digits (the same length,
    // so ranges hold; a found year is widened back onto the digits as written).
    let normalized = crate::extract::targets::ascii_years(sentence);
    let text: &str = &normalized;
    let written = crate::extract::targets::chinese_year_digits(sentence);
    let titles = title_ranges(text);
    let mut found: Vec<(u16, Range<usize>)> = Vec::new();
    for p in &rules.boundary.base_year.patterns {
        for caps in p.captures_iter(text) {
            if let Some(m) = caps.name("year") {
                if let Ok(y) = m.as_str().parse::<u16>() {
                    found.push((y, m.range()));
                }
            }
        }
    }
    for caps in parenthesised_base_year()
        .into_iter()
        .flat_map(|re| re.captures_iter(text))
    {
        if let Some(m) = caps.name("year").or_else(|| caps.name("year2")) {
            if let Ok(y) = m.as_str().parse::<u16>() {
                found.push((y, m.range()));
            }
        }
    }
    if base_year_cell {
        if let Some((y, r)) = cell_year_alone(text) {
            found.push((y, r));
        }
    }
    found.sort_by_key(|(_, r)| r.start);
    found.dedup_by_key(|(_, r)| r.start);
    let mut out = Vec::new();
    for (year, range) in found {
        if inside(&titles, range.start) {
            continue;
        }
        // `较企业自定基准年（2018年）`: an enterprise's own base year, quoted.
        let before = text.get(..range.start).unwrap_or("");
        if enterprise_base().is_some_and(|r| r.is_match(before)) {
            continue;
        }
        // `全省“十四五”…下降目标为19%（以2020年为基期）`: the base of an upper level's
        // target, quoted in the same clause, is not the plan's.
        let clause = before
            .rfind(['，', ',', '；', ';', '。'])
            .and_then(|i| before.get(i..))
            .unwrap_or(before);
        // A clause whose subject refers back (`…比2020年下降18%，该指标基期为2020年`) speaks
        // of what the sentence named before it: the whole sentence is its scope.
        let opening = clause.trim_start_matches(['，', ',', '；', ';', '。']);
        // So does a sentence opening with another level as its topic (`国家层面，…要求
        // …降低18%（以2020年为基期）`).
        let topic = text
            .split(['，', ',', '；', ';'])
            .next()
            .is_some_and(|first| rules.lexicon.upper_topic.is_match(first));
        // And a clause with no subject that only dates what the clause before stated (`经开区
        // 分解给产业园的任务是…下降16%，以2020年为基期`): the task's base, in its scope.
        let dating = opening.trim_start().starts_with('以');
        let scope = if topic || dating || rules.lexicon.back_reference.opens(opening) {
            before
        } else {
            clause
        };
        if crate::extract::targets::quotes_upper_level(&rules.lexicon, scope)
            || party_pledge(&rules.lexicon, text, &range)
        {
            out.push((year, range, true));
            continue;
        }
        let range = crate::extract::targets::widen_to_years(range, &written);
        out.push((year, range, false));
    }
    out
}

/// Whether the base year at `range` is a party's own: a company pledges it before it in the
/// sentence (`龙头企业长岭生物制品公司已向境外合作方承诺，以2019年为基准年…`, the pack's
/// `enterprise_subject` before a `pledge_verb` with no `obligation` right before the verb —
/// `督促重点企业承诺` is the plan's requirement), or the sentence sets it apart after it as
/// another caliber (`…核算口径与本方案不同，仅作参考`, `lexicon.other_caliber`).
fn party_pledge(lex: &crate::pack::Lexicon, text: &str, range: &Range<usize>) -> bool {
    let before = text.get(..range.start).unwrap_or("");
    let pledged = lex.pledge_verb.find_all(before).iter().any(|v| {
        let lead = before.get(..v.start).unwrap_or("");
        lex.enterprise_subject.is_match(lead) && !lex.obligation.ends(lead.trim_end())
    });
    pledged
        || text
            .get(range.end..)
            .is_some_and(|after| lex.other_caliber.is_match(after))
}

/// A table header that names the base year itself (`基准年`, `基准年份`, `基期`), not a
/// column of base-year values (`2020年基准值`).
fn names_base_year(header: &str) -> bool {
    let h: String = header
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '：' | ':'))
        .collect();
    matches!(
        h.as_str(),
        "基准年" | "基准年份" | "基准年度" | "基期" | "基准期" | "核算基准年" | "方案基准年"
    )
}

/// The year a cell holds and nothing else (`2020年`, `2020`), with its range.
fn cell_year_alone(text: &str) -> Option<(u16, Range<usize>)> {
    let t = text.trim();
    let start = text.find(t)?;
    let digits = t.strip_suffix('年').unwrap_or(t).trim_end();
    let year: u16 = digits.parse().ok()?;
    (digits.len() == 4 && (1990..=2100).contains(&year)).then(|| (year, start..start + 4))
}
