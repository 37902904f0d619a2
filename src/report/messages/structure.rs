//! Messages of the structure rules.

use super::{pick, Rendered};
use crate::finding::{
    ChapterOrder, DuplicateSection, ItemLevel, MissingChapter, MissingSection, MixedNumbering,
    OutlineRef, RepeatedNumber, ShortSection, SkippedNumber,
};
use crate::lang::Lang;

/// “保障措施”（《编制指南》第9章） / "保障措施" (standard clause 9)
fn label(item: &OutlineRef, lang: Lang) -> String {
    match (&item.clause, lang) {
        (Some(c), Lang::Zh) => format!("“{}”（《编制指南》{}）", item.title, clause_zh(c)),
        (None, Lang::Zh) => format!("“{}”", item.title),
        (Some(c), Lang::En) => format!("\"{}\" (standard clause {c})", item.title),
        (None, Lang::En) => format!("\"{}\"", item.title),
    }
}

/// "9" → 第9章, "6.2" → 6.2条, "附录A" stays.
fn clause_zh(c: &str) -> String {
    if c.chars().all(|ch| ch.is_ascii_digit()) {
        format!("第{c}章")
    } else if c.chars().next().is_some_and(|ch| ch.is_ascii_digit()) {
        format!("{c}条")
    } else {
        c.to_string()
    }
}

pub(super) fn missing_chapter(f: &MissingChapter, lang: Lang) -> Rendered {
    let label = label(&f.item, lang);
    let message = match f.level {
        ItemLevel::Required => pick(
            lang,
            format!("缺少必备章节{label}"),
            format!("the required chapter {label} is missing"),
        ),
        ItemLevel::Recommended => pick(
            lang,
            format!("缺少建议章节{label}"),
            format!("the recommended chapter {label} is missing"),
        ),
    };
    let title = &f.item.title;
    let also = f.also_accepted.join("、");
    let help = if also.is_empty() {
        pick(
            lang,
            format!("增加一章“{title}”"),
            format!("add a chapter titled “{title}”"),
        )
    } else {
        pick(
            lang,
            format!("增加一章“{title}”（也可命名为：{also}）"),
            format!("add a chapter titled “{title}” (also accepted: {also})"),
        )
    };
    Rendered::new(message).help(help)
}

pub(super) fn missing_section(f: &MissingSection, lang: Lang) -> Rendered {
    let label = label(&f.item, lang);
    let chapter = &f.chapter;
    let title = &f.item.title;
    let also = f.also_accepted.join("、");
    let help = if also.is_empty() {
        pick(
            lang,
            format!("在本章下增加小节“{title}”"),
            format!("add a section “{title}” to this chapter"),
        )
    } else {
        pick(
            lang,
            format!("在本章下增加小节“{title}”（也可命名为：{also}）"),
            format!("add a section “{title}” to this chapter (also accepted: {also})"),
        )
    };
    let r = Rendered::new(pick(
        lang,
        format!("章节“{chapter}”中缺少必备小节{label}"),
        format!("the chapter “{chapter}” lacks the required section {label}"),
    ))
    .help(help);
    match f.found_elsewhere {
        Some(_) => r.related(pick(
            lang,
            "该内容出现在其他章节，应移至本章",
            "this content appears under another chapter; move it here",
        )),
        None => r,
    }
}

pub(super) fn chapter_order(f: &ChapterOrder, lang: Lang) -> Rendered {
    let label = label(&f.item, lang);
    let (zh, en) = match (&f.after, &f.before) {
        (Some(a), Some(b)) => (
            format!("应位于“{a}”之后、“{b}”之前"),
            format!("it belongs after “{a}” and before “{b}”"),
        ),
        (Some(a), None) => (
            format!("应位于“{a}”之后"),
            format!("it belongs after “{a}”"),
        ),
        (None, Some(b)) => (
            format!("应位于“{b}”之前"),
            format!("it belongs before “{b}”"),
        ),
        (None, None) => (String::new(), String::new()),
    };
    Rendered::new(pick(
        lang,
        format!("章节{label}的位置与编制大纲顺序不一致：{zh}"),
        format!("the chapter {label} is out of the outline's order: {en}"),
    ))
    .help(pick(
        lang,
        "按“总则—园区概况—碳排放分析—碳达峰目标—实施路径—指标跟踪与优化改进—保障措施”的顺序调整章节",
        "order chapters as: general, profile, emission analysis, targets, paths, tracking and improvement, safeguards",
    ))
}

pub(super) fn duplicate_section(f: &DuplicateSection, lang: Lang) -> Rendered {
    let label = label(&f.item, lang);
    Rendered::new(pick(
        lang,
        format!("大纲内容{label}在同一层级出现两次"),
        format!("the outline item {label} appears twice at the same level"),
    ))
    .related(pick(lang, "第一次出现的位置", "first occurrence"))
    .help(pick(
        lang,
        "合并两处内容，或改用能区分二者的标题",
        "merge the two, or give them titles that tell them apart",
    ))
}

fn empty_section_help(lang: Lang) -> String {
    pick(
        lang,
        "补充本节内容，或删除该标题",
        "write the section or remove the heading",
    )
}

pub(super) fn empty_section(lang: Lang) -> Rendered {
    Rendered::new(pick(
        lang,
        "章节标题下没有正文",
        "the section has a heading but no body",
    ))
    .help(empty_section_help(lang))
}

pub(super) fn short_section(f: &ShortSection, lang: Lang) -> Rendered {
    let (title, chars, n) = (&f.title, f.chars, f.min_chars);
    Rendered::new(pick(
        lang,
        format!("章节“{title}”只有{chars}个字，编制大纲要求至少{n}个字"),
        format!("the section “{title}” has {chars} characters; the outline asks for at least {n}"),
    ))
    .help(empty_section_help(lang))
}

pub(super) fn mixed_numbering(f: &MixedNumbering, lang: Lang) -> Rendered {
    let (n, first) = (&f.number, &f.first_number);
    Rendered::new(pick(
        lang,
        format!("同级标题编号样式不一致：“{n}”与“{first}”混用"),
        format!("mixed numbering styles at one level: “{n}” beside “{first}”"),
    ))
    .related(pick(lang, "本级第一个标题", "first heading of this level"))
}

fn previous_heading(lang: Lang) -> String {
    pick(lang, "上一个同级标题", "previous heading of this level")
}

pub(super) fn repeated_number(f: &RepeatedNumber, lang: Lang) -> Rendered {
    let (n, want) = (&f.number, &f.expected);
    Rendered::new(pick(
        lang,
        format!("标题编号重复：“{n}”出现两次，此处应为“{want}”"),
        format!("repeated heading number “{n}”; expected “{want}”"),
    ))
    .related(previous_heading(lang))
}

pub(super) fn skipped_number(f: &SkippedNumber, lang: Lang) -> Rendered {
    let (n, want) = (&f.number, &f.expected);
    let r = Rendered::new(pick(
        lang,
        format!("标题编号不连续：此处为“{n}”，应为“{want}”"),
        format!("heading numbers skip: found “{n}”, expected “{want}”"),
    ));
    match f.previous {
        Some(_) => r.related(previous_heading(lang)),
        None => r,
    }
}
