//! The command line: every command, its flags, and an example in each help text.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};

use crate::lang::Lang;
use crate::pipeline::ComposeOptions;
use crate::render::Format;

/// Write a truthful, original Plan of Action for an Amazon policy warning, offline.
#[derive(Debug, Parser)]
#[command(name = "poa", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more about what poa does.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Language of every message and question (the letter keeps the marketplace's);
    /// default from LC_ALL, LC_MESSAGES or LANG (zh_* is Chinese).
    #[arg(long, global = true, value_parser = lang_parser())]
    pub lang: Option<Lang>,
}

/// poa's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write an annotated starter case file.
    #[command(after_help = "Example:\n  poa init my-case.toml")]
    Init(InitArgs),
    /// Check a case file and report every problem with its line and field.
    #[command(after_help = "Example:\n  poa validate examples/refund-for-review-change.toml")]
    Validate(ValidateArgs),
    /// Turn a case file into a Plan of Action (DOCX, PDF, Markdown).
    #[command(
        after_help = "Example:\n  poa render examples/refund-for-review-change.toml --format docx,pdf --out letters/"
    )]
    Render(RenderArgs),
    /// Work with the built-in letter templates.
    #[command(
        subcommand,
        after_help = "Example:\n  poa templates export my-templates/"
    )]
    Templates(TemplatesCommand),
    /// Start a case with a guided interview (or resume an unfinished one).
    #[command(after_help = "Example:\n  poa new my-case.toml --lang zh")]
    New(WizardArgs),
    /// Change one section of a saved case through the interview.
    #[command(after_help = "Example:\n  poa edit my-case.toml")]
    Edit(WizardArgs),
    /// Answer Amazon's reply to a rejected letter: what it asks for, then the interview on those parts.
    #[command(
        after_help = "Example:\n  poa revise my-case.toml --reply amazon-reply.eml\n  poa revise my-case.toml --reply reply.txt --json"
    )]
    Revise(ReviseArgs),
    /// Measure how much of a draft is copied template text, and show each copied passage.
    #[command(
        after_help = "Example:\n  poa check letters/acme-home.docx --against seen-templates/"
    )]
    Check(CheckArgs),
    /// Render a folder of cases in parallel and flag drafts that read alike.
    #[command(after_help = "Example:\n  poa batch clients/ --out drafts/ --jobs 4")]
    Batch(BatchArgs),
    /// Review a case or draft as Seller Performance would.
    #[command(after_help = "Example:\n  poa lint examples/refund-for-review-change.toml")]
    Lint(LintArgs),
    /// Screen a message to a buyer against Amazon's communication rules.
    #[command(
        after_help = "Example:\n  poa message-check message.txt\n  pbpaste | poa message-check"
    )]
    MessageCheck(MessageCheckArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  poa completions bash > ~/.local/share/bash-completion/completions/poa"
    )]
    Completions(CompletionsArgs),
    /// Print the JSON Schema of the case file.
    #[command(after_help = "Example:\n  poa schema > poa-case.schema.json")]
    Schema,
    /// Print poa's manual page (roff).
    #[command(after_help = "Example:\n  poa man > ~/.local/share/man/man1/poa.1")]
    Man,
}

/// `poa new` and `poa edit`
#[derive(Debug, Args)]
pub struct WizardArgs {
    /// The case file to create, resume or edit.
    #[arg(default_value = "case.toml")]
    pub case: PathBuf,
}

/// `poa revise`
#[derive(Debug, Args)]
pub struct ReviseArgs {
    /// The case file the rejected letter was written from.
    pub case: PathBuf,
    /// Amazon's reply: .txt, .eml or .html as saved, or - for standard input; the interview
    /// asks for it to be pasted when absent.
    #[arg(long, value_name = "FILE")]
    pub reply: Option<PathBuf>,
    /// Print what the reply asks for as JSON instead of running the interview.
    #[arg(long)]
    pub json: bool,
    /// Also write the summary of what changed to this file.
    #[arg(long, value_name = "FILE")]
    pub changes: Option<PathBuf>,
}

