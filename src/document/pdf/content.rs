//! A page's content stream → the runs of text it shows, each with where it starts and
//! ends on the page, its size and weight. Only what text extraction needs of the PDF
//! graphics model is followed: the CTM (`q`/`Q`/`cm`), the text matrices and the text
//! state (`Tf`, `Tc`, `Tw`, `Tz`, `TL`, `Ts`, `Tr`), the text-showing operators.

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::{Document, Object, ObjectId};

use super::fonts::Font;
use crate::document::ReadError;

/// A horizontal rule drawn on the page (a table border), in page space.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rule {
    pub y: f64,
    pub x0: f64,
    pub x1: f64,
}

/// A vertical rule (a table's column border), in page space.
#[derive(Debug, Clone, Copy)]
pub(super) struct VRule {
    pub x: f64,
    pub y0: f64,
    pub y1: f64,
}

/// What a page shows: its text runs and the rules of its tables.
#[derive(Debug, Default)]
pub(super) struct PageContent {
    pub pieces: Vec<Piece>,
    pub rules: Vec<Rule>,
    pub vrules: Vec<VRule>,
}

/// A run of text as shown by one text-showing operator, in page space (points, y up).
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub x0: f64,
    pub x1: f64,
    /// Baseline.
    pub y: f64,
    /// Font size on the page (points).
    pub size: f64,
    pub bold: bool,
    pub text: String,
}

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `a × b` (row-vector convention, as PDF writes matrices).
fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn translate(tx: f64, ty: f64) -> Matrix {
    [1.0, 0.0, 0.0, 1.0, tx, ty]
}

fn point(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

fn num(o: Option<&Object>) -> f64 {
    match o {
        Some(Object::Integer(i)) => *i as f64,
        Some(Object::Real(r)) => f64::from(*r),
        _ => 0.0,
    }
    .clamp(-1e7, 1e7)
}

#[derive(Clone)]
struct TextState {
    font: Option<Vec<u8>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
    render: i64,
}

impl Default for TextState {
    fn default() -> Self {
        TextState {
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
            render: 0,
        }
    }
}

/// Deepest `q` nesting followed (deeper saves are ignored, not an error).
const MAX_SAVES: usize = 256;

/// The text runs of one page. `budget` is what may still be decompressed; it shrinks by
/// this page's content.
pub(super) fn page_pieces(
    doc: &Document,
    page: ObjectId,
    budget: &mut usize,
) -> Result<PageContent, ReadError> {
    let data = doc
        .get_page_content_with_limit(page, *budget)
        .map_err(|e| match e {
            lopdf::Error::Decompress(_) => ReadError::Limit(format!(
                "decompressed size of the PDF page contents exceeds the limit of {} bytes",
                budget
            )),
            other => ReadError::NotADocument(format!("unreadable PDF page content: {other}")),
        })?;
    *budget = budget.saturating_sub(data.len());
    let content = Content::decode(&data).unwrap_or(Content { operations: vec![] });
    let dicts = doc.get_page_fonts(page).unwrap_or_default();
    let max = *budget;
    let fonts: BTreeMap<Vec<u8>, Font> = dicts
        .into_iter()
        .map(|(name, dict)| (name, Font::new(doc, dict, max)))
        .collect();

    let mut pieces = Vec::new();
    let mut rules = Vec::new();
    let mut vrules = Vec::new();
    // The current path's edges (page space) and its last point (user space).
    let mut path = Path::default();
    let mut at = (0.0, 0.0);
    let mut ctm = IDENTITY;
    let mut saved: Vec<(Matrix, TextState)> = Vec::new();
    let mut ts = TextState::default();
    let mut tm = IDENTITY;
    let mut tlm = IDENTITY;
    for op in &content.operations {
        let args = &op.operands;
        match op.operator.as_str() {
            "q" if saved.len() < MAX_SAVES => saved.push((ctm, ts.clone())),
            "Q" => {
                if let Some((m, s)) = saved.pop() {
                    ctm = m;
                    ts = s;
                }
            }
            "cm" if args.len() == 6 => {
                let m = [0, 1, 2, 3, 4, 5].map(|i| num(args.get(i)));
                ctm = mul(&m, &ctm);
            }
            "m" => at = (num(args.first()), num(args.get(1))),
            "l" => {
                let to = (num(args.first()), num(args.get(1)));
                push_edge(&mut path, &ctm, at, to);
                at = to;
            }
            "re" => {
                let (x, y, w, h) = (
                    num(args.first()),
                    num(args.get(1)),
                    num(args.get(2)),
                    num(args.get(3)),
                );
                push_edge(&mut path, &ctm, (x, y), (x + w, y));
                push_edge(&mut path, &ctm, (x, y + h), (x + w, y + h));
                push_edge(&mut path, &ctm, (x, y), (x, y + h));
                push_edge(&mut path, &ctm, (x + w, y), (x + w, y + h));
            }
            "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                if rules.len() + vrules.len() < MAX_RULES {
                    rules.append(&mut path.h);
                    vrules.append(&mut path.v);
                }
                path = Path::default();
            }
            "n" => path = Path::default(),
            "BT" => {
                tm = IDENTITY;
                tlm = IDENTITY;
            }
            "Tf" => {
                ts.font = args
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .map(<[u8]>::to_vec);
                ts.size = num(args.get(1));
            }
            "Tc" => ts.char_spacing = num(args.first()),
            "Tw" => ts.word_spacing = num(args.first()),
            "Tz" => ts.scale = num(args.first()) / 100.0,
            "TL" => ts.leading = num(args.first()),
            "Ts" => ts.rise = num(args.first()),
            "Tr" => ts.render = num(args.first()) as i64,
            "Td" | "TD" => {
                let (tx, ty) = (num(args.first()), num(args.get(1)));
                if op.operator == "TD" {
                    ts.leading = -ty;
                }
                tlm = mul(&translate(tx, ty), &tlm);
                tm = tlm;
            }
            "Tm" if args.len() == 6 => {
                tlm = [0, 1, 2, 3, 4, 5].map(|i| num(args.get(i)));
                tm = tlm;
            }
            "T*" => {
                tlm = mul(&translate(0.0, -ts.leading), &tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if op.operator != "Tj" && op.operator != "TJ" {
                    tlm = mul(&translate(0.0, -ts.leading), &tlm);
                    tm = tlm;
                }
                if op.operator == "\"" {
                    ts.word_spacing = num(args.first());
                    ts.char_spacing = num(args.get(1));
                }
                let shown: &[Object] = match op.operator.as_str() {
                    "TJ" => args
                        .first()
                        .and_then(|a| a.as_array().ok())
                        .map_or(&[], |v| v.as_slice()),
                    "\"" => args.get(2).map_or(&[], std::slice::from_ref),
                    _ => args.first().map_or(&[], std::slice::from_ref),
                };
                let font = ts.font.as_ref().and_then(|f| fonts.get(f));
                pieces.extend(show(shown, font, &ts, &mut tm, &ctm));
            }
            _ => {}
        }
    }
    Ok(PageContent {
        pieces,
        rules,
        vrules,
    })
}

