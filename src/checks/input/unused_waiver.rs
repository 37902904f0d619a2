//! `input/unused-waiver`: an entry of `peaklint-waivers.yaml` that selects a checked file
//! matches none of its findings. Reported by [`crate::waivers::apply`], not by a check
//! over the document.

use crate::checks::{RuleDoc, Text};
use crate::diagnostic::{Category, Severity};

pub const DOC: RuleDoc = RuleDoc {
    id: "input/unused-waiver",
    category: Category::Input,
    severity: Severity::Info,
    summary: Text {
        zh: "豁免文件 peaklint-waivers.yaml 中的某条豁免没有匹配到该文件的任何问题",
        en: "a waiver in peaklint-waivers.yaml matches no finding of the file it names",
    },
    why: Text {
        zh: "豁免是评审留下的书面记录：问题修正后仍保留的豁免会在文件再次修改时悄悄放过新的同类问题，写错规则或段落号的豁免则根本没有生效。删除已无用的豁免，或改正它的 rule、paragraph、line、text。",
        en: "A waiver is a reviewed, written record: one kept after the finding was fixed silently accepts the next finding of its kind, and one with a wrong rule or paragraph never took effect. Remove stale waivers, or correct their rule, paragraph, line or text.",
    },
    fails: "",
    passes: "## 一、总则\n\n正文。\n",
};
