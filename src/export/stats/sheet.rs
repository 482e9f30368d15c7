//! The statistics table as the bureau's form asks: the title, period, site, 填报单位 and
//! date over it; a row per site, form and domain, each site's 小计 and the district's 合计;
//! the definitions and where to sign under it. Beside it, person-times per site and domain
//! with two charts (by domain, by site); and the same table as text for the terminal.

use unicode_width::UnicodeWidthStr;

use super::super::Cell;
use super::super::book::hours_text;
use super::super::book::{Context, Table, heading};
use super::chart::{Area, ChartSpec, Kind};
use super::table::{Activity, Figures, Period, RowKind, StatsRow};
use super::units::Form;
use crate::i18n::Lang;
use crate::lesson::model::Category;

/// The definitions printed under the table, one a line.
pub fn definitions(lang: Lang) -> Vec<String> {
    let t = &lang.text().reports;
    [
        t.definitions,
        t.def_sessions,
        t.def_hours,
        t.def_person_times,
        t.def_learners,
        t.def_new,
        t.def_volunteers,
        t.def_score,
        t.def_sums,
    ]
    .map(str::to_string)
    .to_vec()
}

fn headers(lang: Lang) -> Vec<String> {
    let t = &lang.text().reports;
    [
        lang.text().ui.site,
        t.form,
        t.domain,
        t.sessions,
        t.hours,
        t.person_times,
        t.learners,
        t.new_learners,
        t.volunteers,
        t.volunteer_hours,
        t.average_score,
    ]
    .map(str::to_string)
    .to_vec()
}

/// A domain's name; "其他" for lessons no longer offered.
pub fn domain_name(d: Option<Category>, lang: Lang) -> String {
    d.map_or(lang.text().reports.domain_other, |c| c.name(lang))
        .to_string()
}

/// A form's name.
pub fn form_name(f: Form, lang: Lang) -> &'static str {
    let t = &lang.text().reports;
    match f {
        Form::Class => t.form_class,
        Form::SelfPractice => t.form_self,
    }
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn labels(r: &StatsRow, lang: Lang) -> [String; 3] {
    let t = &lang.text().reports;
    match r.kind {
        RowKind::Line => [
            r.site.clone(),
            r.form
                .map_or_else(String::new, |f| form_name(f, lang).to_string()),
            domain_name(r.domain, lang),
        ],
        RowKind::Subtotal => [r.site.clone(), t.subtotal.to_string(), String::new()],
        RowKind::Total => [t.total.to_string(), String::new(), String::new()],
    }
}

/// Which of [`numbers`] show one decimal always: the hours (课时, 志愿服务时长) and the
/// average score (75.0, as the terminal shows it).
const ONE_DECIMAL: [usize; 3] = [1, 6, 7];

fn numbers(f: &Figures) -> [Option<f64>; 8] {
    [
        Some(f.sessions as f64),
        Some(f.hours()),
        Some(f.person_times as f64),
        Some(f.learners as f64),
        Some(f.new_learners as f64),
        Some(f.volunteers as f64),
        Some(f.volunteer_hours()),
        f.average_score.map(one_decimal),
    ]
}

/// The table's rows as cells: lines, subtotals, then the total.
pub fn rows(a: &Activity, lang: Lang) -> Vec<Vec<Cell>> {
    a.rows
        .iter()
        .chain(std::iter::once(&a.total))
        .map(|r| {
            let mut cells: Vec<Cell> = labels(r, lang).into_iter().map(Cell::Text).collect();
            cells.extend(numbers(&r.figures).into_iter().enumerate().map(|(i, n)| {
                match (n, ONE_DECIMAL.contains(&i)) {
                    (None, _) => Cell::Empty,
                    (Some(h), true) => Cell::OneDecimal(h),
                    (Some(x), false) => Cell::Number(x),
                }
            }));
            cells
        })
        .collect()
}

/// A table with its rows.
pub type Filled = (Table, Vec<Vec<Cell>>);

