//! Key sequences and the state they leave behind.

use hark::library::Library;
use hark::model::{BlockKind, Meta, SpeakerKind};
use hark::ui::app::Mode;
use hark::ui::fixture::{self, DocBuilder};
use hark::ui::layout::Pane;
use hark::ui::{App, Config};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

fn app_with(library: Library, width: u16, height: u16) -> App {
    fixture::app(library, width, height)
}

fn big(width: u16, height: u16) -> App {
    app_with(
        Library::new(vec![fixture::big_article(40_000)]),
        width,
        height,
    )
}

/// The one file in `dir` (the export just written).
fn only_file(dir: &std::path::Path) -> std::path::PathBuf {
    let files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.into_iter().next().unwrap()
}

fn draw(app: &App) -> Buffer {
    fixture::draw(app)
}

/// The text of the reader's cells drawn reversed (the selected quote).
fn highlighted_text(app: &App, buf: &Buffer) -> String {
    let area = app.reader_text().unwrap();
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        for x in area.left()..area.right() {
            let cell = &buf[(x, y)];
            if cell.modifier.contains(Modifier::REVERSED) {
                row.push_str(cell.symbol());
            }
        }
        if !row.is_empty() {
            out.push_str(&row);
            out.push(' ');
        }
    }
    words(&out)
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn next_quote_follows_reading_order_scrolls_and_highlights() {
    let mut app = big(120, 30);
    let order = app.article().unwrap().order.clone();
    assert!(order.len() > 40, "the big fixture has many quotes");
    for (i, &expected) in order.iter().enumerate().take(40) {
        app.press("]");
        assert_eq!(
            app.place().selected,
            Some(expected),
            "after {} presses",
            i + 1
        );
        let (first, _) = app.wrapped().unwrap().quote_rows[expected].unwrap();
        let (top, bottom) = hark::ui::draw::reader::visible_rows(&app).unwrap();
        assert!(
            top <= first && first <= bottom,
            "quote row {first} in {top}..={bottom}"
        );
        let quote = &app.doc().unwrap().quotes[expected].span.text;
        assert_eq!(highlighted_text(&app, &draw(&app)), words(quote));
        assert_eq!(app.quote_number(), Some((i + 1, order.len())));
    }
    // Going back walks the same order in reverse.
    app.press("[");
    assert_eq!(app.place().selected, Some(order[38]));
}

#[test]
fn same_speaker_jumps_skip_other_speakers() {
    let mut app = app_with(fixture::library(), 160, 45);
    app.press("] ]");
    let doc = app.doc().unwrap().clone();
    let q = app.place().selected.unwrap();
    let speaker = doc.quotes[q].speaker;
    assert!(speaker.is_some());
    app.press("}");
    let next = app.place().selected.unwrap();
    assert_eq!(doc.quotes[next].speaker, speaker);
    let order = &app.article().unwrap().order;
    let pos = |x| order.iter().position(|&o| o == x).unwrap();
    assert!(pos(next) > pos(q));
    assert!(
        order[pos(q) + 1..pos(next)]
            .iter()
            .all(|&o| doc.quotes[o].speaker != speaker)
    );
    app.press("{");
    assert_eq!(app.place().selected, Some(q));
}

#[test]
fn scrolling_keys_move_the_reader() {
    let mut app = big(120, 30);
    let h = app.reader_text().unwrap().height as usize;
    app.press("j j j");
    assert_eq!(app.place().scroll, 3);
    app.press("k");
    assert_eq!(app.place().scroll, 2);
    app.press("ctrl-d");
    assert_eq!(app.place().scroll, 2 + h / 2);
    app.press("ctrl-u");
    assert_eq!(app.place().scroll, 2);
    app.press("G");
    let max = app.wrapped().unwrap().rows.len() - h;
    assert_eq!(app.place().scroll, max);
    app.press("g g");
    assert_eq!(app.place().scroll, 0);
    app.press("space");
    assert_eq!(app.place().scroll, h - 1);
    app.press("pageup end");
    assert_eq!(app.place().scroll, max);
}

#[test]
fn focus_cycles_and_lists_respond_to_j_and_enter() {
    let mut app = app_with(fixture::library(), 160, 45);
    assert_eq!(app.focus, Pane::Reader);
    app.press("tab");
    assert_eq!(app.focus, Pane::Quotes);
    app.press("j j");
    let order = app.article().unwrap().order.clone();
    assert_eq!(app.place().selected, Some(order[1]));
    app.press("shift-tab shift-tab");
    assert_eq!(app.focus, Pane::Articles);
    app.press("j");
    assert_eq!(app.current, 1);
    app.press("enter");
    assert_eq!(app.focus, Pane::Reader);
    assert_eq!(
        app.doc().unwrap().meta.title.as_deref(),
        Some("Pier Closure Delayed After Protest")
    );
}

