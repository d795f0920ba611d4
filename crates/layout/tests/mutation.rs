//! Mutation test: thousands of randomly corrupted copies of the sample
//! responses are read; none may panic or abort. Bounded in count and time.
use koonti_ingest::{Limits, read_bytes};
use koonti_layout::{ProgrammeIndex, read_response, readers};
use std::io::{Cursor, Read, Write};
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift64*), so a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn samples() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/siun-sote-2024");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("samples")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read(p).expect("sample"))
        .collect()
}

/// Flips, deletes, duplicates or overwrites a few bytes.
fn mutate_bytes(bytes: &mut Vec<u8>, rng: &mut Rng) {
    for _ in 0..1 + rng.below(8) {
        if bytes.is_empty() {
            return;
        }
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => bytes[at] = rng.next() as u8,
            2 => {
                bytes.remove(at);
            }
            3 => bytes.insert(at, rng.next() as u8),
            _ => bytes.truncate(at),
        }
    }
}

/// Mutates the XML inside the workbook's zip and zips it again, so the
/// mutation reaches the XML parsers instead of failing the CRC check.
fn mutate_inside(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return bytes.to_vec();
    };
    let target = rng.below(archive.len());
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(i) else {
            continue;
        };
        let Ok(name) = entry.name().map(|n| n.to_string()) else {
            continue;
        };
        let mut content = Vec::new();
        if entry.read_to_end(&mut content).is_err() {
            continue;
        }
        if i == target {
            mutate_xml(&mut content, rng);
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        out.write_all(&content).expect("write");
    }
    out.finish().expect("zip").into_inner()
}

/// XML-aware mutations: numbers in attributes (cell references, counts,
/// dimensions) made huge or odd, tags dropped, bytes corrupted.
fn mutate_xml(content: &mut Vec<u8>, rng: &mut Rng) {
    const ODD: [&[u8]; 8] = [
        b"XFD1048576",
        b"A0",
        b"4294967295",
        b"-1",
        b"",
        b"ZZZZZ9",
        b"1E308",
        b"\xff\xfe",
    ];
    for _ in 0..1 + rng.below(4) {
        if content.is_empty() {
            return;
        }
        let at = rng.below(content.len());
        match rng.below(3) {
            0 => {
                let quote = content[at..]
                    .iter()
                    .position(|b| *b == b'"')
                    .map(|p| at + p + 1);
                if let Some(start) = quote {
                    let end = content[start..]
                        .iter()
                        .position(|b| *b == b'"')
                        .map_or(start, |p| start + p);
                    let odd = ODD[rng.below(ODD.len())];
                    content.splice(start..end, odd.iter().copied());
                }
            }
            1 => {
                let end = (at + 1 + rng.below(64)).min(content.len());
                content.drain(at..end);
            }
            _ => mutate_bytes(content, rng),
        }
    }
}

#[test]
fn corrupted_samples_never_panic() {
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let index = ProgrammeIndex::new(programme);
    let readers = readers();
    let samples = samples();
    let limits = Limits::default();
    let mut rng = Rng(0x5EED_0000_0004);
    let started = Instant::now();
    let (mut read, mut refused) = (0, 0);
    for round in 0..3000 {
        if started.elapsed() > Duration::from_secs(60) {
            break;
        }
        let original = &samples[round % samples.len()];
        let bytes = if rng.below(2) == 0 {
            let mut b = original.clone();
            mutate_bytes(&mut b, &mut rng);
            b
        } else {
            mutate_inside(original, &mut rng)
        };
        match read_bytes(bytes, "mutantti.xlsx", &limits) {
            Ok(workbook) => {
                read += 1;
                let response = read_response(&workbook, &index, &readers).expect("a reader");
                assert_eq!(response.file, "mutantti.xlsx");
            }
            Err(err) => {
                refused += 1;
                let code = err.finding_code();
                assert!(!koonti_messages::finding_code(&code, koonti_model::Lang::Fi).is_empty());
            }
        }
    }
    assert!(
        read + refused >= 500,
        "too few rounds in the time bound: {read} read, {refused} refused"
    );
    eprintln!("mutation test: {read} read, {refused} refused");
}
