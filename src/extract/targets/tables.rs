//! Targets in indicator tables (`指标表`): rows naming an indicator, columns headed by years.

use std::sync::{Arc, OnceLock};

use super::peaks::peak_target;
use super::{
    parse_year, re, BaseSource, BaseYearRef, Direction, MentionMemo, PlanContext, Role, Target,
    TargetKind,
};
use crate::document::{BlockKind, Cell, Document, Row};
use crate::extract::quantity::{Bound, PercentKind, QuantityExtractor};
use crate::extract::sentences::{CellContext, Sentence};
use crate::extract::years::{years, YearRelation};
use crate::pack::{Pattern, RulesPack};

/// Targets in indicator tables: a row naming a pack metric, columns headed by a target
/// year after the base year (`2025年`, `2030年`), a `单位` column for the unit and an
/// optional base-year column (`基准值（2020年）`). Tables whose caption or header speaks
/// of scenarios or forecasts are [`Role::Scenario`].
pub fn table_targets<'d>(
    pack: &'d RulesPack,
    doc: &'d Document,
    mentions: &MentionMemo<'d>,
    plan: PlanContext,
) -> Vec<Target<'d>> {
    let x = QuantityExtractor::new(pack);
    let scenario = &pack.lexicon.scenario;
    let horizon = plan.declared_base.unwrap_or(2020);
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let BlockKind::Table(t) = &b.kind else {
            continue;
        };
        let Some(header) = t.rows.first() else {
            continue;
        };
        let header_cells = columns(header);
        let header_text: String = header_cells.iter().map(|(_, c)| c.text()).collect();
        let role = if scenario_caption(pack, doc, i) || scenario.is_match(&header_text) {
            Role::Scenario
        } else {
            Role::Plan
        };
        let year_of = |text: &str| -> Option<u16> {
            let bare = text.trim().trim_end_matches('年');
            // Four digits of a plausible year: `20250` is a number.
            bare.parse::<u16>()
                .ok()
                .filter(|y| bare.len() == 4 && (1900..=2100).contains(y))
                .or_else(|| {
                    years(text)
                        .first()
                        .filter(|m| m.first == m.last)
                        .map(|m| m.last)
                })
                .or_else(|| labelled_year(text))
        };
        let caption_unit = crate::extract::captions::table_unit(&x, doc, i);
        let unit_col = header_cells
            .iter()
            .find(|(_, c)| crate::extract::sentences::is_unit_header(&c.text()))
            .map(|(col, _)| *col);
        let base_col = header_cells
            .iter()
            .find_map(|(col, c)| {
                let h = c.text();
                crate::extract::other_indicators::names_base(&h)
                    .then(|| (*col, year_of(&h).or(plan.declared_base)))
            })
            .or_else(|| {
                // Else the one column of a past year before the target years (`| 指标 |
                // 2020年 | 2025年 | 2030年 |`): the values the changes start from. Without
                // a declared base, data years run a few years past 2020 (`| 2022年 | 2025年 |`).
                let past_until = plan.declared_base.unwrap_or(horizon + 3);
                let mut past = header_cells.iter().filter_map(|(col, c)| {
                    let y = year_of(&c.text())?;
                    (y <= past_until).then_some((*col, Some(y)))
                });
                match (past.next(), past.next()) {
                    (Some(one), None) => Some(one),
                    _ => None,
                }
            });
        // Target years come after the base column's year, when it is later than 2020.
        let floor = base_col
            .and_then(|(_, y)| y)
            .map_or(horizon, |y| y.max(horizon));
        // A two-row header (目标值 over 2025年 / 2030年) gives its years in the second row.
        let year_cols_in = |row: &'d Row| -> Vec<(usize, u16, &'d str)> {
            columns(row)
                .into_iter()
                .filter_map(|(col, c)| {
                    let h = c.paragraphs.first().map_or("", |p| p.text.as_str());
                    let y = year_of(h)?;
                    (y > floor && !h.contains("基准")).then_some((col, y, h))
                })
                .collect()
        };
        // A series of every year that starts in the past and stops short of a
        // milestone (`| 年份 | 2016 | … | 2022 |`) is history, not targets.
        let role = if role == Role::Plan && annual_history(&header_cells, &year_of, horizon) {
            Role::Historical
        } else {
            role
        };
        let mut year_cols = year_cols_in(header);
        let mut data_start = 1;
        if year_cols.is_empty() {
            // A second header row holds several years, or sits under a spanning cell; a
            // data row `| 达峰年份 | 2031年 |` holds one year under a plain header.
            let spanning = header.cells.iter().any(|c| c.col_span > 1);
            if let Some(second) = t.rows.get(1) {
                let cols = year_cols_in(second);
                if cols.len() >= 2 || (spanning && !cols.is_empty()) {
                    year_cols = cols;
                    data_start = 2;
                }
            }
        }
        if year_cols.is_empty() {
            continue;
        }
        for row in t.rows.iter().skip(data_start) {
            let cells = columns(row);
            let Some((metric, metric_text)) = cells.iter().find_map(|(_, c)| {
                let text = c.text();
                mentions
                    .metric_mentions(&text)
                    .first()
                    .map(|(id, _)| (*id, text.clone()))
            }) else {
                continue;
            };
            let unit = unit_col
                .and_then(|u| cells.iter().find(|(col, _)| *col == u))
                .map(|(_, c)| c.text().trim().to_string())
                .unwrap_or_default();
            // `增加值` is a noun, not the verb 增加.
            let label_without_value_added = metric_text.replace("增加值", "产出值");
            // A base written in the row's label (`单位工业增加值二氧化碳排放较2020年下降（%）`)
            // is each cell's, as if written in it.
            let label_compared = compared_year(&years(&metric_text));
            let row_context = if unit.is_empty() {
                metric_text.clone()
            } else {
                format!("{metric_text}（{unit}）")
            };
            for (col, year, head) in &year_cols {
                let Some((_, cell)) = cells.iter().find(|(c, _)| c == col) else {
                    continue;
                };
                let Some(p) = cell.paragraphs.first() else {
                    continue;
                };
                let text = p.text.as_str();
                // `77.4（峰值80.0，2029年）`: the column's value with the total's peak noted in
                // brackets beside it — the value is the column's, the note a peak target.
                let text = match peak_note(text) {
                    Some((main, note)) if metric == "co2_total" => {
                        // The note's unit: the unit column's, else the one the column's value
                        // takes from its row (`二氧化碳排放总量（万吨）`).
                        let cell_unit = (!unit.is_empty())
                            .then(|| Arc::from(unit.as_str()))
                            .or_else(|| {
                                x.cell_quantity(main, &row_context, head, caption_unit.as_deref())
                                    .and_then(|q| q.unit.map(|u| Arc::clone(&u.written)))
                            });
                        let label = metric_text_ref(row, &metric_text);
                        out.extend(note.targets(i, text, &p.origin, label, role, cell_unit));
                        main
                    }
                    _ => text,
                };
                // A cell naming a year of its own (`2028年达峰，峰值不超过275万吨` under
                // 2030年) is not the column's target (a peak row is read by `peak_rows`).
                // A year the cell compares with (`较2020年下降34%`) is its base, not its own.
                let cell_years = years(text);
                let compared = compared_year(&cell_years).or(label_compared);
                if cell_years.iter().any(|y| {
                    (y.first != *year || y.last != *year)
                        && y.relation != Some(YearRelation::Comparison)
                }) {
                    continue;
                }
                // Bare numbers under a caption giving the unit (`表1 主要指标（单位：万吨CO₂）`).
                let Some(q) = x.cell_quantity(text, &row_context, head, caption_unit.as_deref())
                else {
                    continue;
                };
                // `单位工业增加值能耗下降率（%）`, `较基准年降低（%）`: a row label that names a
                // change makes every cell of the row a change.
                let change = change_verb_anywhere()
                    .and_then(|r| r.captures(text))
                    .or_else(|| {
                        change_verb_anywhere()
                            .filter(|_| q.percent.is_some() || matches!(unit.as_str(), "%" | "％"))
                            .and_then(|r| r.captures(&label_without_value_added))
                    });
                let level = if text.contains('≤')
                    || text.contains("以内")
                    || text.contains("不超过")
                    || text.contains("<")
                {
                    (TargetKind::Cap, Direction::Level)
                } else {
                    (TargetKind::Level, Direction::Level)
                };
                let changed = |c: &regex::Captures| {
                    (
                        TargetKind::Change,
                        if matches!(
                            c.name("verb").map(|m| m.as_str()),
                            Some("提高" | "提升" | "增长" | "增加" | "增幅")
                        ) {
                            Direction::Increase
                        } else {
                            Direction::Decrease
                        },
                    )
                };
                // `1.04（较基准年下降17%）`: a level, with its change after the verb — two
                // targets, the level and the change, not a change of 1.04.
                let verb_end = change
                    .as_ref()
                    .filter(|_| q.percent.is_none())
                    .and_then(|c| c.name("verb"))
                    .filter(|v| v.start() >= q.span.end)
                    .map(|v| v.end());
                let mut readings = Vec::new();
                match (verb_end, &change) {
                    (Some(end), Some(c)) => {
                        readings.push((q.clone(), level));
                        if let Some(p) = x
                            .cell_quantities(text, &row_context, head)
                            .into_iter()
                            .find(|p| p.percent.is_some() && p.span.start >= end)
                        {
                            readings.push((p, changed(c)));
                        }
                    }
                    (_, Some(c)) => readings.push((q.clone(), changed(c))),
                    (_, None) => readings.push((q.clone(), level)),
                }
                for (q, (kind, direction)) in readings {
                    let percent = q.percent.or_else(|| {
                        matches!(unit.as_str(), "%" | "％").then_some(PercentKind::Percent)
                    });
                    let base_year = if kind == TargetKind::Change {
                        compared
                            .map(|year| BaseYearRef {
                                year,
                                source: BaseSource::Clause,
                            })
                            .or_else(|| {
                                base_col
                                    .and_then(|(_, y)| y)
                                    .or(plan.declared_base)
                                    .map(|year| BaseYearRef {
                                        year,
                                        source: BaseSource::Declared,
                                    })
                            })
                    } else {
                        None
                    };
                    out.push(Target {
                        sentence: Sentence::new(
                            i,
                            text,
                            0..text.len(),
                            &p.origin,
                            Some(Box::new(CellContext {
                                row_header: metric_text_ref(row, &metric_text),
                                column_header: head,
                                unit: "",
                                row: &[],
                            })),
                            false,
                        ),
                        role,
                        kind,
                        metric: Some(metric),
                        direction,
                        value: q.stated_value(),
                        upper: q.stated_upper(),
                        bound: q.qualifier.as_ref().map(|b| b.bound),
                        stretch: None,
                        hedge: None,
                        percent,
                        // The unit column, else the unit the cell's context gave the value
                        // (`二氧化碳排放总量（万吨）`); a percentage is one whatever the row's unit
                        // (`比2020年下降13%` beside `吨标准煤/万元`).
                        unit: if unit.is_empty() || q.percent.is_some() {
                            q.unit.as_ref().map(|u| u.written.clone())
                        } else {
                            Some(Arc::from(unit.as_str()))
                        },
                        base_year,
                        base_word: false,
                        target_year: Some(*year),
                        year_relation: Some(YearRelation::By),
                        span: q.span.clone(),
                        scope_words: Box::default(),
                    });
                }
            }
        }
    }
    out.extend(peak_rows(pack, doc));
    out
}

