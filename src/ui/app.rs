//! The reader's state and how actions change it. Nothing here draws; the
//! `draw` module reads this state through `&App`.

use super::action::Action;
use super::article::Article;
use super::compare::CompareView;
use super::config::Config;
use super::keymap::KeyBuffer;
use super::keys::Chord;
use super::layout::{Pane, Panes};
use super::search::Search;
use super::wrap::Wrapped;
use crate::library::{Library, QuoteId};
use crate::model::Document;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use std::collections::HashMap;

/// What has the keyboard: the panes, or an overlay / prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help {
        scroll: usize,
    },
    /// Typing a search query; matches are shown as it is typed (from the
    /// place the search started, `origin`, where Esc returns).
    Search {
        input: String,
        origin: usize,
    },
    /// Choosing the speaker to filter the quotes pane by.
    Picker {
        cursor: usize,
    },
    /// The library's speakers (left) and the chosen one's quotes (right).
    Speakers {
        speaker: usize,
        quote: usize,
        on_quotes: bool,
    },
    /// Versions of one statement side by side.
    Compare(Box<CompareView>),
}

/// Where the reader is in one article (kept when switching articles).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Place {
    /// First visible row of the wrapped article.
    pub scroll: usize,
    /// The selected quote (index into `Document::quotes`).
    pub selected: Option<usize>,
    /// The (block, byte) at the top of the view, to find the place again
    /// after a re-wrap (kept while the reader is too small to show).
    pub anchor: Option<(usize, usize)>,
    /// Whether the selected quote was in view when last scrolled.
    pub quote_in_view: bool,
}

/// Wrapped articles by (article, width); a handful is plenty (resizes).
#[derive(Debug, Default)]
struct WrapCache {
    entries: Vec<(usize, usize, Wrapped)>,
}

impl WrapCache {
    const CAPACITY: usize = 6;

    fn get(&self, article: usize, width: usize) -> Option<&Wrapped> {
        self.entries
            .iter()
            .find(|(a, w, _)| *a == article && *w == width)
            .map(|(_, _, wrapped)| wrapped)
    }

    fn ensure(&mut self, article: usize, width: usize, prepared: &Article) {
        if self.get(article, width).is_none() {
            if self.entries.len() == Self::CAPACITY {
                self.entries.remove(0);
            }
            self.entries
                .push((article, width, Wrapped::new(prepared, width)));
        }
    }
}

pub struct App {
    pub library: Library,
    /// One prepared article per document.
    pub articles: Vec<Article>,
    /// Per document, per speaker: the colour slot (stable across the library).
    pub slots: Vec<Vec<usize>>,
    pub config: Config,
    /// The whole terminal.
    pub area: Rect,
    pub panes: Panes,
    pub focus: Pane,
    /// The quotes pane toggle, for wide and for medium screens.
    pub quotes_wide: bool,
    pub quotes_medium: bool,
    pub mode: Mode,
    /// The article in the reader.
    pub current: usize,
    /// The highlighted row of the articles pane.
    pub article_cursor: usize,
    pub places: Vec<Place>,
    /// Only this speaker's quotes are listed (index into the current `speakers`).
    pub filter: Option<usize>,
    /// The quotes pane rows: quote indices in reading order, filtered.
    pub list: Vec<usize>,
    pub search: Option<Search>,
    /// The search in force when `/` was pressed, back on Esc.
    search_before: Option<Search>,
    /// A one-off message for the status line.
    pub message: Option<String>,
    pub quit: bool,
    /// Text for the terminal's clipboard, written (OSC 52) after the next frame.
    pub clipboard: Option<String>,
    /// Where `e` writes exported quotes.
    pub export_dir: std::path::PathBuf,
    keys: KeyBuffer,
    wraps: WrapCache,
}