/// `poa check`
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The draft: Markdown, DOCX or plain text.
    pub draft: PathBuf,
    /// Folder of templates to count as stock text too.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Folder of reference documents (templates seen elsewhere) to count as stock text.
    #[arg(long, value_name = "DIR")]
    pub against: Option<PathBuf>,
    /// Fail (exit 1) when more than this percentage of the draft is copied.
    #[arg(long, value_name = "PERCENT", default_value_t = crate::check::originality::DEFAULT_MAX_COPIED)]
    pub max_copied: f64,
    /// Shortest run of identical words reported as copied.
    #[arg(long, value_name = "N", default_value_t = crate::check::originality::DEFAULT_MIN_WORDS)]
    pub min_words: usize,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `poa batch`
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Case files, folders of case files, or glob patterns.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Formats to write, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "docx,pdf,md", value_parser = format_parser())]
    pub format: Vec<Format>,
    /// Folder to write into (created if missing).
    #[arg(long, short)]
    pub out: PathBuf,
    /// Overwrite existing files and redo cases whose outputs are up to date.
    #[arg(long)]
    pub force: bool,
    /// Cases rendered at once (default: one per core).
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Flag two drafts sharing more than this percentage of their own wording.
    #[arg(long, value_name = "PERCENT", default_value_t = 30.0)]
    pub max_similar: f64,
    #[command(flatten)]
    pub compose: ComposeArgs,
}

/// `poa lint`
#[derive(Debug, Args)]
pub struct LintArgs {
    /// A case file (.toml) or a draft (.md, .docx, .txt).
    pub input: PathBuf,
    /// Folder of templates the case's letter is written with, as `render --templates`.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Phrasing variant N the case's letter is written with, as `render --variant`.
    #[arg(long, value_name = "N")]
    pub variant: Option<usize>,
    /// Print findings as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `poa message-check`
#[derive(Debug, Args)]
pub struct MessageCheckArgs {
    /// The message; read from standard input when absent.
    pub message: Option<PathBuf>,
    /// Extra rules (TOML) added to the built-in ones.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Print findings as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `poa completions`
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    pub shell: clap_complete::Shell,
}

/// `poa init`
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the starter case.
    #[arg(default_value = "case.toml")]
    pub path: PathBuf,
    /// Overwrite the file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// `poa validate`
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The case file to check.
    pub case: PathBuf,
}

/// Options that choose how a case becomes a letter, shared by `render` and `batch`.
#[derive(Debug, Clone, Args)]
pub struct ComposeArgs {
    /// Folder of templates overriding the built-in ones by file name.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Pick phrasing variant N (1-based) instead of the one chosen from the case.
    #[arg(long, value_name = "N")]
    pub variant: Option<usize>,
    /// TrueType font for the PDF instead of the built-in one.
    #[arg(long, value_name = "PATH")]
    pub font: Option<PathBuf>,
    /// Write the letter even when lint finds errors in the case (each is still shown).
    #[arg(long)]
    pub allow_lint_errors: bool,
    /// Also write a reading copy in this language beside the letter (NAME.zh.md, .docx, and
    /// .pdf when the PDF font draws Chinese): the same letter, its stock wording translated,
    /// your answers as they stand. It is for you to read, not to send.
    #[arg(long, value_name = "LANG", value_parser = lang_parser())]
    pub reading_copy: Option<Lang>,
}

/// `poa render`
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The case file.
    pub case: PathBuf,
    /// Formats to write, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "docx,pdf,md", value_parser = format_parser())]
    pub format: Vec<Format>,
    /// Folder to write into (created if missing).
    #[arg(long, short, default_value = ".")]
    pub out: PathBuf,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
    /// With --format txt: the most characters one box of Amazon's appeal form takes; each
    /// longer block is named. The form's limits change: compare with the form you see.
    #[arg(long, value_name = "CHARS", default_value_t = crate::render::txt::DEFAULT_LIMIT)]
    pub form_limit: usize,
    #[command(flatten)]
    pub compose: ComposeArgs,
}

impl From<&ComposeArgs> for ComposeOptions {
    fn from(args: &ComposeArgs) -> Self {
        ComposeOptions {
            templates: args.templates.clone(),
            variant: args.variant,
            font: args.font.clone(),
            allow_lint_errors: args.allow_lint_errors,
            reading_copy: args.reading_copy,
        }
    }
}

/// `--format`: the library's formats, listed by their extension.
fn format_parser() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.map(Format::extension))
        .map(|name| name.parse().expect("only listed values reach the parser"))
}

/// `--lang`: the library's languages, listed by their code.
fn lang_parser() -> impl TypedValueParser<Value = Lang> {
    PossibleValuesParser::new(Lang::ALL.map(Lang::code))
        .map(|code| code.parse().expect("only listed values reach the parser"))
}

/// `poa templates ...`
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write the built-in templates to a folder, to edit and pass back with --templates.
    #[command(after_help = "Example:\n  poa templates export my-templates/")]
    Export {
        /// Folder to write into (created if missing).
        dir: PathBuf,
        /// Overwrite existing files.
        #[arg(long)]
        force: bool,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
