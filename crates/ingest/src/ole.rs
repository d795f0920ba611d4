//! A lenient reader of OLE2 compound files (the container of .xls files):
//! the root's streams by name, and one stream's bytes.
//!
//! calamine reads containers that stricter readers refuse (a FAT claiming
//! sectors past the end, a directory of odd length), so the look koonti
//! takes before calamine opens a file must be as lenient, or a file it
//! cannot see into would reach calamine unmeasured. Every chain is bounded
//! by the sectors the file has; nothing is allocated by what the file
//! claims.
use std::ops::Range;

const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const MAX_SECTOR: u32 = 0xFFFF_FFFA;
/// calamine reads a stream under this size from the mini stream, whatever
/// the header's cutoff says.
const CALAMINE_MINI_CUTOFF: u64 = 4096;

/// One directory entry.
struct Entry {
    name: String,
    kind: u8,
    left: u32,
    right: u32,
    child: u32,
    start: u32,
    size: u64,
}

/// An opened container.
pub(crate) struct Ole<'a> {
    bytes: &'a [u8],
    shift: u32,
    mini_shift: u32,
    fat: Vec<u32>,
    mini_fat: Vec<u32>,
    entries: Vec<Entry>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl<'a> Ole<'a> {
    /// The container in `bytes`, `None` when it has no usable header.
    pub(crate) fn open(bytes: &'a [u8]) -> Option<Ole<'a>> {
        if !bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return None;
        }
        let shift = u32::from(u16_at(bytes, 0x1E)?);
        let mini_shift = u32::from(u16_at(bytes, 0x20)?);
        if !(7..=16).contains(&shift) || mini_shift >= shift {
            return None;
        }
        let mut ole = Ole {
            bytes,
            shift,
            mini_shift,
            fat: Vec::new(),
            mini_fat: Vec::new(),
            entries: Vec::new(),
        };
        ole.fat = ole.read_fat()?;
        ole.mini_fat = words(&ole.chain_bytes(u32_at(bytes, 0x3C)?, &ole.fat, None));
        let directory = ole.chain_bytes(u32_at(bytes, 0x30)?, &ole.fat, None);
        let wide = shift == 12;
        ole.entries = directory
            .chunks_exact(128)
            .map(|raw| entry(raw, wide))
            .collect();
        Some(ole)
    }

    fn sectors(&self) -> usize {
        self.bytes.len().div_ceil(1 << self.shift).saturating_sub(1)
    }

    /// Sector `id`; the last one may be cut short (calamine reads what
    /// there is of it).
    fn sector(&self, id: u32) -> Option<&'a [u8]> {
        self.sector_range(id).map(|range| &self.bytes[range])
    }

    /// Where sector `id` lies in the file (see [`Ole::sector`]).
    fn sector_range(&self, id: u32) -> Option<Range<usize>> {
        let size = 1usize << self.shift;
        let at = (id as usize).checked_add(1)?.checked_mul(size)?;
        let end = at.checked_add(size)?.min(self.bytes.len());
        (at < end).then_some(at..end)
    }

    /// The FAT, from the header's 109 entries and the DIFAT chain.
    fn read_fat(&self) -> Option<Vec<u32>> {
        let mut ids: Vec<u32> = (0..109)
            .filter_map(|i| u32_at(self.bytes, 0x4C + 4 * i))
            .filter(|&id| id <= MAX_SECTOR)
            .collect();
        let per = (1usize << self.shift) / 4;
        let mut next = u32_at(self.bytes, 0x44)?;
        for _ in 0..self.sectors() {
            let Some(sector) = (next <= MAX_SECTOR).then(|| self.sector(next)).flatten() else {
                break;
            };
            let all = words(sector);
            let Some((&last, ids_here)) = all.split_last().filter(|_| all.len() == per) else {
                break;
            };
            ids.extend(ids_here.iter().filter(|&&id| id <= MAX_SECTOR));
            next = last;
        }
        ids.truncate(self.sectors());
        Some(
            ids.iter()
                .filter_map(|&id| self.sector(id))
                .flat_map(words)
                .collect(),
        )
    }

    /// The bytes of the chain from `start` in `table` (the FAT, or with
    /// `mini` the mini FAT over the mini stream), at most one visit a
    /// sector.
    fn chain_bytes(&self, start: u32, table: &[u32], mini: Option<&[Range<usize>]>) -> Vec<u8> {
        let mut out = Vec::new();
        for range in self.chain_ranges(start, table, mini) {
            out.extend_from_slice(&self.bytes[range]);
        }
        out
    }

    /// Where the bytes of the chain from `start` lie in the file, in the
    /// chain's order (see [`Ole::chain_bytes`]); `mini` is where the mini
    /// stream lies.
    fn chain_ranges(
        &self,
        start: u32,
        table: &[u32],
        mini: Option<&[Range<usize>]>,
    ) -> Vec<Range<usize>> {
        let mini_len: usize = mini.map_or(0, |m| m.iter().map(|r| r.len()).sum());
        let mut out = Vec::new();
        let mut id = start;
        for _ in 0..table.len().min(self.bytes.len()) {
            if id > MAX_SECTOR {
                break;
            }
            let before = out.len();
            match mini {
                None => {
                    let Some(range) = self.sector_range(id) else {
                        break;
                    };
                    out.push(range);
                }
                Some(stream) => {
                    let size = 1usize << self.mini_shift;
                    let at = id as usize * size;
                    let end = (at + size).min(mini_len);
                    if at >= end {
                        break;
                    }
                    out.extend(sub_ranges(stream, at..end));
                }
            }
            if out.len() == before {
                break;
            }
            match table.get(id as usize) {
                Some(&next) if next != END_OF_CHAIN => id = next,
                _ => break,
            }
        }
        out
    }

    /// The entries directly in the root storage.
    fn root_children(&self) -> Vec<&Entry> {
        let Some(root) = self.entries.first() else {
            return Vec::new();
        };
        let mut seen = vec![false; self.entries.len()];
        let mut stack = vec![root.child];
        let mut children = Vec::new();
        while let Some(id) = stack.pop() {
            let Some(entry) = self.entries.get(id as usize) else {
                continue;
            };
            if std::mem::replace(&mut seen[id as usize], true) {
                continue;
            }
            children.push(entry);
            stack.extend([entry.left, entry.right]);
        }
        children
    }

    /// True when the root holds a stream named `name` (any case).
    pub(crate) fn has_root_stream(&self, name: &str) -> bool {
        self.root_children()
            .iter()
            .any(|e| e.kind == 2 && e.name.eq_ignore_ascii_case(name))
    }

    /// The bytes of the stream calamine reads for `name`: the first
    /// directory entry of that name (any case, anywhere in the container),
    /// from the mini stream when it is under 4,096 bytes. As far as the
    /// file has them.
    pub(crate) fn stream_as_calamine_reads(&self, name: &str) -> Option<Vec<u8>> {
        let ranges = self.stream_ranges_as_calamine_reads(name)?;
        let mut bytes = Vec::with_capacity(ranges.iter().map(|r| r.len()).sum());
        for range in ranges {
            bytes.extend_from_slice(&self.bytes[range]);
        }
        Some(bytes)
    }

    /// Where the bytes of [`Ole::stream_as_calamine_reads`] lie in the
    /// file, in the stream's order: so that a stream rewritten in place
    /// (its length kept) can be put back into a copy of the container.
    pub(crate) fn stream_ranges_as_calamine_reads(&self, name: &str) -> Option<Vec<Range<usize>>> {
        let entry = self
            .entries
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))?;
        let ranges = if entry.size < CALAMINE_MINI_CUTOFF {
            let root = self.entries.first()?;
            let stream = self.chain_ranges(root.start, &self.fat, None);
            self.chain_ranges(entry.start, &self.mini_fat, Some(&stream))
        } else {
            self.chain_ranges(entry.start, &self.fat, None)
        };
        let size = usize::try_from(entry.size).unwrap_or(usize::MAX);
        Some(sub_ranges(&ranges, 0..size))
    }
}