/// The statistics table and the sheet of person-times by domain, with their charts.
pub fn activity_tables(
    a: &Activity,
    period: &Period,
    cx: &Context,
) -> (Vec<Filled>, Vec<ChartSpec>) {
    let t = &cx.lang.text().reports;
    let w = &cx.lang.text().export;
    let body = rows(a, cx.lang);
    let mut table = Table::plain(t.stats_title, headers(cx.lang)).fit_rows(&body);
    for width in table.widths.iter_mut().skip(3) {
        *width = width.clamp(9.0, 12.0);
    }
    table.widths[0] = table.widths[0].min(24.0);
    table.heading = heading(t.stats_title, Some(period), &[], cx);
    table.footer = definitions(cx.lang);
    table.footer.push(w.signature_line.to_string());
    table.freeze = 3;
    let (domains, domain_rows) = by_domain(a, cx.lang);
    let mut second = Table::plain(t.domain_sheet, domains).fit_rows(&domain_rows);
    // Room for the lines over the table, which span its columns; wide enough to print
    // landscape, where the two charts stand side by side.
    let room: f64 = second.widths.iter().sum();
    if room < 92.0 {
        let more = (92.0 - room) / second.widths.len() as f64;
        for width in &mut second.widths {
            *width += more;
        }
    }
    let beside = column_at(&second.widths, 580.0);
    second.heading = heading(t.domain_sheet, Some(period), &[], cx);
    let sites = a.by_domain.sites.len() as i64;
    let columns = a.by_domain.domains.len() as u16;
    let mut charts = Vec::new();
    if sites > 0 && columns > 0 {
        let name = t.person_times.to_string();
        // The 合计 row (under the sites) across the domain columns, named by the header.
        charts.push(ChartSpec {
            table: 1,
            kind: Kind::Column,
            title: t.chart_by_domain.to_string(),
            categories: Area::row(-1, 1, columns),
            series: vec![(name.clone(), Area::row(sites, 1, columns))],
            on: 1,
            at: (sites as u32 + 2, 0),
            new_page: false,
        });
        // The 合计 column down the sites.
        charts.push(ChartSpec {
            table: 1,
            kind: Kind::Bar,
            title: t.chart_by_site.to_string(),
            categories: Area::column(0, 0, sites - 1),
            series: vec![(name, Area::column(columns + 1, 0, sites - 1))],
            // Beside the first, not under it: stacked, a page break would cut one.
            on: 1,
            at: (sites as u32 + 2, beside),
            new_page: false,
        });
    }
    (vec![(table, body), (second, domain_rows)], charts)
}

/// The first column whose left edge is at least `px` pixels from the sheet's left edge
/// (7 pixels a digit width and 5 of padding; columns past `widths` are Excel's default).
fn column_at(widths: &[f64], px: f64) -> u16 {
    let mut x = 0.0;
    let mut col = 0u16;
    while x < px {
        let w = widths.get(usize::from(col)).copied().unwrap_or(8.43);
        x += 7.0 * w + 5.0;
        col += 1;
    }
    col
}

/// Person-times per site (rows) and domain (columns), with a total row and column.
fn by_domain(a: &Activity, lang: Lang) -> (Vec<String>, Vec<Vec<Cell>>) {
    let t = &lang.text().reports;
    let b = &a.by_domain;
    let mut header = vec![lang.text().ui.site.to_string()];
    header.extend(b.domains.iter().map(|d| domain_name(*d, lang)));
    header.push(t.total.to_string());
    let mut totals = vec![0usize; b.domains.len()];
    let mut out = Vec::new();
    for (site, counts) in &b.sites {
        let mut row = vec![Cell::Text(site.clone())];
        for (i, n) in counts.iter().enumerate() {
            totals[i] += n;
            row.push(Cell::Number(*n as f64));
        }
        row.push(Cell::Number(counts.iter().sum::<usize>() as f64));
        out.push(row);
    }
    let mut last = vec![Cell::Text(t.total.to_string())];
    last.extend(totals.iter().map(|n| Cell::Number(*n as f64)));
    last.push(Cell::Number(totals.iter().sum::<usize>() as f64));
    out.push(last);
    (header, out)
}

fn pad(text: &str, width: usize, right: bool) -> String {
    let gap = " ".repeat(width.saturating_sub(text.width()));
    if right {
        format!("{gap}{text}")
    } else {
        format!("{text}{gap}")
    }
}

/// The table for the terminal: aligned columns (Chinese counts two cells), names cleaned
/// of control characters, a rule above each subtotal and the total, the definitions under.
pub fn activity_text(a: &Activity, lang: Lang) -> String {
    let clean = crate::lesson::sanitize::escape_controls;
    let mut table: Vec<(RowKind, Vec<String>)> = vec![(RowKind::Line, headers(lang))];
    for r in a.rows.iter().chain(std::iter::once(&a.total)) {
        let mut cells: Vec<String> = labels(r, lang).iter().map(|s| clean(s)).collect();
        let n = numbers(&r.figures);
        for (i, x) in n.iter().enumerate() {
            cells.push(match (i, x) {
                (_, None) => "-".into(),
                (i, Some(v)) if ONE_DECIMAL.contains(&i) => hours_text(*v),
                (_, Some(v)) => format!("{v}"),
            });
        }
        table.push((r.kind, cells));
    }
    let columns = table[0].1.len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            table
                .iter()
                .map(|(_, row)| row[c].width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let rule = "-".repeat(widths.iter().sum::<usize>() + 2 * (columns - 1));
    let mut out = String::new();
    for (i, (kind, row)) in table.iter().enumerate() {
        if *kind != RowKind::Line {
            out.push_str(&rule);
            out.push('\n');
        }
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| pad(cell, widths[c], c >= 3 && i > 0))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
        if i == 0 {
            out.push_str(&rule);
            out.push('\n');
        }
    }
    for line in definitions(lang) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}
