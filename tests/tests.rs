//! Integration tests: each runs the real `koonti` executable.

mod bad_input;
mod libreoffice;
mod merge;
mod messy;
mod samples;
mod template;
mod util;
