//! The reader on the real bundled articles, extracted: every quote can be
//! reached with `]`, lands in view and is highlighted with its own text.
//! (Assertions, not snapshots, so that better extraction does not break them.)

use hark::library::Library;
use hark::ui::{App, Config};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

fn bundled_app(width: u16, height: u16) -> App {
    let mut docs = hark::ingest::bundled();
    for doc in &mut docs {
        hark::extract::extract(doc);
    }
    let mut app = App::new(Library::new(docs), Config::from_sources(None, false));
    app.resize(Rect::new(0, 0, width, height));
    app
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_bundled_quote_is_reached_in_order_and_highlighted() {
    let mut app = bundled_app(160, 45);
    let articles = app.library.documents.len();
    assert_eq!(articles, 2);
    let mut total = 0;
    for a in 0..articles {
        app.open_article(a);
        let order = app.article().unwrap().order.clone();
        total += order.len();
        for &q in &order {
            app.press("]");
            assert_eq!(app.place().selected, Some(q));
            let (first, last) = app.wrapped().unwrap().quote_rows[q].unwrap();
            let (top, bottom) = hark::ui::draw::reader::visible_rows(&app).unwrap();
            assert!(top <= first && first <= bottom);
            let mut terminal = Terminal::new(TestBackend::new(160, 45)).unwrap();
            terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
            let buf = terminal.backend().buffer();
            let text_area = app.reader_text().unwrap();
            let mut lit = String::new();
            for y in text_area.top()..text_area.bottom() {
                for x in text_area.left()..text_area.right() {
                    if buf[(x, y)].modifier.contains(Modifier::REVERSED) {
                        lit.push_str(buf[(x, y)].symbol());
                    }
                }
                lit.push(' ');
            }
            if last <= bottom {
                let quote = &app.doc().unwrap().quotes[q].span.text;
                assert_eq!(words(&lit), words(quote));
            }
        }
    }
    assert!(
        total > 0,
        "the extractor finds quotes in the bundled articles"
    );
}

#[test]
fn bundled_articles_survive_every_size() {
    let mut app = bundled_app(120, 40);
    for (w, h) in [
        (160, 45),
        (100, 30),
        (60, 20),
        (20, 5),
        (1, 1),
        (3, 2),
        (120, 40),
    ] {
        app.resize(Rect::new(0, 0, w, h));
        app.press("] } tab j");
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    }
}
