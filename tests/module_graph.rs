//! The module structure: no dependency cycles between the top-level modules, nor between
//! the direct children of any module, except the ones listed below as still to be removed.
//!
//! The graph comes from the paths the code names (`crate::…`, `super::…`, `self::…`, `use`
//! trees, and names a file imports or declares as modules), following `use` and `pub use`
//! to the module that defines the item. Comments, string and char literals, and
//! `#[cfg(test)]` items (the inline test modules) are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Cycles between top-level modules that exist today, each a strongly connected component.
/// Remove an entry once its cycle is gone.
const KNOWN_TOP_LEVEL_CYCLES: &[&[&str]] = &[&["app", "class", "settings", "speech", "ui"]];

/// Cycles between the direct children of one module, named by full module path.
const KNOWN_INNER_CYCLES: &[&[&str]] = &[
    &["app::player", "app::quiz"],
    &["class::quiz", "class::state"],
    &["kiosk::lessons", "kiosk::view"],
    &["ui::player", "ui::quiz", "ui::scroll"],
];

/// Words, `::` and single punctuation, each with its line number.
type Tokens = Vec<(String, usize)>;

/// The tokens of Rust source, without comments, string and char literals, and numbers.
fn tokens(src: &str) -> Tokens {
    let c: Vec<char> = src.chars().collect();
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    let is_word = |ch: &char| ch.is_alphanumeric() || *ch == '_';
    let at = |i: usize, s: &[char]| c.get(i..).is_some_and(|r| r.starts_with(s));
    while i < c.len() {
        let start = i;
        let string = string_start(&c[i..]).filter(|_| i == 0 || !is_word(&c[i - 1]));
        if at(i, &['/', '/']) {
            i += c[i..].iter().take_while(|&&ch| ch != '\n').count();
        } else if at(i, &['/', '*']) {
            let mut depth = 0;
            while i < c.len() {
                let (opens, closes) = (at(i, &['/', '*']), at(i, &['*', '/']));
                depth += i32::from(opens) - i32::from(closes);
                i += if opens || closes { 2 } else { 1 };
                if depth == 0 {
                    break;
                }
            }
        } else if let Some((open, hashes, escapes)) = string {
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            i += open;
            while i < c.len() && !at(i, &close) {
                i += if escapes && c[i] == '\\' { 2 } else { 1 };
            }
            i += close.len();
        } else if c[i] == '\'' && (at(i + 1, &['\\']) || at(i + 2, &['\''])) {
            // A char literal; a lifetime or a label has no closing quote after one letter.
            i += if at(i + 1, &['\\']) { 3 } else { 2 };
            i += c[i..].iter().take_while(|&&ch| ch != '\'').count() + 1;
        } else if is_word(&c[i]) {
            i += c[i..].iter().take_while(|ch| is_word(ch)).count();
            if !c[start].is_ascii_digit() {
                out.push((c[start..i].iter().collect(), line));
            }
        } else {
            let n = if at(i, &[':', ':']) { 2 } else { 1 };
            if !c[i].is_whitespace() {
                out.push((c[i..i + n].iter().collect(), line));
            }
            i += n;
        }
        line += c[start..i.min(c.len())]
            .iter()
            .filter(|&&ch| ch == '\n')
            .count();
    }
    out
}

/// A string literal at the start of `c` (`"`, `r"`, `r#"`, `b"`, `br"`, `c"`…): the length of
/// its opening, its count of `#`, and whether backslashes escape in it.
fn string_start(c: &[char]) -> Option<(usize, usize, bool)> {
    let starts = |p: &&str| c.starts_with(&p.chars().collect::<Vec<_>>());
    let p = ["br", "cr", "r", "b", "c", ""].into_iter().find(starts)?;
    let raw = p.ends_with('r');
    let hashes = c[p.len()..]
        .iter()
        .take_while(|&&ch| raw && ch == '#')
        .count();
    (c.get(p.len() + hashes) == Some(&'"')).then_some((p.len() + hashes + 1, hashes, !raw))
}

