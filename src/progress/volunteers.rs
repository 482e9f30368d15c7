//! The volunteers of a class session: its lead trainer (讲师) and its assistants (助教).
//! Without a lead set here, the session's trainer leads.

use rusqlite::params;

use super::classes::SessionId;
use super::{Store, StoreError};

/// Who served in a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Volunteers {
    /// The lead trainer.
    pub lead: String,
    /// The assistants (助教), by name.
    pub assistants: Vec<String>,
}

impl Volunteers {
    /// Everyone who served, the lead first, each name once.
    pub fn everyone(&self) -> Vec<&str> {
        let mut all = vec![self.lead.as_str()];
        for a in &self.assistants {
            if !all.contains(&a.as_str()) {
                all.push(a);
            }
        }
        all.retain(|n| !n.is_empty());
        all
    }
}

fn clean(name: &str) -> String {
    crate::lesson::sanitize_line(name).trim().to_string()
}

impl Store {
    /// Sets a session's lead (None keeps it) and replaces its assistants. Names are cleaned
    /// of control characters; empty names and the lead among the assistants are left out.
    pub fn set_volunteers(
        &mut self,
        session: SessionId,
        lead: Option<&str>,
        assistants: &[String],
    ) -> Result<(), StoreError> {
        let lead = lead.map(clean).filter(|l| !l.is_empty());
        let current = self.volunteers(session)?.lead;
        let lead_name = lead.clone().unwrap_or(current);
        let mut names: Vec<String> = Vec::new();
        for a in assistants.iter().map(|a| clean(a)) {
            if !a.is_empty() && a != lead_name && !names.contains(&a) {
                names.push(a);
            }
        }
        self.write(|tx| {
            if let Some(lead) = &lead {
                tx.execute(
                    "DELETE FROM session_volunteer WHERE session = ?1 AND (role = 'lead' OR name = ?2)",
                    params![session.0, lead],
                )?;
                tx.execute(
                    "INSERT INTO session_volunteer (session, name, role) VALUES (?1, ?2, 'lead')",
                    params![session.0, lead],
                )?;
            }
            tx.execute(
                "DELETE FROM session_volunteer WHERE session = ?1 AND role = 'assistant'",
                [session.0],
            )?;
            for (i, a) in names.iter().enumerate() {
                tx.execute(
                    "INSERT OR IGNORE INTO session_volunteer (session, name, role, position) VALUES (?1, ?2, 'assistant', ?3)",
                    params![session.0, a, i as i64],
                )?;
            }
            Ok(())
        })
    }

    /// A session's lead and assistants; the lead is the session's trainer unless set.
    pub fn volunteers(&self, session: SessionId) -> Result<Volunteers, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT name, role FROM session_volunteer WHERE session = ?1
                 ORDER BY role DESC, position, name",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([session.0], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        let lead = match rows.iter().find(|(_, role)| role == "lead") {
            Some((name, _)) => name.clone(),
            None => self
                .session(session)?
                .map(|s| clean(&s.trainer))
                .unwrap_or_default(),
        };
        let assistants = rows
            .into_iter()
            .filter(|(_, role)| role == "assistant")
            .map(|(name, _)| name)
            .collect();
        Ok(Volunteers { lead, assistants })
    }
}
