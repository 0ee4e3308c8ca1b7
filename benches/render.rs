//! Rendering one letter to each format (in memory, no file written).

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use poa::case::PageSize;
use poa::lang::Lang;
use poa::pipeline::Renderer;
use poa::render::{docx, markdown, pdf};

fn bench(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/refund-for-review-change.toml");
    let case = poa::case::load(&path).expect("the example is valid").case;
    let renderer = Renderer::new(&Default::default()).expect("built-ins load");
    let document = renderer.document(&case).expect("the example composes");
    let fonts = pdf::FontSet::builtin();
    let mut group = c.benchmark_group("render");
    group.sample_size(30);
    group.bench_function("compose", |b| b.iter(|| renderer.document(&case)));
    group.bench_function("markdown", |b| b.iter(|| markdown::render(&document)));
    group.bench_function("docx", |b| {
        b.iter(|| docx::render(&document, PageSize::Letter, Lang::En))
    });
    group.bench_function("pdf", |b| {
        b.iter(|| pdf::render(&document, PageSize::Letter, &fonts, Lang::En))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
