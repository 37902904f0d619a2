//! The command line's parts: arguments, running checks, the smaller commands. `main.rs`
//! dispatches.

pub(crate) mod args;
pub(crate) mod commands;
pub(crate) mod limits;
pub(crate) mod output;
pub(crate) mod run;
pub(crate) mod select;
