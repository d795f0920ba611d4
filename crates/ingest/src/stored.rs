//! The package handed to calamine with the parts it reads stored, not
//! deflated. calamine opens each part through a new inflater (its state
//! and window allocated and cleared) and buffers: in a response of half a
//! dozen parts of a few kilobytes each, that setting up, not the
//! inflating, was most of opening it. Here those parts (the XML of the
//! package's relationships and of the workbook) are inflated with this
//! thread's one inflater (`crate::core_props::inflated`) and laid out again
//! as stored entries of the same names, in the same order, with the same
//! contents and CRC-32s, which the zip reader checks as it did; the parts
//! calamine does not read to open a workbook (the content types, the
//! document properties, pictures) are copied as they came, and the theme
//! is left out (`crate::theme` says why calamine need not read it). A
//! package this cannot lay out exactly so (encrypted, another compression,
//! names an extra field or a code page decides, a part that does not
//! inflate to its size, a name twice, too large) is handed over as it came.
use crate::sniff::SniffedZip;
use std::io::Read;

/// The largest package laid out again, its parts inflated: a response is
/// tens of kilobytes; a larger package is read as it came, not held twice.
const STORED_PACKAGE_MAX_BYTES: u64 = 8 << 20;

/// The DOS date 1980-01-01 (no time): calamine reads no part's time.
const DOS_DATE: u16 = (1 << 5) | 1;

/// The compression methods a part is laid out with.
const STORED: u16 = 0;
const DEFLATED: u16 = 8;

/// The general-purpose flag saying the names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

/// One part: its name (UTF-8, as the package's reader decodes it), its
/// compression (stored or deflated), CRC-32 and size, and its data as
/// that compression has it.
struct Part {
    name: Vec<u8>,
    method: u16,
    crc32: u32,
    size: u32,
    data: Vec<u8>,
}

/// True for a part calamine reads to open a workbook or its sheets: the
/// XML of the package but the content types and document properties.
fn read_by_calamine(name: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    (name.ends_with(b".xml") || name.ends_with(b".rels"))
        && !name.starts_with(b"docprops/")
        && name != b"[content_types].xml"
}

/// The package `archive` was opened from, its parts stored, or `None` when
/// it cannot be laid out again exactly (see the module's comment).
pub(crate) fn stored_package(archive: &mut SniffedZip<'_>) -> Option<Vec<u8>> {
    if archive.len() > usize::from(u16::MAX) {
        return None;
    }
    let mut parts = Vec::with_capacity(archive.len());
    let mut total = 0u64;
    for i in 0..archive.len() {
        let mut entry = archive.by_index_raw(i).ok()?;
        let name = entry.name_raw().to_vec();
        // A name an extra field or a code page decides is not written back.
        if std::str::from_utf8(&name).ok()? != entry.name().ok()?.as_ref() {
            return None;
        }
        if crate::theme::is_theme(&name) {
            continue;
        }
        total += entry.size();
        if entry.encrypted() || total > STORED_PACKAGE_MAX_BYTES {
            return None;
        }
        let (size, crc32) = (usize::try_from(entry.size()).ok()?, entry.crc32());
        let mut raw = Vec::with_capacity(usize::try_from(entry.compressed_size()).ok()?);
        entry.read_to_end(&mut raw).ok()?;
        let (method, data) = match entry.compression() {
            zip::CompressionMethod::Deflated if read_by_calamine(&name) => {
                (STORED, crate::core_props::inflated(&raw, size)?)
            }
            zip::CompressionMethod::Deflated => (DEFLATED, raw),
            zip::CompressionMethod::Stored => (STORED, raw),
            _ => return None,
        };
        let size = u32::try_from(size).ok()?;
        parts.push(Part {
            name,
            method,
            crc32,
            size,
            data,
        });
    }
    let mut names: Vec<&[u8]> = parts.iter().map(|p| p.name.as_slice()).collect();
    names.sort_unstable();
    if names.windows(2).any(|pair| pair[0] == pair[1]) {
        return None;
    }
    laid_out(&parts)
}

/// The zip of `parts`: local headers and data, the central directory,
/// its end record. `None` past 32-bit sizes and offsets.
fn laid_out(parts: &[Part]) -> Option<Vec<u8>> {
    let size: usize = parts
        .iter()
        .map(|p| 30 + 46 + 2 * p.name.len() + p.data.len())
        .sum();
    let mut zip = Vec::with_capacity(size + 22);
    let mut offsets = Vec::with_capacity(parts.len());
    for part in parts {
        offsets.push(u32::try_from(zip.len()).ok()?);
        zip.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        header_fields(&mut zip, part)?;
        zip.extend_from_slice(&0u16.to_le_bytes()); // no extra field
        zip.extend_from_slice(&part.name);
        zip.extend_from_slice(&part.data);
    }
    let directory = u32::try_from(zip.len()).ok()?;
    for (part, offset) in parts.iter().zip(offsets) {
        zip.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        zip.extend_from_slice(&20u16.to_le_bytes()); // made by: 2.0
        header_fields(&mut zip, part)?;
        // No extra field nor comment, disk 0, no attributes.
        zip.extend_from_slice(&[0; 12]);
        zip.extend_from_slice(&offset.to_le_bytes());
        zip.extend_from_slice(&part.name);
    }
    let directory_size = u32::try_from(zip.len()).ok()? - directory;
    let count = u16::try_from(parts.len()).ok()?;
    zip.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    zip.extend_from_slice(&[0; 4]); // this disk, the directory's disk
    zip.extend_from_slice(&count.to_le_bytes());
    zip.extend_from_slice(&count.to_le_bytes());
    zip.extend_from_slice(&directory_size.to_le_bytes());
    zip.extend_from_slice(&directory.to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes()); // no comment
    Some(zip)
}

/// The fields a local and a central header share, from the version
/// needed to the name's length.
fn header_fields(zip: &mut Vec<u8>, part: &Part) -> Option<()> {
    let packed = u32::try_from(part.data.len()).ok()?;
    zip.extend_from_slice(&20u16.to_le_bytes()); // needed: 2.0
    zip.extend_from_slice(&UTF8_NAMES.to_le_bytes());
    zip.extend_from_slice(&part.method.to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes()); // time
    zip.extend_from_slice(&DOS_DATE.to_le_bytes());
    zip.extend_from_slice(&part.crc32.to_le_bytes());
    zip.extend_from_slice(&packed.to_le_bytes());
    zip.extend_from_slice(&part.size.to_le_bytes());
    zip.extend_from_slice(&u16::try_from(part.name.len()).ok()?.to_le_bytes());
    Some(())
}

#[cfg(test)]
mod tests;
