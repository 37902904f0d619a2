//! `lexicon:` — the words and cue patterns that decide how a sentence is *read*: whether a
//! percentage is a change or a level, whether a figure is history, a scenario, another
//! level's target or the park's own, whether a figure is the park's whole total or area.
//!
//! The grammar (clauses, years, which named group means what) is code; the words are data,
//! so a regional pack can tune them without a rebuild. Every entry is a vocabulary (terms
//! and regexes) with examples that must / must not match, checked like the rest of the pack
//! (`peaklint rules validate`, the examples test).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::load::Compiler;
use super::model::Vocabulary;
use super::schema::VocabularySpec;

macro_rules! lexicon {
    ($( $(#[doc = $doc:literal])* $name:ident $( => [$($group:literal),*] )? ),* $(,)?) => {
        /// `lexicon:` — words and cue patterns that decide how a sentence is read (see
        /// docs/rules.md). An entry left out is empty: the reading it drives is off.
        #[derive(Debug, Default, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct LexiconSpec {
            $(
                $(#[doc = $doc])*
                #[serde(default)]
                pub $name: VocabularySpec,
            )*
        }

        /// The compiled `lexicon:` of a pack.
        #[derive(Debug, Clone, Default, Serialize)]
        pub struct Lexicon {
            $(
                $(#[doc = $doc])*
                pub $name: Vocabulary,
            )*
        }

        impl Lexicon {
            /// Entry names, in file order.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// The entry with this name.
            pub fn vocabulary(&self, name: &str) -> Option<&Vocabulary> {
                match name {
                    $( stringify!($name) => Some(&self.$name), )*
                    _ => None,
                }
            }

            /// The named groups the code reads from the entry's patterns.
            pub(crate) fn groups_of(name: &str) -> &'static [&'static str] {
                match name {
                    $( stringify!($name) => &[$($($group),*)?], )*
                    _ => &[],
                }
            }

            /// Mutable access, for `peaklint.yaml` overrides.
            pub(crate) fn vocabulary_mut(&mut self, name: &str) -> Option<&mut Vocabulary> {
                match name {
                    $( stringify!($name) => Some(&mut self.$name), )*
                    _ => None,
                }
            }

            pub(crate) fn compile(c: &mut Compiler, spec: LexiconSpec) -> Lexicon {
                $( $( c.require_groups(&spec.$name, concat!("lexicon.", stringify!($name)), &[$($group),*]); )? )*
                Lexicon {
                    $( $name: c.vocabulary(spec.$name), )*
                }
            }
        }
    };
}

lexicon! {
    /// Change verbs at the end of the text before a percentage (`下降`, `年均增长`,
    /// `累计降低了`): the value is a change. Patterns must capture `verb`; a group `annual`
    /// makes it an average annual rate, a group `past` a change already made.
    change_verb => ["verb"],
    /// Change verbs (as captured in `verb`) that raise the indicator (`提高`, `增长`); any
    /// other change verb lowers it.
    increase_verb,
    /// Level verbs at the end of the text before a value (`达到`, `降至`, `控制在`): the
    /// value is a level. Patterns must capture `verb`.
    level_verb => ["verb"],
    /// Level verbs (as captured in `verb`) that set an upper bound (`控制在`, `不超过`): the
    /// value is a cap.
    cap_verb,
    /// Level verbs (as captured in `verb`) that move the indicator to the value (`降至`,
    /// `提高到`): a bound after the value (`以下`) qualifies the level, it is not a cap.
    reach_verb,
    /// Words by which a plan names itself or its accounting (`本方案`, `本次核算`), matched
    /// as terms at the start of a clause: `…排放量较小，本方案暂不纳入核算` excludes the
    /// topic of the clause before.
    self_reference,
    /// Verbs by which a party pledges a target of its own (`提出`, `承诺`): with a pledger
    /// before them that is neither the park nor the plan (`华越新材料提出到2025年…下降25%`),
    /// the target is that party's, not the plan's.
    pledge_verb,
    /// Words right before a pledge verb that make the pledge the plan's requirement
    /// (`新入园项目须承诺绿电消费比例不低于50%`): not a party's own target.
    obligation,
    /// A boundary declaration giving its extent as the plan's own scope (`核算边界与方案范围
    /// 一致`, `核算范围同本方案适用范围`): the extent is what the plan's scope statement says.
    scope_reference,
    /// A sentence stating the plan's own scope (`方案范围为园区规划范围…`, `本方案适用范围为
    /// 开发区管辖区域`, `实施范围包括…`): where a `scope_reference` declaration finds its extent.
    plan_scope,
    /// A statement that the park buys no power from the grid (`电力由自备电厂供应，不从电网
    /// 购电`, `园区无外购电力`): a boundary that does not say whether purchased power counts
    /// leaves nothing open then (`boundary/undeclared`).
    no_purchased_power,
    /// Words that show a sentence with a number states emissions (a total, an inventory,
    /// a target: `排放量`, `清单`, `下降`), not background: a non-CO2 term there is used.
    emission_figure,
    /// The opening of a new breakdown after `；` (`分行业看，`, `从排放类型看，`, `按企业分：`): the
    /// shares before and after it are two lists (`consistency/share-sum`).
    breakdown_opening,
    /// Words by which a year alone makes a sentence's figure (`温室气体排放量2025年达到峰值`):
    /// elsewhere a year is no figure (`到2025年，建立温室气体排放统计核算体系`).
    dated_figure,
    /// Wording that takes gases into the accounting (`核算涵盖…`, `纳入核算`): a non-CO2
    /// term there is used, number or not.
    gas_inclusion,
    /// Flagged terms that are units (`二氧化碳当量`, `CO2e`): they always carry a quantity.
    co2e_unit,
    /// A statement that a figure counts direct emissions only (`仅核算化石燃料燃烧排放`,
    /// `电力、热力调入排放未纳入`, `范围一排放达到峰值`): compared with a boundary that counts
    /// purchased power and heat by `boundary/scope-mismatch`.
    direct_only,
    /// Words that make a sentence speak of the plan's own totals (`情景`, `目标`, `峰值`,
    /// `总量`, `清单`): only there does a direct-only caliber narrow the plan's accounting. A
    /// product's intensity or a power plant's own use (`吨钢排放…不含外购电力`) does not.
    plan_aggregate,
    /// Wording by which the plan decides or commits (`确定为`, `力争`, `确保`, `目标为`): a
    /// sentence with it states the plan's own target even under a scenario's title.
    plan_decision,
    /// An opening clause that cites the scenario analysis or the forecast as the grounds of
    /// what follows (`经情景分析，`, `根据预测结果，`): with a decision after it and no other
    /// scenario word, the sentence states the plan's own targets.
    scenario_grounds,
    /// A scenario the plan adopts, introducing what follows it (`推荐达峰情景：`,
    /// `采用低碳情景作为规划情景，`): the grounds and the decision at once — the sentence states
    /// the plan's own targets.
    scenario_adoption,
    /// An analysis said to be done or to show something (`采用LEAP模型对园区碳排放进行了预测`,
    /// `情景分析表明`, `趋势外推显示`): with no figure of its own, still an analysis behind a
    /// peak (`target/unjustified-peak`), unlike a principle or a task naming forecasts.
    forecast_done,
    /// Wording that sets another document's figure apart from the plan's caliber
    /// (`与本方案口径不同`, `不作比较`, `仅供参考`): its narrower scope is no mismatch.
    other_caliber,
    /// A heading title that names a milestone year and nothing else (`2030年`, `到2025年主要
    /// 目标`, `近期目标（2021—2025年）`): a figure under it that names no year of its own is
    /// that year's (`targets`). The title is matched whole, without its number.
    milestone_title,
    /// Bare nouns that name an indicator of their own (`二氧化碳排放`, `能源消费`): a list
    /// item after another indicator's value that names one is not that indicator
    /// (`煤炭消费比重下降到50%、二氧化碳排放下降20%`: the 20% is no coal share).
    indicator_noun,
    /// A clause that announces work to be done (`加快建立…`, `探索开展…`), matched at the
    /// clause start: evidence marked `stated` does not count there (a database of factors
    /// to be built states no factor).
    planned_work,
    /// The park as the subject of a clause (`园区`, `开发区`, `本园区`), matched as terms at
    /// the clause start: the clause states the park's own figure, even after a clause that
    /// quotes another level (`全省力争2030年前实现碳达峰，园区力争2028年…`).
    own_subject,
    /// Words that deny a peak in its clause (`难以`, `尚未`): `2030年仍未达峰` states none.
    peak_negation,
    /// Terms that, right after a peak phrase, make it a modifier or what follows the peak
    /// (`碳达峰后`, `碳达峰工作部署`): no peak is stated. Matched as terms at the start of
    /// the text after the phrase.
    peak_follower,
    /// Level verbs that bring an indicator down to the value (`降至`, `下降到`, `控制在`):
    /// a lower later milestone is the more ambitious one (`target/implausible`).
    lowering_level_verb,
    /// A past change written from one value to another (`由1.54吨/万元下降到`).
    from_to,
    /// Wording that states past data before a value (`比2015年的`, `已`, `同比`, `截至`).
    past,
    /// Wording that looks ahead (`，到2025年`, `力争`, `确保`, `本方案`): it overrides `past`.
    forward,
    /// Words that set a growth rate in the plan's own future (`规划期内工业增加值年均增长7%`,
    /// `按年均增长7.5%测算`): a sentence with a rate and no year of its own is not read in
    /// the time of the sentence before it (the intensity × growth test of `target/conflict`).
    forward_rate,
    /// Another level's target quoted before a value (`全省`, `下达`, `国家…提出`).
    upper_level,
    /// Clause openings that name a benchmark the park follows (`参照全省…`, `对标…`): the
    /// figure after them is the park's own, not a quoted upper-level target.
    benchmark,
    /// A place named as the park's rank or comparison, not as a target's owner
    /// (`作为全省首批低碳试点园区`, `在全市率先`, `比全市提前3年`): removed from a clause
    /// before `upper_level` is read in it.
    upper_attribute,
    /// A sentence opening that frames what follows as another level's words (`国家自主贡献
    /// 提出，`, `《2030年前碳达峰行动方案》要求，`): `boundary/non-co2` reads the gases after it
    /// as that level's caliber, unless a clause of the park's own follows.
    quote_opening,
    /// Words that make a sentence a scenario or forecast rather than a target (`情景`,
    /// `预测`, `难以达峰`).
    scenario,
    /// A verb that keeps a level the indicator already has (`保持在95%以上`): such a level
    /// needs no base-year value.
    maintain_verb,
    /// A year made the base in words other than 较/比 (`以2022年的0.52吨/万元为基准`, `折算至
    /// 2020年基数`, `2020年基准值`): a target in such a sentence writes its own base.
    base_phrase,
    /// A heading that names the targets (`达峰目标`, `主要指标`): a table right under it is
    /// the indicator table, even when the heading names the scenario analysis too
    /// (`四、情景预测与达峰目标`).
    target_heading,
    /// Words that make a sentence an assumption (`自然下降`, `假设`).
    assumption,
    /// Words that show a forecast or scenario analysis backs the peak (`target/unjustified-peak`).
    forecast,
    /// The business-as-usual projection, named (`基准情景`) or described (`若不采取新的减排措施`).
    bau,
    /// Policy scenarios (`低碳情景`, `达峰情景`): a figure of one is not the BAU.
    policy_scenario,
    /// Table column headers of the reductions measures bring (`预计年减排量`, `年减碳量`).
    reduction_column,
    /// Table column headers of a category before the indicator's name (`类别`, `领域`): a
    /// row's label is the first cell with letters outside such a column.
    category_column,
    /// Words that make an emission or energy figure a part, a change, a per-unit figure, a
    /// projection or one company's, not the park's stated total (`boundary/unit`).
    not_total,
    /// Words that say a sentence gives the park's whole area (`规划面积`, `总面积`).
    total_area,
    /// Words that make an area a part or another place's (`建成区`, `屋顶`, `全市`).
    part_area,
    /// Kinds of a park's area, one per pattern (approved `核准面积`, planned `规划面积`,
    /// administered `托管面积`): the last match in the clause before a figure names its kind,
    /// and `boundary/area` compares figures of one kind (and those of none) only.
    area_kind,
    /// Words after an area that put it outside the park (`港池水域3.4平方公里属港口管理范围，
    /// 不在园区规划范围之内`): not the park's area (`boundary/area`).
    outside_area,
    /// Words right after an area that change it into another (`由22.0平方公里调整为38.5
    /// 平方公里`): the figure is the area the park had (`boundary/area`).
    former_area,
    /// Cues that a list of shares claims to be the whole breakdown (`结构为`, `构成为`,
    /// `三次产业`): its shares must add up to 100% (`consistency/share-sum`).
    share_whole,
    /// An item that closes a list with the rest (`其他`, `其余`): the list is the whole.
    share_rest,
    /// An item named with 等 (`油品等占`): the rest when it is the last of three or more.
    share_rest_last,
    /// A share's own clause naming one of the parts of a whole that never overlap — an
    /// energy carrier, an emission source category — and nothing after it but a link
    /// (`其中电力`, `天然气占`, `外购蒸汽占比为`; group `part`): shares of distinct such parts
    /// cannot add up to more than 100%, listed in full or not (`consistency/share-sum`).
    share_part => ["part"],
    /// A count of the parts listed before it, opening the list of their shares (`三者分别占`,
    /// `以上三项分别占排放总量的`): the shares after it are of distinct parts, one each, so
    /// they cannot add up to more than 100% (`consistency/share-sum`).
    share_count_list,
    /// Cues that a list of shares is only part of the whole (`其中`, `主要`, `前10家`,
    /// `…等行业`): never summed, unless an item closes it with the rest.
    share_partial,
    /// A note that figures were rounded (`因四舍五入`, `合计数与分项之和可能存在差异`): sums
    /// are allowed twice the rounding slack.
    rounding_note,
    /// Table column headers whose figures are not added up into a total row (`强度`,
    /// `率`, `年份`, `单价`).
    not_additive,
    /// Words right before a scenario word that make it a comparison (`比基准情景`): the
    /// figure after is not the scenario's.
    comparison_word,
    /// Words before a CO2 figure in its clause that make it a difference (`减少`, `差距`),
    /// not a scenario's emissions.
    difference_word,
    /// Verbs ending a clause before a CO2 figure that make it a measure's reduction
    /// (`减排`, `削减`, `降碳`).
    reduction_verb,
    /// Words before a reduction verb that make the figure the total of the measures
    /// (`上述措施`, `各项任务`, `措施合计`).
    measures_total,
    /// `合计`-like words: a total of the measures when nothing before them names a measure.
    sum_word,
    /// A table row label (spaces and colons removed) that makes the row the total of the
    /// rows around it (`合计`, `Total`).
    total_row,
    /// A row label that makes a table too complex to sum (`小计`, `其中`).
    part_row,
    /// A row label the table's total leaves out (`备忘项：…`, `…（不计入合计）`): after
    /// the total row, not one of its parts.
    memo_row,
    /// A subtotal row's label (`小计`, `直接排放小计`): `consistency/table-sum` leaves such
    /// rows out of the sum of the parts.
    subtotal_row,
    /// A row label that makes the row a part of the row above (`其中`, `其中：燃煤`):
    /// `consistency/table-sum` adds such rows up against the row they break down.
    breakdown_row,
    /// Project milestones after a year (`2023年投产`, `2030年前建成投运`): the reduction holds
    /// from that year on.
    project_event,
    /// Openings of a clause with no subject of its own (`由相关企业单独报告`): it speaks of
    /// the topic before it, so an exclusion cue in or after it reaches back to that topic.
    continuing_clause,
    /// After an exclusion cue, words naming where a figure is (not) counted (`核算`,
    /// `总量`): the words after the cue are its destination (`不纳入温室气体排放总量`), not
    /// its object (`本方案不纳入含氟气体`).
    exclusion_destination,
    /// Words referring back to what the clause before named (`其中`, `上述`): a
    /// restriction with one restricts that clause too.
    anaphor,
    /// Opening a clause, a subject referring back to everything the sentence named before
    /// it (`这些气体`, `上述排放`, `以上两类`): an exclusion cue in the clause governs all of
    /// it (`园区硝酸装置排放氧化亚氮，污水处理存在少量甲烷逸散，这些气体均不在本方案核算之列`).
    back_reference,
    /// A sentence's opening clause that names another level as its topic (`国家层面`,
    /// `从全省层面看`): the sentence speaks for that level until the park is the subject.
    upper_topic,
    /// The subject of a target that makes it the enterprises' (`重点企业单位产品能耗`).
    enterprise_subject,
    /// The greenhouse gases by name: each pattern captures a group named by the gas's id in
    /// the facts contract ([`GAS_IDS`]).
    gas_name,
    /// In a sentence with CO2 figures: they are projected or promised (`预计`, `力争`), not
    /// the year's recorded total.
    projection_cue,
    /// A reduction summed over years (`累计`), not a measure's annual reduction.
    cumulative,
    /// Opening a sentence: what follows is a what-if (`若电网排放因子年均下降1%，2030年排放将
    /// 再减少约6000吨`), so its reductions are no measure's.
    hypothetical,
    /// Before a reduction: the gap between scenarios (`差距`, `情景`), not a measure's.
    gap_word,
    /// In the clause of a CO2 mass: the gap the plan states between its BAU and its goal
    /// (`17.3万吨的差距`, `缺口为`, `相差`), which picks the goal it is measured from.
    stated_gap,
    /// Right before a change's value, at the end of the words before it in its clause: a
    /// change on top of the previous milestone (`单位产品综合能耗再下降10%`), whose base is not
    /// the one written for another indicator before it, nor the plan's declared one.
    further_change,
    /// In a sentence naming an indicator and a year: its value then was nothing, written in
    /// words (`绿电占用电量比例为零`, `尚未起步`) — a base value all the same.
    nil_value,
    /// Before a CO2 figure in a scenario sentence: a difference, a cut or a cap
    /// (`相比`, `控制`), not the scenario's emissions.
    not_scenario_figure,
    /// In the clause before a percentage: a change, a target or an approximation
    /// (`下降`, `目标`, `约`), not a share of a declared whole.
    not_share,
    /// The words between an amount and its share (`248.3万吨、占60.2%`, `，占比`, `（`,
    /// `占排放总量的`): the share is that amount's part of a total.
    share_link,
    /// A clause opening that gives a reason (`考虑到`, `鉴于`): purchased power named in it
    /// is why it is left out of a target, not put back (`boundary/scope-mismatch`).
    reason_opening,
    /// In the clause of an electricity figure: the park's whole electricity use
    /// (`用电量`, `电力消费量`), what it buys in when it generates little itself
    /// (`boundary/unit` compares it with the purchased power of the same year).
    electricity_use,
    /// The economic output whose growth, with an intensity target, implies a total
    /// (`工业增加值`, `GDP`).
    output_indicator,
    /// An average annual growth rate (`年均增长7%`). Patterns must capture `v`.
    output_growth => ["v"],
    /// In a sentence giving a total and parts: the parts are only some of the whole
    /// (`主要来自`, `…等`), so their sum may fall short of the total.
    partial_list,
    /// A past period (`以来`, `过去`): a growth rate in its sentence is history.
    history_period,
    /// A scenario named as the basis of targets (`目标值依据达峰情景确定`): a table under
    /// such a caption holds the plan's targets, not the scenario's figures.
    scenario_basis,
    /// A sentence opening that refers back to the period the sentence before stated
    /// (`同期`, `这一时期`): a change it gives is of that period (history, when it was past).
    period_back_reference,
    /// In the clause of an emission total (or a table's headers): the figure is a part's —
    /// a sub-park, a sector, an enterprise, a source or one scope (`北港片区`, `造纸行业`,
    /// `直接排放`) — not the park's whole total.
    part_subject,
    /// Right before a CO2 mass, ending its clause: words that make the figure the year's
    /// recorded total without calling it 排放量 or 总量 (`二氧化碳排放142.5万吨`,
    /// `排放折合14250000吨`).
    bare_total,
    /// A clause that is a year and the park's emissions right before a CO2 mass, with no
    /// verb (`；2030年排放69.7万吨`): in a sentence stating the peak, the level set for
    /// that year.
    dated_bare_level,
    /// Right before a figure, ending its clause: the base year named by that word, not its
    /// number (`园区以基准年排放量330000吨…为基数`): the figure is of the declared base year.
    base_year_figure,
    /// In the clause of a figure: words making it a figure per unit of output or per item
    /// (`每吨碳化硅过程排放2.45吨`, `单位产品`, `人均`): no amount of the year.
    per_unit_figure,
    /// Right after a CO2 mass (its unit), words naming it emissions (`1065000吨二氧化碳排放
    /// 涉及的用能设备`, `48万吨碳排放`): the figure is a total when its own clause names no
    /// part, change or per-unit figure and it is no scenario's, projection or goal.
    trailing_total,
    /// A ratio set for a year ahead, its ratio word captured as `ratio` (`工业用水重复利用率由
    /// 2020年的82%提高到2030年的92%`, `平均PUE降至1.4以下`); the indicator is the run of
    /// letters before it. In the targets chapter, an indicator the pack's metrics do not
    /// name is still a target `target/no-measure` asks the pathway about.
    ratio_target => ["ratio"],
    /// Words of an indicator's name that say nothing of what a measure acts on (`能源`,
    /// `利用`, `替代`, `综合`): the pathway is searched for the name's other two-character
    /// words (`用水`, `物流`, `车辆`).
    indicator_generic,
    /// Fields of work, one pattern each (water: `用水|节水|中水|回用…`): an unknown
    /// indicator whose name is in a field is supported by a pathway sentence naming any word
    /// of that field.
    measure_fields,
    /// A clause opening that names a part of the park as the emitter (`集团排放…`,
    /// `其他企业排放…`, `北区片区二氧化碳排放…`): the figures after it, up to the next
    /// subject or `；`, are that part's, not the park's.
    part_emitter,
    /// A clause opening with the park only as the qualifier of one of its members
    /// (`园区最大企业华岩保温公司…`, `开发区龙头企业晶澜光电…`): the member is the subject, so
    /// the targets after it, up to the next subject or `；`, are that member's, as after
    /// `part_emitter` — not the park's, whose name opens the clause.
    park_member,
    /// Words before an indicator that frame its figure without naming whose it is
    /// (`考核以`, `按照`), matched at the start of the scope words and removed: the target
    /// is still the park's as a whole.
    scope_frame,
    /// A clause that sets another's caliber for what follows (`按市下达任务口径`): the park
    /// named after it states its figure in that caliber, and the quote before still governs.
    caliber_frame,
    /// Before a part's target: the part set the goal itself (`该公司自定…的企业目标`); the
    /// plan quotes it (`target/no-base-year`).
    self_set,
    /// Right after a CO2 figure: a claim that it is the park's total restated
    /// (`…汇总为84400吨，与园区核算结果一致`); `boundary/unit` compares it with the total.
    agrees_with_total,
    /// What may be deducted from emissions, each pattern capturing one group named by its
    /// id ([`OFFSET_IDS`]): green power and certificates, CO2 captured (CCUS), sinks and
    /// credits.
    offset_name,
    /// A cue that something is *not* deducted from the emissions (`不作扣减`, `未扣除`,
    /// `不从总量中扣减`): said in the boundary, a later deduction changes the caliber.
    not_deducted,
    /// A cue that something is deducted from the emissions (`扣除`, `扣减`, `抵扣`).
    deducted,
    /// In the sentence giving the park's whole area: the parts it is divided into, each
    /// to have an area of its own (`由北港片区、临海片区和河口片区组成`). Patterns capture
    /// `parts`, the names separated by `、`, `和`, `及` or `与`.
    area_parts => ["parts"],
    /// In the clause of a part's area: an area inside it (`已建成`, `开发面积`, `用地`), not
    /// the part's whole area.
    inner_area,
}

/// The gas ids of the facts contract (`boundary.gases`), in their order there.
pub const GAS_IDS: &[&str] = &["CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6", "NF3"];

/// The group names of the lexicon's `offset_name`: what a plan may deduct from its emissions.
pub const OFFSET_IDS: &[&str] = &["green_power", "ccus", "credit"];

/// A table row label as the row entries read it: spaces and colons removed.
pub fn row_label_key(label: &str) -> String {
    label
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '：' | ':'))
        .collect()
}

