//! `poa batch`: many cases rendered in parallel, each exactly as `poa render` would; a
//! broken case is reported, never fatal; drafts that read alike are flagged.

pub mod inputs;
pub mod naming;
pub mod similarity;
pub mod summary;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use crate::case::{self, Case, rounds};
use crate::check::originality::{self, Checker, FlatText, Reference};
use crate::error::{Error, Result, exit};
use crate::findings::{self, Finding};
use crate::lang::Lang;
use crate::lint::Linter;
use crate::output::manifest::Ledger;
use crate::pipeline::{ComposeOptions, Renderer};
use crate::render::Format;
use similarity::{Print, StockPrints};

/// How many of the most alike pairs are shown with their shared passages.
pub const PASSAGES_FOR: usize = 100;

/// What a batch is asked to do.
pub struct Options<'a> {
    pub formats: &'a [Format],
    pub out_dir: &'a Path,
    pub force: bool,
    pub jobs: Option<usize>,
    /// Percent of shared own wording above which two drafts are flagged.
    pub max_similar: f64,
    pub compose: &'a ComposeOptions,
    /// Set (e.g. by a Ctrl-C handler) to start no further case; cases under way finish.
    pub interrupt: &'a AtomicBool,
    /// Called once per case as it ends, from any of the batch's threads.
    pub progress: &'a (dyn Fn(&CaseResult) + Sync),
    /// The language of each case's error in the summary.
    pub lang: Lang,
}

/// What became of one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Written,
    /// Its outputs hold what this case, templates and options give (the folder's
    /// manifest says so, or the bytes match): not redone.
    UpToDate,
    /// The case file holds bad data.
    Invalid,
    /// The letter could not be written.
    Failed,
    /// The batch was interrupted before this case started.
    NotStarted,
}

/// One case's line in the summary.
#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    pub case: PathBuf,
    pub status: Status,
    pub copied_percent: Option<f64>,
    pub written: Vec<PathBuf>,
    pub error: Option<String>,
    /// What lint finds in its letter (shown as `render` shows it; JSON gives the counts).
    #[serde(skip)]
    pub lint: Vec<Finding>,
    pub lint_errors: usize,
    pub lint_warnings: usize,
}

/// Two drafts that read alike, with the passages they share.
#[derive(Debug, Clone, Serialize)]
pub struct Similar {
    pub first: PathBuf,
    pub second: PathBuf,
    pub shared_percent: f64,
    pub passages: Vec<String>,
}

/// The whole batch's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub cases: Vec<CaseResult>,
    pub similar: Vec<Similar>,
    pub interrupted: bool,
}

impl Summary {
    /// 0 when every case is written (or up to date) and no drafts read alike; otherwise the
    /// most serious: 73 a write failed, 65 a case is invalid, 130 interrupted, 1 alike.
    pub fn exit_code(&self) -> u8 {
        let any = |status| self.cases.iter().any(|c| c.status == status);
        if any(Status::Failed) {
            exit::CANT_CREATE
        } else if any(Status::Invalid) {
            exit::DATA
        } else if self.interrupted {
            exit::INTERRUPTED
        } else if !self.similar.is_empty() {
            exit::FINDINGS
        } else {
            0
        }
    }
}

/// Renders every case of `inputs`; only problems with the batch itself (no inputs, name
/// collisions, unreadable templates) are errors.
pub fn run(inputs: &[String], options: &Options) -> Result<Summary> {
    let cases = inputs::expand(inputs)?;
    let stems = naming::assign(&cases)?;
    crate::output::prepare(options.out_dir)?;
    let ledger = Ledger::open(options.out_dir);
    let renderer = Renderer::new(options.compose)?;
    let stock = StockPrints::new(renderer.stock_references());
    let interrupted = options.interrupt;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()
        .map_err(|e| {
            Error::Usage(crate::i18n::errors::cannot_start_jobs(
                options.jobs.unwrap_or(0),
                e,
            ))
        })?;
    let outcomes: Vec<(CaseResult, Vec<Print>)> = pool.install(|| {
        cases
            .par_iter()
            .zip(&stems)
            .map(|(case, stem)| {
                let outcome = if interrupted.load(Ordering::SeqCst) {
                    (result(case, Status::NotStarted, None), Vec::new())
                } else {
                    render_one(&renderer, &ledger, &stock, case, stem, options)
                };
                (options.progress)(&outcome.0);
                outcome
            })
            .collect()
    });
    ledger.save()?;
    let (results, prints): (Vec<CaseResult>, Vec<Vec<Print>>) = outcomes.into_iter().unzip();
    let similar = similarity::similar_pairs(&prints, options.max_similar)
        .into_iter()
        .enumerate()
        .map(|(rank, pair)| Similar {
            // Passages cost a re-composition of both drafts: shown for the closest pairs.
            passages: if rank < PASSAGES_FOR {
                shared_passages(&renderer, &cases[pair.first], &cases[pair.second])
            } else {
                Vec::new()
            },
            first: cases[pair.first].clone(),
            second: cases[pair.second].clone(),
            shared_percent: pair.shared_percent,
        })
        .collect();
    Ok(Summary {
        cases: results,
        similar,
        interrupted: interrupted.load(Ordering::SeqCst),
    })
}