/// Whether a header's year columns are one year apart, at least four of them, from a
/// year at or before `horizon` (the base) to one that is no five-year milestone.
/// A column head that is a year with a short label and no 年 (`2025目标`, `2020基准`,
/// `2030预期值`): the year. Not a number with more digits or a decimal (`20250`, `2025.6`).
fn labelled_year(text: &str) -> Option<u16> {
    /// The longest label after the year (characters).
    const MAX_LABEL_CHARS: usize = 4;
    let t = text.trim();
    let digits = t.get(..4)?;
    let label = t.get(4..)?.trim();
    let year: u16 = digits.parse().ok()?;
    let plain = label
        .chars()
        .all(|c| !c.is_ascii_digit() && !matches!(c, '.' | '．' | '-' | '—' | '~' | '～' | '/'));
    ((1990..=2100).contains(&year)
        && plain
        && (1..=MAX_LABEL_CHARS).contains(&label.chars().count()))
    .then_some(year)
}

fn annual_history(
    header: &[(usize, &Cell)],
    year_of: &dyn Fn(&str) -> Option<u16>,
    horizon: u16,
) -> bool {
    let ys: Vec<u16> = header
        .iter()
        .filter_map(|(_, c)| year_of(&c.text()))
        .collect();
    let consecutive = ys.windows(2).all(|w| matches!(w, [a, b] if *b == a + 1));
    match (ys.first(), ys.last()) {
        (Some(&first), Some(&last)) => {
            ys.len() >= 4 && consecutive && first <= horizon && last % 5 != 0
        }
        _ => false,
    }
}

