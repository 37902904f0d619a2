//! Bytes named `x.txt` → read_bytes → the full check pipeline. Read errors are
//! fine; a panic anywhere (reader, classifier, extractors, rules) is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peaklint::checks::Lang;
use peaklint::document::read::Limits;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = peaklint::document::read_bytes("x.txt", data, &Limits::default()) {
        let _ = peaklint::pipeline::check_document(&doc, peaklint::pack::default_pack(), Lang::Zh);
    }
});
