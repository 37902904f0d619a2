//! `peaklint facts` over the command line's inputs: files read in parallel, in the
//! inputs' order, an unlisted folder being an unreadable entry.

use peaklint::batch::Input;
use peaklint::document::read::Limits;
use peaklint::pack::RulesPack;
use peaklint::plan_facts::{self, FileFacts};

/// The facts of every input with `jobs` threads, in the inputs' order (an unlisted
/// folder is an unreadable entry).
pub(crate) fn read_inputs(
    inputs: &[Input],
    pack: &RulesPack,
    limits: &Limits,
    lang_en: bool,
    jobs: usize,
) -> Vec<FileFacts> {
    use rayon::prelude::*;
    let one = |input: &Input| match input {
        Input::File(path) => plan_facts::read_path(path, pack, limits, lang_en),
        Input::Unlisted(path, reason, kind) => plan_facts::unreadable(
            &peaklint::document::path_name(path),
            "text",
            peaklint::batch::unlisted_error(reason, *kind).cannot_read(if lang_en {
                peaklint::lang::Lang::En
            } else {
                peaklint::lang::Lang::Zh
            }),
        ),
    };
    match rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .build()
    {
        Ok(pool) => pool.install(|| inputs.par_iter().map(one).collect()),
        Err(_) => inputs.iter().map(one).collect(),
    }
}