/// Whether the block before table `i` (its caption) speaks of a scenario or forecast. A
/// heading that names the targets too (`四、情景预测与达峰目标`, lexicon `target_heading`)
/// heads the chapter's indicator table, not a scenario's.
fn scenario_caption(pack: &RulesPack, doc: &Document, i: usize) -> bool {
    let Some(caption) = i.checked_sub(1).and_then(|p| doc.blocks.get(p)) else {
        return false;
    };
    // A scenario named as the basis of the targets (`目标值依据达峰情景确定`) does not
    // make them a scenario's (the pack's `scenario_basis`).
    let text = pack
        .lexicon
        .scenario_basis
        .remove_all(caption.text.as_str());
    pack.lexicon.scenario.is_match(&text)
        && !(matches!(caption.kind, BlockKind::Heading(_))
            && pack.lexicon.target_heading.is_match(&text))
}

/// Peak years in table rows: `| 达峰年份 | 2031年 |`, `| 碳达峰时间 | — | 2029年前 |`, a row
/// of a scenario table (its caption or header names the 情景) being a scenario's.
fn peak_rows<'d>(pack: &RulesPack, doc: &'d Document) -> Vec<Target<'d>> {
    let scenario = &pack.lexicon.scenario;
    static LABEL: OnceLock<Pattern> = OnceLock::new();
    static YEAR: OnceLock<Pattern> = OnceLock::new();
    let (Some(label), Some(year_re)) = (
        re(
            &LABEL,
            r"^(?:碳|排放|二氧化碳排放)?(?:达峰(?:年份|年度|时间|时点|年)|(?P<value>峰值))",
        ),
        re(
            &YEAR,
            // The year alone, or opening a clause that may go on with the peak value
            // (`2028年达峰，峰值不超过275万吨`).
            r"^\s*(?:力争|确保|预计|约)?\s*(?P<year>20\d{2})\s*年?\s*(?P<qualifier>前后|以前|前|左右|底前)?\s*(?:实现|达到)?\s*(?:碳)?(?:达峰)?\s*(?:$|[，,；;]\s*(?:峰值|排放峰值)?\s*(?:约|不超过|不高于|控制在|力争)?\s*(?P<value>\d+(?:\.\d+)?)?\s*(?P<unit>[万亿]?吨(?:二氧化碳|CO2)?)?)",
        ),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let BlockKind::Table(t) = &b.kind else {
            continue;
        };
        let header_text: String = t
            .rows
            .first()
            .map(|h| h.cells.iter().map(|c| c.text()).collect())
            .unwrap_or_default();
        let role = if scenario_caption(pack, doc, i) || scenario.is_match(&header_text) {
            Role::Scenario
        } else {
            Role::Plan
        };
        for row in t.rows.iter().skip(1) {
            let cells = columns(row);
            let Some((at, is_value)) = cells.iter().enumerate().find_map(|(k, (_, c))| {
                let text = c.text();
                let l = label.captures(text.trim())?;
                let is_value = l.name("value").is_some();
                Some((k, is_value))
            }) else {
                continue;
            };
            let row_header = cells
                .get(at)
                .and_then(|(_, c)| c.paragraphs.first())
                .map_or("", |p| p.text.as_str());
            if is_value {
                if let Some(t) = peak_value_row(&cells, at, row_header, i, role) {
                    out.push(t);
                }
                continue;
            }
            for (_, cell) in cells.iter().skip(at + 1) {
                let Some(p) = cell.paragraphs.first() else {
                    continue;
                };
                let text = p.text.as_str();
                let Some(c) = year_re.captures(text) else {
                    continue;
                };
                let (Some(y), qualifier) = (c.name("year"), c.name("qualifier")) else {
                    continue;
                };
                let Some(year) = parse_year(y.as_str()) else {
                    continue;
                };
                let relation = match qualifier.map(|q| q.as_str()) {
                    Some("前" | "以前" | "底前") => YearRelation::Before,
                    Some("前后" | "左右") => YearRelation::Around,
                    _ => YearRelation::By,
                };
                out.push(peak_target(
                    label_cell(i, text, &p.origin, row_header),
                    role,
                    TargetKind::PeakYear,
                    f64::from(year),
                    None,
                    None,
                    Some(relation),
                    y.range(),
                ));
                if let (Some(v), Some(unit)) = (c.name("value"), c.name("unit")) {
                    if let Ok(value) = v.as_str().parse::<f64>() {
                        out.push(peak_target(
                            label_cell(i, text, &p.origin, row_header),
                            role,
                            TargetKind::PeakValue,
                            value,
                            Some(Arc::from(unit.as_str())),
                            None,
                            None,
                            v.range(),
                        ));
                    }
                }
                break;
            }
        }
    }
    out
}

