//! A look at an OLE2 container's sector chains as calamine will walk them,
//! before calamine opens it.
//!
//! calamine (0.38) follows each chain of the FAT until its end mark or the
//! length it expects (the directory: no length at all), without noticing a
//! chain that comes back to a sector it has read: a 1.6 KB file whose
//! directory chain loops made it allocate until the process died (found by
//! the fuzz target). This walks the same chains, built the same way, and
//! says whether one would loop; every walk is bounded by the file's
//! sectors.

const RESERVED_SECTORS: u32 = 0xFFFF_FFFA;
const DIFSECT: u32 = 0xFFFF_FFFC;
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
/// calamine reads a stream under this size from the mini stream.
const MINI_CUTOFF: usize = 4096;
const MINI_SECTOR: usize = 64;

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn words(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// Sectors as calamine numbers them: sector `id` after the header's own.
struct Sectors<'a> {
    data: &'a [u8],
    size: usize,
    max_id: u32,
}

impl<'a> Sectors<'a> {
    fn get(&self, id: u32) -> Option<&'a [u8]> {
        if id > self.max_id {
            return None;
        }
        let start = (id as usize).checked_mul(self.size)?;
        let end = start.checked_add(self.size)?.min(self.data.len());
        self.data.get(start..end)
    }

    /// The chain from `start` in `table` up to `len` bytes, or `None` when
    /// it comes back to a sector before it has `len` bytes (a loop).
    fn chain(&self, start: u32, table: &[u32], len: usize) -> Option<Vec<u8>> {
        let mut seen = vec![false; self.max_id as usize + 1];
        let mut out = Vec::new();
        let mut id = start;
        while id != END_OF_CHAIN {
            let Some(sector) = self.get(id) else {
                return Some(out); // calamine stops with an error
            };
            if std::mem::replace(&mut seen[id as usize], true) {
                return None;
            }
            out.extend_from_slice(&sector[..sector.len().min(len - out.len())]);
            if out.len() >= len {
                break;
            }
            match table.get(id as usize) {
                Some(&next) => id = next,
                None => break, // calamine panics (caught)
            }
        }
        Some(out)
    }
}

/// True when calamine would follow a looping chain of the container in
/// `bytes` (a .xls), and so must not be given it.
pub(crate) fn chains_loop(bytes: &[u8]) -> bool {
    walk(bytes).is_none()
}

/// `None` for a loop; `Some` when every chain calamine walks ends (or
/// calamine stops on an error first).
fn walk(bytes: &[u8]) -> Option<()> {
    let size: usize = match bytes.get(30..32).map(|b| u16::from_le_bytes([b[0], b[1]])) {
        Some(9) => 512,
        Some(12) => 4096,
        _ => return Some(()), // calamine refuses the header
    };
    let Some(data) = bytes.get(size..) else {
        return Some(());
    };
    let sectors = Sectors {
        data,
        size,
        max_id: (bytes.len() / size) as u32,
    };
    let field = |at| u32_at(bytes, at).unwrap_or(END_OF_CHAIN);
    let mut difat: Vec<u32> = (0..109).map(|i| field(0x4C + 4 * i)).collect();
    let mut next = field(0x44);
    let mut steps = 0usize;
    while next < RESERVED_SECTORS {
        steps += 1;
        if steps > sectors.max_id as usize + 1 {
            return Some(());
        }
        let Some(sector) = sectors.get(next) else {
            return Some(());
        };
        difat.extend(words(sector));
        next = difat.pop()?;
    }
    let fat: Vec<u32> = difat
        .iter()
        .filter(|&&id| id < DIFSECT)
        .filter_map(|&id| sectors.get(id))
        .flat_map(words)
        .collect();
    let directory = sectors.chain(field(0x30), &fat, usize::MAX)?;
    let wide = size == 4096;
    // (start, length) of each entry, as calamine reads them.
    let entries: Vec<(u32, usize)> = directory
        .chunks_exact(128)
        .map(|raw| {
            let len = if wide {
                raw.get(120..128)
                    .and_then(|b| b.try_into().ok())
                    .map_or(0, u64::from_le_bytes)
            } else {
                u64::from(u32_at(raw, 120).unwrap_or(0))
            };
            (
                u32_at(raw, 116).unwrap_or(END_OF_CHAIN),
                usize::try_from(len).unwrap_or(usize::MAX),
            )
        })
        .collect();
    let &(root_start, root_len) = entries.first()?;
    let mini_fat_len = field(0x40) as usize;
    let (mini_fat, mini_stream) = if mini_fat_len > 0 {
        let stream = sectors.chain(root_start, &fat, root_len)?;
        let mini_fat = sectors.chain(field(0x3C), &fat, mini_fat_len.saturating_mul(size))?;
        (words(&mini_fat), stream)
    } else {
        (Vec::new(), Vec::new())
    };
    let mini = Sectors {
        data: &mini_stream,
        size: MINI_SECTOR,
        max_id: sectors.max_id.saturating_mul(8),
    };
    for &(start, len) in &entries[1..] {
        if len < MINI_CUTOFF {
            mini.chain(start, &mini_fat, len)?;
        } else {
            sectors.chain(start, &fat, len)?;
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 512-byte-sector container: header, one FAT sector (sector 0) and
    /// one directory sector (sector 1) whose FAT entry is `directory_next`.
    fn container(directory_next: u32) -> Vec<u8> {
        let mut bytes = vec![0u8; 512 * 3];
        bytes[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        bytes[30..32].copy_from_slice(&9u16.to_le_bytes());
        bytes[0x30..0x34].copy_from_slice(&1u32.to_le_bytes()); // directory at 1
        bytes[0x3C..0x40].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        bytes[0x44..0x48].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        for i in 0..109 {
            let id: u32 = if i == 0 { 0 } else { 0xFFFF_FFFF };
            bytes[0x4C + 4 * i..0x50 + 4 * i].copy_from_slice(&id.to_le_bytes());
        }
        let fat = 512;
        bytes[fat..fat + 4].copy_from_slice(&0xFFFF_FFFDu32.to_le_bytes());
        bytes[fat + 4..fat + 8].copy_from_slice(&directory_next.to_le_bytes());
        // The root entry: a start and no length.
        let dir = 1024;
        bytes[dir + 116..dir + 120].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        bytes
    }

    #[test]
    fn a_directory_chain_that_ends_is_passed_and_one_that_loops_is_not() {
        assert!(!chains_loop(&container(END_OF_CHAIN)));
        assert!(chains_loop(&container(1)), "sector 1 points to itself");
    }

    #[test]
    fn the_fuzzers_looping_file_is_caught() {
        // The head of the 1.6 KB file the fuzz target found: its directory
        // chain starts at sector 0, the FAT's own sector, which points
        // back to itself.
        let mut bytes = container(END_OF_CHAIN);
        bytes[0x30..0x34].copy_from_slice(&0u32.to_le_bytes());
        bytes[512..516].copy_from_slice(&0u32.to_le_bytes());
        assert!(chains_loop(&bytes));
    }

    #[test]
    fn headers_calamine_refuses_are_left_to_it() {
        assert!(!chains_loop(&[0u8; 10]));
        let mut odd = container(1);
        odd[30..32].copy_from_slice(&10u16.to_le_bytes());
        assert!(!chains_loop(&odd));
    }
}
