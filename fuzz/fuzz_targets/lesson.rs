//! Arbitrary bytes as a lesson file: through the loader the library uses, and whatever
//! loads (or the problems found) drawn into small TestBackends. See fuzz/README.md.

#![no_main]
#![allow(dead_code)] // each target uses one of the harness functions

use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| harness::load_and_render(data));
