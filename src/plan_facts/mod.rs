//! The plan's key-indicator card (`peaklint facts`, JSON contract v1 in
//! `../shared/contract-facts.md`): what peaklint READ from a plan before any rule judges
//! it — park, base year, accounting boundary, inventory, peak, every target statement and
//! every quantified measure.
//!
//! Nothing here reads the text anew: every fact comes from the extraction layer
//! ([`crate::extract`]) the rules use — the same targets, peaks, BAU figures, reductions
//! and boundary facts — so what is shown is what is judged. Unknown values are `None`
//! (`null` in JSON), never guessed.
//!
//! The facts come from [`crate::extract::analysis::Analysis`], the same object the checks
//! read through their context.

use schemars::JsonSchema;
use serde::Serialize;

use crate::document::{Document, Location};
use crate::extract::analysis::Analysis;
use crate::extract::area::park_areas;
use crate::extract::boundary::{BoundaryFacts, Indirect};
pub use crate::extract::park::park_name;
use crate::extract::pathway::{year_before, year_gaps, Reductions, YearGap};
use crate::extract::prose::{exclusion_scopes, governed, ExcludedList, ExclusionCues};
use crate::extract::quantity::{Bound, HedgeKind, PercentKind, QuantityExtractor};
use crate::extract::sentences::Sentence;
use crate::extract::targets::{metric_mentions, Direction, Role, Target, TargetKind};
use crate::extract::years::{years, YearRelation};
use crate::lang::Lang;
use crate::pack::{Lexicon, RulesPack, GAS_IDS};

/// The whole output of `peaklint facts --format json`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FactsReport {
    #[schemars(extend("const" = 1))]
    pub schema_version: u32,
    pub tool: Tool,
    pub files: Vec<FileFacts>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

/// What was read from one file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FileFacts {
    pub path: String,
    #[schemars(extend("enum" = ["markdown", "docx", "text", "pdf"]))]
    pub format: String,
    #[schemars(extend("enum" = ["checked", "unreadable"]))]
    pub status: String,
    /// Why the file could not be read (unreadable files only; added to v1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The document's title as read (added to v1).
    pub title: Option<String>,
    pub park: Park,
    pub base_year: Option<BaseYearFact>,
    pub boundary: BoundaryFact,
    /// Emission figures of past years (history), in the order written.
    pub inventory: Vec<InventoryEntry>,
    /// Business-as-usual (基准情景) emissions by year (added to v1).
    pub bau: Vec<SeriesPoint>,
    /// Low-carbon (policy) scenario emissions by year: `低碳情景`, `达峰情景` … (added to v1).
    pub low_carbon: Vec<SeriesPoint>,
    /// The policy scenario the plan adopts, as it names it (`达峰情景`, `强化情景`), when a
    /// sentence adopts one (`推荐达峰情景：`, `…，推荐采用`): of several policy rows, the
    /// plan's own path (added to v1; absent when none is adopted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_scenario: Option<String>,
    pub peak: Option<PeakFact>,
    pub targets: Vec<TargetFact>,
    pub measures: Vec<MeasureFact>,
    /// The measures' reductions against the gap between the BAU and the CO2 target, for
    /// the first BAU year with a target (added to v1); `null` when either is missing.
    pub gap: Option<GapFact>,
    /// What the measures reduce together by the latest year any reduction is dated (2030
    /// when none is), text and tables not added twice (added to v1).
    pub measures_total: Option<ReductionFact>,
    /// Ratios the targets chapter sets that no pack metric names (`工业用水重复利用率`,
    /// `数据中心平均PUE`): what `target/no-measure` asks the pathway about (added to v1).
    pub other_targets: Vec<OtherTargetFact>,
}

/// The park.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Park {
    /// The park's name, from the title (or the opening sentences).
    pub name: Option<String>,
    /// The planned area in km² (`规划面积38.5平方公里`, hectares converted).
    pub area_km2: Option<f64>,
}

/// The declared base year.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BaseYearFact {
    pub year: u16,
    pub location: Location,
}

