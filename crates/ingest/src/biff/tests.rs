use super::pack::pack_cells;

use super::*;

/// A file's cell budget of `cells` a sheet and in all.
fn budget(cells: usize) -> crate::sheets::CellBudget {
    crate::sheets::CellBudget::new(&crate::Limits {
        max_cells: cells,
        max_file_cells: cells,
        ..crate::Limits::default()
    })
}

/// A BIFF record's bytes.
pub fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut out = typ.to_le_bytes().to_vec();
    out.extend((data.len() as u16).to_le_bytes());
    out.extend(data);
    out
}

fn number(row: u16, col: u16) -> Vec<u8> {
    let mut data = row.to_le_bytes().to_vec();
    data.extend(col.to_le_bytes());
    data.extend(0u16.to_le_bytes());
    data.extend(1.0f64.to_le_bytes());
    record(0x0203, &data)
}

/// A BIFF8 workbook stream with one sheet holding `body`.
pub fn stream(name: &str, body: &[Vec<u8>]) -> Vec<u8> {
    streams(&[(name, body)])
}

/// A BIFF8 workbook stream with a sheet for each (name, body).
pub fn streams(sheets: &[(&str, &[Vec<u8>])]) -> Vec<u8> {
    let bof = record(0x0809, &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]);
    let eof = record(0x000A, &[]);
    let boundsheet = |pos: usize, name: &str| {
        let mut data = (pos as u32).to_le_bytes().to_vec();
        data.extend([0, 0, name.len() as u8, 0]);
        data.extend(name.as_bytes());
        record(0x0085, &data)
    };
    let mut pos = bof.len() + eof.len();
    pos += sheets
        .iter()
        .map(|(name, _)| boundsheet(0, name).len())
        .sum::<usize>();
    let mut out = bof.clone();
    let mut substreams = Vec::new();
    for (name, body) in sheets {
        out.extend(boundsheet(pos, name));
        let mut substream = bof.clone();
        for r in *body {
            substream.extend(r);
        }
        substream.extend(&eof);
        pos += substream.len();
        substreams.extend(substream);
    }
    out.extend(&eof);
    out.extend(substreams);
    out
}

#[test]
fn measures_the_area_between_the_cells_and_the_claimed_dimensions() {
    let mut dims = 0u32.to_le_bytes().to_vec();
    dims.extend(65536u32.to_le_bytes());
    dims.extend([0, 0, 0, 1, 0, 0]);
    let s = stream(
        "Kulmat",
        &[record(0x0200, &dims), number(0, 0), number(65535, 255)],
    );
    let sheets = extents(&s);
    assert_eq!(sheets.len(), 1);
    assert_eq!(sheets[0].name, "Kulmat");
    assert_eq!((sheets[0].rows, sheets[0].cols), (65536, 256));
    assert_eq!(sheets[0].claimed, 65536 * 256);
    let small = extents(&stream("A", &[number(3, 1), number(4, 2)]));
    assert_eq!(small[0].area(), 4);
}

/// Packing moves the cells together (the grid calamine lays out is
/// then about as large as the cells), keeps every record's length,
/// and walks hostile bytes without a panic.
#[test]
fn packed_cells_span_their_count_not_their_area() {
    let mut dims = 0u32.to_le_bytes().to_vec();
    dims.extend(65536u32.to_le_bytes());
    dims.extend([0, 0, 0, 1, 0, 0]);
    let body = [
        record(0x0200, &dims),
        number(0, 0),
        number(65535, 255),
        number(30000, 9),
    ];
    let mut s = stream("Kulmat", &body);
    let before = s.len();
    let packed = pack_cells(&mut s, budget(100));
    assert_eq!(s.len(), before);
    let measured = extents(&s);
    assert_eq!((measured[0].rows, measured[0].cols), (1, 3));
    assert_eq!(measured[0].claimed, 1);
    assert_eq!(packed[0].origin(0, 1), Some((65535, 255)));
    assert_eq!(packed[0].origin(0, 2), Some((30000, 9)));
    assert_eq!(packed[0].origin(0, 3), None);
    let original = stream("Kulmat", &body);
    for cut in 0..original.len() {
        let _ = pack_cells(&mut original[..cut].to_vec(), budget(2));
    }
}

#[test]
fn a_label_continued_is_read_whole_and_garbage_is_no_panic() {
    let mut label = vec![2, 0, 1, 0, 0, 0];
    label.extend(6u16.to_le_bytes());
    label.push(0);
    label.extend(b"abc");
    let cont = record(0x003C, &[1, b'd', 0, b'e', 0, b'f', 0]);
    let s = stream("L", &[[record(0x0204, &label), cont].concat()]);
    let sheets = extents(&s);
    assert_eq!(
        sheets[0].long_texts.get(&(2, 1)).map(String::as_str),
        Some("abcdef")
    );
    for cut in 0..s.len() {
        let _ = extents(&s[..cut]);
    }
}
