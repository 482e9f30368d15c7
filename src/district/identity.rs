//! Who this machine is in the district: a uuid set once (by the migration that made the
//! `machine` table) and its site (`zhulao setup --site`, else the settings' default site);
//! and the learner codes the district reserved for it.
//!
//! Learner codes in a district. A code printed on a card must keep signing in, so no
//! code is ever changed. New codes stay seven digits with a check digit ("375 2014"),
//! drawn at random so they cannot be walked; what makes them the district's is where they
//! come from: each `zhulao sync` reserves a pool of random codes on the server (a code is
//! reserved for one machine only: the server's `code_claim` table), and a new learner gets
//! one from the pool. Only a machine that has never synced, or ran its pool dry offline,
//! draws a code of its own as before; the server notes every code sent with its learner,
//! and a code two people hold (old cards: every machine numbered from 1001) is reported at
//! the sync, with both kept, so the trainer can print one of them a new card. A site
//! prefix was not chosen: it would lengthen every code, and two kiosks at one site would
//! still need numbers of their own.

use rusqlite::params;
use uuid::Uuid;

use crate::progress::{Store, StoreError};

/// How many reserved codes a machine keeps in hand.
pub const POOL_TARGET: usize = 200;

/// This machine in the district.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    /// Its uuid, set once.
    pub uuid: Uuid,
    /// Its site ('' until set).
    pub site: String,
    /// When its database was given the uuid.
    pub created: String,
}

impl Store {
    /// This machine's uuid and site.
    pub fn machine(&self) -> Result<Machine, StoreError> {
        self.conn
            .query_row(
                "SELECT uuid, site, created FROM machine WHERE id = 1",
                [],
                |r| {
                    let bytes: Vec<u8> = r.get(0)?;
                    Ok(Machine {
                        uuid: Uuid::from_slice(&bytes).unwrap_or_default(),
                        site: r.get(1)?,
                        created: r.get(2)?,
                    })
                },
            )
            .map_err(|e| self.err(e))
    }

    /// Sets this machine's site (cleaned like every name typed in).
    pub fn set_machine_site(&mut self, site: &str) -> Result<Machine, StoreError> {
        let site = crate::progress::learners::without_invisibles(
            &crate::lesson::sanitize::sanitize_line(site),
        )
        .trim()
        .to_string();
        self.write(|tx| {
            tx.execute("UPDATE machine SET site = ?1 WHERE id = 1", [&site])
                .map(drop)
        })?;
        self.machine()
    }

    /// How many reserved codes are in hand.
    pub fn code_pool_len(&self) -> Result<usize, StoreError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM code_pool WHERE code NOT IN (SELECT code FROM learner)",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n.max(0) as usize)
            .map_err(|e| self.err(e))
    }

    /// Random codes nobody here holds, to ask the district to reserve.
    pub fn code_candidates(&mut self, n: usize) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::with_capacity(n);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT EXISTS (SELECT 1 FROM learner WHERE code = ?1)
                     OR EXISTS (SELECT 1 FROM code_pool WHERE code = ?1)",
            )
            .map_err(|e| self.err(e))?;
        for _ in 0..n * 3 {
            if out.len() == n {
                break;
            }
            let code = crate::progress::code::code_for(self.codes.next_body());
            let taken: bool = stmt
                .query_row([&code], |r| r.get(0))
                .map_err(|e| self.err(e))?;
            if !taken && !out.contains(&code) {
                out.push(code);
            }
        }
        Ok(out)
    }

    /// Keeps codes the district reserved for this machine.
    pub fn add_pool_codes(&mut self, codes: &[String]) -> Result<(), StoreError> {
        self.write(|tx| {
            for code in codes {
                tx.execute(
                    "INSERT OR IGNORE INTO code_pool (code) VALUES (?1)",
                    params![code],
                )?;
            }
            Ok(())
        })
    }
}