impl App {
    pub fn new(library: Library, config: Config) -> Self {
        let articles: Vec<Article> = library.documents.iter().map(Article::prepare).collect();
        let slots = colour_slots(&library);
        let places = vec![Place::default(); library.documents.len()];
        let message = config.warnings.first().map(|w| format!("config: {w}"));
        let mut app = App {
            library,
            articles,
            slots,
            config,
            area: Rect::default(),
            panes: Panes::default(),
            focus: Pane::Reader,
            quotes_wide: true,
            quotes_medium: false,
            mode: Mode::Normal,
            current: 0,
            article_cursor: 0,
            places,
            filter: None,
            list: Vec::new(),
            search: None,
            search_before: None,
            message,
            quit: false,
            clipboard: None,
            export_dir: std::path::PathBuf::from("."),
            keys: KeyBuffer::default(),
            wraps: WrapCache::default(),
        };
        app.rebuild_list();
        app
    }

    // ----- read access for drawing -------------------------------------

    pub fn doc(&self) -> Option<&Document> {
        self.library.documents.get(self.current)
    }

    pub fn article(&self) -> Option<&Article> {
        self.articles.get(self.current)
    }

    pub fn place(&self) -> Place {
        self.places.get(self.current).copied().unwrap_or_default()
    }

    /// The reader's text area (inside border and padding), if shown.
    pub fn reader_text(&self) -> Option<Rect> {
        self.panes.reader.map(Panes::reader_text)
    }

    /// The current article wrapped to the reader's width.
    pub fn wrapped(&self) -> Option<&Wrapped> {
        let width = self.reader_text()?.width as usize;
        if width == 0 {
            return None;
        }
        self.wraps.get(self.current, width)
    }

    /// The colour slot of a quote's speaker (None: unattributed).
    pub fn quote_slot(&self, quote: usize) -> Option<usize> {
        let speaker = self.doc()?.quotes.get(quote)?.speaker?;
        self.slots.get(self.current)?.get(speaker).copied()
    }

    /// The selected quote's position in reading order (1-based) and total.
    pub fn quote_number(&self) -> Option<(usize, usize)> {
        let article = self.article()?;
        let q = self.place().selected?;
        let i = (*article.rank.get(q)?)?;
        Some((i + 1, article.order.len()))
    }

    /// The speaker name of a quote, if attributed.
    pub fn speaker_name(&self, quote: usize) -> Option<&str> {
        let doc = self.doc()?;
        let s = doc.quotes.get(quote)?.speaker?;
        doc.speakers.get(s).map(|s| s.name.as_str())
    }

    /// Quotes per speaker of the current article, counted from the quotes.
    pub fn speaker_counts(&self) -> Vec<usize> {
        let Some(doc) = self.doc() else {
            return Vec::new();
        };
        let mut counts = vec![0; doc.speakers.len()];
        for q in &doc.quotes {
            if let Some(c) = q.speaker.and_then(|s| counts.get_mut(s)) {
                *c += 1;
            }
        }
        counts
    }

    fn reader_height(&self) -> usize {
        self.reader_text().map_or(0, |r| r.height as usize)
    }

    // ----- events --------------------------------------------------------

