use std::io::IsTerminal;

use crate::case::{self, rounds};
use crate::cli::ReviseArgs;
use crate::error::{Error, Result, exit};
use crate::i18n::errors;
use crate::i18n::revise::Revise;
use crate::lang::Lang;
use crate::reply::{ReplyRules, Source};
use crate::revise::{DescribedReading, describe};
use crate::{fsio, reply, say, wizard};

/// `poa revise`: the interview at a terminal; otherwise (or with `--json`) what the reply
/// asks for, exiting 1 when a request is one poa does not know.
pub fn run(args: &ReviseArgs, lang: Lang) -> Result<u8> {
    let source = args.reply.as_deref().map(Source::from_arg);
    let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if terminal && !args.json {
        return wizard::revise::revise(&args.case, source.as_ref(), lang, args.changes.as_deref());
    }
    if args.changes.is_some() {
        return Err(Error::Usage(errors::changes_need_terminal()));
    }
    let Some(source) = source else {
        return Err(Error::Usage(errors::revise_needs_reply()));
    };
    let loaded = case::load(&args.case)?;
    let rules = ReplyRules::builtin()?;
    let reading = rules.classify(&reply::source::read(&source)?);
    let round = rounds::current(&loaded.case.rounds) + 1;
    if args.json {
        fsio::print_json(&DescribedReading::new(&reading, &rules, round, lang))?;
    } else {
        fsio::print_stdout(&describe(&reading, &rules, lang))?;
        say::info(Revise::NeedsTerminal.get(lang));
    }
    Ok(if reading.all_known() {
        0
    } else {
        exit::FINDINGS
    })
}
