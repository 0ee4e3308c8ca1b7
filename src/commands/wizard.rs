use crate::cli::WizardArgs;
use crate::error::Result;
use crate::wizard;

/// `poa new`
pub fn new(args: &WizardArgs) -> Result<u8> {
    wizard::new(&args.case, args.lang)
}

/// `poa edit`
pub fn edit(args: &WizardArgs) -> Result<u8> {
    wizard::edit(&args.case, args.lang)
}