#[test]
fn search_counts_matches_and_cycles() {
    let mut app = app_with(fixture::library(), 160, 45);
    app.press("/");
    assert!(matches!(app.mode, Mode::Search { .. }));
    app.type_text("PIER");
    app.press("enter");
    let search = app.search.as_ref().unwrap();
    let total = search.matches.len();
    assert_eq!(total, 7);
    assert_eq!(search.current, Some(0));
    app.press("N");
    assert_eq!(app.search.as_ref().unwrap().current, Some(total - 1));
    app.press("n n");
    assert_eq!(app.search.as_ref().unwrap().current, Some(1));
    let status = hark::ui::draw::status::text(&app).0;
    assert!(status.contains("/PIER 2/7"), "{status}");
    // Matches are painted with the search background.
    let buf = draw(&app);
    let lit = buf
        .content()
        .iter()
        .filter(|c| c.bg == Color::Yellow)
        .count();
    assert_eq!(lit, total * 4);
    app.press("esc");
    assert!(app.search.is_none());
}

#[test]
fn search_counts_while_typing_and_esc_goes_back() {
    let mut app = big(100, 30);
    app.press("G");
    let start = app.place().scroll;
    assert!(start > 0);
    app.press("/");
    app.type_text("Votes to Close");
    assert_ne!(
        app.place().scroll,
        start,
        "the first match is shown at once"
    );
    let status = hark::ui::draw::status::text(&app).0;
    let found = app.search.as_ref().expect("matches shown while typing");
    assert!(
        status.contains(&format!("{} found", found.matches.len())),
        "{status}"
    );
    assert!(matches!(app.mode, Mode::Search { .. }));
    app.type_text("zzz");
    assert_eq!(
        app.place().scroll,
        start,
        "no match: the view is back at the start"
    );
    assert!(app.search.is_none());
    assert!(hark::ui::draw::status::text(&app).0.contains("not found"));
    app.press("backspace backspace backspace");
    assert!(app.search.is_some(), "backspace widens the search again");
    app.press("esc");
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.search.is_none(), "Esc drops the search being typed");
    assert_eq!(
        app.place().scroll,
        start,
        "Esc returns to where / was pressed"
    );
}

#[test]
fn speaker_filter_limits_list_and_jumps() {
    let mut app = app_with(fixture::library(), 160, 45);
    app.press("s");
    assert!(matches!(app.mode, Mode::Picker { .. }));
    app.press("j enter");
    let fisher = 1;
    assert_eq!(app.filter, Some(fisher));
    let doc = app.doc().unwrap().clone();
    assert_eq!(app.list.len(), 3);
    assert!(
        app.list
            .iter()
            .all(|&q| doc.quotes[q].speaker == Some(fisher))
    );
    // The first of their quotes is selected; ] stays within the filter.
    assert_eq!(app.place().selected, Some(app.list[0]));
    app.press("] ]");
    assert_eq!(app.place().selected, Some(app.list[2]));
    app.press("]");
    assert_eq!(app.place().selected, Some(app.list[2]));
    assert!(app.message.as_deref().unwrap_or("").contains("no more"));
    app.press("S");
    assert_eq!(app.filter, None);
    assert_eq!(app.list.len(), 8);
}

#[test]
fn q_closes_overlays_then_quits_and_ctrl_c_always_quits() {
    let mut app = app_with(fixture::library(), 100, 30);
    app.press("?");
    assert!(matches!(app.mode, Mode::Help { .. }));
    app.press("q");
    assert_eq!(app.mode, Mode::Normal);
    assert!(!app.quit);
    app.press("q");
    assert!(app.quit);

    let mut app = app_with(fixture::library(), 100, 30);
    app.press("/");
    app.type_text("qq");
    assert!(!app.quit, "q is text while typing a search");
    app.press("ctrl-c");
    assert!(app.quit);
}

#[test]
fn resizing_rewraps_without_losing_the_selected_quote() {
    let mut app = big(160, 40);
    for _ in 0..25 {
        app.press("]");
    }
    let q = app.place().selected.unwrap();
    for (w, h) in [(100, 30), (60, 20), (20, 5), (1, 1), (200, 60), (160, 40)] {
        app.resize(Rect::new(0, 0, w, h));
        draw(&app);
        if let Some((top, bottom)) = hark::ui::draw::reader::visible_rows(&app) {
            let (first, _) = app.wrapped().unwrap().quote_rows[q].unwrap();
            assert!(
                top <= first && first <= bottom,
                "at {w}x{h}: {first} in {top}..={bottom}"
            );
        }
    }
    assert_eq!(app.place().selected, Some(q));
}

