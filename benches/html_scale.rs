//! Reading time of HTML pages as they grow wider (more paragraphs) and
//! deeper (more nesting): both must grow linearly.
//! `cargo bench --bench html_scale`

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hark::ingest::html;

fn wide_page(paragraphs: usize) -> String {
    let para = "<p>The minister said the plan would \"change everything\" for the region, \
                according to <a href=\"/x\">officials</a> who spoke on Tuesday.</p>\n";
    format!(
        "<html><head><title>Wide</title></head><body><article>{}</article></body></html>",
        para.repeat(paragraphs)
    )
}

fn deep_page(levels: usize) -> String {
    format!(
        "<html><body><article><p>An article with a very deep tree, long enough to be read as \
         an article by the extractor.</p>{}deep{}</article></body></html>",
        "<div>".repeat(levels),
        "</div>".repeat(levels)
    )
}

fn scale(c: &mut Criterion) {
    let mut wide = c.benchmark_group("html_wide");
    wide.sample_size(10);
    for paragraphs in [1_000, 10_000, 50_000] {
        let page = wide_page(paragraphs);
        wide.throughput(Throughput::Bytes(page.len() as u64));
        wide.bench_with_input(BenchmarkId::from_parameter(paragraphs), &page, |b, page| {
            b.iter(|| html::parse("wide.html", black_box(page.as_bytes())).unwrap())
        });
    }
    wide.finish();

    let mut deep = c.benchmark_group("html_deep");
    deep.sample_size(10);
    for levels in [1_000, 10_000, 100_000] {
        let page = deep_page(levels);
        deep.throughput(Throughput::Bytes(page.len() as u64));
        deep.bench_with_input(BenchmarkId::from_parameter(levels), &page, |b, page| {
            b.iter(|| html::parse("deep.html", black_box(page.as_bytes())).unwrap())
        });
    }
    deep.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
