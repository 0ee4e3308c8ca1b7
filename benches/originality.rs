//! Originality check speed: a 1,500-word draft against 100, 1,000 and 10,000 reference
//! documents of ~1,000 words (the index is built once, outside the timed part), the cost of
//! building the index, and the batch's cross-draft check over 1,000 and 10,000 drafts.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use poa::batch::similarity::{Print, similar_pairs};
use poa::check::originality::{Checker, DEFAULT_MIN_WORDS, Reference};
use poa::document::{Block, Document, Inline};

/// A fixed-seed generator so every run measures the same texts.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn text(&mut self, words: usize) -> String {
        (0..words)
            .map(|_| format!("w{}", self.next() % 20_000))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn references(count: usize) -> Vec<Reference> {
    let mut rng = Lcg(7);
    (0..count)
        .map(|i| Reference {
            source: format!("ref-{i}"),
            text: rng.text(1_000),
        })
        .collect()
}

/// 1,500 words in 30 paragraphs, three of them holding 40 words copied from references.
fn draft(references: &[Reference]) -> Document {
    let mut rng = Lcg(99);
    let blocks = (0..30)
        .map(|i| {
            let text = if i % 10 == 3 {
                let source: Vec<&str> = references[i % references.len()]
                    .text
                    .split(' ')
                    .skip(100)
                    .take(40)
                    .collect();
                format!("{} {}", rng.text(10), source.join(" "))
            } else {
                rng.text(50)
            };
            Block::Paragraph {
                content: vec![Inline::plain(text)],
            }
        })
        .collect();
    Document {
        blocks,
        ..Document::default()
    }
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("check 1500-word draft");
    group.sample_size(20);
    for count in [100, 1_000, 10_000] {
        let refs = references(count);
        let checker = Checker::new(&refs);
        let draft = draft(&refs);
        assert_eq!(checker.check(&draft, DEFAULT_MIN_WORDS).passages.len(), 3);
        group.bench_with_input(BenchmarkId::from_parameter(count), &draft, |b, draft| {
            b.iter(|| checker.check(draft, DEFAULT_MIN_WORDS))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("build index");
    group.sample_size(10);
    let refs = references(1_000);
    group.bench_function("1000 references", |b| b.iter(|| Checker::new(&refs)));
    group.finish();

    let mut group = c.benchmark_group("similar drafts");
    group.sample_size(10);
    for count in [1_000, 10_000] {
        let prints = drafts(count);
        assert_eq!(similar_pairs(&prints, 30.0).len(), count / 100);
        group.bench_with_input(BenchmarkId::from_parameter(count), &prints, |b, prints| {
            b.iter(|| similar_pairs(prints, 30.0))
        });
    }
    group.finish();
}

/// Fingerprints of `count` drafts (350 each, as a letter of the examples' length has), one
/// in a hundred sharing half of its wording with the draft before it.
fn drafts(count: usize) -> Vec<Vec<Print>> {
    let mut rng = Lcg(3);
    let mut drafts: Vec<Vec<Print>> = Vec::with_capacity(count);
    for i in 0..count {
        let mut prints: Vec<Print> = if i % 100 == 1 {
            let mut half: Vec<Print> = drafts[i - 1].iter().step_by(2).copied().collect();
            half.extend((0..175).map(|_| rng.next() as Print));
            half
        } else {
            (0..350).map(|_| rng.next() as Print).collect()
        };
        prints.sort_unstable();
        prints.dedup();
        drafts.push(prints);
    }
    drafts
}

criterion_group!(benches, bench);
criterion_main!(benches);
