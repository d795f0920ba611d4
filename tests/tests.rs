//! Integration tests: each runs the real `koonti` executable.

mod libreoffice;
mod merge;
mod messy;
mod samples;
mod util;
