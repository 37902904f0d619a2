//! Arbitrary UTF-8 as a rules pack: errors are fine, panics are not.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = peaklint::pack::load_pack("fuzz.yaml", text);
});