    /// Handles one terminal event; true if the screen may have changed.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                self.handle_key(key);
                true
            }
            Event::Resize(w, h) => {
                self.resize(Rect::new(0, 0, *w, *h));
                true
            }
            Event::Mouse(mouse) if self.config.mouse => self.handle_mouse(mouse),
            _ => false,
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent) {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit = true;
            return;
        }
        self.message = None;
        if let Mode::Search { input, origin } = &mut self.mode {
            let origin = *origin;
            match key.code {
                KeyCode::Esc => {
                    self.mode = Mode::Normal;
                    self.search = self.search_before.take();
                    self.set_scroll(origin);
                }
                KeyCode::Enter => {
                    let query = std::mem::take(input);
                    self.mode = Mode::Normal;
                    self.search_before = None;
                    self.run_search(&query, origin);
                }
                KeyCode::Backspace => {
                    input.pop();
                    let query = input.clone();
                    self.preview_search(&query, origin);
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    input.push(c);
                    let query = input.clone();
                    self.preview_search(&query, origin);
                }
                _ => {}
            }
            return;
        }
        let chord = Chord::from_event(key);
        if let Some(action) = self.keys.push(&self.config.keymap, chord) {
            self.update(action);
        }
    }

    /// Presses keys given in config notation ("] ] g g"); for tests.
    pub fn press(&mut self, keys: &str) {
        for chord in keys.split(' ').filter(|k| !k.is_empty()) {
            let chord = Chord::parse(chord).unwrap_or_else(|e| panic!("{e}"));
            self.handle_key(&KeyEvent::new(chord.code, chord.mods));
        }
    }

    /// Types text literally (search input); for tests.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.handle_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        match self.mode.clone() {
            Mode::Normal => self.update_normal(action),
            Mode::Help { scroll } => match action {
                Action::Quit | Action::Cancel | Action::Help => self.mode = Mode::Normal,
                Action::Down => self.mode = Mode::Help { scroll: scroll + 1 },
                Action::Up => {
                    self.mode = Mode::Help {
                        scroll: scroll.saturating_sub(1),
                    }
                }
                Action::Top => self.mode = Mode::Help { scroll: 0 },
                _ => {}
            },
            Mode::Picker { cursor } => self.update_picker(action, cursor),
            Mode::Speakers {
                speaker,
                quote,
                on_quotes,
            } => self.update_speakers(action, speaker, quote, on_quotes),
            Mode::Compare(view) => self.update_compare(action, *view),
            Mode::Search { .. } => {}
        }
    }

    fn update_normal(&mut self, action: Action) {
        let height = self.reader_height().max(1);
        match action {
            Action::Quit => self.quit = true,
            Action::Down => self.move_in_focus(1),
            Action::Up => self.move_in_focus(-1),
            Action::Top => self.move_in_focus(isize::MIN),
            Action::Bottom => self.move_in_focus(isize::MAX),
            Action::HalfPageDown => self.page_in_focus(height / 2, 1),
            Action::HalfPageUp => self.page_in_focus(height / 2, -1),
            Action::PageDown => self.page_in_focus(height.saturating_sub(1).max(1), 1),
            Action::PageUp => self.page_in_focus(height.saturating_sub(1).max(1), -1),
            Action::FocusNext => self.cycle_focus(1),
            Action::FocusPrev => self.cycle_focus(-1),
            Action::Open => match self.focus {
                Pane::Articles => {
                    self.open_article(self.article_cursor);
                    self.focus = Pane::Reader;
                }
                Pane::Quotes => {
                    if let Some(q) = self.place().selected {
                        self.select_quote(q);
                    }
                    self.focus = Pane::Reader;
                }
                Pane::Reader => {}
            },
            Action::NextQuote => self.step_quote(1, false),
            Action::PrevQuote => self.step_quote(-1, false),
            Action::NextSameSpeaker => self.step_quote(1, true),
            Action::PrevSameSpeaker => self.step_quote(-1, true),
            Action::SpeakerFilter => {
                if self.doc().is_some_and(|d| !d.speakers.is_empty()) {
                    self.mode = Mode::Picker {
                        cursor: self.filter.unwrap_or(0),
                    };
                } else {
                    self.message = Some("no speakers in this article".to_string());
                }
            }
            Action::ClearFilter => {
                self.filter = None;
                self.rebuild_list();
            }
            Action::Search => {
                self.search_before = self.search.clone();
                self.mode = Mode::Search {
                    input: String::new(),
                    origin: self.place().scroll,
                }
            }
            Action::SearchNext => self.step_match(1),
            Action::SearchPrev => self.step_match(-1),
            Action::Cancel => {
                self.keys.clear();
                self.search = None;
            }
            Action::Help => self.mode = Mode::Help { scroll: 0 },
            Action::ToggleQuotes => {
                if Panes::is_single(self.area) {
                    self.focus = if self.focus == Pane::Quotes {
                        Pane::Reader
                    } else {
                        Pane::Quotes
                    };
                } else if self.area.width >= super::layout::WIDE {
                    self.quotes_wide = !self.quotes_wide;
                } else {
                    self.quotes_medium = !self.quotes_medium;
                }
                self.sync();
            }
            Action::Speakers => {
                if self.library.speakers.is_empty() {
                    self.message = Some("no speakers in the library".to_string());
                } else {
                    // Start on the selected quote's speaker, if any.
                    let speaker = self
                        .place()
                        .selected
                        .and_then(|q| self.library.speaker_of(self.quote_id(q)))
                        .unwrap_or(0);
                    self.mode = Mode::Speakers {
                        speaker,
                        quote: 0,
                        on_quotes: false,
                    };
                }
            }
            Action::Compare => {
                let Some(q) = self.place().selected else {
                    self.message = Some("select a quote first (])".to_string());
                    return;
                };
                let width = super::draw::views::compare_width(self.area);
                match CompareView::open(&self.library, self.quote_id(q), width) {
                    Some(view) => self.mode = Mode::Compare(Box::new(view)),
                    None => self.message = Some("no other version of this quote".to_string()),
                }
            }
            Action::Copy => match self.place().selected {
                Some(q) => {
                    let text = super::takeaway::quote_text(&self.library, self.quote_id(q));
                    self.message = Some(match &text {
                        Some(_) => "copied the quote with its citation".to_string(),
                        None => "nothing to copy".to_string(),
                    });
                    self.clipboard = text;
                }
                None => self.message = Some("select a quote first (])".to_string()),
            },
            Action::Export => {
                let ids: Vec<QuoteId> = self.list.iter().map(|&q| self.quote_id(q)).collect();
                let name = match (self.filter, self.doc()) {
                    (Some(s), Some(doc)) => format!(
                        "{} {}",
                        doc.display_source(),
                        doc.speakers.get(s).map_or("", |s| s.name.as_str())
                    ),
                    (None, Some(doc)) => doc.display_source().to_string(),
                    _ => String::new(),
                };
                self.export(&ids, &name);
            }
            Action::None => {}
        }
    }

    /// Writes quotes to a file in the configured format and says where.
    fn export(&mut self, ids: &[QuoteId], name: &str) {
        if ids.is_empty() {
            self.message = Some("no quotes to export".to_string());
            return;
        }
        let written = super::takeaway::export_file(
            &self.library,
            ids,
            self.config.export,
            &self.export_dir,
            name,
        );
        self.message = Some(match written {
            Ok(path) => format!("exported {} quotes to {}", ids.len(), path.display()),
            Err(e) => format!("export failed: {e}"),
        });
    }

    /// The library-wide id of a quote of the current article.
    pub fn quote_id(&self, quote: usize) -> QuoteId {
        QuoteId {
            doc: self.current,
            quote,
        }
    }

    /// True when the library matched this quote of the current article
    /// with a version in another article.
    pub fn has_counterparts(&self, quote: usize) -> bool {
        self.library.has_counterparts(self.quote_id(quote))
    }

    fn update_speakers(&mut self, action: Action, speaker: usize, quote: usize, on_quotes: bool) {
        let speakers = self.library.speakers.len();
        let quotes = self.library.quotes_of(speaker).len();
        let step =
            |at: usize, len: usize, delta: isize| clamp_step(at, delta, len.saturating_sub(1));
        let (mut speaker, mut quote, mut on_quotes) = (speaker, quote, on_quotes);
        let delta = match action {
            Action::Down => 1,
            Action::Up => -1,
            Action::Top => isize::MIN,
            Action::Bottom => isize::MAX,
            Action::HalfPageDown | Action::PageDown => 10,
            Action::HalfPageUp | Action::PageUp => -10,
            _ => 0,
        };
        match action {
            Action::Quit | Action::Cancel | Action::Speakers => {
                self.mode = Mode::Normal;
                return;
            }
            Action::FocusNext | Action::FocusPrev => on_quotes = !on_quotes && quotes > 0,
            Action::Export => {
                let ids = self.library.quotes_of(speaker).to_vec();
                let name = self
                    .library
                    .speakers
                    .get(speaker)
                    .map_or(String::new(), |s| s.name.clone());
                self.export(&ids, &name);
            }
            Action::Open if !on_quotes => on_quotes = quotes > 0,
            Action::Open => {
                if let Some(&id) = self.library.quotes_of(speaker).get(quote) {
                    self.mode = Mode::Normal;
                    self.open_article(id.doc);
                    self.filter = None;
                    self.rebuild_list();
                    self.focus = Pane::Reader;
                    self.sync();
                    self.select_quote(id.quote);
                    return;
                }
            }
            _ if delta != 0 && on_quotes => quote = step(quote, quotes, delta),
            _ if delta != 0 => {
                speaker = step(speaker, speakers, delta);
                quote = 0;
            }
            _ => {}
        }
        self.mode = Mode::Speakers {
            speaker,
            quote,
            on_quotes,
        };
    }

    fn update_compare(&mut self, action: Action, mut view: CompareView) {
        match action {
            Action::Quit | Action::Cancel | Action::Compare => {
                self.mode = Mode::Normal;
                return;
            }
            Action::Down | Action::NextQuote => view.step(&self.library, 1),
            Action::Up | Action::PrevQuote => view.step(&self.library, -1),
            Action::Open => {
                if let Some(id) = view.other() {
                    self.mode = Mode::Normal;
                    self.open_article(id.doc);
                    self.focus = Pane::Reader;
                    self.sync();
                    self.select_quote(id.quote);
                    return;
                }
            }
            _ => {}
        }
        self.mode = Mode::Compare(Box::new(view));
    }

    fn update_picker(&mut self, action: Action, cursor: usize) {
        let count = self.doc().map_or(0, |d| d.speakers.len());
        let last = count.saturating_sub(1);
        let cursor = match action {
            Action::Down => (cursor + 1).min(last),
            Action::Up => cursor.saturating_sub(1),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Open => {
                self.mode = Mode::Normal;
                if cursor < count {
                    self.filter = Some(cursor);
                    self.rebuild_list();
                    let selected = self.place().selected;
                    if let Some(&first) = self.list.first()
                        && !selected.is_some_and(|q| self.list.contains(&q))
                    {
                        self.select_quote(first);
                    }
                }
                return;
            }
            Action::Quit | Action::Cancel | Action::SpeakerFilter => {
                self.mode = Mode::Normal;
                return;
            }
            _ => cursor,
        };
        self.mode = Mode::Picker { cursor };
    }

    // ----- layout ----------------------------------------------------------

    /// Sets the terminal size; re-wraps the reader without losing its place.
    pub fn resize(&mut self, area: Rect) {
        let before = self.place();
        self.area = area;
        self.sync();
        if let Mode::Compare(view) = &mut self.mode {
            view.rebuild(&self.library, super::draw::views::compare_width(area));
        }
        if let (Some((block, byte)), Some(article), Some(w)) =
            (before.anchor, self.article(), self.wrapped())
        {
            let row = w.locate(article, block, byte).row;
            self.set_scroll(row);
        }
        if before.quote_in_view
            && let Some(q) = before.selected
        {
            self.reveal_quote(q);
        }
    }

    /// Recomputes the panes, makes sure the reader's wrap exists, clamps scroll.
    fn sync(&mut self) {
        let single = Panes::is_single(self.area);
        let show_quotes = if self.area.width >= super::layout::WIDE {
            self.quotes_wide
        } else {
            self.quotes_medium
        };
        self.panes = Panes::compute(self.area, show_quotes, self.focus);
        if !single && self.panes.get(self.focus).is_none() {
            self.focus = Pane::Reader;
            self.panes = Panes::compute(self.area, show_quotes, self.focus);
        }
        if let Some(text) = self.reader_text()
            && text.width > 0
            && let Some(article) = self.articles.get(self.current)
        {
            self.wraps
                .ensure(self.current, text.width as usize, article);
        }
        let scroll = self.place().scroll;
        self.set_scroll(scroll);
    }

    fn cycle_focus(&mut self, step: isize) {
        let all = [Pane::Articles, Pane::Reader, Pane::Quotes];
        let single = Panes::is_single(self.area);
        let shown: Vec<Pane> = all
            .into_iter()
            .filter(|&p| single || self.panes.get(p).is_some())
            .collect();
        if let Some(i) = shown.iter().position(|&p| p == self.focus) {
            let n = shown.len() as isize;
            self.focus = shown[((i as isize + step).rem_euclid(n)) as usize];
        } else if let Some(&first) = shown.first() {
            self.focus = first;
        }
        self.sync();
    }

    // ----- moving ------------------------------------------------------------

    fn set_scroll(&mut self, scroll: usize) {
        let h = self.reader_height();
        // While the reader is hidden (another pane on a narrow screen, or a
        // tiny terminal) keep its place untouched.
        let Some(w) = self.wrapped().filter(|_| h > 0) else {
            return;
        };
        let scroll = scroll.min(w.rows.len().saturating_sub(h));
        let mut place = self.place();
        place.scroll = scroll;
        // Remember the place in wrap-independent terms for re-wraps.
        place.anchor = w.anchor(scroll);
        place.quote_in_view = place
            .selected
            .and_then(|q| *w.quote_rows.get(q)?)
            .is_some_and(|(first, _)| first >= scroll && first < scroll + h);
        if let Some(slot) = self.places.get_mut(self.current) {
            *slot = place;
        }
    }

    fn scroll_by(&mut self, delta: isize) {
        let scroll = self.place().scroll.saturating_add_signed(delta);
        self.set_scroll(scroll);
    }

    /// j/k, gg/G: `delta` is a step or ±isize::MAX for the ends.
    fn move_in_focus(&mut self, delta: isize) {
        match self.focus {
            Pane::Reader => match delta {
                isize::MIN => self.set_scroll(0),
                isize::MAX => self.set_scroll(usize::MAX),
                d => self.scroll_by(d),
            },
            Pane::Articles => {
                let last = self.library.documents.len().saturating_sub(1);
                let cursor = clamp_step(self.article_cursor, delta, last);
                self.article_cursor = cursor;
                self.open_article(cursor);
            }
            Pane::Quotes => {
                if self.list.is_empty() {
                    return;
                }
                let at = self
                    .place()
                    .selected
                    .and_then(|q| self.list.iter().position(|&l| l == q));
                let i = match at {
                    Some(i) => clamp_step(i, delta, self.list.len() - 1),
                    None if delta < 0 => self.list.len() - 1,
                    None => 0,
                };
                self.select_quote(self.list[i]);
            }
        }
    }

    fn page_in_focus(&mut self, rows: usize, direction: isize) {
        let step = rows.max(1) as isize * direction;
        match self.focus {
            Pane::Reader => self.scroll_by(step),
            _ => self.move_in_focus(step),
        }
    }

    pub fn open_article(&mut self, index: usize) {
        if index >= self.library.documents.len() {
            return;
        }
        self.article_cursor = index;
        if index != self.current {
            self.current = index;
            self.filter = None;
            self.search = None;
            self.rebuild_list();
        }
        self.sync();
    }

    fn rebuild_list(&mut self) {
        let (Some(article), Some(doc)) = (self.article(), self.doc()) else {
            self.list.clear();
            return;
        };
        let filter = self.filter;
        self.list = article
            .order
            .iter()
            .copied()
            .filter(|&q| filter.is_none() || doc.quotes[q].speaker == filter)
            .collect();
    }

    /// Selects a quote and scrolls the reader so that it is in view.
    pub fn select_quote(&mut self, quote: usize) {
        if let Some(place) = self.places.get_mut(self.current) {
            place.selected = Some(quote);
        }
        self.reveal_quote(quote);
        // Refresh the remembered place even when no scrolling was needed.
        self.set_scroll(self.place().scroll);
    }

    fn reveal_quote(&mut self, quote: usize) {
        let rows = self.wrapped().and_then(|w| *w.quote_rows.get(quote)?);
        if let Some((first, last)) = rows {
            self.reveal_rows(first, last);
        }
    }

    /// Scrolls so rows `first..=last` are visible (the first one above all).
    fn reveal_rows(&mut self, first: usize, last: usize) {
        let h = self.reader_height();
        if h == 0 {
            return;
        }
        let scroll = self.place().scroll;
        if first < scroll || first >= scroll + h {
            // Leave a little context above the target.
            self.set_scroll(first.saturating_sub(h / 4));
        } else if last >= scroll + h {
            self.set_scroll(first.min(last + 1 - h));
        }
    }

    /// `]`/`[` (and `}`/`{` with `same_speaker`).
    fn step_quote(&mut self, direction: isize, same_speaker: bool) {
        let Some(doc) = self.doc() else { return };
        let selected = self.place().selected;
        let candidates: Vec<usize> = if same_speaker {
            let Some(q) = selected else {
                self.message = Some("select a quote first (])".to_string());
                return;
            };
            let speaker = doc.quotes[q].speaker;
            self.articles[self.current]
                .order
                .iter()
                .copied()
                .filter(|&o| doc.quotes[o].speaker == speaker)
                .collect()
        } else {
            self.list.clone()
        };
        if candidates.is_empty() {
            self.message = Some("no quotes".to_string());
            return;
        }
        let article = &self.articles[self.current];
        let rank = |q: usize| article.rank.get(q).copied().flatten();
        let target = match selected.and_then(rank) {
            Some(at) => {
                if direction > 0 {
                    candidates.iter().copied().find(|&c| rank(c) > Some(at))
                } else {
                    candidates
                        .iter()
                        .rev()
                        .copied()
                        .find(|&c| rank(c) < Some(at))
                }
            }
            None => self.first_quote_in_view(&candidates, direction),
        };
        match target {
            Some(q) => self.select_quote(q),
            None => {
                self.message = Some(
                    if direction > 0 {
                        "no more quotes below"
                    } else {
                        "no more quotes above"
                    }
                    .to_string(),
                )
            }
        }
    }

    /// With nothing selected: the first quote from the top of the view down
    /// (or the last one above it, going up).
    fn first_quote_in_view(&self, candidates: &[usize], direction: isize) -> Option<usize> {
        let w = self.wrapped();
        let row = |q: usize| {
            w.and_then(|w| w.quote_rows.get(q).copied().flatten())
                .map(|r| r.0)
        };
        let scroll = self.place().scroll;
        if direction > 0 {
            candidates
                .iter()
                .copied()
                .find(|&q| row(q).is_none_or(|r| r >= scroll))
        } else {
            candidates
                .iter()
                .rev()
                .copied()
                .find(|&q| row(q).is_some_and(|r| r < scroll))
        }
    }

    /// Searches from the row `origin` and shows the first match after it.
    fn run_search(&mut self, query: &str, origin: usize) {
        self.preview_search(query, origin);
        if self.search.is_none() && !query.is_empty() {
            self.message = Some(format!("not found: {query}"));
        }
    }

    /// The search as typed so far: matches counted and the first shown, or
    /// the view back at `origin` when there is none. Searching is a scan of
    /// the prepared text; nothing is parsed or wrapped again.
    fn preview_search(&mut self, query: &str, origin: usize) {
        let Some(article) = self.article() else {
            return;
        };
        let mut search = Search::run(article, query);
        if search.matches.is_empty() {
            self.search = None;
            self.set_scroll(origin);
            return;
        }
        let (block, byte) = self
            .wrapped()
            .and_then(|w| w.anchor(origin))
            .unwrap_or((0, 0));
        search.current = search.first_from(block, byte);
        self.search = Some(search);
        self.set_scroll(origin);
        self.reveal_match();
    }

    fn step_match(&mut self, direction: isize) {
        let Some(search) = &mut self.search else {
            self.message = Some("no search (press /)".to_string());
            return;
        };
        let n = search.matches.len() as isize;
        let current = search.current.map_or(0, |c| c as isize + direction);
        search.current = Some(current.rem_euclid(n) as usize);
        self.reveal_match();
    }

    fn reveal_match(&mut self) {
        let spot = self
            .search
            .as_ref()
            .and_then(|s| s.matches.get(s.current?).cloned());
        let (Some(spot), Some(article), Some(w)) = (spot, self.article(), self.wrapped()) else {
            return;
        };
        let row = w.locate(article, spot.block, spot.range.start).row;
        self.reveal_rows(row, row);
    }

    // ----- mouse ---------------------------------------------------------------

    fn handle_mouse(&mut self, mouse: &ratatui::crossterm::event::MouseEvent) -> bool {
        use ratatui::crossterm::event::{MouseButton, MouseEventKind};
        let at = ratatui::layout::Position::new(mouse.column, mouse.row);
        let pane = [Pane::Articles, Pane::Reader, Pane::Quotes]
            .into_iter()
            .find(|&p| self.panes.get(p).is_some_and(|r| r.contains(at)));
        let Some(pane) = pane else { return false };
        match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let step = if mouse.kind == MouseEventKind::ScrollDown {
                    3
                } else {
                    -3
                };
                let focus = std::mem::replace(&mut self.focus, pane);
                self.move_in_focus(step);
                self.focus = focus;
                true
            }
            MouseEventKind::Down(MouseButton::Left) => {
                self.focus = pane;
                let Some(rect) = self.panes.get(pane) else {
                    return false;
                };
                let row = (mouse.row.saturating_sub(rect.y + 1)) as usize;
                match pane {
                    Pane::Articles => {
                        let offset = super::draw::lists::list_offset(
                            self.article_cursor,
                            self.library.documents.len(),
                            super::draw::lists::articles_visible(rect),
                        );
                        self.open_article(offset + row / 2);
                    }
                    Pane::Quotes => {
                        let h =
                            super::draw::lists::quotes_visible(rect, self.speaker_counts().len());
                        let sel = self
                            .place()
                            .selected
                            .and_then(|q| self.list.iter().position(|&l| l == q))
                            .unwrap_or(0);
                        let offset = super::draw::lists::list_offset(sel, self.list.len(), h);
                        if let Some(&q) = self.list.get(offset + row) {
                            self.select_quote(q);
                        }
                    }
                    Pane::Reader => self.click_reader(mouse.column, mouse.row),
                }
                self.sync();
                true
            }
            _ => false,
        }
    }

    /// Selects the quote drawn under a click in the reader, if any.
    fn click_reader(&mut self, column: u16, row: u16) {
        let (Some(text), Some(w), Some(article)) =
            (self.reader_text(), self.wrapped(), self.article())
        else {
            return;
        };
        if !text.contains(ratatui::layout::Position::new(column, row)) {
            return;
        }
        let row = self.place().scroll + (row - text.y) as usize;
        let col = (column - text.x) as usize;
        let hit = article.order.iter().copied().find(|&q| {
            let Some(spot) = &article.quote_at[q] else {
                return false;
            };
            let a = w.locate(article, spot.block, spot.range.start);
            let b = w.locate(article, spot.block, spot.range.end);
            (a.row, a.col) <= (row, col) && (row, col) < (b.row, b.col)
        });
        if let Some(q) = hit {
            self.select_quote(q);
        }
    }
}

fn clamp_step(at: usize, delta: isize, last: usize) -> usize {
    match delta {
        isize::MIN => 0,
        isize::MAX => last,
        d => at.saturating_add_signed(d).min(last),
    }
}

/// One colour slot per speaker entity across the library (the library's
/// merged speakers, most quoted first), so a person keeps their colour from
/// article to article. Speakers the library did not merge get slots after.
fn colour_slots(library: &Library) -> Vec<Vec<usize>> {
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut next = library.speakers.len();
    library
        .documents
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            (0..doc.speakers.len())
                .map(|s| {
                    library.library_speaker(d, s).unwrap_or_else(|| {
                        *by_name
                            .entry(doc.speakers[s].name.to_lowercase())
                            .or_insert_with(|| {
                                next += 1;
                                next - 1
                            })
                    })
                })
                .collect()
        })
        .collect()
}