/// Most rules kept from one page.
const MAX_RULES: usize = 100_000;

/// The horizontal and vertical edges of the path being built.
#[derive(Default)]
struct Path {
    h: Vec<Rule>,
    v: Vec<VRule>,
}

/// An edge of a path, in page space, kept when horizontal or vertical and longer than
/// 5 points.
fn push_edge(path: &mut Path, ctm: &Matrix, from: (f64, f64), to: (f64, f64)) {
    let (x0, y0) = point(ctm, from.0, from.1);
    let (x1, y1) = point(ctm, to.0, to.1);
    if path.h.len() + path.v.len() >= MAX_RULES {
        return;
    }
    if (y0 - y1).abs() < 1.0 && (x1 - x0).abs() > 5.0 {
        path.h.push(Rule {
            y: (y0 + y1) / 2.0,
            x0: x0.min(x1),
            x1: x0.max(x1),
        });
    } else if (x0 - x1).abs() < 1.0 && (y1 - y0).abs() > 5.0 {
        path.v.push(VRule {
            x: (x0 + x1) / 2.0,
            y0: y0.min(y1),
            y1: y0.max(y1),
        });
    }
}

/// Show strings (and TJ adjustments): advance the text matrix, return the runs. A TJ
/// adjustment of a fifth of an em or more starts a new run (LibreOffice draws a line's
/// quotation marks, in another font, as one TJ with wide gaps between them).
fn show(
    shown: &[Object],
    font: Option<&Font>,
    ts: &TextState,
    tm: &mut Matrix,
    ctm: &Matrix,
) -> Vec<Piece> {
    let start = mul(&mul(&[1.0, 0.0, 0.0, 1.0, 0.0, ts.rise], tm), ctm);
    // Only horizontal text is read (a rotated watermark is not part of the plan).
    let horizontal = start[1].abs() <= 0.1 * start[0].abs() && start[0] > 0.0;
    let size = (ts.size * (start[2].powi(2) + start[3].powi(2)).sqrt()).abs();
    let bold = font.is_some_and(|f| f.bold) || ts.render == 2;
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut advance = 0.0;
    let mut piece_start = 0.0;
    let mut flush = |text: &mut String, from: f64, to: f64| {
        if horizontal && !text.trim().is_empty() {
            let (x0, y) = point(&start, from, 0.0);
            let (x1, _) = point(&start, to, 0.0);
            pieces.push(Piece {
                x0: x0.min(x1),
                x1: x0.max(x1),
                y,
                size,
                bold,
                text: std::mem::take(text),
            });
        }
        text.clear();
    };
    for item in shown {
        match item {
            Object::String(bytes, _) => {
                let Some(font) = font else { continue };
                text.push_str(&font.decode(bytes));
                for (w, space) in font.advances(bytes) {
                    let spacing = ts.char_spacing + if space { ts.word_spacing } else { 0.0 };
                    advance += (w / 1000.0 * ts.size + spacing) * ts.scale;
                }
            }
            Object::Integer(_) | Object::Real(_) => {
                let adjust = num(Some(item));
                if adjust.abs() >= 200.0 {
                    flush(&mut text, piece_start, advance);
                    advance -= adjust / 1000.0 * ts.size * ts.scale;
                    piece_start = advance;
                } else {
                    advance -= adjust / 1000.0 * ts.size * ts.scale;
                }
            }
            _ => {}
        }
    }
    flush(&mut text, piece_start, advance);
    *tm = mul(&translate(advance, 0.0), tm);
    pieces
}
