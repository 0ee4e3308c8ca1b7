//! poa's integration tests, one binary: each module pins one area's behaviour.

mod util;

mod appeal_form;
mod batch;
mod bounds;
mod case_errors;
mod characters;
mod check_against;
mod compose_letters;
mod docx_layout;
mod evidence_asins;
#[cfg(feature = "grammar")]
mod grammar;
mod hostile_inputs;
mod interview_typing;
mod letter_words;
mod lint;
mod lint_before_render;
mod lint_corpus;
mod markdown;
mod messages;
mod originality;
mod output_names;
// Signals, symbolic links, process ids and mounts: Unix only.
#[cfg(unix)]
mod output_files;
mod reading_copy;
mod reading_copy_font;
mod render_outputs;
mod revise;
mod structure_errors;
mod typography;
mod user_templates;
mod windows_text;
mod wizard;
