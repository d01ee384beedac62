//! What `hark speakers`, `hark compare` and the exports print, on a
//! hand-built library.

mod library_fixture;

use hark::library::export::{self, ExportFormat};
use hark::library::{Library, QuoteId, report};
use hark::model::SpeakerKind;
use library_fixture::{hand_doc, person, speaker};

fn library() -> Library {
    let mut a = hand_doc(
        "wire/a.txt",
        "Mayor promises budget",
        vec![
            person("Jane Doe", &["Doe"], Some("the mayor of Springfield")),
            speaker("City workers", &[], None, SpeakerKind::Group),
        ],
        &[
            (
                "The budget for next year will be ready in May, and taxes will stay as they are",
                0,
            ),
            ("We want a raise", 1),
        ],
    );
    a.meta.outlet = Some("Springfield Post".into());
    a.meta.date = Some("May 1, 2024".into());
    a.meta.url = Some("https://example.com/a".into());
    let mut b = hand_doc(
        "wire/b.txt",
        "Doe: no new taxes",
        vec![person("Doe", &[], Some("Mayor"))],
        &[(
            "next year's budget will be done in May and taxes will stay as they are",
            0,
        )],
    );
    b.meta.outlet = Some("Daily Planet".into());
    Library::new(vec![a, b])
}

#[test]
fn speakers_json_has_the_documented_fields() {
    let lib = library();
    let out = report::speakers_json(&lib);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["name"], "Jane Doe");
    assert_eq!(lines[0]["aliases"], serde_json::json!(["Doe"]));
    assert_eq!(
        lines[0]["roles"],
        serde_json::json!([
            {"file": "wire/a.txt", "role": "the mayor of Springfield"},
            {"file": "wire/b.txt", "role": "Mayor"}
        ])
    );
    assert_eq!(
        lines[0]["articles"],
        serde_json::json!(["wire/a.txt", "wire/b.txt"])
    );
    assert_eq!(lines[0]["quotes"], 2);
    assert_eq!(lines[1]["name"], "City workers");
}

#[test]
fn compare_json_has_the_documented_fields() {
    let lib = library();
    let out = report::compare_json(&lib);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{out}");
    let m = &lines[0];
    assert_eq!(m["speaker"], "Jane Doe");
    assert!(m["similarity"].as_f64().unwrap() > 0.5);
    let q = &m["quotes"][1];
    assert_eq!(q["file"], "wire/b.txt");
    let doc = &lib.documents[1];
    let (start, end) = (
        q["start"].as_u64().unwrap() as usize,
        q["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&doc.source[start..end], q["text"].as_str().unwrap());
}

#[test]
fn human_readable_views() {
    let lib = library();
    insta::assert_snapshot!("speakers_text", report::speakers_text(&lib));
    insta::assert_snapshot!("compare_text", report::compare_text(&lib));
}

#[test]
fn exports_carry_citations() {
    let lib = library();
    let ids = lib.quotes_of(0).to_vec();
    let records = export::library_records(&lib, &ids);
    assert_eq!(records.len(), 2);
    assert_eq!(
        records[1].speaker.as_deref(),
        Some("Jane Doe"),
        "library name, not the bare surname"
    );
    assert_eq!(
        records[1].role.as_deref(),
        Some("Mayor"),
        "each source's own role wording"
    );
    insta::assert_snapshot!(
        "export_markdown",
        export::render(&records, ExportFormat::Markdown)
    );
    insta::assert_snapshot!("export_csv", export::render(&records, ExportFormat::Csv));
    let json = export::render(&records, ExportFormat::Json);
    let first: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(first["outlet"], "Springfield Post");
    assert_eq!(first["url"], "https://example.com/a");
    let copy = export::quote_with_citation(&records[0]);
    assert!(copy.starts_with("“The budget"));
    assert!(
        copy.ends_with("May 1, 2024. https://example.com/a"),
        "{copy}"
    );
    assert!(export::osc52(&copy).starts_with("\x1b]52;c;"));
}

#[test]
fn document_export_for_hark_quotes_format() {
    let lib = library();
    let csv = export::export_documents(&lib.documents, ExportFormat::Csv);
    assert_eq!(csv.lines().count(), 1 + 3);
    assert!(
        csv.lines().nth(3).unwrap().contains(",Doe,Mayor,"),
        "document export keeps the article's own name"
    );
    assert!("markdown".parse::<ExportFormat>().is_ok());
    assert!("xml".parse::<ExportFormat>().is_err());
    let _ = QuoteId { doc: 0, quote: 0 };
}

/// The `--format` flag as `hark quotes` is to declare it parses with clap.
#[test]
fn export_format_works_as_a_clap_flag() {
    use clap::Parser;
    #[derive(Parser)]
    struct Args {
        #[arg(long)]
        format: Option<ExportFormat>,
    }
    let args = Args::try_parse_from(["hark", "--format", "csv"]).unwrap();
    assert_eq!(args.format, Some(ExportFormat::Csv));
    assert!(Args::try_parse_from(["hark", "--format", "xml"]).is_err());
}
