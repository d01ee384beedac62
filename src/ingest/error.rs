//! Why an input could not be read. Each is printed as one line:
//! `hark: <path>: <reason>`.

use std::fmt;

use crate::model::Format;

/// An input that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    /// The path as the user gave it ("standard input" for `-`).
    pub path: String,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    NotFound,
    /// Any other I/O error (permission denied, …), as the OS words it.
    Unreadable(String),
    /// A directory with no article files below it.
    NoArticles,
    Empty,
    /// A NUL byte at this offset: not a text file.
    Binary {
        offset: usize,
    },
    /// Larger than [`super::MAX_BYTES`]; the size when known.
    TooLarge {
        bytes: u64,
    },
    /// The HTML or feed reader gave up.
    Unparsable {
        format: Format,
        message: String,
    },
    /// A feed with no items.
    NoItems,
    /// An http(s) URL could not be fetched.
    Fetch(String),
}

impl IngestError {
    pub fn new(path: &str, reason: Reason) -> Self {
        Self {
            path: display_name(path).to_string(),
            reason,
        }
    }
}

/// How a path is named in messages: `-` is standard input.
pub fn display_name(path: &str) -> &str {
    if path == "-" { "standard input" } else { path }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::NotFound => write!(f, "no such file or directory"),
            Reason::Unreadable(e) => write!(f, "cannot read: {e}"),
            Reason::NoArticles => write!(
                f,
                "no articles in this directory (looked for .txt, .md, .html and feed files)"
            ),
            Reason::Empty => write!(f, "empty file, nothing to read"),
            Reason::Binary { offset } => {
                write!(
                    f,
                    "binary file (NUL byte at offset {offset}), not an article"
                )
            }
            Reason::TooLarge { bytes } => {
                write!(f, "file too large ({bytes} bytes; the limit is 100 MB)")
            }
            Reason::Unparsable { format, message } => {
                write!(f, "cannot read as {}: {message}", format.as_str())
            }
            Reason::NoItems => write!(f, "feed has no articles"),
            Reason::Fetch(e) => write!(f, "cannot fetch: {e}"),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

impl std::error::Error for IngestError {}

/// The warning for a file that was not valid UTF-8 (it is still read).
pub fn invalid_utf8_warning(first_bad_byte: usize) -> String {
    format!("invalid UTF-8 at byte {first_bad_byte}, replaced with U+FFFD")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(reason: Reason) -> String {
        IngestError::new("a/b.txt", reason).to_string()
    }

    #[test]
    fn exact_messages() {
        assert_eq!(msg(Reason::NotFound), "a/b.txt: no such file or directory");
        assert_eq!(
            msg(Reason::Unreadable("Permission denied (os error 13)".into())),
            "a/b.txt: cannot read: Permission denied (os error 13)"
        );
        assert_eq!(
            msg(Reason::NoArticles),
            "a/b.txt: no articles in this directory (looked for .txt, .md, .html and feed files)"
        );
        assert_eq!(msg(Reason::Empty), "a/b.txt: empty file, nothing to read");
        assert_eq!(
            msg(Reason::Binary { offset: 3 }),
            "a/b.txt: binary file (NUL byte at offset 3), not an article"
        );
        assert_eq!(
            msg(Reason::TooLarge { bytes: 104857601 }),
            "a/b.txt: file too large (104857601 bytes; the limit is 100 MB)"
        );
        assert_eq!(
            msg(Reason::Unparsable {
                format: Format::Feed,
                message: "bad XML".into()
            }),
            "a/b.txt: cannot read as feed: bad XML"
        );
        assert_eq!(msg(Reason::NoItems), "a/b.txt: feed has no articles");
        assert_eq!(
            msg(Reason::Fetch("the server answered HTTP 404".into())),
            "a/b.txt: cannot fetch: the server answered HTTP 404"
        );
        assert_eq!(
            invalid_utf8_warning(7),
            "invalid UTF-8 at byte 7, replaced with U+FFFD"
        );
    }

    #[test]
    fn stdin_is_named_in_words() {
        assert_eq!(
            IngestError::new("-", Reason::Empty).to_string(),
            "standard input: empty file, nothing to read"
        );
    }
}
