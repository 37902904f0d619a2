//! Judgements several checks share, computed once per document on first use (the facts
//! themselves live in [`crate::extract::analysis::Analysis`]).

use std::cell::OnceCell;

use super::principle::Evaluation;

/// The cache behind [`super::Context`]'s shared judgements.
#[derive(Default)]
pub(crate) struct Facts<'a> {
    pub(crate) principles: OnceCell<Vec<Evaluation<'a>>>,
}
