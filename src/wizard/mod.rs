//! `poa new` and `poa edit`: an interview that explains each part of a POA, checks every
//! answer as it is typed and saves after each one.

mod ask;
mod cross;
mod edit;
pub mod flow;
mod line;
pub mod revise;
mod session;
mod walk;

use std::io::IsTerminal;
use std::path::Path;

use dialoguer::theme::ColorfulTheme;

use crate::error::{Error, Result, exit};
use crate::i18n::errors;
use crate::i18n::interview::{self, Ask};
use crate::lang::Lang;
use crate::render::Format;
use crate::render::pdf::FontSet;
use crate::{case, pipeline};
use ask::{Stop, Ui};
use flow::SECTIONS;
use session::{Interrupt, Session};

/// `poa new`: a fresh interview, or the rest of an unfinished one.
pub fn new(path: &Path, lang: Lang) -> Result<u8> {
    require_terminal("new")?;
    let ui = ui(lang);
    let (doc, start) = if path.exists() {
        let doc = session::read(path)?;
        if doc.get("status").and_then(|s| s.as_str()) != Some("incomplete") {
            return Err(Error::Usage(errors::finished_case(path.display())));
        }
        (doc, None)
    } else {
        (toml::Table::new(), Some(0))
    };
    let mut session = Session {
        path: path.to_path_buf(),
        doc,
        ui,
        finished: false,
    };
    let start = match start {
        Some(start) => session.first_of(start),
        None => {
            eprintln!("{} {}", session.ui.text(Ask::Resume), path.display());
            session.resume_step()
        }
    };
    eprintln!("{} {}", session.ui.text(Ask::Saved), path.display());
    eprintln!("{}", session.ui.text(Ask::Keys));
    if let Err(interrupt) = session.walk(start, &|_| true, false) {
        return stopped(&mut session, interrupt, "new");
    }
    eprintln!("\n{}", session.ui.text(Ask::Done));
    finish(&mut session)
}

/// `poa edit`: pick a section from a summary, change it, repeat until done.
pub fn edit(path: &Path, lang: Lang) -> Result<u8> {
    require_terminal("edit")?;
    let doc = session::read(path)?;
    let unfinished = doc.contains_key("status");
    let mut session = Session {
        path: path.to_path_buf(),
        doc,
        ui: ui(lang),
        finished: !unfinished,
    };
    eprintln!(
        "{}\n{}",
        session.ui.text(Ask::Keys),
        session.ui.text(Ask::EditKeys)
    );
    loop {
        let mut items = session.summaries();
        items.push(session.ui.text(Ask::EditDone).to_string());
        let chosen = match dialoguer::Select::with_theme(&session.ui.theme)
            .with_prompt(session.ui.text(Ask::EditPick))
            .items(&items)
            .default(items.len() - 1)
            .interact_opt()
        {
            // Esc at the list: done.
            Ok(chosen) => chosen.unwrap_or(items.len() - 1),
            Err(e) => return stopped(&mut session, Interrupt::Stopped(Stop::from(e)), "edit"),
        };
        if chosen >= SECTIONS.len() {
            break;
        }
        if let Err(interrupt) = session.edit_section(chosen) {
            return stopped(&mut session, interrupt, "edit");
        }
    }
    if unfinished {
        let shown = path.display().to_string();
        eprintln!("{}", interview::stopped(&shown, "new").get(session.ui.lang));
        return Ok(0);
    }
    finish(&mut session)
}

pub(crate) fn ui(lang: Lang) -> Ui {
    Ui {
        lang,
        theme: ColorfulTheme::default(),
        line: line::LineEditor::default(),
        today: chrono::Local::now().date_naive(),
        fonts: FontSet::builtin(),
        // Until a marketplace is chosen: the style most marketplaces use.
        date_style: crate::case::DateStyle::DayMonthYear,
    }
}

/// Questions need a person at a terminal; a script gets a pointer to the file-based way.
pub(crate) fn require_terminal(command: &str) -> Result<()> {
    if std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && std::io::stderr().is_terminal()
    {
        Ok(())
    } else {
        Err(Error::Usage(errors::needs_terminal(command)))
    }
}

