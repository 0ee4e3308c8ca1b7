use crate::check::originality::{self, report};
use crate::cli::RenderArgs;
use crate::error::Result;
use crate::findings;
use crate::i18n::report as said;
use crate::lang::Lang;
use crate::pipeline::ComposeOptions;
use crate::render::Format;
use crate::{pipeline, say};

/// `poa render`: one case to the requested formats; prints each file written.
pub fn run(args: &RenderArgs, lang: Lang) -> Result<u8> {
    let started = std::time::Instant::now();
    // A signal lets the letter's set of files finish (or fail) whole, then ends poa.
    let interrupt = super::interrupt::flag();
    let compose = ComposeOptions::from(&args.compose);
    let rendered =
        pipeline::render_case(&args.case, &args.format, &args.out, args.force, &compose)?;
    for warning in &rendered.warnings {
        say::warn(&warning.show(lang));
    }
    for path in &rendered.written {
        let line = if rendered.unchanged.contains(path) {
            said::up_to_date(path.display())
        } else {
            said::wrote(path.display())
        };
        say::info(line.get(lang));
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
    if args.format.contains(&Format::Txt) {
        form_blocks(&rendered.document, args.form_limit, lang);
        if args.compose.reading_copy.is_some() && args.format == [Format::Txt] {
            say::warn(said::reading_copy_without_txt().get(lang));
        }
    }
    say::info(&report::summary(
        &rendered.originality,
        originality::DEFAULT_MAX_COPIED,
        lang,
    ));
    say::info(&findings::after_render(
        &rendered.lint,
        &args.case,
        &compose,
        lang,
    ));
    let built_in = said::built_in().get(lang).to_string();
    let shown = |path: &Option<std::path::PathBuf>, default: &str| {
        path.as_ref()
            .map_or(default.to_string(), |p| p.display().to_string())
    };
    if interrupt.load(std::sync::atomic::Ordering::SeqCst) {
        say::warn(said::interrupted_after_set().get(lang));
        return Ok(crate::error::exit::INTERRUPTED);
    }
    say::detail(
        said::render_detail(
            &shown(&args.compose.templates, &built_in),
            &shown(&args.compose.font, &format!("{built_in} Liberation Serif")),
            started.elapsed().as_millis(),
        )
        .get(lang),
    );
    Ok(0)
}

/// The length of each block of the appeal form's text; a block over `limit` is a warning.
fn form_blocks(document: &crate::document::Document, limit: usize, lang: Lang) {
    for block in crate::render::txt::blocks(document) {
        let heading = block.question.heading(lang);
        if block.chars() > limit {
            say::warn(said::form_block_too_long(heading, block.chars(), limit).get(lang));
        } else {
            say::info(said::form_block(heading, block.chars(), limit).get(lang));
        }
    }
}
