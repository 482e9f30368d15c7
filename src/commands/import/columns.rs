//! Which column of a sign-up sheet holds what: the header row is found and read
//! (姓名/名字, 电话/手机, 备注, 社区…), and `--name-column` and its kin override a guess
//! with a column letter (B), a number (2) or the header's text.

use super::sheet::{Grid, Row};

/// What a column is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The learner's name.
    Name,
    /// A phone number: its last four digits tell two people of one name apart.
    Phone,
    /// Notes, kept with the learner.
    Notes,
    /// The community or residents' committee, kept in the notes.
    Community,
}

/// Words a header of each role contains, the most telling first. Headers are compared
/// without spaces, case-blind.
const WORDS: [(Role, &[&str]); 4] = [
    (
        Role::Name,
        &["姓名", "名字", "学员", "报名人", "参加人", "老人", "name"],
    ),
    (
        Role::Phone,
        &["手机", "电话", "联系方式", "phone", "mobile", "tel"],
    ),
    (
        Role::Community,
        &["社区", "小区", "居委", "村", "community"],
    ),
    (
        Role::Notes,
        &["备注", "说明", "情况", "需求", "note", "remark"],
    ),
];

/// Headers about someone else (an emergency contact, a child): never the learner's.
const SOMEONE_ELSE: [&str; 5] = ["紧急", "家属", "子女", "联系人", "监护"];

/// How a column was named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// By index from 0 (the letter B or the number 2 is index 1).
    Index(usize),
    /// By the header's text.
    Header(String),
}

impl Pick {
    /// Reads `B`, `AA`, `2` or a header's text.
    pub fn parse(text: &str) -> Pick {
        let t = text.trim();
        if !t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()) {
            let n = t.bytes().fold(0usize, |n, b| {
                n * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1)
            });
            return Pick::Index(n - 1);
        }
        if let Ok(n) = t.parse::<usize>()
            && n >= 1
        {
            return Pick::Index(n - 1);
        }
        Pick::Header(t.to_string())
    }
}

/// The columns the command line names, by role.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// `--name-column`.
    pub name: Option<Pick>,
    /// `--phone-column`.
    pub phone: Option<Pick>,
    /// `--notes-column`.
    pub notes: Option<Pick>,
    /// `--community-column`.
    pub community: Option<Pick>,
}

/// How the sheet is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// The header row's index in the grid's rows; None when the sheet has none.
    pub header: Option<usize>,
    /// The column of each role that has one (index from 0), and the header it showed.
    pub roles: Vec<(Role, usize, String)>,
    /// The other headed columns, which are not imported.
    pub ignored: Vec<(usize, String)>,
}

impl Columns {
    /// The column of `role`, if the sheet has one.
    pub fn of(&self, role: Role) -> Option<usize> {
        self.roles
            .iter()
            .find(|(r, ..)| *r == role)
            .map(|(_, c, _)| *c)
    }

    /// The first data row's index in the grid.
    pub fn first_data_row(&self) -> usize {
        self.header.map_or(0, |h| h + 1)
    }
}

/// Why the columns could not be worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnProblem {
    /// No header says 姓名 or the like, and `--name-column` was not given.
    NoNameColumn,
    /// A header the command line names is in no row; the role's option name.
    NoSuchHeader(&'static str, String),
}

/// A header compared without spaces, case-blind.
fn normal(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The role a header names, if any.
pub fn role_of(header: &str) -> Option<Role> {
    let h = normal(header);
    if h.is_empty() {
        return None;
    }
    if SOMEONE_ELSE.iter().any(|w| h.contains(w)) {
        return None;
    }
    WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| h.contains(w)))
        .map(|(role, _)| *role)
}

/// The letter a spreadsheet shows for column `index` (from 0): A, B, … Z, AA.
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// How many headers of `row` name a role.
fn score(row: &Row) -> usize {
    row.cells.iter().filter(|c| role_of(c).is_some()).count()
}

