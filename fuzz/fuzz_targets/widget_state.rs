//! The widget's state machine driven by fuzzer bytes (presses, answers, time,
//! attribute changes, reloads): what the screen says is always what a press
//! does. The same session as the bounded property test in make test.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/widget_session.rs"]
mod widget_session;

fuzz_target!(|data: &[u8]| {
    let mut bytes = data.iter();
    widget_session::run(|| bytes.next().map_or(0, |b| u64::from(*b)));
});
