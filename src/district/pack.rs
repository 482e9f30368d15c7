//! A pack: the changes of a site without network, in a file for a USB stick
//! (`zhulao data pack -o FILE`), loaded at the centre (`zhulao data import FILE`).
//!
//! The format is JSON lines in UTF-8: a header line (`zhulao_pack`: the format version,
//! the machine, its site, when it was packed, how many changes follow), one line per
//! change (as [`Change`] serializes), and an end line with the number of changes again
//! and the CRC-32 of every byte before it. A pack is checked whole before anything is
//! imported, so a truncated or damaged file changes nothing.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::DistrictError;
use super::change::Change;
use crate::progress::Store;

/// The pack format this program writes.
pub const PACK_FORMAT: u32 = 1;
/// The cursor of the packs a machine writes.
pub const PACK_TARGET: &str = "pack";

/// A pack's first line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// The format version.
    pub zhulao_pack: u32,
    /// The machine that packed it.
    pub machine: Uuid,
    /// Its site.
    pub site: String,
    /// When it was packed (ISO 8601, UTC).
    pub created: String,
    /// How many changes follow.
    pub changes: u64,
}

/// A pack's last line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct End {
    end: u64,
    crc32: String,
}

/// Writes the changes after the last pack (`all`: every change) to `path`; moves the
/// pack cursor once the file is whole on disk. Returns its header.
pub fn write(
    store: &mut Store,
    path: &Path,
    site: &str,
    all: bool,
    created: &str,
) -> Result<Header, DistrictError> {
    let machine = store.machine()?;
    let after = if all {
        0
    } else {
        store.outbox_cursor(PACK_TARGET)?
    };
    let fail = |e: std::io::Error| DistrictError::PackWrite {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    // First the changes, to count them; then the file, under a temporary name.
    let mut changes = Vec::new();
    let mut cursor = after;
    loop {
        let batch = store.outbox_batch(cursor, super::sync::BATCH_ROWS)?;
        if batch.rows == 0 {
            break;
        }
        cursor = batch.last;
        changes.extend(batch.changes);
    }
    let header = Header {
        zhulao_pack: PACK_FORMAT,
        machine: machine.uuid,
        site: site.to_string(),
        created: created.to_string(),
        changes: changes.len() as u64,
    };
    let tmp = PathBuf::from(format!("{}.part-{}", path.display(), std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut out = Crc(
            BufWriter::new(File::create(&tmp)?),
            crc32fast::Hasher::new(),
        );
        writeln!(out, "{}", serde_json::to_string(&header)?)?;
        for change in &changes {
            writeln!(out, "{}", serde_json::to_string(change)?)?;
        }
        let end = End {
            end: header.changes,
            crc32: format!("{:08x}", out.1.clone().finalize()),
        };
        let Crc(mut file, _) = out;
        writeln!(file, "{}", serde_json::to_string(&end)?)?;
        let file = file.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    store.set_outbox_cursor(PACK_TARGET, cursor)?;
    Ok(header)
}

/// A writer that keeps the CRC-32 of what went through it.
struct Crc<W: Write>(W, crc32fast::Hasher);

impl<W: Write> Write for Crc<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.0.write(buf)?;
        self.1.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// Reads and checks the whole pack at `path`: its header, every change, the end line's
/// count and checksum. Returns the header and the changes.
pub fn read(path: &Path) -> Result<(Header, Vec<Change>), DistrictError> {
    let file = File::open(path).map_err(|e| DistrictError::PackOpen {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    let damaged = |detail: String| DistrictError::PackDamaged {
        path: path.to_path_buf(),
        detail,
    };
    let mut reader = BufReader::new(file);
    let mut crc = crc32fast::Hasher::new();
    let mut line = Vec::new();
    let next = |reader: &mut BufReader<File>, line: &mut Vec<u8>| -> Result<bool, DistrictError> {
        line.clear();
        let n = reader
            .read_until(b'\n', line)
            .map_err(|e| damaged(e.to_string()))?;
        Ok(n > 0)
    };
    if !next(&mut reader, &mut line)? {
        return Err(DistrictError::PackNotAPack {
            path: path.to_path_buf(),
        });
    }
    let value: serde_json::Value =
        serde_json::from_slice(&line).map_err(|_| DistrictError::PackNotAPack {
            path: path.to_path_buf(),
        })?;
    let Some(format) = value.get("zhulao_pack").and_then(|v| v.as_u64()) else {
        return Err(DistrictError::PackNotAPack {
            path: path.to_path_buf(),
        });
    };
    if format > u64::from(PACK_FORMAT) {
        return Err(DistrictError::PackVersion {
            path: path.to_path_buf(),
            found: format as u32,
        });
    }
    let header: Header = serde_json::from_value(value).map_err(|e| damaged(format!("1: {e}")))?;
    crc.update(&line);
    let mut changes = Vec::with_capacity(header.changes.min(1 << 20) as usize);
    loop {
        if !next(&mut reader, &mut line)? {
            return Err(damaged(format!("{} / {}", changes.len(), header.changes)));
        }
        if !line.ends_with(b"\n") {
            return Err(damaged(format!("{} / {}", changes.len(), header.changes)));
        }
        if line.starts_with(br#"{"end""#) {
            let end: End = serde_json::from_slice(&line)
                .map_err(|e| damaged(format!("{}: {e}", changes.len() + 2)))?;
            let sum = format!("{:08x}", crc.finalize());
            if end.end != header.changes || changes.len() as u64 != header.changes {
                return Err(damaged(format!("{} / {}", changes.len(), header.changes)));
            }
            if end.crc32 != sum {
                return Err(damaged(format!("CRC-32 {} ≠ {sum}", end.crc32)));
            }
            break;
        }
        let change: Change = serde_json::from_slice(&line)
            .map_err(|e| damaged(format!("{}: {e}", changes.len() + 2)))?;
        crc.update(&line);
        changes.push(change);
    }
    // Nothing may follow the end line.
    if next(&mut reader, &mut line)? {
        return Err(damaged(format!("{} / {}", changes.len(), header.changes)));
    }
    Ok((header, changes))
}
