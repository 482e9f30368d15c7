//! What a new learner has entered so far at the kiosk: the new card's number, then a name
//! picked by touch (a surname and 女士 or 先生), typed on a keyboard, or none at all. Carried
//! from screen to screen, so that going back loses nothing.

use crate::i18n::{Lang, fill};

/// The twenty commonest Chinese surnames, the commonest first. They are names, not words of
/// the interface, so every language shows them as they are.
pub const SURNAMES: [&str; 20] = [
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "林", "高", "罗",
];

/// The surname screen's focus after the surnames: "不写姓名".
pub const FOCUS_SKIP: usize = SURNAMES.len();
/// The surname screen's focus after "不写姓名": typing the name on a keyboard.
pub const FOCUS_TYPE: usize = SURNAMES.len() + 1;

/// How a new learner is addressed after their surname.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    /// 女士 (Ms).
    Madam,
    /// 先生 (Mr).
    Sir,
}

/// The two titles, in the order the screen shows them.
pub const TITLES: [Title; 2] = [Title::Madam, Title::Sir];

/// The name a new learner chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewName {
    /// A surname (an index into [`SURNAMES`]) and a title: 王女士.
    Salutation {
        /// Index into [`SURNAMES`].
        surname: usize,
        /// 女士 or 先生.
        title: Title,
    },
    /// A name typed on a keyboard, already cleaned.
    Typed(String),
    /// No name: the learner is stored as "学员 4096", after the card's number.
    Unnamed,
}

impl NewName {
    /// The name stored for the learner. A name left out becomes the word for learner and
    /// the card's number ("学员 4096"): trainers can read it in any list, it matches the
    /// card, no two are alike (codes are unique), and `zhulao learner rename` can give a
    /// real name later.
    pub fn stored(&self, lang: Lang, code: &str) -> String {
        let s = &lang.text().kiosk;
        match self {
            NewName::Salutation { surname, title } => {
                salutation(lang, SURNAMES[(*surname).min(SURNAMES.len() - 1)], *title)
            }
            NewName::Typed(name) => name.clone(),
            NewName::Unnamed => fill(s.unnamed, &[("code", &code)]),
        }
    }
}

/// A surname with a title in `lang`: 王女士, or Ms 王 in English.
pub fn salutation(lang: Lang, surname: &str, title: Title) -> String {
    let s = &lang.text().kiosk;
    let template = match title {
        Title::Madam => s.madam,
        Title::Sir => s.sir,
    };
    fill(template, &[("surname", &surname)])
}

/// True when `name` is what the kiosk stores for a learner who gave no name and has this
/// code, in any of the kiosk's languages: it holds no personal name, so it is shown as it is.
pub fn is_unnamed(name: &str, code: &str) -> bool {
    <Lang as clap::ValueEnum>::value_variants()
        .iter()
        .any(|lang| NewName::Unnamed.stored(*lang, code) == name)
}

/// What a new learner has entered so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The card's number, once the pad's OK took it; empty before.
    pub code: String,
    /// What was typed on the keyboard screen, kept when going back.
    pub typed: String,
    /// The surname last picked, an index into [`SURNAMES`].
    pub surname: Option<usize>,
    /// The title last picked.
    pub title: Option<Title>,
    /// The name chosen, kept when the card's number turned out to be taken: once a free
    /// number is typed the check screen comes straight back.
    pub chosen: Option<NewName>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_stored_readably_in_each_language() {
        let madam = NewName::Salutation {
            surname: 0,
            title: Title::Madam,
        };
        assert_eq!(madam.stored(Lang::Zh, "4096"), "王女士");
        assert_eq!(madam.stored(Lang::En, "4096"), "Ms 王");
        let sir = NewName::Salutation {
            surname: 19,
            title: Title::Sir,
        };
        assert_eq!(sir.stored(Lang::Zh, "4096"), "罗先生");
        assert_eq!(NewName::Unnamed.stored(Lang::Zh, "4096"), "学员 4096");
        assert_eq!(NewName::Unnamed.stored(Lang::En, "4096"), "Learner 4096");
        let typed = NewName::Typed("李建国".into());
        assert_eq!(typed.stored(Lang::Zh, "4096"), "李建国");
        // An index out of range (never made by the kiosk) does not panic.
        let odd = NewName::Salutation {
            surname: 99,
            title: Title::Sir,
        };
        assert_eq!(odd.stored(Lang::Zh, "1"), "罗先生");
    }

    #[test]
    fn a_name_left_out_is_known_again_in_any_language() {
        assert!(is_unnamed("学员 4096", "4096"));
        assert!(is_unnamed("Learner 4096", "4096"));
        assert!(!is_unnamed("学员 4096", "5207"));
        assert!(!is_unnamed("王秀英", "4096"));
    }

    #[test]
    fn the_surnames_are_twenty_single_characters() {
        for s in SURNAMES {
            assert_eq!(s.chars().count(), 1, "{s}");
        }
        let mut unique = SURNAMES.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 20);
    }
}
