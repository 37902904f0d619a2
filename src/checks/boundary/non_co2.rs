//! `boundary/non-co2`: non-CO2 gases or CO2-equivalent used in the inventory, totals or
//! targets, while the standard covers CO2 only.

use crate::checks::boundary::quote;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::prose::{
    exclusion_scopes, governed, inside, title_ranges, ExcludedList, ExclusionCues,
};
use crate::extract::targets::quotes_upper_level;
use crate::finding::{Finding, NonCo2};

pub const DOC: RuleDoc = RuleDoc {
    id: "boundary/non-co2",
    category: Category::Boundary,
    severity: Severity::Error,
    summary: Text {
        zh: "排放清单、总量或目标使用了非二氧化碳气体或二氧化碳当量口径",
        en: "non-CO2 gases or CO2-equivalent used in the inventory, totals or targets",
    },
    why: Text {
        zh: "《编制指南》编制说明明确本标准“仅针对二氧化碳这一温室气体”。以“温室气体”“二氧化碳当量（tCO2e）”或甲烷、氧化亚氮计量的清单和目标与标准口径不一致，无法与二氧化碳达峰目标比较。引用标准名称中的“温室气体”、声明不含其他温室气体的句子（包括先说明某气体去向、再写明不核算该气体的句子：“尾气中的甲烷在焚烧炉内燃尽，…不另行核算甲烷”，以及园区根本没有此类排放源的说明）、界定报告主体的门槛（“年温室气体排放量达到2.6万吨二氧化碳当量的企业”）不受此限。",
        en: "The standard covers carbon dioxide only. Inventories and targets in greenhouse gases, CO2-equivalent (tCO2e), methane or nitrous oxide do not match its caliber and cannot be compared with a CO2 peak. 温室气体 inside a cited standard's title, a sentence excluding other gases (one that first says what becomes of a gas and then that the gas is not counted, 尾气中的甲烷在焚烧炉内燃尽，…不另行核算甲烷, or that the park has no such sources), or a threshold defining who reports (年温室气体排放量达到2.6万吨二氧化碳当量的企业) is fine.",
    },
    fails: "## 一、碳排放分析\n\n2020年园区温室气体排放总量为102.6万吨二氧化碳当量。\n",
    passes: "## 一、碳排放分析\n\n本方案仅核算二氧化碳排放，不包括其他温室气体。2020年园区二氧化碳排放总量为102.6万吨。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.boundary();
    let b = &cx.rules.boundary;
    let lex = &cx.rules.lexicon;
    let cues = ExclusionCues {
        before: &b.exclusion_before,
        after: &b.exclusion_after,
        restriction: &b.restriction,
        self_reference: &lex.self_reference,
        continuing: &lex.continuing_clause,
        objects: &b.gases_flagged,
        sources: &b.sources,
        destination: &lex.exclusion_destination,
        anaphor: &lex.anaphor,
        back_reference: &lex.back_reference,
    };
    let mut list = ExcludedList::default();
    for s in &facts.all {
        // A heading names a topic (`三、关于其他温室气体的说明`); what the plan counts is in
        // the text under it.
        if s.heading {
            continue;
        }
        let text = s.as_str();
        let hits = b.gases_flagged.find_all(text);
        let runs_on = text.trim_end().ends_with(['；', ';']);
        if hits.is_empty() && !runs_on {
            list = ExcludedList::default();
            continue;
        }
        // A row label is read with its values (`| 温室气体种类 | 仅二氧化碳 |`): what they
        // say of the gases restricts or excludes the label's term.
        let row = s.table.as_ref().and_then(|c| c.row_reading(text));
        let reading = row.as_deref().unwrap_or(text);
        let exempt = b.gas_exemptions.find_all(reading);
        let excluded = exclusion_scopes(reading, cues);
        if list.step(s.block(), text, &excluded) || hits.is_empty() {
            continue;
        }
        // A value in a row whose label is left out as a whole (`备忘项：甲烷和氧化亚氮`,
        // `甲烷和氧化亚氮（不计入合计）`) is left out with it: `0.42（二氧化碳当量）`.
        if row.is_none()
            && s.table
                .as_ref()
                .is_some_and(|t| left_out_whole(t.row_header, cues))
        {
            continue;
        }
        let titles = title_ranges(text);
        // (The pack's `lexicon.emission_figure`, `gas_inclusion` and `co2e_unit`.)
        // A figure of the term's: from its clause's start up to CO2 named as a subject of
        // its own (`温室气体排放控制能力明显增强，单位工业增加值二氧化碳排放…下降18%`: the 18%
        // is CO2's).
        // Read once per sentence (a sentence may hold thousands of terms): where clauses
        // start, where CO2 is named, where figures, peak words and years stand.
        let figures = Figures::of(lex, text, &titles);
        let states_figure = |h: &std::ops::Range<usize>| {
            let start = figures.clause_start(h.start);
            let end = figures.co2_after(h.end).unwrap_or(text.len());
            figures.any_figure(start..end)
        };
        let sentence_figure = lex.emission_figure.is_match(text);
        let totals = s.table.is_some()
            // An inclusion cue that is the restriction's own verb (`GHG：温室气体，本方案仅
            // 核算其中的CO2`) takes nothing in.
            || lex
                .gas_inclusion
                .find_all(text)
                .iter()
                .any(|r| !governed(&excluded, r))
            || facts.sections.iter().any(|r| r.contains(&s.block()));
        let flagged = hits.into_iter().find(|h| {
            let term = text.get(h.clone()).unwrap_or("");
            let is_unit = lex.co2e_unit.is_match(term);
            !inside(&titles, h.start)
                && !governed(&exempt, h)
                && !governed(&excluded, h)
                && (is_unit || totals || (sentence_figure && states_figure(h)))
                // Another level's target quoted (`国家自主贡献提出，到2035年全经济范围温室气体
                // 净排放量比峰值下降7%—10%`): its caliber, not the park's accounting.
                && !text.get(..h.start).is_some_and(|before| {
                    lex.quote_opening.is_match(before) && quotes_upper_level(lex, before)
                })
        });
        let Some(h) = flagged else { continue };
        let gas = text.get(h.clone()).unwrap_or("");
        let finding = Finding::NonCo2(NonCo2 {
            gas: gas.to_string(),
            quote: quote(text),
        });
        let Some(d) = cx.diagnostic(&DOC, finding) else {
            return;
        };
        let (loc, span) = s.place(cx.doc, h.start..h.end);
        out.push(d.at(loc, span));
    }
}

