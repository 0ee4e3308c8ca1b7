use crate::cli::WizardArgs;
use crate::error::Result;
use crate::lang::Lang;
use crate::wizard;

/// `poa new`
pub fn new(args: &WizardArgs, lang: Lang) -> Result<u8> {
    wizard::new(&args.case, lang)
}

/// `poa edit`
pub fn edit(args: &WizardArgs, lang: Lang) -> Result<u8> {
    wizard::edit(&args.case, lang)
}
