//! Every message the command line prints is a typed
//! [`koonti_messages::cli::Message`], worded in the message catalogue
//! (`koonti-messages`) with the findings and the engine's refusals; here
//! are the engine's errors turned into messages, and the help texts.

mod errors;
pub mod help;
#[cfg(test)]
mod tests;

pub use errors::{engine_error, engine_error_at, os_text};
pub use koonti_engine::Lang;
pub use koonti_messages::SystemReason;
pub use koonti_messages::cli::{CompareMessage, Message, OutputKind, ProgrammeSaid};
