//! `--help` in Chinese: the clap command with every description, heading and value name
//! replaced by its Chinese text. It is only rendered, never used to read arguments (the
//! English command of `args.rs` parses), so the English help stays the derive's doc
//! comments and the Chinese one is this table.
//!
//! Every argument of every subcommand must have its entry here: the test
//! `help_describes_the_tool_and_every_option` (tests/it/first_hour.rs) fails on an
//! option shown without Chinese help.

use clap::{Arg, Command, CommandFactory};

use super::args::Cli;

/// The root's long description (`peaklint --help`).
const LONG_ABOUT: &str = "peaklint 按中国循环经济协会团体标准《工业园区碳达峰实施方案编制指南》检查\
工业园区碳达峰实施方案草稿（Word .docx、Markdown、纯文本、PDF），像编译器一样报告评审专家会指出的问题，\
并给出文件中的位置和标准的条款：\n\
\n  - 结构：对照标准的编制大纲（附录A），缺失、错位、重复、空白或编号错误的章节；\
\n  - 核算边界：未声明，或各章之间不一致（非二氧化碳气体、排放范围、基准年、面积、单位）；\
\n  - 目标：缺少基准年或基准值、没有配套措施、2030年后达峰、数字相互矛盾（也会计算核对）、\
措施减排量不足以弥补与目标的差距；\
\n  - 一致性：表格合计与分项之和不符、构成比例加总不为100%；\
\n  - 标准五项原则（协调性、准确性、可行性、前瞻性、科学性）的依据。\n\
\n默认以中文输出信息（--lang en 或环境变量 PEAKLINT_LANG=en 改为英文，本帮助也随之变为英文）。\
规则包已内置；工作目录或上级目录中的 peaklint.yaml 可调整它（见 `peaklint rules print`、\
`peaklint explain 规则`）。\n\
\n退出码：0 没有达到 --fail-on 级别的问题，1 有这样的问题，2 用法错误或有无法读取的输入。";

const ABOUT: &str = "按《工业园区碳达峰实施方案编制指南》检查碳达峰实施方案草稿（.docx、.md、.txt、.pdf），像编译器一样报告问题";

/// A subcommand's description, by its path (`check`, `rules validate`).
fn command_about(path: &str) -> Option<&'static str> {
    Some(match path {
        "check" => "检查方案并报告发现的问题。",
        "report" => {
            "检查方案并写出一份比较各方案的评审记分卡（HTML、CSV、Markdown）。\
             报告写出即退出码 0（无法读取的输入列在报告中），用法或写入错误时为 2。"
        }
        "facts" => {
            "显示从每份方案读到的内容——园区、基准年、核算边界、排放清单、峰值、\
             每条目标和量化措施——即规则判断之前的关键指标卡（docs/facts.md）。\
             退出码 0，有无法读取的文件时为 2。"
        }
        "init" => {
            "按编制大纲写出方案框架：所有必备和建议的章节，以“一、”“（一）”编号，\
             每节附一行编写提示。"
        }
        "outline" => "显示每个文件的标题和章节树及其位置。",
        "explain" => "解释一条规则：检查什么、为什么（附标准条款）、示例。",
        "lsp" => {
            "以标准输入输出运行语言服务器（在编辑器中为 Markdown 和纯文本提供诊断和悬停提示；\
             见 docs/editors.md）。"
        }
        "rules" => "查看和校验规则文件。",
        "rules validate" => "校验规则文件或 peaklint.yaml；每处错误都给出行号和列号。",
        "rules print" => "显示生效的规则包（内置规则包，或 --rules / peaklint.yaml）。",
        "rules reference" => "显示由各规则自身文档生成的规则参考（Markdown）。",
        "rules list" => "列出每条规则的 id、默认级别和摘要。",
        "help" | "rules help" => "显示本帮助，或指定子命令的帮助",
        _ => return None,
    })
}

