//! Integration tests: each runs the real `koonti` executable.

mod appendix;
mod bad_input;
mod compare;
mod compare_periods;
mod custom_labels;
mod drop;
mod findings_lang;
mod inputs;
mod libreoffice;
mod merge;
mod messy;
mod nothing_lost;
mod present;
mod programme;
mod raw_xml;
mod report;
mod samples;
mod scale_labels;
mod scale_round_trip;
mod slides;
mod status_scale;
mod template;
mod trust;
mod util;
mod visible_words;
mod wine;

/// A text as the appendix page escapes it.
pub fn appendix_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}