#[test]
fn narrow_screens_show_one_pane_and_tab_switches() {
    let mut app = app_with(fixture::library(), 60, 20);
    assert!(app.panes.reader.is_some() && app.panes.quotes.is_none());
    app.press("j j j");
    app.press("tab");
    assert!(app.panes.quotes.is_some() && app.panes.reader.is_none());
    app.press("tab");
    assert!(app.panes.articles.is_some());
    app.press("tab");
    assert_eq!(
        app.place().scroll,
        3,
        "the reader keeps its place while hidden"
    );
    // Medium: the quotes pane is toggled with t.
    let mut app = app_with(fixture::library(), 100, 30);
    assert!(app.panes.quotes.is_none());
    app.press("t");
    assert!(app.panes.quotes.is_some());
}

#[test]
fn control_characters_never_reach_a_cell() {
    let mut b = DocBuilder::new(
        "evil.txt",
        Meta {
            title: Some("Title\u{1b}]0;pwned\u{7}".to_string()),
            ..Meta::default()
        },
    );
    let who = b.speaker("Eve\u{1b}[2J", None, SpeakerKind::Person);
    let p = b.block(
        BlockKind::Paragraph,
        "Before \u{1b}[31m\"red \u{9b}text\" said Eve\u{1b}[2J after\u{202e}.",
    );
    b.quote(p, "red \u{9b}text", Some(who), None, Some("said"));
    let mut app = app_with(Library::new(vec![b.build()]), 160, 45);
    app.press("]");
    let buf = draw(&app);
    for cell in buf.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || c == '\u{202e}'),
            "control char in {:?}",
            cell.symbol()
        );
    }
    let highlighted = highlighted_text(&app, &buf);
    assert_eq!(highlighted, "red \u{FFFD}text");
}

#[test]
fn user_config_rebinds_keys_and_no_color_drops_colours() {
    let config = Config::from_sources(Some("[keys]\n\"x\" = \"next_quote\"\n"), true);
    let mut app = App::new(fixture::library(), config);
    app.resize(Rect::new(0, 0, 160, 45));
    app.press("x");
    assert_eq!(app.quote_number().map(|n| n.0), Some(1));
    let buf = draw(&app);
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    // Without colour the selected quote is still marked (reversed).
    let quote = app.doc().unwrap().quotes[app.place().selected.unwrap()]
        .span
        .text
        .clone();
    assert_eq!(highlighted_text(&app, &buf), words(&quote));
}

#[test]
fn an_empty_library_draws_and_keys_do_nothing_harmful() {
    let mut app = app_with(Library::default(), 80, 24);
    app.press("] [ } { j k g g G s S / x enter n N tab tab tab ? q q");
    draw(&app);
    assert!(app.quit);
}

/// The buffer position of the first occurrence of `word` on screen.
fn find_on_screen(buf: &Buffer, word: &str) -> Option<(u16, u16)> {
    find_in(buf, buf.area, word)
}

/// The position of the first occurrence of `word` inside `area`.
fn find_in(buf: &Buffer, area: Rect, word: &str) -> Option<(u16, u16)> {
    for y in area.top()..area.bottom() {
        let row: Vec<&str> = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol())
            .collect();
        let text: String = row.concat();
        if let Some(byte) = text.find(word) {
            let col = text[..byte].chars().count() as u16;
            return Some((area.x + col, y));
        }
    }
    None
}

#[test]
fn speakers_view_opens_a_quote_in_its_article() {
    let mut app = app_with(fixture::library(), 120, 30);
    app.press("p");
    let Mode::Speakers { speaker, .. } = app.mode else {
        panic!("p opens the speakers view")
    };
    let ids = app.library.quotes_of(speaker).to_vec();
    assert_eq!(app.library.speakers[speaker].name, "Maria Lindqvist");
    assert_eq!(ids.len(), 5);
    app.press("enter j j j enter");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.current, ids[3].doc);
    assert_eq!(app.place().selected, Some(ids[3].quote));
    assert_eq!(app.focus, Pane::Reader);
    // Escape closes without moving.
    app.press("p esc");
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn compare_view_marks_the_words_that_differ() {
    let mut app = app_with(fixture::library(), 120, 30);
    app.press("c");
    assert!(
        app.message.is_some(),
        "nothing selected, nothing to compare"
    );
    app.press("] ] c");
    assert!(matches!(app.mode, Mode::Compare(_)));
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "anyone").expect("the other version is shown");
    assert!(
        buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "a different word is lit"
    );
    let (x, y) = find_on_screen(&buf, "structure").unwrap();
    assert!(
        !buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "a shared word is not"
    );
    // Enter opens the other version in its article.
    app.press("enter");
    assert_eq!(app.current, 1);
    let q = app.place().selected.unwrap();
    assert!(
        app.doc().unwrap().quotes[q]
            .span
            .text
            .starts_with("we can not ask anyone")
    );
}

