use crate::cli::WizardArgs;
use crate::error::{Error, Result};

pub fn new(_args: &WizardArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

pub fn edit(_args: &WizardArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}