/// Works out the columns: the header is the row among the first ten with the most cells
/// that name a role (a title row above it is passed over); the overrides win.
pub fn guess(grid: &Grid, over: &Overrides) -> Result<Columns, ColumnProblem> {
    let look = grid.rows.iter().take(10).enumerate();
    let named = [
        ("--name-column", &over.name),
        ("--phone-column", &over.phone),
        ("--notes-column", &over.notes),
        ("--community-column", &over.community),
    ];
    // A header named on the command line fixes the header row.
    let mut header = None;
    for (option, pick) in named {
        if let Some(Pick::Header(text)) = pick {
            let want = normal(text);
            let found = grid
                .rows
                .iter()
                .take(10)
                .position(|r| r.cells.iter().any(|c| normal(c) == want));
            match found {
                Some(at) => header = header.or(Some(at)),
                None => return Err(ColumnProblem::NoSuchHeader(option, text.clone())),
            }
        }
    }
    let header = header.or_else(|| {
        look.filter(|(_, r)| score(r) > 0)
            .max_by_key(|(i, r)| (score(r), std::cmp::Reverse(*i)))
            .map(|(i, _)| i)
    });
    let titles: Vec<String> = header.map_or_else(Vec::new, |h| grid.rows[h].cells.clone());
    let mut roles: Vec<(Role, usize, String)> = Vec::new();
    let picks = [
        (Role::Name, &over.name),
        (Role::Phone, &over.phone),
        (Role::Notes, &over.notes),
        (Role::Community, &over.community),
    ];
    for (role, pick) in picks {
        let col = match pick {
            Some(Pick::Index(i)) => Some(*i),
            Some(Pick::Header(text)) => titles.iter().position(|t| normal(t) == normal(text)),
            None => titles.iter().enumerate().position(|(i, t)| {
                role_of(t) == Some(role)
                    && !roles.iter().any(|(_, c, _)| *c == i)
                    && !picks_index(over, i)
            }),
        };
        if let Some(col) = col
            && !roles.iter().any(|(_, c, _)| *c == col)
        {
            let shown = titles.get(col).cloned().unwrap_or_default();
            roles.push((role, col, shown));
        }
    }
    if !roles.iter().any(|(r, ..)| *r == Role::Name) {
        return Err(ColumnProblem::NoNameColumn);
    }
    let ignored = titles
        .iter()
        .enumerate()
        .filter(|(i, t)| !t.trim().is_empty() && !roles.iter().any(|(_, c, _)| c == i))
        .map(|(i, t)| (i, t.clone()))
        .collect();
    Ok(Columns {
        header,
        roles,
        ignored,
    })
}

/// True when the command line names column `i` for some role by number or letter.
fn picks_index(over: &Overrides, i: usize) -> bool {
    [&over.name, &over.phone, &over.notes, &over.community]
        .iter()
        .any(|p| **p == Some(Pick::Index(i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            sheet: None,
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| Row {
                    number: i + 1,
                    cells: r.iter().map(|c| c.to_string()).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn headers_are_read_under_a_title_row() {
        let g = grid(&[
            &["东城社区智慧助老培训报名表"],
            &[
                "序号",
                "姓 名",
                "手机号码",
                "所在社区",
                "备注",
                "紧急联系人电话",
            ],
            &["1", "王秀英", "13800138000", "东城", "", ""],
        ]);
        let c = guess(&g, &Overrides::default()).unwrap();
        assert_eq!(c.header, Some(1));
        assert_eq!(c.of(Role::Name), Some(1));
        assert_eq!(c.of(Role::Phone), Some(2));
        assert_eq!(c.of(Role::Community), Some(3));
        assert_eq!(c.of(Role::Notes), Some(4));
        let ignored: Vec<&str> = c.ignored.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(ignored, ["序号", "紧急联系人电话"]);
    }

    #[test]
    fn the_command_line_wins() {
        let g = grid(&[&["编号", "称呼", "电话"], &["1", "王秀英", "138"]]);
        assert_eq!(
            guess(&g, &Overrides::default()),
            Err(ColumnProblem::NoNameColumn)
        );
        for pick in ["B", "b", "2", "称呼"] {
            let over = Overrides {
                name: Some(Pick::parse(pick)),
                ..Overrides::default()
            };
            let c = guess(&g, &over).unwrap();
            assert_eq!(c.of(Role::Name), Some(1), "{pick}");
            assert_eq!(c.of(Role::Phone), Some(2), "{pick}");
        }
        let over = Overrides {
            name: Some(Pick::parse("名")),
            ..Overrides::default()
        };
        assert!(matches!(
            guess(&g, &over),
            Err(ColumnProblem::NoSuchHeader("--name-column", _))
        ));
    }

    #[test]
    fn letters_and_numbers() {
        assert_eq!(Pick::parse("A"), Pick::Index(0));
        assert_eq!(Pick::parse("AA"), Pick::Index(26));
        assert_eq!(Pick::parse("3"), Pick::Index(2));
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
    }
}
