//! Messages about the input file and the waivers.

use super::{pick, Rendered};
use crate::finding::{Converted, Encoding, NotListed, UnusedWaiver};
use crate::lang::Lang;

pub(super) fn encoding(f: &Encoding, lang: Lang) -> Rendered {
    let enc = &f.encoding;
    Rendered::new(pick(
        lang,
        format!("文件以 {enc} 编码读取，建议另存为 UTF-8"),
        format!("the file was decoded as {enc}; save it as UTF-8"),
    ))
}

pub(super) fn converted(f: &Converted, lang: Lang) -> Rendered {
    let from = &f.from;
    Rendered::new(pick(
        lang,
        format!("文件由 LibreOffice 从 .{from} 转换为 .docx 后检查；段落编号按转换后的 .docx 计"),
        format!("converted from .{from} to .docx by LibreOffice before checking; paragraph numbers are those of the converted .docx"),
    ))
}

pub(super) fn no_structure(lang: Lang) -> Rendered {
    Rendered::new(pick(
        lang,
        "未识别出任何章节标题，无法检查方案结构",
        "no headings were found; the plan's structure cannot be checked",
    ))
    .help(pick(
        lang,
        "为章节标题使用“标题 1/标题 2”样式，或以“一、”“（一）”等编号开头",
        "use heading styles for chapter titles, or start them with numbers such as 一、 and （一）",
    ))
}

pub(super) fn not_listed(f: &NotListed, lang: Lang) -> Rendered {
    let (rule, n) = (&f.rule, f.listed);
    Rendered::new(pick(
        lang,
        format!("{rule} 在本文件中的问题超过 {n} 处：只列出前 {n} 处，其余未逐一列出（每条规则每个文件最多列出 {n} 处）"),
        format!("{rule} fires more than {n} times in this file: the first {n} are listed, the rest are not (at most {n} findings per rule and file)"),
    ))
    .help(pick(
        lang,
        "这通常说明文件是生成的或已损坏（如同一标题重复成千上万次）；修正前面列出的问题后重新检查",
        "this usually means a generated or broken file (one heading repeated thousands of times); fix the findings listed and check again",
    ))
}

pub(super) fn unused_waiver(f: &UnusedWaiver, lang: Lang) -> Rendered {
    let (source, rule) = (&f.source, &f.rule);
    Rendered::new(pick(
        lang,
        format!("{source} 的豁免（{rule}）没有匹配到任何问题"),
        format!("the waiver at {source} ({rule}) matches no finding"),
    ))
    .help(pick(
        lang,
        "问题已修正时删除该豁免；否则检查 rule、paragraph、line、text 是否与问题一致",
        "remove the waiver if the finding was fixed; otherwise check its rule, paragraph, line and text",
    ))
}
