use crate::check::originality::{self, Checker, report};
use crate::cli::CheckArgs;
use crate::compose::{Composer, Templates};
use crate::draft;
use crate::error::{Result, exit};
use crate::fsio;

/// `poa check`: the share of a draft that is copied template text, and each passage.
pub fn run(args: &CheckArgs) -> Result<u8> {
    let draft = draft::load(&args.draft)?;
    let composer = Composer::new(&Templates::load(args.templates.as_deref())?)?;
    let mut references = originality::stock_references(&composer)?;
    if let Some(dir) = &args.against {
        references.extend(originality::folder_references(dir)?);
    }
    let result = Checker::new(&references).check(&draft, args.min_words);
    if args.json {
        let json = serde_json::json!({ "draft": args.draft, "max_copied": args.max_copied, "report": result });
        fsio::print_json(&json)?;
    } else {
        fsio::to_stdout(|out| report::print(&result, args.max_copied, out))?;
    }
    Ok(if result.copied_percent > args.max_copied {
        exit::FINDINGS
    } else {
        0
    })
}