/// The accounting boundary as declared.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct BoundaryFact {
    /// A 核算边界 section or a declaring sentence exists.
    pub declared: bool,
    /// Gases named in the declaration: CO2, CH4, N2O, HFCs, PFCs, SF6, NF3.
    pub gases: Vec<String>,
    /// `direct`, `indirect_power`, `indirect_heat`, as the declaration states them.
    pub scopes: Vec<String>,
    /// Accounting standards named anywhere (the pack's standard ids).
    pub standards: Vec<String>,
    /// The first declaring sentence.
    pub location: Option<Location>,
}

/// One emission figure of a past year.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct InventoryEntry {
    pub year: u16,
    pub metric: String,
    /// In 万吨CO2.
    pub value: f64,
    pub unit: String,
    pub location: Location,
}

/// A point of a scenario series.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SeriesPoint {
    pub year: u16,
    /// In 万吨CO2.
    pub value: f64,
    pub unit: String,
    pub location: Location,
}

/// The plan's own peak.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PeakFact {
    pub year: Option<u16>,
    pub value: Option<f64>,
    pub unit: Option<String>,
    /// 力争 / 确保, as committed.
    pub hedge: Option<String>,
    pub location: Location,
}

/// One target statement, as read.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TargetFact {
    /// The indicator's name in the rules pack.
    pub metric: Option<String>,
    /// The indicator's id in the rules pack (added to v1).
    pub metric_id: Option<String>,
    #[schemars(extend("enum" = ["relative_change", "level", "cap", "annual_rate", "peak_year", "peak_value"]))]
    pub kind: String,
    #[schemars(extend("enum" = ["decrease", "increase", "level"]))]
    pub direction: String,
    /// The value (percent, points or in `unit`); the year for a peak year.
    pub value: f64,
    /// The upper end of a range (`15%—18%`).
    pub upper: Option<f64>,
    /// The stretch value of a floor+stretch pair (`下降16%以上，力争18%`).
    pub stretch: Option<f64>,
    pub unit: Option<String>,
    /// 以上 / 以内 / 超过 / 低于 / 左右 / 近.
    pub qualifier: Option<String>,
    /// 力争 / 确保.
    pub hedge: Option<String>,
    pub base_year: Option<u16>,
    pub target_year: Option<u16>,
    #[schemars(extend("enum" = ["plan", "history", "scenario", "upper_level", "enterprise"]))]
    pub role: String,
    /// The sentence.
    pub text: String,
    pub location: Location,
}

/// A target of a ratio no pack metric names.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OtherTargetFact {
    /// The indicator as written, without the park's name before it.
    pub indicator: String,
    /// A row of an indicator table with a base-year column: whether that column gives it a
    /// value (`false` for `| 能源管控中心覆盖率 | % | — | 80 | 100 |`). Absent in prose
    /// (added to v1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_value_given: Option<bool>,
    pub location: Location,
}

/// A quantified measure.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MeasureFact {
    /// The measure as written (a table row's header, or the sentence's opening clause).
    pub title: String,
    pub reduction: ReductionFact,
    /// A total of several measures (`合计`, `上述措施共减排`) rather than one (added to v1).
    pub total: bool,
    pub location: Location,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReductionFact {
    /// In 万吨CO2.
    pub value: f64,
    pub unit: String,
    pub year: Option<u16>,
}

/// The gap the measures must close in one year, all in 万吨CO2.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct GapFact {
    pub year: u16,
    pub bau: f64,
    pub target: f64,
    pub gap: f64,
    /// What the measures reduce by that year; `null` when no measure is quantified.
    pub measures: Option<f64>,
}

const WAN: &str = "万吨CO2";

/// The role of a target in the contract's words. The one place the extractor's roles
/// meet the contract: history, scenarios and assumptions, other levels, and the plan's
/// own targets — a target whose subject is enterprises (the pack's `enterprise_subject`:
/// `重点企业单位产品能耗…`) or that an enterprise pledges for itself being `enterprise`,
/// unless another level is named before it.
pub fn role_name(lex: &Lexicon, t: &Target) -> &'static str {
    match t.role {
        Role::Plan | Role::PostPeak => {
            if lex.enterprise_subject.is_match(&t.scope_words) {
                "enterprise"
            } else {
                "plan"
            }
        }
        Role::Pledged => "enterprise",
        Role::Historical => "history",
        Role::Scenario | Role::Assumption => "scenario",
        Role::UpperLevel => {
            let before = t.sentence.as_str().get(..t.span.start).unwrap_or("");
            if lex.enterprise_subject.is_match(before) && !lex.upper_level.is_match(before) {
                "enterprise"
            } else {
                "upper_level"
            }
        }
    }
}

