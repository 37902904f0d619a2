//! Text runs → the lines of a page, each split into segments where a wide gap separates
//! two runs (table columns).

use super::content::Piece;

/// A stretch of a line without a wide gap.
#[derive(Debug, Clone)]
pub(super) struct Segment {
    pub x0: f64,
    pub x1: f64,
    pub text: String,
}

#[derive(Debug, Clone)]
pub(super) struct Line {
    /// 1-based page and line on the page (top to bottom, every line counted).
    pub page: u32,
    pub number: u32,
    pub y: f64,
    pub x0: f64,
    pub x1: f64,
    /// The largest font size on the line.
    pub size: f64,
    pub segments: Vec<Segment>,
    /// Bytes of the line's text, from its start, set in a bold font.
    pub bold_prefix: usize,
    /// The runs of the line, left to right (for cells of ruled tables).
    pub pieces: Vec<Segment>,
    /// The widest gap between two runs, less the line's letter spacing.
    pub widest_gap: f64,
}

impl Line {
    /// The whole line, segments separated by a space.
    pub fn text(&self) -> String {
        let mut s = String::new();
        for (i, seg) in self.segments.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(&seg.text);
        }
        s
    }
}

/// A gap wider than this many font sizes separates two segments (table columns).
const COLUMN_GAP: f64 = 1.5;

/// The spacing between the runs of a letter-spaced line (text set on a character grid
/// draws every character apart): the median gap when the line has four runs or more,
/// nearly all of one character, else none. Gaps wider than it are spaces or columns.
fn letter_spacing(runs: &[Piece]) -> f64 {
    let single = runs
        .iter()
        .filter(|r| r.text.trim().chars().count() == 1)
        .count();
    // Letter spacing draws characters one by one.
    if runs.len() < 4 || single * 4 < runs.len() * 3 {
        return 0.0;
    }
    let mut gaps: Vec<f64> = runs
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some((b.x0 - a.x1).max(0.0)),
            _ => None,
        })
        .collect();
    gaps.sort_by(f64::total_cmp);
    gaps.get(gaps.len() / 2).copied().unwrap_or(0.0)
}

/// Group a page's runs into lines (baselines within a third of the font size), left to
/// right, top to bottom.
pub(super) fn page_lines(page: u32, mut pieces: Vec<Piece>) -> Vec<Line> {
    pieces.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut groups: Vec<Vec<Piece>> = Vec::new();
    for p in pieces {
        match groups.last_mut() {
            Some(g)
                if g.first()
                    .is_some_and(|f| (f.y - p.y).abs() <= 0.35 * f.size.max(p.size)) =>
            {
                g.push(p)
            }
            _ => groups.push(vec![p]),
        }
    }
    let mut lines = Vec::with_capacity(groups.len());
    for (i, mut g) in groups.into_iter().enumerate() {
        g.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let size = g.iter().map(|p| p.size).fold(0.0, f64::max);
        let mut segments: Vec<Segment> = Vec::new();
        let mut bold_prefix = 0;
        let mut bold_run = true;
        let mut bytes = 0;
        let mut runs = Vec::with_capacity(g.len());
        let spacing = letter_spacing(&g);
        for p in &g {
            let text = p.text.replace(['\u{0}', '\u{a0}'], " ");
            let text = text.trim_end_matches([' ', '\t']);
            if !text.trim().is_empty() {
                runs.push(Segment {
                    x0: p.x0,
                    x1: p.x1,
                    text: text.trim_start().to_string(),
                });
            }
            match segments.last_mut() {
                Some(seg) if p.x0 - seg.x1 - spacing <= COLUMN_GAP * size => {
                    let gap = p.x0 - seg.x1 - spacing;
                    let ascii_join = seg.text.ends_with(|c: char| c.is_ascii_alphanumeric())
                        && text.starts_with(|c: char| c.is_ascii_alphanumeric());
                    // A wide gap is a space the PDF does not draw (“中共中央 国务院”, 表1　…).
                    // An ideographic space (U+3000) is one em wide.
                    if gap > 0.75 * size && gap < 1.3 * size {
                        seg.text.push('\u{3000}');
                        bytes += '\u{3000}'.len_utf8();
                    } else if (gap > 0.2 * size && ascii_join) || gap > 0.4 * size {
                        seg.text.push(' ');
                        bytes += 1;
                    }
                    seg.text.push_str(text);
                    seg.x1 = seg.x1.max(p.x1);
                }
                _ => {
                    if !segments.is_empty() {
                        bytes += 1;
                    }
                    segments.push(Segment {
                        x0: p.x0,
                        x1: p.x1,
                        text: text.to_string(),
                    });
                }
            }
            bytes += text.len();
            if bold_run && p.bold {
                bold_prefix = bytes;
            } else {
                bold_run = false;
            }
        }
        for seg in &mut segments {
            let lead = seg.text.len() - seg.text.trim_start().len();
            seg.text.drain(..lead);
        }
        segments.retain(|s| !s.text.is_empty());
        let (Some(first), Some(last)) = (segments.first(), segments.last()) else {
            continue;
        };
        let (x0, x1) = (first.x0, last.x1);
        let y = g.first().map_or(0.0, |p| p.y);
        lines.push(Line {
            page,
            number: u32::try_from(i + 1).unwrap_or(u32::MAX),
            y,
            x0,
            x1,
            size,
            bold_prefix,
            segments,
            widest_gap: g
                .windows(2)
                .filter_map(|w| match w {
                    [a, b] => Some(b.x0 - a.x1 - spacing),
                    _ => None,
                })
                .fold(0.0, f64::max),
            pieces: runs,
        });
    }
    lines
}
