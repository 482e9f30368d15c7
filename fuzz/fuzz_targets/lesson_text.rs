//! Arbitrary text in every field of a valid lesson: most inputs load, so the fuzzer spends
//! its time in the screens (width, wrapping, paging, QR codes). See fuzz/README.md.

#![no_main]
#![allow(dead_code)] // each target uses one of the harness functions

use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| harness::text_in_lesson(data));
