use crate::error::{Error, Result};

pub fn run() -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}
