//! The catalogue's structs: what every language must say, grouped by concern (the large
//! groups have a file each).

mod authoring;
mod district;
mod errors;
mod modes;
mod reports;
mod room;
mod signup;
mod ui;
mod week;

pub use authoring::*;
pub use district::*;
pub use errors::*;
pub use modes::*;
pub use reports::*;
pub use room::*;
pub use signup::*;
pub use ui::*;
pub use week::*;

use super::Template;

catalogue! {
    /// Every user-visible text of one language.
    pub struct Text {
        /// The language's own name and tag.
        pub language: LanguageText,
        /// The main screens and commands, and the words the other parts share with them.
        pub ui: UiText,
        /// Class mode: the trainer's screens.
        pub class: ClassText,
        /// Class mode's week: groups, past sessions, learners of the same name.
        pub week: WeekText,
        /// Class mode in the room: plans, leaving early, class time, hard steps.
        pub room: RoomText,
        /// Kiosk mode: the learner's self-service screens and its staff commands.
        pub kiosk: KioskText,
        /// The activity report, the learner record and the certificate.
        pub export: ExportText,
        /// The activity reports: statistics, volunteers, plans, step difficulty.
        pub reports: ReportText,
        /// The names of the lesson categories.
        pub categories: CategoryText,
        /// The names of the lesson levels.
        pub levels: LevelText,
        /// Problems found in lesson (and settings) files.
        pub lesson_errors: LessonErrorText,
        /// Problems with the progress store and with learner input.
        pub store_errors: StoreErrorText,
        /// The lesson preview and the printable handout.
        pub authoring: AuthoringText,
        /// Importing sign-up sheets and printing learner cards.
        pub signup: SignupText,
        /// A district of sites: setup, the district database, sync, packs.
        pub district: DistrictText,
    }

    /// How a language names itself.
    pub struct LanguageText {
        /// In its own interface's settings.
        pub name: &'static str,
        /// In another interface's settings, with a gloss if that helps a helper find it.
        pub name_elsewhere: &'static str,
        /// Its BCP 47 tag, for documents such as the certificate.
        pub tag: &'static str,
    }

    /// Column names and labels of the activity report, learner record and certificate.
    pub struct ExportText {
        /// Activity report: the column of class sessions held.
        pub sessions: &'static str,
        /// Activity report: the column of attendances, one per learner per session.
        pub person_times: &'static str,
        /// Activity report: the column of different learners.
        pub learners: &'static str,
        /// Activity report: the column of lessons completed.
        pub completions: &'static str,
        /// Activity report: the column of the average check-question score.
        pub average_score: &'static str,
        /// Activity report: the column of hours of training.
        pub hours: &'static str,
        /// Activity report: the label of the totals row.
        pub total: &'static str,
        /// The name of the activity report's sheet.
        pub activity_sheet: &'static str,
        /// `zhulao report activity`: printed when the period had no class sessions.
        pub no_sessions: &'static str,
        /// The name of the learner record's sheet.
        pub record_sheet: &'static str,
        /// Learner record: the lesson status column.
        pub status: &'static str,
        /// Learner record: the steps-done column.
        pub steps_done: &'static str,
        /// Learner record: the date each lesson was finished.
        pub finished_on: &'static str,
        /// Learner record: the minutes spent on each lesson.
        pub minutes_spent: &'static str,
        /// Learner record: the check questions answered right.
        pub quiz_right: &'static str,
        /// The certificate's page title and heading.
        pub certificate_title: &'static str,
        /// The certificate's first paragraph: learner {name} with code {code} completed
        /// {count} lessons, {hours} 学时 in all.
        pub certificate_body: Template,
        /// The certificate's last line: issued on {date}.
        pub certificate_issued: Template,
        /// The certificate's number, {number}, at its top.
        pub certificate_number: Template,
        /// The certificate: the issuing unit, {unit}, over the place for its stamp.
        pub certificate_issuer: Template,
        /// The certificate: the word in the empty stamp circle.
        pub certificate_stamp: &'static str,
        /// The certificate: where the person in charge signs.
        pub certificate_signature: &'static str,
        /// The certificate's lesson table: the column of numbers.
        pub certificate_col_number: &'static str,
        /// The certificate's lesson table: the column of 学时.
        pub certificate_col_hours: &'static str,
        /// The certificate: how 学时 are counted.
        pub certificate_hours_note: &'static str,
        /// No certificate: {name} ({code}) has completed no lesson.
        pub certificate_nothing: Template,
        /// `export certificates`: {count} certificates written to {path}.
        pub certificates_written: Template,
        /// `export certificates`: a learner of the class left out, {name} ({code}).
        pub certificate_skipped: Template,
        /// `export certificates`: nobody in class {id} has completed a lesson.
        pub certificates_none: Template,
        /// `export certificates`: no class session has the number {id}.
        pub unknown_session: Template,
        /// `export certificates`: a recent session, {id} {date} {site} {lesson}.
        pub session_line: Template,
        /// The learner record's title.
        pub record_title: &'static str,
        /// The learner record's heading line: {name} with learner code {code}.
        pub record_learner: Template,
        /// Learner record: the column of the lesson's steps.
        pub steps_total: &'static str,
        /// Learner record: the column of the lesson's check questions.
        pub quiz_total: &'static str,
        /// The activity statistics: where the person filling it in signs.
        pub signature_line: &'static str,
        /// `zhulao export learner`: no learner has the code {code}.
        pub unknown_learner: Template,
        /// A `--from` or `--to` date, {date}, that cannot be read.
        pub bad_date: Template,
        /// `zhulao export progress --lesson {id}`: no lesson has that id.
        pub unknown_lesson: Template,
        /// `--format {asked}` and a file name, {path}, that asks for {named}.
        pub format_mismatch: Template,
        /// A file's heading: the period from {from} to {to} and the site {site}.
        pub period_line: Template,
        /// The period's start when it has none: the first record.
        pub period_start: &'static str,
        /// The site when every site is counted.
        pub all_sites: &'static str,
        /// A file's heading: reported by {unit} on {date}, made by zhulao {version}.
        pub made_line: Template,
        /// The reporting unit when the settings name none: a blank to fill in by hand.
        pub unit_blank: &'static str,
        /// A printed page's footer: page {page} of {pages}.
        pub page_footer: Template,
        /// The progress sheet's title.
        pub progress_title: &'static str,
        /// A filtered progress sheet: the cells count only the period's (and site's) steps.
        pub filtered_note: &'static str,
        /// The progress sheet: a lesson's heading over its columns, {title} of {total} steps.
        pub lesson_steps: Template,
        /// The progress sheet: the column of steps done, under the lesson's heading.
        pub steps_short: &'static str,
        /// A step-level sheet's title: how each step of {title} went.
        pub steps_title: Template,
        /// A command that only reads: the data folder {dir} does not exist.
        pub no_data_folder: Template,
        /// A command that only reads: there is no database file, {path}, in the data folder.
        pub no_database: Template,
    }

    /// The lesson categories' names, as the home screen groups lessons.
    pub struct CategoryText {
        /// Lessons on phone basics, such as text size and settings.
        pub basics: &'static str,
        /// Lessons on staying in touch: chat, voice messages, video calls.
        pub social: &'static str,
        /// Lessons on mobile payment: paying by QR code, showing a payment code.
        pub finance: &'static str,
        /// Lessons on getting around, such as hailing a ride.
        pub travel: &'static str,
        /// Lessons on health care: appointments, the medical insurance code, reports.
        pub health: &'static str,
        /// Lessons on fraud prevention: spotting scam calls, links and tricks.
        pub fraud: &'static str,
        /// Lessons on shopping online.
        pub shopping: &'static str,
        /// Lessons on daily services, such as paying bills.
        pub services: &'static str,
        /// Lessons on online learning: taking classes on the phone.
        pub learning: &'static str,
        /// Lessons on healthy ageing: keeping well in later life.
        pub wellbeing: &'static str,
    }

    /// The lesson levels' names.
    pub struct LevelText {
        /// The level for doing something on a phone for the first time.
        pub beginner: &'static str,
        /// The level for someone who knows a little and wants to be surer.
        pub basic: &'static str,
        /// The level for someone who already uses it and wants to learn more.
        pub advanced: &'static str,
    }
}