pub fn kind_name(k: TargetKind) -> &'static str {
    match k {
        TargetKind::Change => "relative_change",
        TargetKind::Level => "level",
        TargetKind::Cap => "cap",
        TargetKind::AnnualRate => "annual_rate",
        TargetKind::PeakYear => "peak_year",
        TargetKind::PeakValue => "peak_value",
    }
}

fn direction_name(d: Direction) -> &'static str {
    match d {
        Direction::Decrease => "decrease",
        Direction::Increase => "increase",
        Direction::Level => "level",
    }
}

fn qualifier_word(b: Bound) -> &'static str {
    match b {
        Bound::AtLeast => "以上",
        Bound::AtMost => "以内",
        Bound::MoreThan => "超过",
        Bound::LessThan => "低于",
        Bound::About => "左右",
        Bound::Nearly => "近",
    }
}

fn hedge_word(h: HedgeKind) -> &'static str {
    match h {
        HedgeKind::Strive => "力争",
        HedgeKind::Ensure => "确保",
    }
}

/// One target as the contract spells it.
pub fn target_fact(doc: &Document, pack: &RulesPack, t: &Target) -> TargetFact {
    let unit = t.unit.as_deref().map(str::to_string).or_else(|| {
        t.percent.map(|p| match p {
            PercentKind::Percent => "%".to_string(),
            PercentKind::Points => "个百分点".to_string(),
        })
    });
    TargetFact {
        metric: t.metric.map(|id| {
            pack.metric(id)
                .map_or_else(|| id.to_string(), |m| m.name.clone())
        }),
        metric_id: t.metric.map(str::to_string),
        kind: kind_name(t.kind).to_string(),
        direction: direction_name(t.direction).to_string(),
        value: t.value,
        upper: t.upper,
        stretch: t.stretch.as_deref().map(|(v, _)| *v),
        unit: if t.kind == TargetKind::PeakYear {
            None
        } else {
            unit
        },
        qualifier: t.bound.map(|b| qualifier_word(b).to_string()),
        hedge: t.hedge.map(|h| hedge_word(h).to_string()),
        base_year: t.base_year.map(|b| b.year),
        target_year: if t.kind == TargetKind::PeakYear {
            Some(t.value as u16).filter(|y| (1900..=2100).contains(y))
        } else {
            t.target_year
        },
        role: role_name(&pack.lexicon, t).to_string(),
        text: t.sentence.as_str().trim().to_string(),
        location: t.sentence.location(doc, t.span.clone()),
    }
}