fn result(case: &Path, status: Status, error: Option<String>) -> CaseResult {
    CaseResult {
        case: case.to_path_buf(),
        status,
        copied_percent: None,
        written: Vec::new(),
        error,
        lint: Vec::new(),
        lint_errors: 0,
        lint_warnings: 0,
    }
}

impl CaseResult {
    fn with_lint(self, lint: Vec<Finding>) -> Self {
        let errors = findings::errors(&lint);
        CaseResult {
            lint_errors: errors,
            lint_warnings: lint.len() - errors,
            lint,
            ..self
        }
    }
}

/// One case, as `poa render` would, unless its outputs are up to date; with the
/// fingerprints of its own wording for the cross-draft check.
fn render_one(
    renderer: &Renderer,
    ledger: &Ledger,
    stock: &StockPrints,
    case: &Path,
    stem: &str,
    options: &Options,
) -> (CaseResult, Vec<Print>) {
    let loaded = case::load(case);
    // A revised case writes its round's files (NAME.r2.*): those are the ones to compare.
    let round_stem = match &loaded {
        Ok(loaded) => rounds::output_stem(stem, rounds::current(&loaded.case.rounds)),
        Err(_) => stem.to_string(),
    };
    let outputs = renderer.outputs(&round_stem, options.formats, options.out_dir);
    if !options.force
        && let Ok(loaded) = &loaded
        && up_to_date(renderer, ledger, &loaded.case, &outputs)
    {
        // Its draft still takes part in the cross-draft check, and its lint is shown.
        let (prints, lint) = renderer
            .document(&loaded.case)
            .map(|d| {
                (
                    similarity::fingerprints(&d, &loaded.case, stock),
                    Linter::shared().lint_case(&loaded.case, &d),
                )
            })
            .unwrap_or_default();
        let outcome = CaseResult {
            written: outputs,
            ..result(case, Status::UpToDate, None)
        };
        return (outcome.with_lint(lint), prints);
    }
    let rendered = renderer.render_case(
        case,
        stem,
        options.formats,
        options.out_dir,
        options.force,
        ledger,
    );
    match rendered {
        Ok(rendered) => {
            let prints = similarity::fingerprints(&rendered.document, &rendered.case, stock);
            // Files that already held this letter (its manifest entry lost to a kill).
            let status = if rendered.unchanged.len() == rendered.written.len() {
                Status::UpToDate
            } else {
                Status::Written
            };
            let outcome = CaseResult {
                copied_percent: Some(rendered.originality.copied_percent),
                written: rendered.written,
                ..result(case, status, None)
            };
            (outcome.with_lint(rendered.lint), prints)
        }
        Err(error) => {
            let status = if error.exit_code() == exit::CANT_CREATE {
                Status::Failed
            } else {
                Status::Invalid
            };
            (
                result(case, status, Some(error.show(options.lang))),
                Vec::new(),
            )
        }
    }
}

/// Every output is as poa wrote it from this very case, templates and options (see the
/// folder's manifest).
fn up_to_date(renderer: &Renderer, ledger: &Ledger, case: &Case, outputs: &[PathBuf]) -> bool {
    outputs.iter().all(|output| {
        renderer
            .source_of(case, output)
            .is_ok_and(|source| ledger.up_to_date(output, &source))
    })
}

/// The passages two drafts share, stock template text left out.
fn shared_passages(renderer: &Renderer, first: &Path, second: &Path) -> Vec<String> {
    let document =
        |path: &Path| case::load(path).and_then(|loaded| renderer.document(&loaded.case));
    let (Ok(first), Ok(second)) = (document(first), document(second)) else {
        return Vec::new();
    };
    let reference = Reference {
        source: String::new(),
        text: FlatText::new(&first).text,
    };
    let stock = renderer
        .checker()
        .check(&second, originality::DEFAULT_MIN_WORDS);
    Checker::new(&[reference])
        .check(&second, originality::DEFAULT_MIN_WORDS)
        .passages
        .into_iter()
        .filter(|p| {
            !stock
                .passages
                .iter()
                .any(|s| s.span.start < p.span.end && p.span.start < s.span.end)
        })
        .map(|p| p.text)
        .collect()
}
