//! `hark URL`: fetching a page or feed over http(s) with ureq, with a time
//! limit and a size cap so that a slow or endless server cannot hang hark.

use std::time::Duration;

/// The whole request (connect, redirects, body) must finish within this.
pub const TIMEOUT: Duration = Duration::from_secs(30);
/// Bodies larger than this are refused (the same cap as for files).
pub const MAX_BYTES: u64 = 100 * 1024 * 1024;

/// The body of `url` (http or https), following redirects.
pub fn fetch(url: &str) -> Result<Vec<u8>, String> {
    fetch_with(url, TIMEOUT, MAX_BYTES)
}

/// [`fetch`] with an explicit time limit and size cap.
pub fn fetch_with(url: &str, timeout: Duration, max_bytes: u64) -> Result<Vec<u8>, String> {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(format!("{url}: only http and https URLs can be fetched"));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(10)
        .user_agent(concat!("hark/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| describe(url, e, max_bytes))?;
    response
        .body_mut()
        .with_config()
        .limit(max_bytes)
        .read_to_vec()
        .map_err(|e| describe(url, e, max_bytes))
}

fn describe(url: &str, error: ureq::Error, max_bytes: u64) -> String {
    match error {
        ureq::Error::StatusCode(code) => format!("{url}: the server answered HTTP {code}"),
        ureq::Error::Timeout(_) => format!("{url}: timed out"),
        ureq::Error::BodyExceedsLimit(_) if max_bytes >= 1024 * 1024 => {
            format!("{url}: larger than {} MB", max_bytes / (1024 * 1024))
        }
        ureq::Error::BodyExceedsLimit(_) => format!("{url}: larger than {max_bytes} bytes"),
        e => format!("{url}: {e}"),
    }
}
