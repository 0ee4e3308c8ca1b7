use crate::check::originality::{self, Checker, report};
use crate::cli::CheckArgs;
use crate::compose::{Composer, Templates};
use crate::draft;
use crate::error::{Result, exit};
use crate::fsio;
use crate::i18n::checks as say;
use crate::lang::Lang;

/// `poa check`: the share of a draft that is copied template text, and each passage.
pub fn run(args: &CheckArgs, lang: Lang) -> Result<u8> {
    let draft = draft::load(&args.draft)?;
    let composer = Composer::new(&Templates::load(args.templates.as_deref())?)?;
    let mut references = originality::stock_references(&composer)?;
    let mut skipped = Vec::new();
    if let Some(dir) = &args.against {
        let folder = originality::folder::read(dir)?;
        references.extend(folder.references);
        skipped = folder.skipped;
    }
    let result = Checker::new(&references).check(&draft, args.min_words);
    if args.json {
        let json = serde_json::json!({ "draft": args.draft, "max_copied": args.max_copied, "report": result, "skipped": skipped });
        fsio::print_json(&json)?;
    } else {
        for file in &skipped {
            let path = file.path.display().to_string();
            crate::say::warn(say::skipped_reference(&path, file.reason.get(lang)).get(lang));
        }
        fsio::to_stdout(|out| report::print(&result, args.max_copied, lang, out))?;
    }
    Ok(if result.copied_percent > args.max_copied {
        exit::FINDINGS
    } else {
        0
    })
}
