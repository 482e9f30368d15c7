//! What a site takes from the district: learners registered or edited elsewhere (so a
//! senior signs in at any site), merges and erasures, in the order the server numbered
//! them; and codes reserved for the machine, so the codes it hands out are the district's.

use uuid::Uuid;

use crate::district::decide::Stamp;

/// One thing to take from the district, with its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pulled {
    /// A learner as the district has them now (the newest name and notes).
    Learner {
        /// The learner's uuid.
        uuid: Uuid,
        /// The code on their card.
        code: String,
        /// Their name now.
        name: String,
        /// Their notes now.
        notes: String,
        /// When they were first registered.
        created: String,
        /// When the name was last set, and by which edit.
        name_at: Stamp,
        /// When the notes were last set, and by which edit.
        notes_at: Stamp,
    },
    /// `gone` was merged into `kept`.
    Merge {
        /// The merge's uuid.
        uuid: Uuid,
        /// The learner kept.
        kept: Uuid,
        /// The learner merged away.
        gone: Uuid,
        /// When.
        at: String,
    },
    /// A learner erased.
    Erased {
        /// The learner's uuid.
        uuid: Uuid,
        /// When.
        at: String,
    },
}

/// Everything numbered after `after`, in number order; with the numbers.
pub fn since(
    client: &mut postgres::Client,
    after: i64,
) -> Result<Vec<(i64, Pulled)>, postgres::Error> {
    let mut tx = client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()?;
    let mut all = Vec::new();
    for r in tx.query(
        "SELECT seq, uuid, code, display_name, notes, created, name_at, name_edit, notes_at,
                notes_edit
         FROM learner WHERE seq > $1",
        &[&after],
    )? {
        all.push((
            r.get(0),
            Pulled::Learner {
                uuid: r.get(1),
                code: r.get(2),
                name: r.get(3),
                notes: r.get(4),
                created: r.get(5),
                name_at: Stamp::from_text(r.get(6), r.get(7)),
                notes_at: Stamp::from_text(r.get(8), r.get(9)),
            },
        ));
    }
    for r in tx.query(
        "SELECT seq, uuid, kept, gone, at FROM learner_merge WHERE seq > $1",
        &[&after],
    )? {
        all.push((
            r.get(0),
            Pulled::Merge {
                uuid: r.get(1),
                kept: r.get(2),
                gone: r.get(3),
                at: r.get(4),
            },
        ));
    }
    for r in tx.query(
        "SELECT seq, uuid, at FROM learner_erased WHERE seq > $1",
        &[&after],
    )? {
        all.push((
            r.get(0),
            Pulled::Erased {
                uuid: r.get(1),
                at: r.get(2),
            },
        ));
    }
    tx.commit()?;
    all.sort_by_key(|(seq, _)| *seq);
    Ok(all)
}

/// Reserves for `machine` those of `candidates` nobody in the district holds; returns them.
pub fn reserve_codes(
    client: &mut postgres::Client,
    machine: Uuid,
    candidates: &[String],
) -> Result<Vec<String>, postgres::Error> {
    let rows = client.query(
        "INSERT INTO code_claim (code, machine) SELECT DISTINCT unnest($1::text[]), $2::uuid
         ON CONFLICT (code) DO NOTHING RETURNING code",
        &[&candidates, &machine],
    )?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}
