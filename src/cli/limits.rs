//! `--max-*` options of `check` and `report`: the input limits of `read::Limits`, each
//! overridable from the command line (defaults in docs/performance.md#input-limits).

use peaklint::document::read::Limits;

/// Input limits; a file over one is reported `unreadable` with the limit named.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LimitArgs {
    /// Largest file read at all, in bytes [default: 67108864 = 64 MiB].
    #[arg(long, value_name = "BYTES")]
    pub max_file_size: Option<u64>,
    /// .docx: most bytes decompressed over all parts read [default: 268435456 = 256 MiB].
    #[arg(long, value_name = "BYTES")]
    pub max_decompressed: Option<u64>,
    /// .docx: most entries in the package [default: 10000].
    #[arg(long, value_name = "N")]
    pub max_entries: Option<usize>,
    /// .docx: deepest XML element nesting [default: 256].
    #[arg(long, value_name = "N")]
    pub max_xml_depth: Option<usize>,
    /// Most paragraphs (lines for text formats) in one document [default: 1000000].
    #[arg(long, value_name = "N")]
    pub max_paragraphs: Option<usize>,
}

impl LimitArgs {
    /// The defaults with the options given applied.
    pub fn limits(&self) -> Limits {
        let d = Limits::default();
        Limits {
            max_file_size: self.max_file_size.unwrap_or(d.max_file_size),
            max_decompressed: self.max_decompressed.unwrap_or(d.max_decompressed),
            max_entries: self.max_entries.unwrap_or(d.max_entries),
            max_xml_depth: self.max_xml_depth.unwrap_or(d.max_xml_depth),
            max_paragraphs: self.max_paragraphs.unwrap_or(d.max_paragraphs),
        }
    }
}
