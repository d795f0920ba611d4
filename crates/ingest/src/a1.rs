/// The A1 name of a zero-based (row, column), e.g. (6, 1) → `B7`.
///
/// Made without formatting: every answer, feedback and unmatched cell of
/// a merge is named (a thousand responses, tens of thousands of cells).
pub fn cell_name(row: u32, col: u32) -> String {
    // Up to 7 letters (u32::MAX + 1 columns) and 10 digits.
    let mut letters = [0u8; 7];
    let mut start = letters.len();
    let mut n = u64::from(col) + 1;
    while n > 0 {
        start -= 1;
        letters[start] = b'A' + ((n - 1) % 26) as u8;
        n = (n - 1) / 26;
    }
    let mut digits = [0u8; 10];
    let mut first = digits.len();
    let mut n = u64::from(row) + 1;
    while n > 0 {
        first -= 1;
        digits[first] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let mut name = String::with_capacity(letters.len() - start + digits.len() - first);
    name.extend(
        letters[start..]
            .iter()
            .chain(&digits[first..])
            .map(|&b| char::from(b)),
    );
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cells_like_excel() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 1), "B7");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
        assert_eq!(cell_name(9, 701), "ZZ10");
        assert_eq!(cell_name(u32::MAX, u32::MAX), "MWLQKWV4294967296");
    }
}
