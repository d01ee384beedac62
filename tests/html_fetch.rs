//! `fetch` against a tiny HTTP server on 127.0.0.1 started by the test.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::Duration;

use hark::ingest::{fetch, html};

/// Serves one response per connection, for `connections` connections.
fn serve(connections: usize, respond: fn(&str) -> Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(connections) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let _ = stream.write_all(&respond(&path));
        }
    });
    format!("http://{addr}")
}

fn response(status: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

fn page() -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html/captions.html"),
    )
    .unwrap()
}

#[test]
fn a_page_served_on_localhost_is_fetched_and_read() {
    let base = serve(2, |path| match path {
        "/article" => response("200 OK", &page()),
        _ => response("404 Not Found", b"gone"),
    });
    let url = format!("{base}/article");
    let bytes = fetch::fetch(&url).unwrap();
    let doc = html::parse(&url, &bytes).unwrap();
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Harbour town votes to rebuild its old lighthouse")
    );
    let err = fetch::fetch(&format!("{base}/missing")).unwrap_err();
    assert!(err.ends_with("the server answered HTTP 404"), "{err}");
}

#[test]
fn bodies_over_the_cap_are_refused() {
    let base = serve(1, |_| response("200 OK", &vec![b'a'; 10_000]));
    let err = fetch::fetch_with(&base, Duration::from_secs(10), 1000).unwrap_err();
    assert!(err.ends_with("larger than 1000 bytes"), "{err}");
}

#[test]
fn a_silent_server_times_out() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        // Accept and say nothing until the client gives up.
        let conn = listener.accept();
        std::thread::sleep(Duration::from_secs(5));
        drop(conn);
    });
    let start = std::time::Instant::now();
    let err = fetch::fetch_with(&url, Duration::from_millis(500), 1 << 20).unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(3));
    assert!(
        err.contains("timed out") || err.contains("timeout"),
        "{err}"
    );
}

#[test]
fn other_schemes_are_refused() {
    let err = fetch::fetch("ftp://example.com/x").unwrap_err();
    assert!(err.contains("only http and https"), "{err}");
}
