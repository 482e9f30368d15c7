//! The names the statistics' units share: each site's and each lesson's id and title are
//! held once, and every unit that names them holds a reference to that one copy. A
//! district's report makes close to a million units over a hundred sites and a score of
//! lessons; a copy of three strings in each was most of the memory it allocated, and a
//! good part of its time.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::lesson::Lesson;

/// A lesson as units name it: its id, its title (the id when it is no longer offered)
/// and the lesson itself when it still is.
#[derive(Debug, Clone)]
pub struct Named<'a> {
    /// The lesson's id.
    pub id: Arc<str>,
    /// Its title, or its id for a lesson no longer offered.
    pub title: Arc<str>,
    /// The lesson, when the program still offers it.
    pub lesson: Option<&'a Lesson>,
}

/// The shared names of one report's units (see the module).
#[derive(Debug, Default)]
pub struct Names<'a> {
    offered: HashMap<&'a str, &'a Lesson>,
    sites: HashSet<Arc<str>>,
    lessons: HashMap<Arc<str>, Named<'a>>,
}

impl<'a> Names<'a> {
    /// Names for units of `lessons` (the lessons offered; any other id is named by itself).
    pub fn new(lessons: &[&'a Lesson]) -> Names<'a> {
        Names {
            offered: lessons.iter().map(|l| (l.id.as_str(), *l)).collect(),
            ..Names::default()
        }
    }

    /// The shared copy of `site`.
    pub fn site(&mut self, site: &str) -> Arc<str> {
        if let Some(shared) = self.sites.get(site) {
            return shared.clone();
        }
        let shared: Arc<str> = site.into();
        self.sites.insert(shared.clone());
        shared
    }

    /// The lesson `id` as units name it.
    pub fn lesson(&mut self, id: &str) -> Named<'a> {
        if let Some(named) = self.lessons.get(id) {
            return named.clone();
        }
        let lesson = self.offered.get(id).copied();
        let id: Arc<str> = id.into();
        let named = Named {
            title: lesson.map_or_else(|| id.clone(), |l| l.title.as_str().into()),
            id: id.clone(),
            lesson,
        };
        self.lessons.insert(id, named.clone());
        named
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::bundled::bundled_files;
    use crate::lesson::parse::parse_lesson;

    #[test]
    fn a_name_is_held_once_however_often_it_is_asked_for() {
        let mut names = Names::default();
        let a = names.site("甲社区");
        let b = names.site("甲社区");
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*names.site("乙街道"), "乙街道");
        let first = names.lesson("gone-lesson");
        let again = names.lesson("gone-lesson");
        assert!(Arc::ptr_eq(&first.id, &again.id));
        assert_eq!(
            &*first.title, "gone-lesson",
            "a lesson no longer offered: its id"
        );
        assert!(first.lesson.is_none());
    }

    #[test]
    fn an_offered_lesson_is_named_by_its_title() {
        let (file, text) = bundled_files()[0];
        let lesson = parse_lesson(file, text.as_bytes()).expect("a bundled lesson reads");
        let mut names = Names::new(&[&lesson]);
        let named = names.lesson(lesson.id.as_str());
        assert_eq!(&*named.title, lesson.title.as_str());
        assert_eq!(&*named.id, lesson.id.as_str());
        assert!(named.lesson.is_some_and(|l| std::ptr::eq(l, &lesson)));
    }
}
