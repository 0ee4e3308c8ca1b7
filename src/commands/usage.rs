//! A command line clap cannot read, told in the reader's language: clap's own messages are
//! English only, so a Chinese reader gets a line of ours that says what is wrong and where
//! to look, above clap's message (which quotes the argument and shows the usage).

use clap::CommandFactory;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::cli::Cli;
use crate::i18n::errors as say;
use crate::lang::Lang;

/// The language of a command line that did not parse: its `--lang`, if readable, else the
/// locale.
pub fn lang_of(args: &[String]) -> Lang {
    let flag = args.iter().enumerate().find_map(|(i, arg)| {
        let code = match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        code.parse().ok()
    });
    Lang::choose(flag)
}

/// A line of ours to print above clap's message, in the reader's language: none in English,
/// where clap's message says it all.
pub fn preface(error: &clap::Error, args: &[String], lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let help = match subcommand(args) {
        Some(name) => format!("poa {name} --help"),
        None => "poa --help".to_string(),
    };
    let (what, see) = (what_is_wrong(error), say::see_help(&help));
    Some(format!("poa：{}。{}", what.get(lang), see.get(lang)))
}

/// The first argument that names one of poa's commands.
fn subcommand(args: &[String]) -> Option<String> {
    let cli = Cli::command();
    args.iter()
        .skip(1)
        .find(|arg| cli.find_subcommand(arg.as_str()).is_some())
        .cloned()
}

/// Why clap refused the command line, in both languages.
fn what_is_wrong(error: &clap::Error) -> crate::i18n::Bilingual {
    let arg = match error.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(arg)) => arg.clone(),
        Some(ContextValue::Strings(args)) => args.join(", "),
        _ => String::new(),
    };
    match error.kind() {
        ErrorKind::UnknownArgument => say::unknown_argument(&arg),
        ErrorKind::InvalidSubcommand => say::unknown_command(&arg),
        ErrorKind::MissingRequiredArgument => say::missing_argument(&arg),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            say::missing_command()
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => say::invalid_value(&arg),
        ErrorKind::ArgumentConflict => say::conflicting_arguments(&arg),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            say::wrong_number_of_values(&arg)
        }
        _ => say::bad_command_line(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn the_lang_flag_is_read_from_a_line_clap_refused() {
        assert_eq!(lang_of(&args("poa render --lang zh --frob")), Lang::Zh);
        assert_eq!(lang_of(&args("poa render --lang=zh --frob")), Lang::Zh);
        assert_eq!(lang_of(&args("poa --lang=en --lang")), Lang::En);
    }
}
