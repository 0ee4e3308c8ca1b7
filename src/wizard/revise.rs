//! The revision interview: the reviewer's reply read into requests, and only the sections
//! they concern reopened, each under the reviewer's own sentence. A requested part left
//! unchanged needs the seller's reason; the round is recorded in the case.

use std::io::BufRead;
use std::path::Path;

use toml::Value;

use super::ask::{Stop, Ui};
use super::flow::SECTIONS;
use super::session::{self, Interrupt, Session};
use crate::case::rounds::{Reason, Round, RoundRequest};
use crate::error::{Error, Result};
use crate::i18n::{self, revise::Revise};
use crate::lang::Lang;
use crate::reply::{self, Reading, ReplyRules, Source};
use crate::revise::{by_kind, changes, describe, describe_kind};

/// `poa revise` at a terminal. `changes_out` receives the changes summary.
pub fn revise(
    path: &Path,
    reply_source: Option<&Source>,
    lang: Lang,
    changes_out: Option<&Path>,
) -> Result<u8> {
    super::require_terminal("revise")?;
    crate::case::load(path)?;
    if let Some(out) = changes_out
        && out.exists()
    {
        return Err(Error::Exists {
            path: out.to_path_buf(),
        });
    }
    let ui = super::ui(lang);
    let reply_text = match reply_source {
        Some(source) => reply::source::read(source)?,
        None => paste(&ui)?,
    };
    let rules = ReplyRules::builtin()?;
    let reading = rules.classify(&reply_text);
    eprintln!("\n{}", describe(&reading, &rules, ui.lang));
    let mut session = Session {
        path: path.to_path_buf(),
        doc: session::read(path)?,
        ui,
        finished: true,
    };
    let before = session.doc.clone();
    let reasons = match answer(&mut session, &reading, &rules, &before) {
        Ok(reasons) => reasons,
        Err(interrupt) => return super::stopped(&mut session, interrupt, "edit"),
    };
    let changes = changes::diff(&before, &session.doc);
    let round = Round {
        date: crate::case::CaseDate(session.ui.today),
        reply: reply_text,
        requests: reading
            .requests
            .iter()
            .map(|r| RoundRequest {
                id: r.id.clone(),
                sentence: r.sentence.clone(),
            })
            .collect(),
        changes,
        reasons,
    };
    let summary = changes::summary(&round.changes, &round.reasons, session.ui.lang);
    record(&mut session, &round)?;
    let recorded = session
        .doc
        .get("rounds")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    eprintln!("\n{summary}");
    let path_shown = path.display().to_string();
    eprintln!(
        "{}",
        i18n::revise::recorded(recorded + 1, &path_shown).get(session.ui.lang)
    );
    if let Some(out) = changes_out {
        crate::fsio::write_atomic(out, summary.as_bytes(), false)?;
    }
    super::finish(&mut session)
}

/// Reopens every requested section, then insists on a change or a reason for each request.
fn answer(
    session: &mut Session,
    reading: &Reading,
    rules: &ReplyRules,
    before: &toml::Table,
) -> std::result::Result<Vec<Reason>, Interrupt> {
    for key in reading.sections() {
        show_requests(session, reading, rules, key);
        reopen(session, key)?;
    }
    let mut reasons = Vec::new();
    for kind in by_kind(&reading.requests) {
        let request = kind[0];
        if request.sections.is_empty() {
            continue;
        }
        loop {
            let changed = changes::diff(before, &session.doc);
            if changed
                .iter()
                .any(|c| request.sections.contains(&c.section))
            {
                break;
            }
            let lang = session.ui.lang;
            eprintln!(
                "\n{}\n{}",
                Revise::Unchanged.get(lang),
                describe_kind(&kind, rules, lang)
            );
            let options = [Revise::ChangeNow.get(lang), Revise::Leave.get(lang)];
            let chosen = dialoguer::Select::with_theme(&session.ui.theme)
                .items(options)
                .default(0)
                .interact()
                .map_err(Stop::from)?;
            if chosen == 0 {
                for key in &request.sections {
                    reopen(session, key)?;
                }
                continue;
            }
            let reason: String = dialoguer::Input::with_theme(&session.ui.theme)
                .with_prompt(Revise::Reason.get(lang))
                .validate_with(|s: &String| {
                    if s.trim().is_empty() {
                        Err(i18n::case::empty().get(lang).to_string())
                    } else {
                        Ok(())
                    }
                })
                .interact_text()
                .map_err(Stop::from)?;
            reasons.push(Reason {
                request: request.id.clone(),
                reason: reason.trim().to_string(),
            });
            break;
        }
    }
    Ok(reasons)
}

/// The reviewer's sentences that concern a section, above its questions.
fn show_requests(session: &Session, reading: &Reading, rules: &ReplyRules, key: &str) {
    let concerned = reading
        .requests
        .iter()
        .filter(|r| r.sections.iter().any(|s| s == key));
    for kind in by_kind(concerned) {
        eprint!("\n{}", describe_kind(&kind, rules, session.ui.lang));
    }
}

fn reopen(session: &mut Session, key: &str) -> std::result::Result<(), Interrupt> {
    match SECTIONS.iter().position(|s| s.key == key) {
        Some(at) => session.edit_section(at),
        None => Ok(()),
    }
}

/// Appends the round to the case's `rounds` and writes the case.
fn record(session: &mut Session, round: &Round) -> Result<()> {
    let value = Value::try_from(round).map_err(|e| Error::Write {
        path: session.path.clone(),
        source: std::io::Error::other(e),
    })?;
    let rounds = session
        .doc
        .entry("rounds")
        .or_insert_with(|| Value::Array(Vec::new()));
    if !rounds.is_array() {
        *rounds = Value::Array(Vec::new());
    }
    if let Value::Array(items) = rounds {
        items.push(value);
    }
    session.finish()
}

/// The reply pasted at the terminal, up to a line holding only a dot (or the end of input).
fn paste(ui: &Ui) -> Result<String> {
    eprintln!("{}", Revise::Paste.get(ui.lang));
    let mut text = String::new();
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.map_err(Error::Terminal)?;
        if line.trim() == "." {
            break;
        }
        if text.len() as u64 > reply::source::MAX_BYTES {
            break;
        }
        text.push_str(&line);
        text.push('\n');
    }
    Ok(text)
}
