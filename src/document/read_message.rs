//! Why a file cannot be read, in the user's language.
//!
//! The readers build [`ReadError`]s with English details (they are also the `Display` of
//! the error, what `--lang en`, logs and the JSON `error` field show). Chinese output must
//! not mix in English, so each known detail is translated here from its template — a
//! table, one line per reader message — with the numbers and part names it carries. A
//! detail without a template (a new reader message, a library's own text such as a zip
//! or XML parser error) is left out in Chinese: the kind of failure is still told, and
//! `--lang en` gives the English detail.

use std::io::ErrorKind;
use std::sync::OnceLock;

use regex::Regex;

use super::ReadError;
use crate::lang::Lang;

/// English detail template (a regex over the whole detail) → Chinese, with `$1`, `$2`
/// for the captured numbers and names.
const DETAILS: &[(&str, &str)] = &[
    // read.rs
    (
        r"^(?:the )?file is (\d+) bytes, the limit is (\d+) bytes$",
        "文件大小为 $1 字节，超过上限 $2 字节",
    ),
    (
        r"^a \.docx package cannot be read from text$",
        "无法从文本中读取 .docx 文件包",
    ),
    (
        r"^a legacy Word 97-2003 \(\.doc\) or other OLE file; save it as \.docx$",
        "这是旧版 Word 97-2003（.doc）或其他 OLE 文件，请另存为 .docx",
    ),
    (
        r"^not a PDF file \(no %PDF- header\)$",
        "不是 PDF 文件（文件开头没有 PDF 标识）",
    ),
    // pdf/
    (
        r"^no text layer; OCR is not supported .*$",
        "PDF 没有文字层（扫描件或纯图片 PDF），不支持 OCR 识别：请检查 .docx 原稿，或由文字处理软件直接导出的 PDF",
    ),
    (
        r"^damaged or truncated PDF: .*$",
        "PDF 文件已损坏或被截断",
    ),
    (
        r"^damaged PDF: .*$",
        "PDF 文件已损坏",
    ),
    (
        r"^the PDF is encrypted with a password$",
        "PDF 文件已用密码加密",
    ),
    (
        r"^unreadable PDF page content: .*$",
        "PDF 页面内容无法读取",
    ),
    (
        r"^decompressed size of (?:a PDF stream|the PDF page contents) exceeds the limit.*$",
        "PDF 内容解压后的大小超过上限",
    ),
    // convert.rs
    (
        r"^a legacy Word 97-2003 \(\.doc\) or WPS \(\.wps\) file, and LibreOffice is not installed to convert it; run: (.+) \(or save it as \.docx in Word/WPS\)$",
        "这是旧版 Word 97-2003（.doc）或 WPS（.wps）文件，本机未安装用于转换的 LibreOffice；请运行：$1（或在 Word/WPS 中另存为 .docx）",
    ),
    (
        r"^a legacy Word 97-2003 \(\.doc\) or WPS \(\.wps\) file that LibreOffice did not convert within (\d+) s; run: (.+)$",
        "这是旧版 Word 97-2003（.doc）或 WPS（.wps）文件，LibreOffice 未能在 $1 秒内完成转换；请运行：$2",
    ),
    (
        r"^a legacy Word 97-2003 \(\.doc\) or WPS \(\.wps\) file that LibreOffice could not convert; run: (.+) \(or save it as \.docx in Word/WPS\)$",
        "这是旧版 Word 97-2003（.doc）或 WPS（.wps）文件，LibreOffice 无法转换；请运行：$1（或在 Word/WPS 中另存为 .docx）",
    ),
    (
        r"^a legacy Office file \(an Excel \.xls workbook\), not a Word document$",
        "这是旧版 Excel 工作簿（.xls），不是 Word 文档",
    ),
    (
        r"^a legacy Office file \(a PowerPoint \.ppt presentation\), not a Word document$",
        "这是旧版 PowerPoint 演示文稿（.ppt），不是 Word 文档",
    ),
    (
        r"^a legacy Office file \(.*\), not a Word document$",
        "这是旧版 Office 文件，不是 Word 文档",
    ),
    (
        r"^an OFD file \(版式文档\), not a \.docx; export it as PDF or save the original as \.docx$",
        "这是 OFD 版式文档，不是 .docx；请导出为 PDF，或将原稿另存为 .docx",
    ),
    (
        r"^an OpenDocument file \(\.odt\), not a \.docx; save it as \.docx$",
        "这是 OpenDocument 文件（.odt），不是 .docx，请另存为 .docx",
    ),
    (
        r"^an RTF file; save it as \.docx$",
        "这是 RTF 文件，请另存为 .docx",
    ),
    (
        r"^not a zip archive \(a \.docx file is a zip package\)$",
        "不是 zip 压缩包（.docx 文件是 zip 格式的文件包）",
    ),
    // encoding.rs
    (
        r"^the file starts with a (\S+) byte-order mark but is not valid \S+$",
        "文件以 $1 字节顺序标记（BOM）开头，但内容不是有效的 $1",
    ),
    (
        r"^binary content \(NUL bytes\): not a text, Markdown or \.docx file$",
        "二进制内容（含 NUL 字节）：不是文本、Markdown 或 .docx 文件",
    ),
    (
        r"^not UTF-8 \(and not GB18030/GBK; the bytes look like (\S+)\); save the file as UTF-8$",
        "不是 UTF-8 编码（也不是 GB18030/GBK，看起来像 $1），请另存为 UTF-8",
    ),
    (
        r"^invalid UTF-8 at byte (\d+) although the file starts with a UTF-8 byte-order mark$",
        "文件以 UTF-8 字节顺序标记开头，但第 $1 字节处不是有效的 UTF-8",
    ),
    // text.rs, markdown.rs, docx/body.rs
    (r"^more than (\d+) paragraphs$", "段落数超过 $1"),
    (
        r"^(\S+) has more than (\d+) paragraphs$",
        "$1 的段落数超过 $2",
    ),
    // docx/xml.rs
    (
        r"^XML elements in (\S+) are nested more than (\d+) deep \(at byte (\d+)\)$",
        "$1 中的 XML 元素嵌套超过 $2 层（第 $3 字节处）",
    ),
    // docx/body.rs, docx/mod.rs
    (
        r"^the main part (\S+) is not a Word document .*$",
        "主文档部件 $1 不是 Word 文档",
    ),
    (
        r"^the package has no main document part \((\S+)\)$",
        "文件包中没有主文档部件（$1）",
    ),
    // docx/package.rs
    (
        r"^unsupported zip: compression method (.+) \(only stored and deflate are read\)$",
        "不支持的 zip 压缩方式 $1（只读取 stored 和 deflate）",
    ),
    (r"^unsupported zip: .*$", "不支持的 zip 格式"),
    (
        r"^the package is encrypted with a password$",
        "文件包已用密码加密",
    ),
    (
        r"^truncated or corrupted zip: cannot decompress (\S+): .*$",
        "zip 文件包被截断或已损坏：无法解压 $1",
    ),
    (
        r"^truncated or corrupted zip: .*$",
        "zip 文件包被截断或已损坏",
    ),
    (
        r"^the package has (\d+) entries, the limit is (\d+)$",
        "文件包有 $1 个条目，超过上限 $2",
    ),
    (
        r"^decompressed size of the package parts exceeds the limit of (\d+) bytes \(while reading (\S+)\)$",
        "文件包部件解压后的大小超过上限 $1 字节（读取 $2 时）",
    ),
    (
        r"^an Excel workbook \(\.xlsx\), not a Word document$",
        "这是 Excel 工作簿（.xlsx），不是 Word 文档",
    ),
    (
        r"^a PowerPoint presentation \(\.pptx\), not a Word document$",
        "这是 PowerPoint 演示文稿（.pptx），不是 Word 文档",
    ),
    // batch.rs, cli: a folder inside a walked tree
    (r"^cannot list folder: .*$", "无法列出文件夹内容"),
];