/// `| 峰值（万吨） | 3450 |`, `| 碳排放峰值 | 约120万吨 |`: the first number after the label,
/// its unit from the cell or the label's parentheses.
fn peak_value_row<'d>(
    cells: &[(usize, &'d Cell)],
    at: usize,
    row_header: &'d str,
    block: usize,
    role: Role,
) -> Option<Target<'d>> {
    static VALUE: OnceLock<Pattern> = OnceLock::new();
    static UNIT: OnceLock<Pattern> = OnceLock::new();
    let value_re = re(
        &VALUE,
        r"^\s*(?:约|不超过|不高于|控制在|力争)?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>[万亿]?吨(?:二氧化碳|CO2)?)?\s*(?P<qualifier>以内|以下|左右)?\s*$",
    )?;
    let unit_re = re(&UNIT, r"[（(]\s*(?P<unit>[万亿]?吨(?:二氧化碳|CO2)?)")?;
    let label_unit = unit_re
        .captures(row_header)
        .and_then(|c| c.name("unit"))
        .map(|m| m.as_str().to_string());
    cells.iter().skip(at + 1).find_map(|(_, cell)| {
        let p = cell.paragraphs.first()?;
        let text = p.text.as_str();
        let c = value_re.captures(text)?;
        let v = c.name("value")?;
        let value = v.as_str().parse::<f64>().ok()?;
        let unit = c
            .name("unit")
            .map(|m| m.as_str().to_string())
            .or_else(|| label_unit.clone())?;
        Some(peak_target(
            label_cell(block, text, &p.origin, row_header),
            role,
            TargetKind::PeakValue,
            value,
            Some(Arc::from(unit)),
            None,
            None,
            v.range(),
        ))
    })
}

