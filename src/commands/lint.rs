use crate::cli::LintArgs;
use crate::compose::{Composer, Templates};
use crate::error::Result;
use crate::findings;
use crate::lang::Lang;
use crate::lint::Linter;
use crate::{case, draft, grammar};

/// `poa lint`: a case (with the letter it makes) or a draft, as a reviewer reads it.
pub fn run(args: &LintArgs, lang: Lang) -> Result<u8> {
    let linter = Linter::shared();
    let found = if case::is_case_file(&args.input) {
        let loaded = case::load(&args.input)?;
        let templates = Templates::load(args.templates.as_deref())?;
        let letter = Composer::new(&templates)?.letter(&loaded.case, args.variant)?;
        let mut found = linter.lint_case(&loaded.case, &letter);
        // Only here and in the interview: the checker takes half a second to load.
        found.extend(grammar::lint_case(&loaded.case));
        found
    } else {
        linter.lint_draft(&draft::read(&args.input)?)
    };
    findings::emit(&found, args.json, lang)?;
    Ok(findings::exit_code(&found))
}
