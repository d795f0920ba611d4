//! Phase timings of a run on standard error, when the environment variable
//! `KOONTI_TIMINGS` is set: where a large merge spends its time, without a
//! profiler (`KOONTI_TIMINGS=1 koonti merge vastaukset/`).

use std::time::Instant;

/// The clock of one run.
pub struct Timings {
    started: Instant,
    last: Instant,
    enabled: bool,
}

impl Timings {
    /// Starts the clock; prints only when `KOONTI_TIMINGS` is set.
    pub fn from_env() -> Self {
        let now = Instant::now();
        Timings {
            started: now,
            last: now,
            enabled: std::env::var_os("KOONTI_TIMINGS").is_some(),
        }
    }

    /// Ends `phase`: prints how long it took and the time so far.
    pub fn mark(&mut self, phase: &str) {
        let now = Instant::now();
        if self.enabled {
            eprintln!(
                "koonti: {phase:<12} {:>8.1} ms  (yhteensä {:>8.1} ms)",
                (now - self.last).as_secs_f64() * 1e3,
                (now - self.started).as_secs_f64() * 1e3
            );
        }
        self.last = now;
    }
}
