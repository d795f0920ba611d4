//! Integration tests: each runs the real `koonti` executable.

mod appendix;
mod bad_input;
mod custom_labels;
mod findings_lang;
mod libreoffice;
mod merge;
mod messy;
mod programme;
mod raw_xml;
mod report;
mod samples;
mod status_scale;
mod template;
mod trust;
mod util;