impl Lexicon {
    /// What a table row's label makes the row: `Some(true)` its table's total (`合计`,
    /// `Total`), `Some(false)` a part, `None` a subtotal or a breakdown (`小计`, `其中`)
    /// that makes the table too complex to sum. Spaces and colons in the label are ignored.
    pub fn row_role(&self, label: &str) -> Option<bool> {
        let t = row_label_key(label);
        if self.part_row.is_match(&t) {
            return None;
        }
        Some(self.total_row.is_match(&t))
    }

    /// Whether a captured change verb raises the indicator.
    pub fn raises(&self, verb: &str) -> bool {
        self.increase_verb.terms.iter().any(|t| t == verb)
    }

    /// Whether a captured level verb sets an upper bound.
    pub fn caps(&self, verb: &str) -> bool {
        self.cap_verb.terms.iter().any(|t| t == verb)
    }

    /// Whether a captured level verb moves the indicator to the value.
    pub fn reaches(&self, verb: &str) -> bool {
        self.reach_verb.terms.iter().any(|t| t == verb)
    }
}

impl Lexicon {
    /// Append a `peaklint.yaml` entry's terms, patterns and examples to the named entry.
    pub(crate) fn patch(
        &mut self,
        c: &mut Compiler,
        name: &serde_saphyr::Spanned<String>,
        spec: &VocabularySpec,
    ) {
        let Some(entry) = self.vocabulary_mut(&name.value) else {
            c.dangling(name, super::load::noun::LEXICON_ENTRY, Self::NAMES);
            return;
        };
        let what = format!("lexicon.{}", name.value);
        c.require_groups(spec, &what, Self::groups_of(&name.value));
        if name.value == "gas_name" {
            c.require_known_groups(spec, &what, GAS_IDS);
        }
        if name.value == "offset_name" {
            c.require_known_groups(spec, &what, OFFSET_IDS);
        }
        let mut terms = entry.terms.clone();
        terms.extend(spec.terms.iter().cloned());
        let mut patterns = entry.patterns.clone();
        patterns.extend(c.patterns(&spec.patterns));
        let mut examples = entry.examples.clone();
        let added = c.examples(&spec.examples);
        examples.matches.extend(added.matches);
        examples.no_match.extend(added.no_match);
        *entry = Vocabulary::new(terms, patterns, examples);
    }
}