/// Whether exclusion wording leaves a row label out as a whole: a scope runs over all of it.
fn left_out_whole(label: &str, cues: ExclusionCues) -> bool {
    let label = label.trim();
    !label.is_empty()
        && exclusion_scopes(label, cues)
            .iter()
            .any(|r| r.start == 0 && r.end >= label.len())
}

/// Positions in a sentence that [`check`] asks of each non-CO2 term, read in one pass.
/// Whether the space at `at` separates a standard's designation from its number: upper-case
/// ASCII letters (with `/`, as in GB/T) right before it, two at least, and a digit after.
fn designation(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let letters = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_uppercase() || *c == '/')
        .filter(char::is_ascii_uppercase)
        .count();
    letters >= 2
        && text
            .get(at + 1..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_digit())
}

/// Whether a year of four digits (19xx, 20xx) starts at `at`, no digit after it.
fn year_follows(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("").as_bytes();
    rest.len() >= 4
        && (rest.starts_with(b"19") || rest.starts_with(b"20"))
        && rest.iter().take(4).all(u8::is_ascii_digit)
        && !rest.get(4).is_some_and(u8::is_ascii_digit)
}

struct Figures {
    /// Where each clause starts (after `，`, `；`, `。`).
    clause_starts: Vec<usize>,
    /// Where CO2 is named as a subject of its own (二氧化碳, CO2, 碳排放; not a CO2e unit).
    co2: Vec<usize>,
    /// Where a figure starts: a number that is no year, no part of a name (`NF3`, `HFC-23`,
    /// `PM2.5`) and not in a cited title (`到2025年，建立温室气体排放统计核算体系` has none).
    figures: Vec<usize>,
    /// Where the pack's `lexicon.dated_figure` words (峰值, 达峰) stand, and the years outside
    /// titles: a year with one of them in the window makes a figure.
    dated: Vec<usize>,
    years: Vec<usize>,
}

