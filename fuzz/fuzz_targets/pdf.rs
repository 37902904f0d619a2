//! Bytes named `x.pdf` → read_bytes → the full check pipeline. Read errors are fine
//! (truncated, damaged, no text layer); a panic or a hang anywhere is a finding. A panic
//! inside lopdf is caught by the PDF reader's guard and comes back as a damaged-PDF
//! error, so run with `-timeout` to catch what the guard cannot: loops that never end.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peaklint::checks::Lang;
use peaklint::document::read::Limits;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = peaklint::document::read_bytes("x.pdf", data, &Limits::default()) {
        let _ = peaklint::pipeline::check_document(&doc, peaklint::pack::default_pack(), Lang::Zh);
    }
});