#[test]
fn y_copies_the_quote_with_its_citation_and_e_exports_the_list() {
    let mut app = app_with(fixture::library(), 160, 45);
    app.press("y");
    assert!(app.clipboard.is_none());
    app.press("] ] y");
    let copied = app.clipboard.take().expect("y copies the selected quote");
    assert!(
        copied.contains("We cannot ask people to walk on a structure"),
        "{copied}"
    );
    assert!(
        copied.contains("Harbour Gazette"),
        "the citation names the outlet: {copied}"
    );

    let dir = std::env::temp_dir().join(format!("hark-ui-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    app.export_dir = dir.clone();
    app.press("s j enter e");
    let message = app.message.clone().unwrap_or_default();
    assert!(message.starts_with("exported 3 quotes"), "{message}");
    let path = only_file(&dir);
    let markdown = std::fs::read_to_string(&path).unwrap();
    assert!(markdown.contains("Nobody asked us"), "{markdown}");
    assert!(
        !markdown.contains("We cannot ask"),
        "only the filtered speaker: {markdown}"
    );
    std::fs::remove_file(&path).unwrap();

    // The config's `export` chooses the format.
    app.config.export = hark::library::export::ExportFormat::Csv;
    app.press("e");
    let path = only_file(&dir);
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some("csv"));
    let csv = std::fs::read_to_string(&path).unwrap();
    assert!(csv.lines().count() == 4, "a header and 3 rows: {csv}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn mouse_scrolls_and_clicks_only_when_enabled() {
    use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mouse = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    let mut app = big(120, 30);
    let reader = app.panes.reader.unwrap();
    let (x, y) = (reader.x + 5, reader.y + 5);
    app.handle_event(&mouse(MouseEventKind::ScrollDown, x, y));
    assert_eq!(app.place().scroll, 0, "mouse is off by default");

    let config = Config::from_sources(Some("mouse = true"), false);
    let mut app = App::new(Library::new(vec![fixture::big_article(40_000)]), config);
    app.resize(Rect::new(0, 0, 120, 30));
    app.handle_event(&mouse(MouseEventKind::ScrollDown, x, y));
    assert_eq!(app.place().scroll, 3);
    // A click on the second row of the quotes list selects that quote.
    let quotes = app.panes.quotes.unwrap();
    app.handle_event(&mouse(
        MouseEventKind::Down(MouseButton::Left),
        quotes.x + 3,
        quotes.y + 2,
    ));
    assert_eq!(app.place().selected, Some(app.list[1]));
    assert_eq!(app.focus, Pane::Quotes);
}

#[test]
fn quotes_take_their_speakers_colours_and_attributions_are_underlined() {
    let app = app_with(fixture::library(), 160, 45);
    let buf = draw(&app);
    let reader = app.reader_text().unwrap();
    let style_of = |word: &str| {
        let (x, y) = find_in(&buf, reader, word).unwrap_or_else(|| panic!("{word} in the reader"));
        (buf[(x, y)].fg, buf[(x, y)].modifier)
    };
    let mayor = style_of("structure we know");
    let fisher = style_of("Nobody asked");
    let authority = style_of("could be in place");
    let unattributed = style_of("beyond repair");
    assert_ne!(mayor.0, Color::Reset);
    assert_ne!(mayor.0, fisher.0, "two speakers, two colours");
    assert_ne!(fisher.0, authority.0);
    assert_eq!(
        unattributed.0,
        Color::Gray,
        "unattributed quotes are neutral"
    );
    assert!(unattributed.1.contains(Modifier::ITALIC));
    // The same speaker keeps a colour within the article…
    assert_eq!(style_of("listen to every boat owner").0, mayor.0);
    // …and the attribution (mention and cue) is underlined, the body is not.
    assert!(
        style_of("Mayor Maria Lindqvist")
            .1
            .contains(Modifier::UNDERLINED)
    );
    assert!(
        !style_of("The town council")
            .1
            .contains(Modifier::UNDERLINED)
    );
    // The next article's quotes by the same person share the colour.
    let mut app = app;
    app.open_article(1);
    let buf2 = draw(&app);
    let (x, y) = find_in(&buf2, app.reader_text().unwrap(), "heard").unwrap();
    assert_eq!(
        buf2[(x, y)].fg,
        mayor.0,
        "one colour per speaker across the library"
    );
}
