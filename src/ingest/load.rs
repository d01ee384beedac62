//! Turning paths into documents: files, directories, standard input, and the
//! checks that keep bad input out (missing, empty, binary, too large).

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::detect::{ARTICLE_EXTENSIONS, detect};
use super::error::{IngestError, Reason, invalid_utf8_warning};
use super::{feed, html, markdown, text};
use crate::model::{Document, Format};

/// Files larger than this are refused (checked before reading).
pub const MAX_BYTES: u64 = 100 * 1024 * 1024;

/// What a path yielded: the articles read and the inputs skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    pub skipped: Vec<IngestError>,
}

/// Reads a file, every article file below a directory, or standard input
/// (`-`). Files in a directory that cannot be read are left out; use
/// [`load_path`] to learn about them.
pub fn load(path: &str) -> Result<Vec<Document>, IngestError> {
    let mut loaded = load_path(path);
    if loaded.documents.is_empty() && !loaded.skipped.is_empty() {
        return Err(loaded.skipped.swap_remove(0));
    }
    Ok(loaded.documents)
}

/// Like [`load`], but keeps every problem met on the way.
pub fn load_path(path: &str) -> Loaded {
    let mut loaded = Loaded::default();
    if path == "-" {
        match read_limited(io::stdin().lock(), None)
            .map_err(|reason| IngestError::new(path, reason))
            .and_then(|bytes| parse_bytes(path, None, bytes))
        {
            Ok(docs) => loaded.documents.extend(docs),
            Err(e) => loaded.skipped.push(e),
        }
        return loaded;
    }
    if is_url(path) {
        match load_url(path) {
            Ok(docs) => loaded.documents.extend(docs),
            Err(e) => loaded.skipped.push(e),
        }
        return loaded;
    }
    let p = Path::new(path);
    let meta = match fs::metadata(p) {
        Ok(m) => m,
        Err(e) => {
            loaded.skipped.push(IngestError::new(path, io_reason(&e)));
            return loaded;
        }
    };
    if meta.is_dir() {
        let files = article_files(p);
        if files.is_empty() {
            loaded
                .skipped
                .push(IngestError::new(path, Reason::NoArticles));
        }
        for file in files {
            let name = file.to_string_lossy().into_owned();
            match load_file(&name, &file) {
                Ok(docs) => loaded.documents.extend(docs),
                Err(e) => loaded.skipped.push(e),
            }
        }
    } else {
        match load_file(path, p) {
            Ok(docs) => loaded.documents.extend(docs),
            Err(e) => loaded.skipped.push(e),
        }
    }
    loaded
}

/// An http or https address (anything else is a path).
pub fn is_url(path: &str) -> bool {
    let lower = path.get(..8).unwrap_or(path).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn load_url(url: &str) -> Result<Vec<Document>, IngestError> {
    let bytes = super::fetch::fetch(url).map_err(|e| {
        // The fetcher names the URL itself; the message names it already.
        let reason = e
            .strip_prefix(&format!("{url}: "))
            .unwrap_or(&e)
            .to_string();
        IngestError::new(url, Reason::Fetch(reason))
    })?;
    // The URL's path may end in a telling extension (".rss", ".html").
    let path_part = url.split(['?', '#']).next().unwrap_or(url);
    parse_bytes(url, Some(Path::new(path_part)), bytes)
}

fn io_reason(e: &io::Error) -> Reason {
    match e.kind() {
        io::ErrorKind::NotFound => Reason::NotFound,
        _ => Reason::Unreadable(e.to_string()),
    }
}

fn load_file(name: &str, path: &Path) -> Result<Vec<Document>, IngestError> {
    let fail = |reason| IngestError::new(name, reason);
    let file = fs::File::open(path).map_err(|e| fail(io_reason(&e)))?;
    let meta = file.metadata().map_err(|e| fail(io_reason(&e)))?;
    if meta.is_dir() {
        return Err(fail(Reason::Unreadable("is a directory".into())));
    }
    // Refuse a huge file before reading it; pipes and devices report no
    // length, so the read itself is capped too.
    let known = meta.is_file().then_some(meta.len());
    if let Some(len) = known {
        check_size(len).map_err(fail)?;
    }
    let bytes = read_limited(file, known).map_err(fail)?;
    parse_bytes(name, Some(path), bytes)
}

/// Refuses sizes over [`MAX_BYTES`].
pub fn check_size(len: u64) -> Result<(), Reason> {
    if len > MAX_BYTES {
        Err(Reason::TooLarge { bytes: len })
    } else {
        Ok(())
    }
}

fn read_limited(reader: impl Read, size_hint: Option<u64>) -> Result<Vec<u8>, Reason> {
    let mut bytes = Vec::with_capacity(size_hint.unwrap_or(0) as usize);
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > MAX_BYTES {
        // The true size of a stream is unknown: say at least how much came.
        return Err(Reason::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Every article file below `dir`, in a stable order (sorted by path),
/// skipping hidden entries, symlinked directories and non-article files.
fn article_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, out);
        } else if is_regular_file(&path) && is_article_file(&path) {
            out.push(path);
        }
    }
}

