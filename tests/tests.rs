//! Integration tests: each runs the real `koonti` executable.

mod appendix;
mod libreoffice;
mod merge;
mod report;
mod samples;
mod util;
