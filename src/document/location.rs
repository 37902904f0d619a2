//! Source locations: line/column for text formats, paragraph indices for .docx.

use schemars::JsonSchema;
use serde::Serialize;

use super::CellRef;

/// Byte offsets of line starts, for turning a byte offset into line and column.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and column (column in Unicode scalar values) of a byte offset.
    /// An offset inside a character counts as that character.
    pub fn line_col(&self, source: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(source.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = source
            .get(start..)
            .map(|rest| {
                rest.char_indices()
                    .take_while(|(i, _)| start + i < offset)
                    .count()
            })
            .unwrap_or(0);
        (to_u32(line), to_u32(column + 1))
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Where a finding or a heading is, as the JSON contract spells it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byte_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byte_end: Option<usize>,
    /// .docx: 1-based paragraph index in reading order (table cells included).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// PDF: the 1-based page; `line` is then the line on that page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// .docx: the table cell (1-based table, row and cell).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<u32>,
    /// The heading path enclosing the location.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub section: Vec<String>,
}

impl Location {
    pub fn set_cell(&mut self, cell: Option<CellRef>) {
        if let Some(c) = cell {
            self.table = Some(c.table);
            self.row = Some(c.row);
            self.cell = Some(c.cell);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_chars() {
        let src = "# 标题\n一、总则\r\nabc";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 0), (1, 1));
        assert_eq!(idx.line_col(src, 2), (1, 3));
        let zongze = src.find("总则").unwrap_or(0);
        assert_eq!(idx.line_col(src, zongze), (2, 3));
        let abc = src.find("abc").unwrap_or(0);
        assert_eq!(idx.line_col(src, abc + 1), (3, 2));
        assert_eq!(idx.line_col(src, src.len()), (3, 4));
    }
}