fn details() -> &'static [(Regex, &'static str)] {
    static COMPILED: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        DETAILS
            .iter()
            .filter_map(|(pattern, zh)| Regex::new(pattern).ok().map(|re| (re, *zh)))
            .collect()
    })
}

/// The Chinese form of a reader's English detail, `None` when no template matches.
fn detail_zh(detail: &str) -> Option<String> {
    details().iter().find_map(|(re, zh)| {
        re.is_match(detail)
            .then(|| re.replace(detail, *zh).into_owned())
    })
}

/// An I/O error as a user reads it: what happened, in their language, without the
/// operating system's English text and error number.
pub fn io_error_message(e: &std::io::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    if let Some(zh) = detail_zh(&e.to_string()) {
        return zh;
    }
    match e.kind() {
        ErrorKind::NotFound => "文件或文件夹不存在".to_owned(),
        ErrorKind::PermissionDenied => "没有访问权限".to_owned(),
        ErrorKind::AlreadyExists => "文件已存在".to_owned(),
        ErrorKind::IsADirectory => "这是一个文件夹".to_owned(),
        ErrorKind::NotADirectory => "路径中的某一级不是文件夹".to_owned(),
        ErrorKind::InvalidData => "内容不是有效的文本".to_owned(),
        ErrorKind::UnexpectedEof => "文件意外结束".to_owned(),
        ErrorKind::StorageFull => "磁盘空间不足".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "文件系统为只读".to_owned(),
        ErrorKind::OutOfMemory => "内存不足".to_owned(),
        _ => "读写错误".to_owned(),
    }
}

