//! Low-carbon (policy) scenario emissions by year — the counterpart of the BAU series of
//! [`crate::extract::pathway::bau`], read the same way: a CO2 mass whose nearest scenario
//! word before it names a policy scenario (`低碳情景`, `达峰情景`, `目标情景` …), dated by the
//! nearest year before it; differences (`差额`, `需减排`) and caps (`控制在…以内`) are left out. Tables: a row headed
//! by a policy scenario with years across the header, or a column so headed with years
//! down the first column.

use crate::document::{BlockKind, Document};
use crate::extract::pathway::{cell_sentence, cell_year, respectively, year_before, Figure};
use crate::extract::quantity::QuantityExtractor;
use crate::extract::sentences::Sentence;
use crate::extract::targets::columns;
use crate::extract::years::years;

// The scenario words of the BAU reading (the pack's lexicon `bau` and `policy_scenario`):
// one list for both series.

/// A policy-scenario figure: always dated.
pub type Point<'d> = Figure<'d>;

fn point<'d>(
    year: u16,
    tonnes: f64,
    q: &crate::extract::quantity::Quantity,
    sentence: Sentence<'d>,
) -> Point<'d> {
    Figure {
        sentence,
        span: q.span.clone(),
        year: Some(year),
        tonnes,
        slack: q.canonical_step() / 2.0,
        co2e: super::co2e(q),
    }
}

fn co2_tonnes(q: &crate::extract::quantity::Quantity, table: bool) -> Option<f64> {
    if q.percent.is_some() || q.upper.is_some() {
        return None;
    }
    let u = q.unit.as_ref()?;
    match u.family.as_deref() {
        Some("co2_mass" | "co2e_mass") => q.canonical(),
        None if table && u.bare => Some(q.magnitude()),
        _ => None,
    }
}

pub fn low_carbon<'d>(
    x: &QuantityExtractor,
    sentences: &[Sentence<'d>],
    doc: &'d Document,
) -> Vec<Point<'d>> {
    let mut out = Vec::new();
    let lex = &x.pack().lexicon;
    let (policy, bau) = (&lex.policy_scenario, &lex.bau);
    for s in sentences {
        if s.heading || s.table.is_some() {
            continue;
        }
        let text = s.as_str();
        // Under a run-in heading naming a policy scenario (`2.政策情景。…`), see `bau`.
        let label_policy = s
            .label(doc)
            .is_some_and(|l| policy.is_match(l) && !bau.is_match(l));
        let own = super::policy_words(lex, text);
        if own.is_empty() && !label_policy {
            continue;
        }
        let mut marks: Vec<(usize, bool)> = own
            .into_iter()
            .map(|m| (m.start, true))
            .chain(bau.find_all(text).into_iter().map(|m| (m.start, false)))
            .filter(|(at, _)| {
                let before = text.get(..*at).unwrap_or("");
                !["比", "较", "与", "相比", "相较"]
                    .iter()
                    .any(|w| before.ends_with(w))
            })
            .collect();
        marks.sort_unstable();
        if label_policy {
            marks.insert(0, (0, true));
        }
        let list = years(text);
        let qs = x.quantities(text);
        let spans: Vec<std::ops::Range<usize>> = qs
            .iter()
            .filter(|q| co2_tonnes(q, false).is_some())
            .map(|q| q.span.clone())
            .collect();
        let paired = respectively(text, &list, &spans);
        for q in qs {
            let Some(tonnes) = co2_tonnes(&q, false) else {
                continue;
            };
            let at = q.span.start;
            if !marks
                .iter()
                .filter(|(m, _)| *m < at)
                .max_by_key(|(m, _)| *m)
                .is_some_and(|(_, p)| *p)
            {
                continue;
            }
            let clause_start = text
                .get(..at)
                .and_then(|b| b.rfind(['，', ',', '；', '：']))
                .unwrap_or(0);
            let clause = text.get(clause_start..at).unwrap_or("");
            if lex.not_scenario_figure.is_match(clause) {
                continue;
            }
            let Some(year) = paired
                .iter()
                .find(|(v, _)| *v == at)
                .map(|(_, y)| *y)
                .or_else(|| year_before(&list, at))
            else {
                continue;
            };
            out.push(point(year, tonnes, &q, s.clone()));
        }
    }
    for (i, b) in doc.blocks.iter().enumerate() {
        let BlockKind::Table(t) = &b.kind else {
            continue;
        };
        let Some(header) = t.rows.first() else {
            continue;
        };
        let head = columns(header);
        let head_text = |col: usize| -> String {
            head.iter()
                .find(|(c, _)| *c == col)
                .map(|(_, c)| c.text())
                .unwrap_or_default()
        };
        // `表1 排放预测（万吨二氧化碳）` over bare figures: the unit is the caption's, as
        // for the BAU rows of the same table.
        let table_unit = crate::extract::captions::scenario_table_unit(x, doc, i);
        for row in t.rows.iter().skip(1) {
            let cells = columns(row);
            let row_header = cells.first().map(|(_, c)| c.text()).unwrap_or_default();
            let row_year = cell_year(&row_header);
            let row_policy = policy.is_match(&row_header) && !bau.is_match(&row_header);
            for (col, cell) in cells.iter().skip(1) {
                let h = head_text(*col);
                let year = match row_year {
                    Some(y) if policy.is_match(&h) && !bau.is_match(&h) => Some(y),
                    None if row_policy => cell_year(&h),
                    _ => None,
                };
                let Some(year) = year else { continue };
                let Some(p) = cell.paragraphs.first() else {
                    continue;
                };
                let Some(q) = x.cell_quantity(&p.text, &row_header, &h, table_unit.as_deref())
                else {
                    continue;
                };
                let Some(tonnes) = co2_tonnes(&q, true) else {
                    continue;
                };
                let row_ref = row
                    .cells
                    .first()
                    .and_then(|c| c.paragraphs.first())
                    .map_or("", |p| p.text.as_str());
                out.push(point(year, tonnes, &q, cell_sentence(i, p, row_ref, "")));
            }
        }
    }
    out
}