/// A regular file, or a symlink to one: a FIFO or device named `x.txt` in a
/// folder would block the read forever (an explicit path is still read, so
/// `hark text <(cmd)` works).
fn is_regular_file(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// Known article extensions; `.json` and `.xml` only when they hold a feed
/// or page (not any data file); a file with no extension when its first
/// bytes look like text.
fn is_article_file(path: &Path) -> bool {
    let head = || {
        let mut head = vec![0u8; 8192];
        let n = fs::File::open(path)
            .and_then(|mut f| f.read(&mut head))
            .unwrap_or(0);
        head.truncate(n);
        head
    };
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) => {
            let ext = ext.to_ascii_lowercase();
            if !ARTICLE_EXTENSIONS.contains(&ext.as_str()) {
                return false;
            }
            if ext == "json" || ext == "xml" {
                return matches!(detect(None, &head()), Format::Feed | Format::Html);
            }
            true
        }
        None => {
            let head = head();
            !head.is_empty() && !head.contains(&0)
        }
    }
}

/// Reads one input's bytes into its articles.
pub fn parse_bytes(
    name: &str,
    path: Option<&Path>,
    bytes: Vec<u8>,
) -> Result<Vec<Document>, IngestError> {
    let fail = |reason| IngestError::new(name, reason);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail(Reason::Empty));
    }
    let bytes = match decode_utf16(&bytes) {
        Some(utf8) => utf8.into_bytes(),
        None => bytes,
    };
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(fail(Reason::Binary { offset }));
    }
    let format = detect(path, &bytes);
    match format {
        Format::Html => html::parse(name, &bytes)
            .map(|doc| vec![doc])
            .map_err(|message| fail(Reason::Unparsable { format, message })),
        Format::Feed => {
            let docs = feed::parse(name, &bytes)
                .map_err(|message| fail(Reason::Unparsable { format, message }))?;
            if docs.is_empty() {
                return Err(fail(Reason::NoItems));
            }
            Ok(docs)
        }
        Format::Text | Format::Markdown => {
            let (source, warning) = decode_utf8(bytes);
            let mut doc = if format == Format::Text {
                text::parse(name, source)
            } else {
                markdown::parse(name, source)
            };
            doc.warnings.extend(warning);
            Ok(vec![doc])
        }
    }
}

/// UTF-16 with a byte-order mark, as some Windows tools save text.
fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let (encoding, _) = encoding_rs::Encoding::for_bom(bytes)?;
    if encoding == encoding_rs::UTF_8 {
        return None;
    }
    let (text, _, _) = encoding.decode(bytes);
    Some(text.into_owned())
}