impl ReadError {
    /// The whole sentence a user reads: `无法读取文件：…` / `cannot read the file: …`.
    pub fn cannot_read(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("cannot read the file: {}", self.message(lang)),
            Lang::Zh => format!("无法读取文件：{}", self.message(lang)),
        }
    }

    /// Why the file cannot be read, in `lang` (English: the error's `Display`).
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        let with = |kind: &str, detail: &str| match detail_zh(detail) {
            Some(zh) => format!("{kind}：{zh}"),
            None => kind.to_owned(),
        };
        match self {
            ReadError::Io(e) => io_error_message(e, lang),
            ReadError::Directory => "这是一个文件夹".to_owned(),
            ReadError::Empty => "文件为空".to_owned(),
            ReadError::NotRegular(kind) => {
                let what = match *kind {
                    "a FIFO (named pipe)" => "命名管道（FIFO）",
                    "a device" => "设备文件",
                    "a socket" => "套接字",
                    _ => "特殊文件",
                };
                format!("这是{what}，不是普通文件；只读取普通文件")
            }
            ReadError::NotADocument(d) => {
                detail_zh(d).unwrap_or_else(|| "不是可读取的文档".to_owned())
            }
            ReadError::Package(d) => with("不是有效的 .docx 文件包", d),
            ReadError::Xml { part, offset, .. } => {
                format!("{part} 中的 XML 格式错误（第 {offset} 字节处）")
            }
            ReadError::Limit(d) => with("超出输入限制", d),
            ReadError::Encoding(d) => with("无法解码文本", d),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        assert_eq!(details().len(), DETAILS.len());
    }

    #[test]
    fn details_keep_their_numbers() {
        let e = ReadError::Limit("the package has 21 entries, the limit is 20".into());
        assert_eq!(
            e.message(Lang::Zh),
            "超出输入限制：文件包有 21 个条目，超过上限 20"
        );
        let e = ReadError::Package("truncated or corrupted zip: Could not find EOCD".into());
        assert_eq!(
            e.message(Lang::Zh),
            "不是有效的 .docx 文件包：zip 文件包被截断或已损坏"
        );
        assert!(e.message(Lang::En).contains("EOCD"));
    }

    #[test]
    fn io_errors_are_told_by_kind() {
        let e = ReadError::Io(std::io::Error::from(ErrorKind::NotFound));
        assert_eq!(e.message(Lang::Zh), "文件或文件夹不存在");
    }
}
