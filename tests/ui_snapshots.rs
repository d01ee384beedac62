//! Snapshots of the reader drawn on ratatui's TestBackend.

use hark::ui::App;
use hark::ui::fixture;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fn app(width: u16, height: u16) -> App {
    fixture::app(fixture::library(), width, height)
}

fn screen(app: &App) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    terminal
}

#[test]
fn start_screen_wide() {
    insta::assert_snapshot!(screen(&app(160, 45)).backend());
}

#[test]
fn start_screen_medium() {
    insta::assert_snapshot!(screen(&app(100, 30)).backend());
}

#[test]
fn start_screen_narrow() {
    insta::assert_snapshot!(screen(&app(60, 20)).backend());
}

#[test]
fn after_three_next_quotes() {
    let mut app = app(160, 45);
    app.press("] ] ]");
    insta::assert_snapshot!(screen(&app).backend());
}

#[test]
fn after_next_same_speaker() {
    let mut app = app(160, 45);
    app.press("] ] }");
    insta::assert_snapshot!(screen(&app).backend());
}

#[test]
fn help_overlay() {
    let mut app = app(100, 40);
    app.press("?");
    insta::assert_snapshot!(screen(&app).backend());
}

#[test]
fn search_with_matches() {
    let mut app = app(160, 45);
    app.press("/");
    app.type_text("pier");
    app.press("enter n");
    insta::assert_snapshot!(screen(&app).backend());
}

#[test]
fn speaker_filter_picker_and_result() {
    let mut app = app(160, 45);
    app.press("s j");
    insta::assert_snapshot!("speaker_picker", screen(&app).backend());
    app.press("enter");
    insta::assert_snapshot!("speaker_filtered", screen(&app).backend());
}

#[test]
fn every_size_down_to_one_by_one_draws_without_panic() {
    let mut app = app(160, 45);
    app.press("] ] ?");
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 2),
        (5, 3),
        (20, 5),
        (69, 10),
        (70, 4),
        (109, 6),
        (110, 3),
    ] {
        app.resize(Rect::new(0, 0, w, h));
        screen(&app);
    }
    app.press("q");
    for w in 0..30 {
        for h in 0..6 {
            app.resize(Rect::new(0, 0, w, h));
            if w > 0 && h > 0 {
                screen(&app);
            }
            app.press("] j tab");
        }
    }
}

#[test]
fn speakers_view() {
    let mut app = app(120, 30);
    app.press("p j enter");
    insta::assert_snapshot!(screen(&app).backend());
}

#[test]
fn compare_view() {
    let mut app = app(120, 30);
    app.press("] ]");
    assert!(
        hark::ui::draw::status::text(&app).0.contains("c compare"),
        "the library matches the mayor's two versions"
    );
    app.press("c");
    insta::assert_snapshot!(screen(&app).backend());
}