/// Read the facts of a document.
pub fn read(doc: &Document, pack: &RulesPack, path: &str) -> FileFacts {
    let cx = Analysis::new(doc, pack);
    let found = cx.targets();
    let (targets, declared_base) = (&found.all, found.declared_base);
    let b = cx.boundary();
    let x = cx.quantity_extractor();
    let target_facts: Vec<TargetFact> = targets.iter().map(|t| target_fact(doc, pack, t)).collect();
    let base_year = b
        .base_years
        .first()
        .map(|by| BaseYearFact {
            year: by.year,
            location: by.sentence.location(doc, by.range.clone()),
        })
        .or_else(|| {
            declared_base.map(|year| BaseYearFact {
                year,
                location: base_sentence(&b.all, year)
                    .map(|s| s.location(doc, 0..s.as_str().len()))
                    .unwrap_or_default(),
            })
        });
    let bau_figures = cx.bau();
    let scenario = cx.low_carbon();
    let bau_points: Vec<SeriesPoint> = bau_figures
        .iter()
        .filter_map(|f| {
            Some(SeriesPoint {
                year: f.year?,
                value: wan(f.tonnes),
                unit: WAN.to_string(),
                location: f.sentence.location(doc, f.span.clone()),
            })
        })
        .collect();
    let low_carbon: Vec<SeriesPoint> = scenario
        .iter()
        .filter_map(|f| {
            Some(SeriesPoint {
                year: f.year?,
                value: wan(f.tonnes),
                unit: WAN.to_string(),
                location: f.sentence.location(doc, f.span.clone()),
            })
        })
        .collect();
    let cuts = cx.pathway_reductions();
    let measures = measures(doc, cuts);
    let own: Vec<&Target> = targets
        .iter()
        .filter(|t| matches!(t.role, Role::Plan))
        .collect();
    let gaps = year_gaps(&own, bau_figures, scenario, cx.stated_gaps(), cuts);
    let gap = gap(&gaps);
    let total_year = cuts
        .all
        .iter()
        .filter_map(|r| r.figure.year)
        .max()
        .unwrap_or(2030);
    let measures_total = cuts.for_year(total_year).map(|c| ReductionFact {
        value: wan(c.tonnes),
        unit: WAN.to_string(),
        year: Some(total_year),
    });
    FileFacts {
        path: path.to_string(),
        format: doc.format.as_str().to_string(),
        status: "checked".to_string(),
        error: None,
        title: doc.title.as_ref().map(|t| t.text.trim().to_string()),
        park: park(&cx),
        base_year,
        boundary: boundary_fact(doc, pack, b),
        inventory: inventory(doc, pack, x, &b.all, targets, declared_base),
        bau: bau_points,
        low_carbon,
        adopted_scenario: cx.adopted_scenario().map(str::to_string),
        peak: peak(doc, &own),
        targets: target_facts,
        measures,
        gap,
        measures_total,
        other_targets: cx
            .other_targets()
            .iter()
            .filter_map(|t| {
                Some(OtherTargetFact {
                    indicator: t.name.clone(),
                    base_value_given: t.base_value,
                    location: b.all.get(t.sentence)?.location(doc, t.span.clone()),
                })
            })
            .collect(),
    }
}

/// The facts of a file that could not be read: everything unknown.
pub fn unreadable(path: &str, format: &str, error: String) -> FileFacts {
    FileFacts {
        path: path.to_string(),
        format: format.to_string(),
        status: "unreadable".to_string(),
        error: Some(error),
        title: None,
        park: Park::default(),
        base_year: None,
        boundary: BoundaryFact::default(),
        inventory: Vec::new(),
        bau: Vec::new(),
        low_carbon: Vec::new(),
        adopted_scenario: None,
        peak: None,
        targets: Vec::new(),
        measures: Vec::new(),
        gap: None,
        measures_total: None,
        other_targets: Vec::new(),
    }
}

/// Read a file (with the given limits) and its facts.
pub fn read_path(
    path: &std::path::Path,
    pack: &RulesPack,
    limits: &crate::document::read::Limits,
    lang_en: bool,
) -> FileFacts {
    let name = crate::document::path_name(path);
    match crate::document::read::read_path_with(path, limits) {
        Ok(doc) => read(&doc, pack, &name),
        Err(e) => {
            let lang = if lang_en { Lang::En } else { Lang::Zh };
            unreadable(&name, format_of(&name), e.cannot_read(lang))
        }
    }
}

fn format_of(name: &str) -> &'static str {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".pdf") {
        "pdf"
    } else if [".docx", ".doc", ".wps"].iter().any(|e| lower.ends_with(e)) {
        "docx"
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        "markdown"
    } else {
        "text"
    }
}

/// The whole report.
pub fn report(files: Vec<FileFacts>) -> FactsReport {
    FactsReport {
        schema_version: 1,
        tool: Tool {
            name: "peaklint".to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        },
        files,
    }
}

/// The JSON Schema of `peaklint facts --format json` (published as
/// `docs/facts.schema.json`; a test fails when that file is stale).
pub fn json_schema_text() -> String {
    let generator = schemars::generate::SchemaSettings::draft07()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<FactsReport>();
    schema.insert(
        "title".to_owned(),
        "peaklint facts --format json (schema_version 1)".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema.to_value()).unwrap_or_default();
    text.push('\n');
    text
}

