//! A hasher for maps keyed by uuids, for the district report's hundreds of thousands of
//! lookups (std's SipHash, made to resist chosen keys, showed in the report's profile).
//! A uuid's 16 bytes go in as two words, mixed by multiplication (as rustc's FxHash):
//! the server's uuids are random (v4) or digests, so nothing more is needed to spread
//! them, and the map is one report's, not a service open to chosen keys.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` keyed by uuids (or anything hashed as a few bytes) with [`UuidHasher`].
pub type UuidMap<K, V> = HashMap<K, V, BuildHasherDefault<UuidHasher>>;

/// See the module.
#[derive(Debug, Default, Clone, Copy)]
pub struct UuidHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl UuidHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for UuidHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn uuids_that_differ_in_any_byte_hash_apart() {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let build = BuildHasherDefault::<UuidHasher>::default();
        let base = Uuid::from_bytes([7; 16]);
        let mut seen = std::collections::HashSet::new();
        seen.insert(build.hash_one(base));
        for i in 0..16 {
            let mut bytes = [7; 16];
            bytes[i] ^= 1;
            assert!(
                seen.insert(build.hash_one(Uuid::from_bytes(bytes))),
                "byte {i}"
            );
        }
    }

    #[test]
    fn a_map_keyed_by_uuids_finds_what_it_holds() {
        let mut map: UuidMap<Uuid, usize> = UuidMap::default();
        let keys: Vec<Uuid> = (0..1000).map(|_| Uuid::new_v4()).collect();
        for (i, k) in keys.iter().enumerate() {
            map.insert(*k, i);
        }
        assert!(keys.iter().enumerate().all(|(i, k)| map[k] == i));
    }
}
