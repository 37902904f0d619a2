//! `--select` / `--ignore` of `check` and `report` (see `peaklint::checks::select`).

/// Which rules run.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct SelectArgs {
    /// Run only these rules or rule families (`structure`, `target/late-peak`); repeat the
    /// option or separate with commas. A family whose rules are all off is not run at all.
    #[arg(long, value_delimiter = ',', value_name = "RULE|FAMILY")]
    pub select: Vec<String>,
    /// Do not run these rules or rule families (applied after --select).
    #[arg(long, value_delimiter = ',', value_name = "RULE|FAMILY")]
    pub ignore: Vec<String>,
}