/// Tonnes as 万吨, rounded to 4 decimals (the printed precision of plans).
fn wan(tonnes: f64) -> f64 {
    (tonnes / 1e4 * 1e4).round() / 1e4
}

fn base_sentence<'a, 'd>(all: &'a [Sentence<'d>], year: u16) -> Option<&'a Sentence<'d>> {
    let y = year.to_string();
    all.iter().find(|s| {
        let t = s.as_str();
        t.contains(&y) && (t.contains("基准") || t.contains("基期") || t.contains("基年"))
    })
}

/// The park's name: the title up to the last park word before `碳达峰` (the opening
/// sentences when there is no title); the area from `面积…平方公里/公顷`.
fn park(cx: &Analysis) -> Park {
    let name = cx.park_name().map(str::to_string);
    // The first of the figures `boundary/area` compares.
    let area = park_areas(cx).first().map(|p| p.figure.magnitude());
    Park {
        name,
        area_km2: area,
    }
}

fn boundary_fact(doc: &Document, pack: &RulesPack, b: &BoundaryFacts) -> BoundaryFact {
    let declared = !b.declaration.is_empty();
    let text: String = b.declaration.iter().map(|s| s.as_str()).collect();
    // A gas named in order to leave it out (`甲烷、氧化亚氮不纳入核算`, `仅核算二氧化碳`) is
    // not in the boundary; CO2 counts wherever it is named.
    let bp = &pack.boundary;
    let cues = ExclusionCues {
        before: &bp.exclusion_before,
        after: &bp.exclusion_after,
        restriction: &bp.restriction,
        self_reference: &pack.lexicon.self_reference,
        continuing: &pack.lexicon.continuing_clause,
        objects: &bp.gases_flagged,
        sources: &bp.sources,
        destination: &pack.lexicon.exclusion_destination,
        anaphor: &pack.lexicon.anaphor,
        back_reference: &pack.lexicon.back_reference,
    };
    let mut gases: Vec<String> = Vec::new();
    let mut list = ExcludedList::default();
    for s in &b.declaration {
        let t = s.as_str();
        let scopes = exclusion_scopes(t, cues);
        let listed = list.step(s.block(), t, &scopes);
        // The pack's `gas_name`: the group that matched names the gas.
        for p in &pack.lexicon.gas_name.patterns {
            for c in p.captures_iter(t) {
                for id in GAS_IDS {
                    let Some(m) = c.name(id) else { continue };
                    let named = *id == "CO2" || !(listed || governed(&scopes, &m.range()));
                    if named && !gases.iter().any(|g| g == id) {
                        gases.push(id.to_string());
                    }
                }
            }
        }
    }
    gases.sort_by_key(|g| GAS_IDS.iter().position(|id| id == g));
    let mut scopes = Vec::new();
    if pack.boundary.direct.is_match(&text) || pack.boundary.sources.is_match(&text) {
        scopes.push("direct".to_string());
    }
    if b.indirect == Indirect::Included {
        let at = b.indirect_at.as_ref().map_or("", |s| s.as_str());
        if at.contains('电') {
            scopes.push("indirect_power".to_string());
        }
        if at.contains('热') || at.contains("蒸汽") {
            scopes.push("indirect_heat".to_string());
        }
    }
    let mut standards: Vec<String> = Vec::new();
    for (id, _) in &b.standards {
        if !standards.contains(id) {
            standards.push(id.clone());
        }
    }
    BoundaryFact {
        declared,
        gases,
        scopes,
        standards,
        location: b
            .declaration
            .iter()
            .find(|s| !s.heading)
            .or(b.declaration.first())
            .map(|s| s.location(doc, 0..s.as_str().len())),
    }
}

