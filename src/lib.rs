//! peaklint: checks drafted 工业园区碳达峰实施方案 (industrial-park carbon-peak
//! implementation plans) against the CACE group standard 《工业园区碳达峰实施方案编制指南》.
//!
//! Data flows one way: file → reader → [`document::Document`] → facts ([`extract`]) →
//! checks ([`checks`]) → [`diagnostic::Diagnostic`]s carrying typed [`finding::Finding`]s →
//! renderer ([`report`], which also words the findings in Chinese or English).

pub mod batch;
pub mod bench_corpus;
pub mod checks;
pub mod diagnostic;
pub mod document;
pub mod extract;
pub mod finding;
pub mod init;
pub mod lang;
pub mod lsp;
pub mod pack;
pub mod pipeline;
pub mod plan_facts;
pub mod postpass;
pub mod report;
pub mod suppress;
pub mod text_search;
pub mod waivers;

pub use document::{read_path, Document, ReadError};
