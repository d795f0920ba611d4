//! Integration tests: each runs the real `koonti` executable.

mod libreoffice;
mod merge;
mod samples;
mod template;
mod util;
