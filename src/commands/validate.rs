use crate::case;
use crate::cli::ValidateArgs;
use crate::error::Result;

/// `poa validate`: every problem of a case, or that it is valid (warnings shown either way).
pub fn run(args: &ValidateArgs) -> Result<u8> {
    let loaded = case::load(&args.case)?;
    for warning in &loaded.warnings {
        crate::say::warn(&warning.to_string());
    }
    crate::say::info(&format!("{}: valid", args.case.display()));
    Ok(0)
}
