/// The A1 name of a zero-based (row, column), e.g. (6, 1) → `B7`.
pub fn cell_name(row: u32, col: u32) -> String {
    format!("{}{}", column_name(col), u64::from(row) + 1)
}

fn column_name(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
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
    }
}
