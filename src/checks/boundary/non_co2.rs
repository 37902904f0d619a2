//! `boundary/non-co2`: non-CO2 gases or CO2-equivalent used in the inventory, totals or
//! targets, while the standard covers CO2 only.

use crate::checks::boundary::quote;
use crate::checks::{Context, RuleDoc, Text};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::extract::prose::{
    exclusion_scopes, governed, inside, title_ranges, ExcludedList, ExclusionCues,
};
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
        zh: "《编制指南》编制说明明确本标准“仅针对二氧化碳这一温室气体”。以“温室气体”“二氧化碳当量（tCO2e）”或甲烷、氧化亚氮计量的清单和目标与标准口径不一致，无法与二氧化碳达峰目标比较。引用标准名称中的“温室气体”、声明不含其他温室气体的句子不受此限。",
        en: "The standard covers carbon dioxide only. Inventories and targets in greenhouse gases, CO2-equivalent (tCO2e), methane or nitrous oxide do not match its caliber and cannot be compared with a CO2 peak. 温室气体 inside a cited standard's title, or a sentence excluding other gases, is fine.",
    },
    fails: "## 一、碳排放分析\n\n2020年园区温室气体排放总量为102.6万吨二氧化碳当量。\n",
    passes: "## 一、碳排放分析\n\n本方案仅核算二氧化碳排放，不包括其他温室气体。2020年园区二氧化碳排放总量为102.6万吨。\n",
};

pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let facts = cx.boundary();
    let b = &cx.rules.boundary;
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
        let excluded = exclusion_scopes(
            reading,
            ExclusionCues {
                before: &b.exclusion_before,
                after: &b.exclusion_after,
                restriction: &b.restriction,
                self_reference: &cx.rules.lexicon.self_reference,
                continuing: &cx.rules.lexicon.continuing_clause,
                objects: &b.gases_flagged,
                destination: &cx.rules.lexicon.exclusion_destination,
                anaphor: &cx.rules.lexicon.anaphor,
                back_reference: &cx.rules.lexicon.back_reference,
            },
        );
        if list.step(s.block(), text, &excluded) || hits.is_empty() {
            continue;
        }
        let titles = title_ranges(text);
        let has_number = text
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        // (The pack's `lexicon.emission_figure`, `gas_inclusion` and `co2e_unit`.)
        let lex = &cx.rules.lexicon;
        let totals = s.table.is_some()
            || (has_number && lex.emission_figure.is_match(text))
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
                && (is_unit || totals)
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
