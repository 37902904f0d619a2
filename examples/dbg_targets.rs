use peaklint::checks::{Context, Lang};
use peaklint::document::read::{read_bytes, Limits};
use peaklint::extract::targets::{declared_base_fallback, table_targets, targets, PlanContext};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let doc = read_bytes(&path, &bytes, &Limits::default()).unwrap();
    let pack = peaklint::rules::default_pack();
    let cx = Context::new(&doc, pack, Lang::Zh);
    let b = cx.boundary();
    let declared_base = b
        .base_years
        .first()
        .map(|by| by.year)
        .or_else(|| declared_base_fallback(&b.all));
    let plan = PlanContext { declared_base };
    let mut found = targets(pack, &b.all, plan);
    found.extend(table_targets(pack, &doc, plan));
    for t in found {
        println!(
            "{:?} {:?} {:?} v={} unit={:?} bound={:?} base={:?} year={:?} scope={:?} | {}",
            t.role,
            t.kind,
            t.metric,
            t.value,
            t.unit,
            t.bound,
            t.base_year.map(|b| b.year),
            t.target_year,
            t.scope_words,
            t.sentence.as_str().chars().take(50).collect::<String>()
        );
    }
}