/// The tokens without the items marked `#[cfg(test)]`: the inline test modules.
fn without_test_items(toks: Tokens) -> Tokens {
    const ATTR: [&str; 7] = ["#", "[", "cfg", "(", "test", ")", "]"];
    let (mut out, mut i) = (Vec::new(), 0);
    while i < toks.len() {
        if !toks[i..].iter().take(7).map(|t| t.0.as_str()).eq(ATTR) {
            out.push(toks[i].clone());
            i += 1;
            continue;
        }
        let mut depth = 0;
        i += ATTR.len();
        // The item ends at its block's closing brace, or at a `;` outside any block.
        while let Some((t, _)) = toks.get(i) {
            match t.as_str() {
                "{" => depth += 1,
                "}" if depth <= 1 => break,
                "}" => depth -= 1,
                ";" if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
        i += 1;
    }
    out
}

fn is_word(t: Option<&(String, usize)>) -> bool {
    t.is_some_and(|(w, _)| w.starts_with(|ch: char| ch.is_alphabetic() || ch == '_'))
}

fn is(t: Option<&(String, usize)>, s: &str) -> bool {
    t.is_some_and(|(w, _)| w == s)
}

/// A name a `use` item brings into scope, the path it stands for as written, and its line.
type Import = (String, Vec<String>, usize);

/// Reads the use tree at `toks[*j]` under `path`, adding each name it brings in to `out`.
fn use_tree(toks: &Tokens, j: &mut usize, mut path: Vec<String>, out: &mut Vec<Import>) {
    while let Some((tok, line)) = toks.get(*j) {
        *j += 1;
        match tok.as_str() {
            "::" => path.push("::".into()), // only at the start: another crate
            "*" => return out.push(("*".into(), path, *line)),
            "{" => {
                while !is(toks.get(*j), "}") && *j < toks.len() {
                    use_tree(toks, j, path.clone(), out);
                    *j += usize::from(is(toks.get(*j), ","));
                }
                *j += 1;
                return;
            }
            _ if !is_word(toks.get(*j - 1)) => return,
            w if is(toks.get(*j), "::") => {
                path.push(w.into());
                *j += 1;
            }
            w => {
                let mut name = w.to_string();
                if is(toks.get(*j), "as") {
                    name = toks.get(*j + 1).map_or(name, |t| t.0.clone());
                    *j += 2;
                }
                if w == "self" {
                    name = if name == "self" {
                        path.last().cloned().unwrap_or_default()
                    } else {
                        name
                    };
                } else {
                    path.push(w.into());
                }
                return out.push((name, path, *line));
            }
        }
    }
}

/// One source file: its module path, its tokens, and the names its `use` items bring in.
struct File {
    name: String,
    module: Vec<String>,
    toks: Tokens,
    /// Private imports count too: the file itself and its child modules see them.
    imports: Vec<Import>,
    /// The token ranges of the `use` items, which the scan for other paths skips.
    uses: Vec<std::ops::Range<usize>>,
}

impl File {
    fn read(root: &Path, path: &Path) -> File {
        let rel = path.strip_prefix(root).unwrap().with_extension("");
        let mut module: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into()).collect();
        if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
            module.pop();
        }
        let toks = without_test_items(tokens(&std::fs::read_to_string(path).unwrap()));
        let (mut imports, mut uses) = (Vec::new(), Vec::new());
        for i in 0..toks.len() {
            // `use<'a>` is a precise-capture bound, not an import.
            if is(toks.get(i), "use") && !is(toks.get(i + 1), "<") {
                let mut j = i + 1;
                use_tree(&toks, &mut j, Vec::new(), &mut imports);
                uses.push(i..j);
            }
        }
        let name = format!("src/{}", path.strip_prefix(root).unwrap().display());
        File {
            name,
            module,
            toks,
            imports,
            uses,
        }
    }

    /// The paths named outside `use` items, with their lines.
    fn paths(&self) -> Vec<(Vec<String>, usize)> {
        let toks = &self.toks;
        let mut out = Vec::new();
        for i in 0..toks.len() {
            let starts = is_word(toks.get(i))
                && is(toks.get(i + 1), "::")
                && !(i > 0 && is(toks.get(i - 1), "::"));
            if starts && !self.uses.iter().any(|r| r.contains(&i)) {
                let mut j = i;
                let mut path = vec![toks[i].0.clone()];
                while is(toks.get(j + 1), "::") && is_word(toks.get(j + 2)) {
                    path.push(toks[j + 2].0.clone());
                    j += 2;
                }
                out.push((path, toks[i].1));
            }
        }
        out
    }
}

