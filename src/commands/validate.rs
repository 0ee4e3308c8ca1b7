use crate::case;
use crate::cli::ValidateArgs;
use crate::error::Result;
use crate::i18n::report;
use crate::lang::Lang;

/// `poa validate`: every problem of a case, or that it is valid (warnings shown either way).
pub fn run(args: &ValidateArgs, lang: Lang) -> Result<u8> {
    let loaded = case::load(&args.case)?;
    for warning in &loaded.warnings {
        crate::say::warn(&warning.show(lang));
    }
    crate::say::info(report::valid(args.case.display()).get(lang));
    Ok(0)
}