/// An argument's Chinese help and value name, by subcommand path and argument id.
fn arg_help(path: &str, id: &str) -> Option<(&'static str, Option<&'static str>)> {
    let limit = |help| Some((help, Some("字节数")));
    Some(match (path, id) {
        (_, "help") => ("显示帮助（-h 为摘要，--help 为详细说明）", None),
        (_, "version") => ("显示版本", None),
        (_, "lang") => (
            "信息、问题、报告和帮助的语言：zh（中文，默认）或 en（英文）。可写在子命令之前或之后；\
             未给出时读取环境变量 PEAKLINT_LANG",
            Some("语言"),
        ),
        ("check", "format") => (
            "输出格式：human（类似 rustc 的诊断，显示原文并标出位置，默认）、\
             json（稳定、带版本的 JSON，见 docs/json-output.md）、sarif（SARIF 2.1.0，\
             供代码扫描工具使用）、github（GitHub Actions 注释）",
            Some("格式"),
        ),
        ("check", "fail_on") => (
            "有达到此级别的问题时退出码为 1：error（默认）、warning 或 info",
            Some("级别"),
        ),
        ("check", "color") => (
            "人类可读输出的颜色：auto（标准输出是终端且未设置 NO_COLOR 时着色，默认）、\
             always 或 never",
            Some("何时"),
        ),
        ("check", "ascii") => (
            "只用 ASCII 字符绘制人类可读输出（适用于把制表符号显示为双倍宽度的终端）",
            None,
        ),
        ("check" | "report", "paths") => (
            "要检查的文件和文件夹；文件夹中查找 .md、.markdown、.docx、.txt 和 .pdf 文件\
             （跳过隐藏文件夹、target/ 和 node_modules/，不跟随符号链接）",
            Some("路径"),
        ),
        ("facts" | "outline", "paths") => (
            "文件和文件夹（文件夹的查找方式与 check 相同）",
            Some("路径"),
        ),
        ("check" | "report", "rules") => (
            "规则文件（替换内置规则包，或用 `extends: default` 在其基础上调整）。\
             未给出时使用工作目录或上级目录中的 peaklint.yaml",
            Some("文件"),
        ),
        ("check" | "report", "waivers") => (
            "豁免文件（见 docs/suppressions.md），用于所有被检查的文件。未给出时使用\
             每个被检查文件所在文件夹中的 peaklint-waivers.yaml",
            Some("文件"),
        ),
        ("check" | "report" | "facts", "jobs") => (
            "同时处理的文件数（默认：本机可用的并行数）",
            Some("N"),
        ),
        (_, "max_file_size") => limit("读取的单个文件的最大字节数［默认：67108864 = 64 MiB］")?,
        (_, "max_decompressed") => {
            limit(".docx：所有部件解压后的最大总字节数［默认：268435456 = 256 MiB］")?
        }
        (_, "max_entries") => (".docx：文件包中最多的条目数［默认：10000］", Some("N")),
        (_, "max_xml_depth") => (".docx：XML 元素最深的嵌套层数［默认：256］", Some("N")),
        (_, "max_paragraphs") => (
            "一份文档最多的段落数（文本格式为行数）［默认：1000000］",
            Some("N"),
        ),
        (_, "select") => (
            "只运行这些规则或规则族（structure、target/late-peak）；可重复本选项或用逗号分隔。\
             规则全部关闭的规则族完全不运行",
            Some("规则|规则族"),
        ),
        (_, "ignore") => (
            "不运行这些规则或规则族（在 --select 之后应用）",
            Some("规则|规则族"),
        ),
        ("report", "output") => (
            "把报告写入此文件（默认：标准输出；`-` 也表示标准输出）。扩展名（.html、.csv、.md）\
             决定格式，其他扩展名会被拒绝",
            Some("文件"),
        ),
        ("report", "format") => (
            "报告格式：html（可排序表格的离线单页，默认，或按 --output 的扩展名）、\
             csv（每份方案一行，--rows findings 时每个问题一行）、markdown（适合合并请求或维基）",
            Some("格式"),
        ),
        ("report", "rows") => (
            "仅用于 CSV：每份方案一行（submissions，默认）或每个问题一行（findings）",
            Some("行"),
        ),
        ("report", "force") => (
            "替换已存在的 --output 文件，或写在被检查的文件夹内。从不替换输入文件",
            None,
        ),
        ("facts", "format") => (
            "输出格式：human（每份方案一张简明卡片，默认）、json（docs/facts.md，\
             schema_version 1）、csv（每条目标一行）",
            Some("格式"),
        ),
        ("facts", "rules") => (
            "规则文件（读取其中的指标和词表）。未给出时使用工作目录或上级目录中的 peaklint.yaml",
            Some("文件"),
        ),
        ("init", "format") => ("md 或 docx［默认：按文件扩展名，否则 md］", Some("格式")),
        ("init", "rules") => (
            "使用其编制大纲的规则文件（默认：内置规则包或 peaklint.yaml）",
            Some("文件"),
        ),
        ("init", "force") => ("文件已存在时覆盖", None),
        ("init", "file") => ("要写出的文件", Some("文件")),
        ("outline", "format") => (
            "human：带位置的缩进树（默认）；json：README.md 所述的结构",
            Some("格式"),
        ),
        ("outline", "explain") => (
            "同时显示每个标题匹配到的大纲条目及原因（依据类型、得分、命中的词、在各章中的位置），\
             以及每个大纲条目的状态（有独立标题、只在正文中、缺失）和大纲覆盖率",
            None,
        ),
        ("outline", "rules") => (
            "用来对照解释的规则文件（默认：从工作目录找到的 peaklint.yaml，否则内置规则包）。\
             只能与 --explain 一起使用",
            Some("文件"),
        ),
        ("explain", "rule") => (
            "规则 id，如 structure/missing-chapter（拼写接近时会给出建议）",
            Some("规则"),
        ),
        ("lsp", "stdio") => (
            "通过标准输入输出通信（唯一的方式，也是默认方式；许多语言客户端会加上此选项，故予接受）",
            None,
        ),
        ("rules validate", "file") => ("要校验的规则文件或 peaklint.yaml", Some("文件")),
        ("rules print", "rules") => (
            "要解析后显示的规则文件或 peaklint.yaml（默认：从工作目录找到的 peaklint.yaml，\
             否则内置规则包）",
            Some("文件"),
        ),
        ("help" | "rules help", "subcommand") => ("要显示帮助的子命令", Some("命令")),
        _ => return None,
    })
}