/// Decodes UTF-8, replacing invalid sequences and saying where the first was.
fn decode_utf8(bytes: Vec<u8>) -> (String, Option<String>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            (text, Some(invalid_utf8_warning(at)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("hark-ingest-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn err_of(path: &Path) -> String {
        load(path.to_str().unwrap()).unwrap_err().to_string()
    }

    #[test]
    fn missing_path() {
        let p = temp_dir("missing").join("nope.txt");
        assert_eq!(
            err_of(&p),
            format!("{}: no such file or directory", p.display())
        );
    }

    #[test]
    fn directory_without_articles() {
        let dir = temp_dir("noarticles");
        fs::write(dir.join("photo.jpg"), [0xFF, 0xD8, 0]).unwrap();
        fs::write(dir.join(".hidden.txt"), "Hidden\n\nText.").unwrap();
        assert_eq!(
            err_of(&dir),
            format!(
                "{}: no articles in this directory (looked for .txt, .md, .html and feed files)",
                dir.display()
            )
        );
    }

    #[test]
    fn empty_and_binary_files() {
        let dir = temp_dir("emptybin");
        let empty = dir.join("empty.txt");
        fs::write(&empty, " \n").unwrap();
        assert_eq!(
            err_of(&empty),
            format!("{}: empty file, nothing to read", empty.display())
        );
        let bin = dir.join("bin.txt");
        fs::write(&bin, b"ab\0cd").unwrap();
        assert_eq!(
            err_of(&bin),
            format!(
                "{}: binary file (NUL byte at offset 2), not an article",
                bin.display()
            )
        );
    }

    #[test]
    fn invalid_utf8_is_read_with_a_warning() {
        let dir = temp_dir("utf8");
        let f = dir.join("latin1.txt");
        fs::write(&f, b"Caf\xe9 news\n\nBody.\n").unwrap();
        let docs = load(f.to_str().unwrap()).unwrap();
        assert_eq!(docs[0].meta.title.as_deref(), Some("Caf\u{FFFD} news"));
        assert_eq!(
            docs[0].warnings,
            ["invalid UTF-8 at byte 3, replaced with U+FFFD"]
        );
    }

    #[test]
    fn too_large_file_is_refused_without_reading() {
        let dir = temp_dir("large");
        let f = dir.join("big.txt");
        let file = fs::File::create(&f).unwrap();
        // A sparse file: no 100 MB is written or read.
        file.set_len(MAX_BYTES + 1).unwrap();
        assert_eq!(
            err_of(&f),
            format!(
                "{}: file too large (104857601 bytes; the limit is 100 MB)",
                f.display()
            )
        );
        assert!(check_size(MAX_BYTES).is_ok());
        fs::remove_file(&f).unwrap();
    }

    #[test]
    fn directories_are_walked_in_sorted_order_and_bad_files_reported() {
        let dir = temp_dir("walk");
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("b.txt"), "B title\n\nBody.").unwrap();
        fs::write(dir.join("sub/a.md"), "# A title\n\nBody.").unwrap();
        fs::write(dir.join("a.txt"), "A title\n\nBody.").unwrap();
        fs::write(dir.join("empty.md"), "").unwrap();
        fs::write(dir.join("notes"), "N title\n\nBody.").unwrap();
        fs::write(dir.join("image.png"), [0x89, b'P', 0]).unwrap();
        fs::write(dir.join("data.json"), "{\"a\": 1}").unwrap();
        fs::write(dir.join("config.xml"), "<config/>").unwrap();
        let loaded = load_path(dir.to_str().unwrap());
        let titles: Vec<_> = loaded
            .documents
            .iter()
            .map(|d| d.meta.title.clone().unwrap_or_default())
            .collect();
        assert_eq!(titles, ["A title", "B title", "N title", "A title"]);
        assert_eq!(loaded.documents[3].format, Format::Markdown);
        assert_eq!(loaded.skipped.len(), 1);
        assert!(
            loaded.skipped[0]
                .to_string()
                .ends_with("empty.md: empty file, nothing to read")
        );
    }

    #[test]
    fn urls_are_fetched_not_opened() {
        assert!(is_url("https://example.com/a"));
        assert!(is_url("HTTP://example.com"));
        assert!(!is_url("http.txt"));
        // Nothing listens on port 9 of this machine: a quick, offline failure.
        let err = load("http://127.0.0.1:9/story").unwrap_err().to_string();
        assert!(
            err.starts_with("http://127.0.0.1:9/story: cannot fetch: "),
            "{err}"
        );
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Title\n\nBody.".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let docs = parse_bytes("u.txt", None, bytes).unwrap();
        assert_eq!(docs[0].meta.title.as_deref(), Some("Title"));
    }

    #[test]
    fn input_files_are_never_written() {
        let dir = temp_dir("readonly");
        let f = dir.join("a.txt");
        fs::write(&f, "Title\n\nBody.").unwrap();
        let before = fs::metadata(&f).unwrap().modified().unwrap();
        load(f.to_str().unwrap()).unwrap();
        assert_eq!(fs::read_to_string(&f).unwrap(), "Title\n\nBody.");
        assert_eq!(fs::metadata(&f).unwrap().modified().unwrap(), before);
    }
}
