use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

use crate::batch::{self, Options, inputs, summary};
use crate::cli::BatchArgs;
use crate::error::Result;
use crate::fsio;
use crate::i18n::report as said;
use crate::lang::Lang;
use crate::pipeline::ComposeOptions;

/// `poa batch`: every case rendered, a summary, and the drafts that read alike.
pub fn run(args: &BatchArgs, lang: Lang) -> Result<u8> {
    // In-flight cases finish (each writes its files as one set); no new one starts.
    let interrupt = super::interrupt::flag();
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(inputs::expand(&args.inputs)?.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(said::Batch::Progress.get(lang))
            .expect("the progress template is valid"),
    );
    let compose = ComposeOptions::from(&args.compose);
    let options = Options {
        formats: &args.format,
        out_dir: &args.out,
        force: args.force,
        jobs: args.jobs,
        max_similar: args.max_similar,
        compose: &compose,
        interrupt: &interrupt,
        progress: &|_| bar.inc(1),
        lang,
    };
    let result = batch::run(&args.inputs, &options)?;
    bar.finish_and_clear();
    if args.json {
        fsio::print_json(&result)?;
    } else if crate::say::quiet() {
        fsio::to_stdout(|out| summary::print_errors(&result, lang, out))?;
    } else {
        fsio::to_stdout(|out| summary::print(&result, &compose, lang, out))?;
    }
    Ok(result.exit_code())
}