/// Emission figures of past years: CO2 masses dated by a year no later than three years
/// after the base year (2020 when none is declared: plans are written with the data of the
/// latest years), outside scenario and forward-looking sentences, that are neither a
/// target's value nor a reduction; and year series written as a list
/// (`2018—2022年二氧化碳排放量分别为98.4、156.2、245.1、312.6和368.9万吨`). The metric is the
/// pack metric named before the value, else `二氧化碳排放` (a CO2 mass whose indicator the
/// sentence does not name).
fn inventory(
    doc: &Document,
    pack: &RulesPack,
    x: &QuantityExtractor,
    all: &[Sentence],
    targets: &[Target],
    declared_base: Option<u16>,
) -> Vec<InventoryEntry> {
    let horizon = crate::extract::totals::data_horizon(declared_base);
    let mut out = Vec::new();
    let mut carry = crate::extract::totals::CarriedYear::new(declared_base);
    for s in all {
        let carried = carry.step(&pack.lexicon, s);
        if s.heading || s.table.is_some() {
            continue;
        }
        let text = s.as_str();
        let list = years(text);
        let ahead = list.iter().any(|m| {
            matches!(m.relation, Some(YearRelation::By | YearRelation::Before)) && m.last > horizon
        });
        if ahead
            || pack.lexicon.scenario.is_match(text)
            || pack.lexicon.projection_cue.is_match(text)
        {
            continue;
        }
        let series = year_series(text);
        let metric_at = |at: usize| {
            metric_mentions(pack, text.get(..at).unwrap_or(""))
                .last()
                .and_then(|(id, _)| pack.metric(id))
                .map_or_else(|| "二氧化碳排放".to_string(), |m| m.name.clone())
        };
        for (year, value, span) in &series {
            out.push(InventoryEntry {
                year: *year,
                metric: metric_at(span.start),
                value: *value,
                unit: WAN.to_string(),
                location: s.location(doc, span.clone()),
            });
        }
        for q in x.quantities(text) {
            let Some(unit) = &q.unit else { continue };
            if unit.family.as_deref() != Some("co2_mass") || q.percent.is_some() {
                continue;
            }
            let Some(tonnes) = q.canonical().filter(|_| q.upper.is_none()) else {
                continue;
            };
            let at = q.span.start;
            let is_target = targets.iter().any(|t| {
                t.sentence.block() == s.block()
                    && t.sentence.range() == s.range()
                    && t.span == q.span
            });
            if is_target || series.iter().any(|(_, _, r)| r.start <= at && at < r.end) {
                continue;
            }
            let clause_start = text
                .get(..at)
                .and_then(|b| b.rfind(['，', ',', '；', '：']))
                .unwrap_or(0);
            let clause = text.get(clause_start..at).unwrap_or("");
            // A part, a change or a projection (the pack's `not_total`: `其中…`, `减排…`),
            // or the peak: not the year's total.
            // After a total, a partial cue (`…60.5万吨，其中…40.2万吨，外购电力…20.3万吨`)
            // makes the rest of the statement its parts.
            let lead = text.get(..at).unwrap_or("");
            let statement = lead.rfind(['；', ';', '。']).map_or(0, |i| i);
            let statement = lead.get(statement..).unwrap_or("");
            let parts_follow = pack
                .lexicon
                .share_partial
                .find_all(statement)
                .first()
                .is_some_and(|r| {
                    statement
                        .get(..r.start)
                        .is_some_and(|b| b.chars().any(|c| c.is_ascii_digit()))
                });
            if pack.lexicon.not_total.is_match(clause)
                || parts_follow
                || clause.contains('峰')
                || excluded_after(pack, text, q.span.end)
            {
                continue;
            }
            // A sentence naming no year: the year its paragraph's earlier sentence dated,
            // for a figure its clause names the park's whole total (`二氧化碳排放总量125.7
            // 万吨`, or the park as its subject: `园区二氧化碳排放21.65万吨`; a part listed
            // after it, or enterprises' `合计排放`, is no inventory line) — as the stated
            // totals read it.
            let whole = (crate::extract::totals::WHOLE
                .iter()
                .any(|w| clause.contains(w))
                || pack.lexicon.own_subject.opens(clause.trim_start()))
                && !pack.lexicon.part_subject.is_match(clause);
            let year = year_before(&list, at).or(carried.filter(|_| list.is_empty() && whole));
            let Some(year) = year.filter(|y| *y <= horizon) else {
                continue;
            };
            out.push(InventoryEntry {
                year,
                metric: metric_at(at),
                value: wan(tonnes),
                unit: WAN.to_string(),
                location: s.location(doc, q.span.clone()),
            });
        }
    }
    out
}