/// Every file of the library (main.rs is a crate of its own) and where each module is.
struct Crate {
    files: Vec<File>,
    modules: BTreeMap<Vec<String>, usize>,
}

impl Crate {
    fn read() -> Crate {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let (mut dirs, mut files) = (vec![root.clone()], Vec::new());
        while let Some(dir) = dirs.pop() {
            for path in std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()) {
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && path != root.join("main.rs")
                {
                    files.push(File::read(&root, &path));
                }
            }
        }
        let modules = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.module.clone(), i))
            .collect();
        Crate { files, modules }
    }

    /// The full path, from the crate root, of a path written in `file`; None for another crate.
    fn absolute(&self, file: &File, path: &[String], depth: usize) -> Option<Vec<String>> {
        let mut base = file.module.clone();
        let rest = match path.first()?.as_str() {
            "crate" | "zhulao" => {
                base.clear();
                &path[1..]
            }
            "self" => &path[1..],
            "super" => {
                let ups = path.iter().take_while(|s| *s == "super").count();
                base.truncate(base.len().checked_sub(ups)?);
                &path[ups..]
            }
            _ if self.modules.contains_key(&[&base[..], &path[..1]].concat()) => path,
            first if depth < 8 => {
                let (_, p, _) = file
                    .imports
                    .iter()
                    .find(|(n, p, _)| n == first && p[..] != path[..])?;
                base = self.absolute(file, p, depth + 1)?;
                &path[1..]
            }
            _ => return None,
        };
        Some([&base[..], rest].concat())
    }

    /// The module that defines what a full path names, following imports and re-exports.
    fn defining_module(&self, path: &[String], depth: usize) -> Vec<String> {
        let mut module = Vec::new();
        for (i, seg) in path.iter().enumerate() {
            let child = [&module[..], std::slice::from_ref(seg)].concat();
            if self.modules.contains_key(&child) {
                module = child;
                continue;
            }
            let file = &self.files[self.modules[&module]];
            let import = file
                .imports
                .iter()
                .find(|(n, _, _)| n == seg)
                .filter(|_| depth < 8);
            if let Some(to) = import.and_then(|(_, p, _)| self.absolute(file, p, 0)) {
                return self.defining_module(&[&to[..], &path[i + 1..]].concat(), depth + 1);
            }
            break;
        }
        module
    }

    /// For each module: the dependencies between its direct children.
    fn graphs(&self) -> Graphs {
        let mut out = Graphs::new();
        for file in &self.files {
            let imported = file.imports.iter().map(|(_, p, l)| (p.clone(), *l));
            for (path, line) in imported.chain(file.paths()) {
                let Some(to) = self
                    .absolute(file, &path, 0)
                    .map(|p| self.defining_module(&p, 0))
                else {
                    continue;
                };
                let from = &file.module;
                let shared = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
                if shared < from.len() && shared < to.len() {
                    let edge = (from[..=shared].join("::"), to[..=shared].join("::"));
                    let at = out
                        .entry(from[..shared].to_vec())
                        .or_default()
                        .entry(edge)
                        .or_default();
                    at.insert((file.name.clone(), line));
                }
            }
        }
        out
    }
}

/// For each module, the dependencies between its children and the (file, line)s making them.
type Graphs = BTreeMap<Vec<String>, Graph>;
type Graph = BTreeMap<(String, String), BTreeSet<(String, usize)>>;

