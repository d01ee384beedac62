//! The reader's hot path on a 1 MB article: preparing and wrapping it once,
//! then what one key press costs (a jump to the next quote plus drawing a
//! 200×60 frame). Run: `cargo bench --bench reader`.

use criterion::{Criterion, criterion_group, criterion_main};
use hark::library::Library;
use hark::ui::action::Action;
use hark::ui::article::Article;
use hark::ui::fixture;
use hark::ui::wrap::Wrapped;
use hark::ui::{App, Config};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use std::hint::black_box;

const MEGABYTE: usize = 1 << 20;

fn bench(c: &mut Criterion) {
    let doc = fixture::big_article(MEGABYTE);
    eprintln!(
        "article: {} bytes, {} blocks, {} quotes",
        doc.source.len(),
        doc.blocks.len(),
        doc.quotes.len()
    );
    let article = Article::prepare(&doc);
    c.bench_function("prepare 1 MB article", |b| {
        b.iter(|| Article::prepare(black_box(&doc)))
    });
    c.bench_function("wrap 1 MB article to 116 columns", |b| {
        b.iter(|| Wrapped::new(black_box(&article), 116))
    });

    let area = Rect::new(0, 0, 200, 60);
    let mut app = App::new(Library::new(vec![doc]), Config::from_sources(None, false));
    app.resize(area);
    let first = app.article().unwrap().order[0];
    let last = *app.article().unwrap().order.last().unwrap();
    let mut buf = Buffer::empty(area);
    c.bench_function("key press: next quote + draw 200x60", |b| {
        b.iter(|| {
            if app.place().selected == Some(last) {
                app.select_quote(first);
            }
            app.update(Action::NextQuote);
            (&app).render(area, &mut buf);
            black_box(&buf);
        })
    });
    c.bench_function("draw only 200x60", |b| {
        b.iter(|| {
            (&app).render(area, &mut buf);
            black_box(&buf);
        })
    });
    c.bench_function("update only: next quote", |b| {
        b.iter(|| {
            if app.place().selected == Some(last) {
                app.select_quote(first);
            }
            app.update(Action::NextQuote);
        })
    });
    c.bench_function("key press: next same speaker + draw 200x60", |b| {
        b.iter(|| {
            app.update(Action::NextSameSpeaker);
            if app.message.is_some() {
                app.select_quote(first);
                app.message = None;
            }
            (&app).render(area, &mut buf);
            black_box(&buf);
        })
    });
    c.bench_function("key press: scroll down + draw 200x60", |b| {
        b.iter(|| {
            let before = app.place().scroll;
            app.update(Action::HalfPageDown);
            if app.place().scroll == before {
                app.update(Action::Top);
            }
            (&app).render(area, &mut buf);
            black_box(&buf);
        })
    });
    c.bench_function("resize: re-wrap 1 MB at a new width + draw", |b| {
        let mut i = 0u16;
        b.iter(|| {
            // Cycle through more widths than the wrap cache holds, so each
            // resize is a real re-wrap.
            i = (i + 1) % 40;
            app.resize(Rect::new(0, 0, 160 + i, 60));
            (&app).render(area, &mut buf);
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