/// The figure is set apart after it, in its statement and before any other figure:
/// an exclusion cue (the pack's `boundary.exclusion_after`) with nothing after it in its
/// clause or naming where it is not counted (`…2020年约246万吨，单独报告，不计入排放总量`).
fn excluded_after(pack: &RulesPack, text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.split(['。', '；', ';']).next().unwrap_or("");
    pack.boundary
        .exclusion_after
        .find_all(rest)
        .iter()
        .any(|r| {
            let between = rest.get(..r.start).unwrap_or("");
            if between.chars().any(|c| c.is_ascii_digit()) {
                return false;
            }
            let after = rest.get(r.end..).unwrap_or("");
            let clause = after.split(['，', ',']).next().unwrap_or("");
            clause.trim().chars().count() <= 2
                || pack.lexicon.exclusion_destination.is_match(clause)
        })
}

fn series_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?P<y0>(?:19|20)\d{2})\s*(?:年)?\s*[—–\-~～至到]\s*(?P<y1>(?:19|20)\d{2})\s*年[^。；]{0,40}?(?:二氧化碳|碳)排放[^。；]{0,12}?(?:分别|依次)(?:为|是)\s*(?P<list>\d+(?:\.\d+)?(?:\s*(?:万吨)?\s*[、，,和及]\s*\d+(?:\.\d+)?)+)\s*(?P<unit>万吨|亿吨)",
        )
        .ok()
    })
    .as_ref()
}