/// A cell of a row labelled in its first cells (`| 达峰年份 | 2031年 |`).
fn label_cell<'d>(
    block: usize,
    text: &'d str,
    origin: &'d crate::document::Origin,
    row_header: &'d str,
) -> Sentence<'d> {
    Sentence::new(
        block,
        text,
        0..text.len(),
        origin,
        Some(Box::new(CellContext {
            row_header,
            column_header: "",
            unit: "",
            row: &[],
        })),
        false,
    )
}

/// A change verb anywhere in a cell (`下降18%`), or the noun of one in a row label
/// (`单位工业增加值二氧化碳排放降幅`, `可再生能源装机增幅`).
fn change_verb_anywhere() -> Option<&'static Pattern> {
    static RE: OnceLock<Pattern> = OnceLock::new();
    re(
        &RE,
        r"(?P<verb>下降|降低|减少|削减|降幅|减幅|提高|提升|增长|增加|增幅)",
    )
}

/// The cells of a row with their logical column (merged cells span several).
pub fn columns(row: &Row) -> Vec<(usize, &Cell)> {
    row.columns()
}

/// The text of the row's cell that names the metric, borrowed from the document.
fn metric_text_ref<'d>(row: &'d Row, text: &str) -> &'d str {
    row.cells
        .iter()
        .flat_map(|c| c.paragraphs.iter())
        .map(|p| p.text.as_str())
        .find(|t| text.starts_with(*t))
        .unwrap_or("")
}

