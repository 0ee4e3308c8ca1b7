//! Typing one answer: a line editor with the keys people expect (arrows, Home/End, Ctrl-U
//! to clear), the answer so far offered for editing, and a pasted block of lines kept as one
//! answer (bracketed paste) instead of answering the questions after it.

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{
    Cmd, ConditionalEventHandler, Config, Editor, Event, EventContext, EventHandler, KeyCode,
    KeyEvent, Modifiers, RepeatCount,
};

use super::ask::Stop;

/// What a seller types to return to the previous question.
const BACK: [&str; 2] = ["back", "返回"];

/// The line editor, made on first use (it needs the terminal).
#[derive(Default)]
pub struct LineEditor {
    editor: RefCell<Option<Editor<(), DefaultHistory>>>,
    escaped: Arc<AtomicBool>,
}

/// Esc ends the line as Ctrl-C does, marking that it was Esc.
struct Escape(Arc<AtomicBool>);

impl ConditionalEventHandler for Escape {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        self.0.store(true, Ordering::SeqCst);
        Some(Cmd::Interrupt)
    }
}

impl LineEditor {
    /// Reads one answer with `initial` in the box. "back" (返回) and Esc come back as
    /// [`Stop::Back`] and [`Stop::Escape`]; Ctrl-C and Ctrl-D as [`Stop::Interrupted`].
    pub fn read(&self, prompt: &str, initial: &str) -> Result<String, Stop> {
        let mut slot = self.editor.borrow_mut();
        let editor = match slot.as_mut() {
            Some(editor) => editor,
            None => slot.insert(self.make()?),
        };
        self.escaped.store(false, Ordering::SeqCst);
        match editor.readline_with_initial(&format!("? {prompt} › "), (initial, "")) {
            Ok(line) if BACK.contains(&line.trim().to_lowercase().as_str()) => Err(Stop::Back),
            Ok(line) => Ok(line),
            Err(ReadlineError::Interrupted) if self.escaped.load(Ordering::SeqCst) => {
                Err(Stop::Escape)
            }
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => Err(Stop::Interrupted),
            Err(ReadlineError::Io(error)) => Err(Stop::Io(error)),
            Err(other) => Err(Stop::Io(std::io::Error::other(other))),
        }
    }

    fn make(&self) -> Result<Editor<(), DefaultHistory>, Stop> {
        let config = Config::builder()
            .auto_add_history(false)
            .bracketed_paste(true)
            // A lone Esc is a key of its own, not the start of a sequence, once nothing
            // follows it within this time.
            .keyseq_timeout(Some(50))
            .build();
        let mut editor = Editor::with_config(config).map_err(|e| match e {
            ReadlineError::Io(error) => Stop::Io(error),
            other => Stop::Io(std::io::Error::other(other)),
        })?;
        editor.bind_sequence(
            KeyEvent(KeyCode::Esc, Modifiers::NONE),
            EventHandler::Conditional(Box::new(Escape(self.escaped.clone()))),
        );
        Ok(editor)
    }
}