/// The command line in Chinese, for `--help`: built (so that clap's own `--help`,
/// `--version` and `help` are there to translate), then every text replaced.
pub(crate) fn command() -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    let cmd = cmd.about(ABOUT).long_about(LONG_ABOUT);
    translate(cmd, "")
}

fn translate(cmd: Command, path: &str) -> Command {
    let mut cmd = cmd
        .help_template("{before-help}{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("命令")
        .subcommand_value_name("命令");
    if let Some(about) = command_about(path) {
        cmd = cmd.about(about).long_about(about);
    }
    // In place (`mut_args` keeps the order the built command's keys index).
    cmd = cmd.mut_args(|a| {
        let text = arg_help(path, a.get_id().as_str());
        localize_arg(a, text)
    });
    if path.ends_with("help") {
        // clap's `help` holds copies of the subcommands only to parse `help check`.
        return cmd;
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(name.as_str(), |c| translate(c, &sub_path));
    }
    cmd
}

/// One argument: its Chinese help (which names its values and default itself), value
/// name and heading; an argument without an entry keeps its text (the test catches it).
fn localize_arg(arg: Arg, text: Option<(&'static str, Option<&'static str>)>) -> Arg {
    let heading = if arg.is_positional() {
        "参数"
    } else {
        "选项"
    };
    let mut arg = arg
        .help_heading(heading)
        .hide_default_value(true)
        .hide_possible_values(true);
    if let Some((help, value_name)) = text {
        arg = arg.help(help).long_help(help);
        if let Some(v) = value_name {
            arg = arg.value_name(v);
        }
    }
    arg
}

/// clap's rendered help with the one English word its usage line keeps.
pub(crate) fn finish(rendered: &str) -> String {
    rendered.replace("[OPTIONS]", "[选项]")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every argument and subcommand has its Chinese text.
    #[test]
    fn every_argument_is_translated() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            if !path.is_empty() && command_about(path).is_none() {
                missing.push(format!("command `{path}`"));
            }
            for a in cmd.get_arguments() {
                if arg_help(path, a.get_id().as_str()).is_none() {
                    missing.push(format!("`{path}` --{}", a.get_id()));
                }
            }
            if path.ends_with("help") {
                return;
            }
            for c in cmd.get_subcommands() {
                let sub = if path.is_empty() {
                    c.get_name().to_owned()
                } else {
                    format!("{path} {}", c.get_name())
                };
                walk(c, &sub, missing);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, "", &mut missing);
        assert!(missing.is_empty(), "no Chinese help for {missing:?}");
    }
}
