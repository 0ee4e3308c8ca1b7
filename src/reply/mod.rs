//! A reply from Seller Performance to a Plan of Action: read from what the seller saved,
//! and classified into what it asks for.

mod classify;
mod sentences;
pub mod source;

pub use classify::{Part, Reading, ReplyRules, Request, RequestRule};
pub use sentences::sentences;
pub use source::Source;
