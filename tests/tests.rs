//! Integration tests: each runs the real `koonti` executable.

mod merge;
mod samples;
mod util;
