use std::path::Path;

use crate::cli::MessageCheckArgs;
use crate::error::Result;
use crate::findings::{self, Finding};
use crate::fsio;
use crate::lang::Lang;
use crate::rules::{RuleSet, Scope};

const BUILTIN_RULES: &str = include_str!("../../rules/message.toml");

/// `poa message-check`: a message to a buyer against the communication rules.
pub fn run(args: &MessageCheckArgs, lang: Lang) -> Result<u8> {
    let mut rules = RuleSet::parse(BUILTIN_RULES, Path::new("rules/message.toml"))?;
    if let Some(path) = &args.rules {
        rules.extend_from(path)?;
    }
    let message = match &args.message {
        Some(path) => fsio::read_text(path, fsio::TEXT_LIMIT)?,
        None => {
            let stdin = Path::new("standard input");
            fsio::utf8(
                fsio::read_limited(std::io::stdin().lock(), fsio::TEXT_LIMIT, stdin)?,
                stdin,
            )?
        }
    };
    let found = check(&rules, &message);
    findings::emit(&found, args.json, lang)?;
    Ok(findings::exit_code(&found))
}

/// Every rule the message breaks, with the words that broke it.
pub fn check(rules: &RuleSet, message: &str) -> Vec<Finding> {
    rules
        .scan(message, Scope::Message)
        .into_iter()
        .map(|hit| Finding {
            rule: hit.rule.id.clone(),
            severity: hit.rule.severity,
            place: "message".into(),
            message: hit.rule.message(),
            excerpt: (!hit.words.is_empty()).then_some(hit.words),
        })
        .collect()
}
