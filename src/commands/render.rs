use crate::check::originality::{self, report};
use crate::cli::RenderArgs;
use crate::error::Result;
use crate::findings;
use crate::pipeline::ComposeOptions;
use crate::render::Format;
use crate::{pipeline, say};

/// `poa render`: one case to the requested formats; prints each file written.
pub fn run(args: &RenderArgs) -> Result<u8> {
    let started = std::time::Instant::now();
    let rendered = pipeline::render_case(
        &args.case,
        &args.format,
        &args.out,
        args.force,
        &ComposeOptions::from(&args.compose),
    )?;
    for warning in &rendered.warnings {
        say::warn(&warning.to_string());
    }
    for path in &rendered.written {
        say::info(&format!("wrote {}", path.display()));
    }
    if let Some(lang) = args.compose.reading_copy
        && args.format.contains(&Format::Pdf)
        && !rendered.written.iter().any(|p| {
            p.to_string_lossy()
                .ends_with(&format!(".{}.pdf", lang.code()))
        })
    {
        say::warn(crate::i18n::report::reading_copy_without_pdf().get(lang));
    }
    say::info(&report::summary(
        &rendered.originality,
        originality::DEFAULT_MAX_COPIED,
    ));
    if !rendered.lint.is_empty() {
        say::info(&findings::in_full(&rendered.lint));
    }
    say::info(&format!("lint: {}", findings::counts(&rendered.lint)));
    say::detail(&format!(
        "templates: {}; PDF font: {}; {} ms",
        args.compose
            .templates
            .as_ref()
            .map_or("built-in".into(), |d| d.display().to_string()),
        args.compose
            .font
            .as_ref()
            .map_or("built-in Liberation Serif".into(), |f| f
                .display()
                .to_string()),
        started.elapsed().as_millis()
    ));
    Ok(0)
}