pub(crate) fn stopped(session: &mut Session, interrupt: Interrupt, command: &str) -> Result<u8> {
    match interrupt {
        Interrupt::Stopped(Stop::Interrupted | Stop::Back | Stop::Escape) => {
            // A finished case keeps no half-added item; an unfinished one resumes it.
            if session.finished {
                for section in SECTIONS {
                    session.drop_incomplete(section, 0);
                }
                session.save()?;
            }
            let shown = session.path.display().to_string();
            eprintln!(
                "\n{}",
                interview::stopped(&shown, command).get(session.ui.lang)
            );
            Ok(exit::INTERRUPTED)
        }
        Interrupt::Stopped(Stop::Io(source)) => Err(Error::Terminal(source)),
        Interrupt::Failed(error) => Err(error),
    }
}

/// The summary screen, the finished file, and on confirmation the letter.
pub(crate) fn finish(session: &mut Session) -> Result<u8> {
    session.finish()?;
    eprintln!("\n{}", session.ui.text(Ask::Summary));
    for line in session.summaries() {
        eprintln!("  {line}");
    }
    let loaded = case::load(&session.path);
    if let Ok(loaded) = &loaded
        && !loaded.warnings.is_empty()
    {
        eprintln!("\n{}", session.ui.text(Ask::Warnings));
        for warning in &loaded.warnings {
            eprintln!("{}", warning.show(session.ui.lang));
        }
    }
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!(
                "\n{}\n{} {}",
                error.show(session.ui.lang),
                session.ui.text(Ask::FinishErrors),
                session.path.display()
            );
            return Ok(error.exit_code());
        }
    };
    let render = session.ui.confirm(Ask::Render, true).unwrap_or(false);
    if !render {
        eprintln!(
            "{} {}",
            session.ui.text(Ask::NotRendered),
            session.path.display()
        );
        return Ok(0);
    }
    let formats = Format::DEFAULT;
    let out = session
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let stem = case::rounds::output_stem(
        &crate::output::names::safe_stem(&session.path),
        case::rounds::current(&loaded.case.rounds),
    );
    // A seller interviewed in Chinese also gets the letter to read in Chinese.
    let reading_copy = (session.ui.lang == Lang::Zh).then_some(Lang::Zh);
    let stems = std::iter::once(stem.clone())
        .chain(reading_copy.map(|lang| format!("{stem}.{}", lang.code())));
    let existing = stems
        .flat_map(|stem| formats.map(|f| out.join(format!("{stem}.{}", f.extension()))))
        .find(|path| path.exists());
    // A seller who keeps the letter already written keeps every file of it, even one poa
    // would otherwise replace as its own.
    let force = match existing {
        Some(path) if !session.ui.confirm(Ask::Overwrite, false).unwrap_or(false) => {
            return Err(crate::error::Error::Exists { path });
        }
        existing => existing.is_some(),
    };
    let options = pipeline::ComposeOptions {
        reading_copy,
        ..Default::default()
    };
    let rendered = pipeline::render_case(&session.path, &formats, out, force, &options)?;
    eprintln!("{}", session.ui.text(Ask::Rendered));
    for path in &rendered.written {
        eprintln!("  {}", path.display());
    }
    report_checks(&session.ui, &rendered, &session.path);
    Ok(0)
}

/// The originality score and lint counts of the letter just written, in the seller's
/// language, with the command that shows the details.
fn report_checks(ui: &Ui, rendered: &pipeline::Rendered, case: &Path) {
    let limit = crate::check::originality::DEFAULT_MAX_COPIED;
    let percent = rendered.originality.copied_percent;
    eprintln!("{}", interview::originality(percent, limit).get(ui.lang));
    if percent > limit
        && let Some(draft) = rendered.written.last()
    {
        eprintln!("{} {}", ui.text(Ask::OriginalityHigh), draft.display());
    }
    let errors = crate::findings::errors(&rendered.lint);
    eprintln!(
        "{}",
        interview::lint(errors, rendered.lint.len() - errors).get(ui.lang)
    );
    if !rendered.lint.is_empty() {
        eprintln!("{} {}", ui.text(Ask::LintDetails), case.display());
    }
}