/// The part `want` (offsets into the bytes the ranges hold, in order) of
/// `ranges`, as ranges of the file; as far as they reach.
fn sub_ranges(ranges: &[Range<usize>], want: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = 0usize;
    for range in ranges {
        let (start, end) = (offset, offset + range.len());
        offset = end;
        let from = want.start.max(start);
        let to = want.end.min(end);
        if from < to {
            out.push(range.start + (from - start)..range.start + (to - start));
        }
        if offset >= want.end {
            break;
        }
    }
    out
}

fn words(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// A directory entry, its name read as calamine reads it: up to the first
/// NUL of its 64 bytes, whatever the length field says.
fn entry(raw: &[u8], wide_size: bool) -> Entry {
    let units: Vec<u16> = raw[..64]
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    Entry {
        name: String::from_utf16_lossy(&units),
        kind: raw[66],
        left: u32_at(raw, 68).unwrap_or(u32::MAX),
        right: u32_at(raw, 72).unwrap_or(u32::MAX),
        child: u32_at(raw, 76).unwrap_or(u32::MAX),
        start: u32_at(raw, 116).unwrap_or(END_OF_CHAIN),
        size: if wide_size {
            raw.get(120..128)
                .and_then(|b| b.try_into().ok())
                .map_or(0, u64::from_le_bytes)
        } else {
            u32_at(raw, 120).map_or(0, u64::from)
        },
    }
}
