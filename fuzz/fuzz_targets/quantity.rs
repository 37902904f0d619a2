//! Arbitrary UTF-8 through the quantity and year extractors.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let pack = peaklint::pack::default_pack();
    let _ = peaklint::extract::quantity::quantities(text, pack);
    let _ = peaklint::extract::years::years(text);
});