/// A year series written as a list: (year, 万吨CO2, span of the value) for every year of
/// the range when the list has exactly one value per year; nothing otherwise.
pub fn year_series(text: &str) -> Vec<(u16, f64, std::ops::Range<usize>)> {
    let Some(re) = series_re() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for c in re.captures_iter(text) {
        let (Some(y0), Some(y1), Some(list), Some(unit)) =
            (c.name("y0"), c.name("y1"), c.name("list"), c.name("unit"))
        else {
            continue;
        };
        let (Ok(y0), Ok(y1)) = (y0.as_str().parse::<u16>(), y1.as_str().parse::<u16>()) else {
            continue;
        };
        let factor = if unit.as_str() == "亿吨" { 1e4 } else { 1.0 };
        let mut values = Vec::new();
        let mut start = None;
        for (i, ch) in list.as_str().char_indices() {
            let digit = ch.is_ascii_digit() || ch == '.';
            match (digit, start) {
                (true, None) => start = Some(i),
                (false, Some(b)) => {
                    values.push(b..i);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(b) = start {
            values.push(b..list.as_str().len());
        }
        if y1 < y0 || values.len() != usize::from(y1 - y0) + 1 {
            continue;
        }
        for (k, r) in values.into_iter().enumerate() {
            let Some(v) = list
                .as_str()
                .get(r.clone())
                .and_then(|v| v.parse::<f64>().ok())
            else {
                continue;
            };
            let year = y0 + u16::try_from(k).unwrap_or(0);
            let span = list.start() + r.start..list.start() + r.end;
            out.push((year, (v * factor * 1e4).round() / 1e4, span));
        }
    }
    out
}

/// The plan's own peak: its first peak year and first peak value.
/// The plan's peak: the peak year stated with the peak value (`力争2029年达峰，峰值控制在
/// 260万吨以内`), else its earliest own peak year (the target, not the national `2030年前`
/// a guiding-thought slogan repeats; `确保2030年前、力争2028年` → 2028); the value stated
/// with that year, else the first.
fn peak(doc: &Document, own: &[&Target]) -> Option<PeakFact> {
    let same = |a: &Target, b: &Target| {
        a.sentence.block() == b.sentence.block() && a.sentence.range() == b.sentence.range()
    };
    let years: Vec<&Target> = own
        .iter()
        .copied()
        .filter(|t| t.kind == TargetKind::PeakYear)
        .collect();
    let values: Vec<&Target> = own
        .iter()
        .copied()
        .filter(|t| t.kind == TargetKind::PeakValue)
        .collect();
    let earliest_with_value = years
        .iter()
        .copied()
        .filter(|y| values.iter().any(|v| same(y, v)))
        .min_by(|a, b| a.value.total_cmp(&b.value));
    let year = earliest_with_value.or_else(|| {
        years
            .iter()
            .copied()
            .min_by(|a, b| a.value.total_cmp(&b.value))
    });
    let value = year
        .and_then(|y| values.iter().copied().find(|v| same(y, v)))
        .or_else(|| values.first().copied());
    let at = year.or(value)?;
    Some(PeakFact {
        year: year.and_then(|t| u16::try_from(t.value as i64).ok()),
        value: value.map(|t| t.value),
        unit: value.and_then(|t| t.unit.as_deref().map(str::to_string)),
        hedge: at.hedge.map(|h| hedge_word(h).to_string()),
        location: at.sentence.location(doc, at.span.clone()),
    })
}

fn measures(doc: &Document, cuts: &Reductions) -> Vec<MeasureFact> {
    cuts.all
        .iter()
        .map(|r| {
            let s = &r.figure.sentence;
            let title = match &s.table {
                Some(cell) if !cell.row_header.trim().is_empty() => cell.row_header.trim(),
                _ => s
                    .as_str()
                    .split(['，', ',', '：', ':'])
                    .next()
                    .unwrap_or("")
                    .trim(),
            };
            let title = title.trim_start_matches(|c: char| {
                c.is_ascii_digit()
                    || "一二三四五六七八九十（）().、．. ".contains(c)
                    || c.is_whitespace()
            });
            MeasureFact {
                title: title.chars().take(40).collect(),
                reduction: ReductionFact {
                    value: wan(r.figure.tonnes),
                    unit: WAN.to_string(),
                    year: r.figure.year,
                },
                total: r.total,
                location: s.location(doc, r.figure.span.clone()),
            }
        })
        .collect()
}

/// The gap in 2030 when the BAU has that year and the plan a goal for it, else in the
/// latest BAU year that has one (goals and reductions year by year, as
/// `target/reduction-gap` weighs them: [`crate::extract::pathway::year_gaps`]).
fn gap(gaps: &[YearGap]) -> Option<GapFact> {
    let mut order: Vec<&YearGap> = gaps.iter().collect();
    order.sort_by_key(|g| (g.year != 2030, std::cmp::Reverse(g.year)));
    order.first().map(|g| GapFact {
        year: g.year,
        bau: wan(g.bau.tonnes),
        target: wan(g.goal.tonnes),
        gap: ((wan(g.bau.tonnes) - wan(g.goal.tonnes)) * 1e4).round() / 1e4,
        measures: g.covered.as_ref().map(|c| wan(c.tonnes)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn park_names_come_from_titles() {
        assert_eq!(
            park_name("滨淮经济技术开发区碳达峰实施方案").as_deref(),
            Some("滨淮经济技术开发区")
        );
        assert_eq!(
            park_name("关于印发《临江高新区碳达峰实施方案》的通知").as_deref(),
            Some("临江高新区")
        );
        assert_eq!(park_name("碳达峰实施方案"), None);
        assert_eq!(
            park_name("阴山铝硅新材料产业基地碳达峰实施方案").as_deref(),
            Some("阴山铝硅新材料产业基地")
        );
        assert_eq!(park_name("园区碳达峰实施方案"), None);
    }

    #[test]
    fn year_series_are_read_value_by_value() {
        let text = "2018—2022年二氧化碳排放量分别为98.4、156.2、245.1、312.6和368.9万吨。";
        let s = year_series(text);
        let got: Vec<(u16, f64)> = s.iter().map(|(y, v, _)| (*y, *v)).collect();
        assert_eq!(
            got,
            vec![
                (2018, 98.4),
                (2019, 156.2),
                (2020, 245.1),
                (2021, 312.6),
                (2022, 368.9)
            ]
        );
        assert_eq!(
            s.last().and_then(|(_, _, r)| text.get(r.clone())),
            Some("368.9")
        );
        // A list that does not give one value per year is not read.
        assert!(year_series("2018—2022年碳排放量分别为98.4和368.9万吨").is_empty());
    }
}