impl Figures {
    fn of(lex: &crate::pack::Lexicon, text: &str, titles: &[std::ops::Range<usize>]) -> Figures {
        let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
        let mentions = crate::extract::years::years(text);
        let mut clause_starts = vec![0];
        let mut figures = Vec::new();
        // Within a run of letters, digits and joiners only the run's first digit may open a
        // figure.
        let mut in_run = false;
        let mut year_at = 0usize;
        for (i, c) in text.char_indices() {
            if matches!(c, '，' | ',' | '；' | ';' | '。') {
                clause_starts.push(i + c.len_utf8());
            }
            if is_digit(c) {
                while mentions.get(year_at).is_some_and(|y| y.span.end <= i) {
                    year_at += 1;
                }
                let in_year = mentions.get(year_at).is_some_and(|y| y.span.contains(&i));
                if !in_run && !inside(titles, i) && !in_year {
                    figures.push(i);
                }
                in_run = true;
            } else if c.is_ascii_alphabetic() {
                in_run = true;
            } else if in_run && matches!(c, '-' | '.' | '．') {
                // A joiner keeps the run: HFC-23, PM2.5, 12.5.
            } else if in_run && matches!(c, ':' | '—' | '–') && year_follows(text, i + c.len_utf8())
            {
                // So does a standard's year (ISO 14067:2018, GB/T 32150—2015).
            } else if c == ' ' && designation(text, i) {
                // A standard's number after its letters (ISO 14067, GB/T 32150): part of
                // the name.
            } else {
                in_run = false;
            }
        }
        let mut co2: Vec<usize> = ["二氧化碳", "CO2", "CO₂", "碳排放"]
            .iter()
            .flat_map(|w| text.match_indices(w))
            .filter(|(at, w)| {
                // The unit's words right after it (当量, -eq): a few characters.
                let tail: String = text
                    .get(at + w.len()..)
                    .unwrap_or("")
                    .chars()
                    .take(4)
                    .collect();
                !(lex.co2e_unit.opens(&format!("{w}{tail}")) || tail.starts_with(['e', 'E']))
            })
            .map(|(at, _)| at)
            .collect();
        co2.sort_unstable();
        let dated = if lex.dated_figure.is_match(text) {
            lex.dated_figure
                .find_all(text)
                .iter()
                .map(|r| r.start)
                .collect()
        } else {
            Vec::new()
        };
        let years = mentions
            .iter()
            .filter(|y| !y.in_title)
            .map(|y| y.span.start)
            .collect();
        Figures {
            clause_starts,
            co2,
            figures,
            dated,
            years,
        }
    }

    /// The start of the clause holding `at`.
    fn clause_start(&self, at: usize) -> usize {
        let i = self.clause_starts.partition_point(|s| *s <= at);
        i.checked_sub(1)
            .and_then(|i| self.clause_starts.get(i))
            .copied()
            .unwrap_or(0)
    }

    /// The first CO2 named at or after `from`.
    fn co2_after(&self, from: usize) -> Option<usize> {
        let i = self.co2.partition_point(|s| *s < from);
        self.co2.get(i).copied()
    }

    /// Whether `window` holds a figure, or a year with a dated-figure word.
    fn any_figure(&self, window: std::ops::Range<usize>) -> bool {
        let within = |list: &[usize]| {
            let i = list.partition_point(|s| *s < window.start);
            list.get(i).is_some_and(|s| *s < window.end)
        };
        within(&self.figures) || (within(&self.dated) && within(&self.years))
    }
}