/// The policy scenario the plan adopts, by name (`达峰情景`, `强化情景`): the policy
/// scenario word inside or nearest before an adoption (the pack's `lexicon.scenario_adoption`:
/// `推荐达峰情景：`, `本方案采用低碳情景，`, `强化情景于2027年前后达峰，…，推荐采用。`).
/// With several policy rows in a scenario table, the adopted one is the plan's path.
/// `None` when no sentence adopts one, or sentences adopt different ones.
pub fn adopted(lex: &crate::pack::Lexicon, sentences: &[Sentence<'_>]) -> Option<String> {
    let mut found: Option<String> = None;
    for s in sentences {
        if s.heading || s.table.is_some() {
            continue;
        }
        let text = s.as_str();
        // No policy scenario named, none adopted: the cues are looked for only where one is.
        let words = super::policy_words(lex, text);
        if words.is_empty() {
            continue;
        }
        for cue in lex.scenario_adoption.find_all(text) {
            // The policy word inside the cue, else the last one before it in the sentence.
            let name = words
                .iter()
                .filter(|w| w.start < cue.end)
                .max_by_key(|w| w.start)
                .and_then(|w| text.get(w.clone()).map(str::to_string));
            let Some(name) = name else { continue };
            match &found {
                Some(f) if *f != name => return None,
                _ => found = Some(name),
            }
        }
    }
    found
}

/// Whether a scenario row's label names the adopted scenario (`强化情景` in `强化情景（推荐）`;
/// `强化降碳情景` for `强化情景`: the words before 情景 in order).
pub fn names_adopted(row_header: &str, adopted: &str) -> bool {
    if row_header.contains(adopted) {
        return true;
    }
    let stem = adopted.trim_end_matches("情景");
    !stem.is_empty() && row_header.starts_with(stem) && row_header.contains("情景")
}