/// The strongly connected components with more than one module: modules that reach each
/// other. The graphs are small, so plain reachability does.
fn cycles(graph: &Graph) -> Vec<BTreeSet<String>> {
    let reach = |from: &String| {
        let (mut seen, mut todo) = (BTreeSet::new(), vec![from]);
        while let Some(v) = todo.pop() {
            for (_, b) in graph.keys().filter(|(a, _)| a == v) {
                if seen.insert(b.clone()) {
                    todo.push(b);
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|(a, _)| (a, reach(a))).collect();
    let mut out: Vec<BTreeSet<String>> = Vec::new();
    for (v, from_v) in &reached {
        let both = from_v
            .iter()
            .filter(|u| reached.get(u).is_some_and(|r| r.contains(*v)));
        let component: BTreeSet<String> = both.cloned().collect();
        if component.len() > 1 && !out.contains(&component) {
            out.push(component);
        }
    }
    out
}

/// What is wrong with the cycles under the chosen parents against the known ones.
fn check(parents: impl Fn(&[String]) -> bool, known: &[&[&str]]) -> Vec<String> {
    let known: Vec<BTreeSet<String>> = known
        .iter()
        .map(|k| k.iter().map(|s| s.to_string()).collect())
        .collect();
    let (mut problems, mut found) = (Vec::new(), Vec::new());
    for (parent, graph) in Crate::read().graphs().iter().filter(|(p, _)| parents(p)) {
        for cycle in cycles(graph) {
            if !known.iter().any(|k| cycle.is_subset(k)) {
                let mut text = format!("a new cycle: {}\nits dependencies:\n", list(&cycle));
                for ((a, b), at) in graph
                    .iter()
                    .filter(|((a, b), _)| cycle.contains(a) && cycle.contains(b))
                {
                    let at: Vec<String> =
                        at.iter().take(5).map(|(f, l)| format!("{f}:{l}")).collect();
                    text += &format!(
                        "  {a} -> {b}   at {}{}\n",
                        at.join(", "),
                        if at.len() == 5 { ", …" } else { "" }
                    );
                }
                let parent = if parent.is_empty() {
                    "the crate".into()
                } else {
                    parent.join("::")
                };
                text += &format!("all dependencies inside {parent}:\n");
                for a in graph.keys().map(|(a, _)| a).collect::<BTreeSet<_>>() {
                    let to: Vec<&str> = graph
                        .keys()
                        .filter(|(x, _)| x == a)
                        .map(|(_, b)| b.as_str())
                        .collect();
                    text += &format!("  {a} -> {}\n", to.join(", "));
                }
                problems.push(text);
            }
            found.push(cycle);
        }
    }
    for k in known.iter().filter(|k| !found.contains(k)) {
        let left: Vec<String> = found.iter().filter(|f| f.is_subset(k)).map(list).collect();
        problems.push(format!(
            "the known cycle {} no longer exists (what is left of it: {}): remove it from the list",
            list(k),
            if left.is_empty() {
                "nothing".into()
            } else {
                left.join("; ")
            },
        ));
    }
    problems
}

fn list(modules: &BTreeSet<String>) -> String {
    modules.iter().cloned().collect::<Vec<_>>().join(" ↔ ")
}

#[test]
fn top_level_modules_have_only_the_known_cycles() {
    let problems = check(|p| p.is_empty(), KNOWN_TOP_LEVEL_CYCLES);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn child_modules_have_only_the_known_cycles() {
    let problems = check(|p| !p.is_empty(), KNOWN_INNER_CYCLES);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_scan_skips_comments_and_literals_and_follows_reexports() {
    let code = "let q = '\"'; // crate::a\nfn f<'a>(x: &'a str) { r#\"crate::b\"#; \"crate::c\\\"\"; b'\\''; }";
    let words: Vec<String> = tokens(code).into_iter().map(|t| t.0).collect();
    assert!(!words.contains(&"crate".to_string()), "{words:?}");
    assert!(words.contains(&"str".to_string()) && words.contains(&"}".to_string()));
    // lesson/mod.rs re-exports `Lesson` from lesson::model.
    let krate = Crate::read();
    let lesson = ["lesson", "Lesson"].map(String::from);
    assert_eq!(krate.defining_module(&lesson, 0), ["lesson", "model"]);
    assert!(krate.graphs()[&Vec::new()].contains_key(&("app".into(), "lesson".into())));
}
