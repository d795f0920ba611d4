//! What the bytes are, and the limits on what a package may inflate to.
use super::*;

fn kind(bytes: &[u8]) -> FileKind {
    sniff(bytes, &Limits::default()).expect("within limits")
}

#[test]
fn tells_non_workbooks_apart() {
    assert_eq!(kind(b""), FileKind::Empty);
    assert_eq!(kind(b"%PDF-1.7\n..."), FileKind::Pdf);
    assert_eq!(
        kind(b"\xef\xbb\xbf<!DOCTYPE html><html><table>"),
        FileKind::Html
    );
    assert_eq!(kind(b"yksikko;toimenpide;tila\nA;1.1;x\n"), FileKind::Text);
    assert_eq!(kind(b"PK\x03\x04 truncated"), FileKind::CorruptZip);
    assert_eq!(kind(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), FileKind::Image);
    assert_eq!(kind(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), FileKind::Image);
    assert_eq!(kind(b"BMW;Audi\nA;B\n"), FileKind::Text);
    assert_eq!(
        kind(b"From: Pelastuslaitos <p@example.fi>\r\nSubject: Vastaus\r\nDate: Mon, 1 Dec 2025\r\n\r\nTeksti"),
        FileKind::Email
    );
    assert_eq!(
        kind(&[0u8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16]),
        FileKind::Unknown
    );
}

#[test]
fn tells_ole2_files_apart() {
    let mut encrypted = CFB_MAGIC.to_vec();
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(kind(&encrypted), FileKind::Encrypted);
    assert_eq!(kind(&CFB_MAGIC), FileKind::Xls);
}

#[test]
fn zip_entries_decide_the_kind_and_bombs_are_refused() {
    use std::io::Write;
    let zip_of = |entries: &[(&str, usize)]| {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, size) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            zip.write_all(&vec![b'a'; *size]).expect("write");
        }
        zip.finish().expect("zip").into_inner()
    };
    assert_eq!(kind(&zip_of(&[("xl/workbook.xml", 10)])), FileKind::Xlsx);
    assert_eq!(
        kind(&zip_of(&[("mimetype", 5), ("content.xml", 5)])),
        FileKind::Ods
    );
    assert_eq!(kind(&zip_of(&[("word/document.xml", 5)])), FileKind::Word);
    assert_eq!(kind(&zip_of(&[("kuva.png", 5)])), FileKind::OtherZip);
    let limits = Limits {
        max_uncompressed_bytes: 1000,
        ..Limits::default()
    };
    let bomb = zip_of(&[("xl/workbook.xml", 10), ("xl/worksheets/sheet1.xml", 5000)]);
    assert!(bomb.len() < 1000, "compresses well");
    let err = sniff(&bomb, &limits).expect_err("refused");
    assert!(
        matches!(
            err,
            Limit::Unpacked {
                unpacked: 5010,
                max: 1000,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_zip_that_understates_its_sizes_cannot_inflate_past_them() {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("xl/workbook.xml", options).expect("entry");
    zip.write_all(b"<workbook/>").expect("write");
    zip.start_file("xl/sharedStrings.xml", options)
        .expect("entry");
    zip.write_all(&vec![b'a'; 5000]).expect("write");
    let mut bytes = zip.finish().expect("zip").into_inner();
    // Claim 10 bytes for the 5000-byte entry in the central directory.
    let name = b"xl/sharedStrings.xml";
    let at = bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == b"PK\x01\x02")
        .map(|(i, _)| i)
        .find(|i| bytes.get(i + 46..i + 46 + name.len()) == Some(&name[..]))
        .expect("central entry");
    bytes[at + 24..at + 28].copy_from_slice(&10u32.to_le_bytes());
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("zip");
    let mut entry = archive.by_name("xl/sharedStrings.xml").expect("entry");
    let mut out = Vec::new();
    let result = std::io::Read::read_to_end(&mut entry, &mut out);
    assert!(
        result.is_err(),
        "the reader refuses to inflate past the declared size"
    );
    assert!(out.len() <= 11, "{} bytes inflated", out.len());
}
