//! peaklint's integration tests, compiled as one binary (one link, one harness). Each
//! module is one area; `common` holds the helpers they share (spawning the binary, the
//! embedded pack, a plan from chapters). Data lives beside this folder: `tests/data/`,
//! `tests/rule_cases/` (per-rule fixtures with inline expectations) and the snapshots in
//! `tests/it/snapshots/`.

mod common;

mod area_parts;
mod base_year_totals;
mod batch;
mod boundary;
mod chapters_within;
mod check_snapshots;
mod cli_bad_input;
mod complexity;
mod editors;
mod facts;
mod facts_readings;
mod findings;
mod first_hour;
mod fixtures_outline;
mod hostile_io;
mod init;
mod json_output;
mod lexicon;
mod list_items;
mod list_subjects;
mod lsp;
mod milestone_titles;
mod outline_align;
mod outline_text;
mod outline_titles;
mod outside_round16;
mod outside_round18;
mod own_plans;
mod pathway_sections;
mod pdf;
mod peak_subjects;
mod phrases;
mod principles;
mod probe_plans;
mod properties;
mod quantities;
mod report;
mod rule_cases;
mod rule_docs;
mod rule_phrasings;
mod rules_config;
mod rules_errors;
mod rules_layouts;
mod rules_load;
mod rules_schema;
mod sarif;
mod select;
mod structure;
mod suppress;
mod table_cells;
mod target_phrases;
mod targets;
mod targets_computed;
mod targets_consistency;
mod targets_extraction;
mod targets_fixtures;
mod targets_gap;
mod unit_parts;
mod waivers;
mod wrong_units;