/// The single year a text compares with (`较2020年`), if any.
fn compared_year(list: &[crate::extract::years::YearMention]) -> Option<u16> {
    list.iter()
        .find(|y| y.relation == Some(YearRelation::Comparison) && y.first == y.last)
        .map(|y| y.first)
}

/// A peak noted in brackets after a cell's value (`77.4（峰值80.0，2029年）`,
/// `77.4(峰值80.0)`): the value's text before the bracket, and the note.
fn peak_note(text: &str) -> Option<(&str, PeakNote)> {
    static NOTE: OnceLock<Pattern> = OnceLock::new();
    let note_re = re(
        &NOTE,
        r"^(?P<main>[^（(]*?\d[^（(]*?)\s*[（(][^）)]*?峰值\s*(?:为|约|(?P<cap>控制在|不超过|不高于|≤|≦|<=|<|＜))?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>[万亿]?吨(?:二氧化碳|CO2|CO₂)?)?[^）)\d]*?(?:(?P<year>(?:19|20)\d{2})\s*年[^）)]*)?[）)]\s*$",
    )?;
    let c = note_re.captures(text)?;
    let main = c.name("main")?.as_str();
    let value = c.name("value")?;
    Some((
        main,
        PeakNote {
            value: value.as_str().parse().ok()?,
            value_at: value.range(),
            capped: c.name("cap").is_some(),
            unit: c.name("unit").map(|u| Arc::from(u.as_str())),
            year: c
                .name("year")
                .and_then(|y| Some((parse_year(y.as_str())?, y.range()))),
        },
    ))
}

/// The peak of [`peak_note`].
struct PeakNote {
    value: f64,
    value_at: std::ops::Range<usize>,
    /// Written as a cap (`峰值≤229.5`, `峰值不超过80`).
    capped: bool,
    unit: Option<Arc<str>>,
    year: Option<(u16, std::ops::Range<usize>)>,
}

impl PeakNote {
    /// The peak value (in the note's unit, else the row's) and its year, when noted.
    fn targets<'d>(
        self,
        block: usize,
        text: &'d str,
        origin: &'d crate::document::Origin,
        row_header: &'d str,
        role: Role,
        row_unit: Option<Arc<str>>,
    ) -> Vec<Target<'d>> {
        let mut out = Vec::new();
        if let Some((year, at)) = self.year {
            out.push(peak_target(
                label_cell(block, text, origin, row_header),
                role,
                TargetKind::PeakYear,
                f64::from(year),
                None,
                None,
                Some(YearRelation::By),
                at,
            ));
        }
        let mut peak = peak_target(
            label_cell(block, text, origin, row_header),
            role,
            TargetKind::PeakValue,
            self.value,
            self.unit.or(row_unit),
            None,
            None,
            self.value_at,
        );
        if self.capped {
            peak.bound = Some(Bound::AtMost);
        }
        out.push(peak);
        out
    }
}
