//! The cell formats of zhulao's workbooks: a large bold title, small lines and notes over
//! the table, a grey bold header, and thin-bordered cells for text, numbers and dates
//! (dates long or short in the sheet's language).

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder};

use super::book::Dates;
use super::dates::{date_cell_format, short_date_cell_format};
use crate::i18n::Lang;

/// The formats one sheet writes with.
pub(super) struct Formats {
    pub(super) title: Format,
    /// The title where it must not be merged (see `xlsx_out::SheetOut::new`).
    pub(super) title_left: Format,
    pub(super) line_wrapped: Format,
    pub(super) line: Format,
    pub(super) note: Format,
    pub(super) head: Format,
    pub(super) text: Format,
    pub(super) quoted: Format,
    pub(super) number: Format,
    pub(super) one_decimal: Format,
    pub(super) date: Format,
    pub(super) blank: Format,
}

impl Formats {
    pub(super) fn new(dates: Dates, lang: Lang) -> Formats {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        let date_format = match dates {
            Dates::Long => date_cell_format(lang),
            Dates::Short => short_date_cell_format(lang),
        };
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            title_left: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_text_wrap()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::VerticalCenter),
            line: Format::new()
                .set_font_size(10)
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::VerticalCenter),
            line_wrapped: Format::new()
                .set_font_size(10)
                .set_text_wrap()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::VerticalCenter),
            note: Format::new()
                .set_font_size(10)
                .set_text_wrap()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::VerticalCenter),
            head: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_background_color("#E7E6E6"),
            text: cell.clone().set_text_wrap(),
            quoted: cell.clone().set_text_wrap().set_quote_prefix(),
            number: cell.clone(),
            one_decimal: cell.clone().set_num_format("0.0"),
            date: cell
                .clone()
                .set_num_format(date_format)
                .set_align(FormatAlign::Left),
            blank: cell,
        }
    }
}
