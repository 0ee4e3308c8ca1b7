use crate::check::originality::{self, report};
use crate::cli::RenderArgs;
use crate::error::Result;
use crate::findings;
use crate::pipeline;

/// `poa render`: one case to the requested formats; prints each file written.
pub fn run(args: &RenderArgs) -> Result<u8> {
    let rendered = pipeline::render_case(
        &args.case,
        &args.format,
        &args.out,
        args.force,
        &args.compose,
    )?;
    for warning in &rendered.warnings {
        eprintln!("poa: warning: {warning}");
    }
    for path in &rendered.written {
        println!("wrote {}", path.display());
    }
    println!(
        "{}",
        report::summary(&rendered.originality, originality::DEFAULT_MAX_COPIED)
    );
    let hint = if rendered.lint.is_empty() {
        String::new()
    } else {
        format!("; details: poa lint {}", args.case.display())
    };
    println!("lint: {}{hint}", findings::counts(&rendered.lint));
    Ok(0)
}
