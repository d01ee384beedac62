//! Everything a key can ask the reader to do. The keymap maps keys to these
//! names, and the help overlay lists them in this order with these words.

/// One user intent, independent of the key that triggered it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Down,
    Up,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    FocusNext,
    FocusPrev,
    Open,
    NextQuote,
    PrevQuote,
    NextSameSpeaker,
    PrevSameSpeaker,
    SpeakerFilter,
    ClearFilter,
    Search,
    SearchNext,
    SearchPrev,
    Cancel,
    Help,
    ToggleQuotes,
    /// Every speaker of the library and their quotes.
    Speakers,
    /// The other versions of the selected quote, side by side.
    Compare,
    /// Copy the selected quote with its citation (OSC 52).
    Copy,
    /// Write the listed quotes to a file (the config's `export` format).
    Export,
    /// Explicitly unbinds a key in a user config.
    None,
}

impl Action {
    /// Every bindable action, in the order the help overlay lists them.
    pub const ALL: &'static [Action] = &[
        Action::Down,
        Action::Up,
        Action::Top,
        Action::Bottom,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Open,
        Action::NextQuote,
        Action::PrevQuote,
        Action::NextSameSpeaker,
        Action::PrevSameSpeaker,
        Action::SpeakerFilter,
        Action::ClearFilter,
        Action::Search,
        Action::SearchNext,
        Action::SearchPrev,
        Action::ToggleQuotes,
        Action::Speakers,
        Action::Compare,
        Action::Copy,
        Action::Export,
        Action::Cancel,
        Action::Help,
        Action::Quit,
    ];

    /// The name used in the config file.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Down => "down",
            Action::Up => "up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::HalfPageDown => "half_page_down",
            Action::HalfPageUp => "half_page_up",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::FocusNext => "focus_next",
            Action::FocusPrev => "focus_prev",
            Action::Open => "open",
            Action::NextQuote => "next_quote",
            Action::PrevQuote => "prev_quote",
            Action::NextSameSpeaker => "next_same_speaker",
            Action::PrevSameSpeaker => "prev_same_speaker",
            Action::SpeakerFilter => "speaker_filter",
            Action::ClearFilter => "clear_filter",
            Action::Search => "search",
            Action::SearchNext => "search_next",
            Action::SearchPrev => "search_prev",
            Action::Cancel => "cancel",
            Action::Help => "help",
            Action::ToggleQuotes => "toggle_quotes",
            Action::Speakers => "speakers",
            Action::Compare => "compare",
            Action::Copy => "copy",
            Action::Export => "export",
            Action::None => "none",
        }
    }

    /// What the help overlay says about it.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit (or close the overlay)",
            Action::Down => "scroll down / next item",
            Action::Up => "scroll up / previous item",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::PageDown => "a page down",
            Action::PageUp => "a page up",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrev => "focus the previous pane",
            Action::Open => "open the selected article or quote",
            Action::NextQuote => "next quote",
            Action::PrevQuote => "previous quote",
            Action::NextSameSpeaker => "next quote by the same speaker",
            Action::PrevSameSpeaker => "previous quote by the same speaker",
            Action::SpeakerFilter => "show one speaker's quotes (picker)",
            Action::ClearFilter => "clear the speaker filter",
            Action::Search => "search in the article",
            Action::SearchNext => "next search match",
            Action::SearchPrev => "previous search match",
            Action::Cancel => "cancel search / close overlay",
            Action::Help => "this help",
            Action::ToggleQuotes => "show or hide the quotes pane",
            Action::Speakers => "speakers across all articles",
            Action::Compare => "compare the quote's other versions",
            Action::Copy => "copy the quote with its citation",
            Action::Export => "export the listed quotes to a file",
            Action::None => "unbound",
        }
    }

    /// Looks an action up by its config name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL
            .iter()
            .copied()
            .chain([Action::None])
            .find(|a| a.name() == name)
    }
}
