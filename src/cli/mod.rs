//! Command-line interface (clap derive), and the quick path for the interactive start.

pub mod quick;
mod reports;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use crate::ui::theme::ThemeName;
pub use reports::{ExportCommand, PeriodArgs, ReportCommand};

/// 助老：智慧助老智能手机培训 / smartphone lessons for seniors.
#[derive(Debug, Parser)]
#[command(name = "zhulao", version, about, long_about = None)]
pub struct Cli {
    /// 额外的课程文件夹（可写多次），同编号的课程替换自带的 / Extra lesson folder (repeatable); same id replaces a bundled lesson.
    #[arg(long = "lessons", value_name = "DIR", global = true)]
    pub lessons: Vec<PathBuf>,

    /// 数据文件夹（默认：环境变量 ZHULAO_DATA_DIR，或系统的数据目录）/ Data folder.
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// 界面语言（默认按设置文件，否则中文）/ Interface language (default: settings, else zh).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,

    /// 配色（默认按设置文件）/ Colour theme (default: settings).
    #[arg(long, value_enum, global = true)]
    pub theme: Option<ThemeName>,

    /// 设置文件（默认在系统的配置文件夹里）/ Settings file (default: the platform config folder).
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// What to run; without a command, the interactive program starts.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands of `zhulao`, besides starting the interactive program.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// 讲师上课模式：签到、一步一步讲、名单打勾、课后题、小结 / Trainer mode: run a class.
    Class,
    /// 写课程的工具：检查、模板、schema / Tools for lesson authors.
    Lesson {
        /// Which lesson tool to run.
        #[command(subcommand)]
        command: LessonCommand,
    },
    /// 学员：添加、列出、查看、改名、合并 / Learners.
    Learner {
        /// What to do with learner records.
        #[command(subcommand)]
        command: LearnerCommand,
    },
    /// 学习记录文件：位置、备份、检查 / The progress database.
    Data {
        /// What to do with the progress database.
        #[command(subcommand)]
        command: DataCommand,
    },
    /// 导出表格（Excel、WPS 能打开）/ Export spreadsheets.
    Export {
        /// Which spreadsheet to write.
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// 统计报表 / Reports.
    Report {
        /// Which report to make.
        #[command(subcommand)]
        command: ReportCommand,
    },
    /// 活动安排：提前排好哪天、几点、在哪、讲哪节课、谁讲、预计多少人 / Plan sessions ahead.
    Plan {
        /// What to do with the plans.
        #[command(subcommand)]
        command: PlanCommand,
    },
    /// 上过的课：列出来，设讲师和助教 / Class sessions held: list them, set trainer and assistants.
    Session {
        /// What to do with the sessions.
        #[command(subcommand)]
        command: SessionCommand,
    },
    /// 这台电脑在区里的身份：编号和地点 / This machine in the district: its id and site.
    Setup {
        /// 设这台电脑的地点（一次设好，上传到区里时用）/ Set this machine's site.
        #[arg(long)]
        site: Option<String>,
    },
    /// 区里的数据库（PostgreSQL）：建表、升级 / The district database (PostgreSQL).
    District {
        /// What to do with the district database.
        #[command(subcommand)]
        command: DistrictCommand,
    },
    /// 把新的学习记录上传到区里的数据库 / Upload what is new to the district database.
    Sync {
        /// 区里数据库的地址，如 postgres://用户:密码@服务器/数据库?sslmode=require / The district database URL.
        #[arg(long, value_name = "URL")]
        to: String,
        /// 同时取回别的地点登记的学员、合并和删除 / Also take in learners, merges and erasures from elsewhere.
        #[arg(long)]
        pull: bool,
    },
    /// 图书馆自助模式：锁定的自助练习，退出要工作人员密码 / Kiosk mode: locked self-paced practice.
    Kiosk {
        /// 多少秒没人操作就问“还在吗？”（默认按设置文件，180 秒）/ Idle seconds before "are you still there?".
        #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u32).range(5..))]
        idle_timeout: Option<u32>,
        /// 地点，显示在欢迎页上（默认按设置文件）/ Site name shown on the welcome screen.
        #[arg(long)]
        site: Option<String>,
        /// 不自动朗读每一步 / Do not read each step aloud.
        #[arg(long)]
        no_read_aloud: bool,
        /// `set-pin` sets the staff PIN; without it, the kiosk starts.
        #[command(subcommand)]
        command: Option<KioskCommand>,
    },
}

/// What `zhulao district` does.
#[derive(Debug, Subcommand)]
pub enum DistrictCommand {
    /// 在区里的数据库里建好（或升级）助老的表 / Create or upgrade zhulao's tables in the district database.
    Init {
        /// 区里数据库的地址 / The district database URL.
        url: String,
    },
}

/// What `zhulao kiosk` can do instead of starting the kiosk.
#[derive(Debug, Subcommand)]
pub enum KioskCommand {
    /// 设置工作人员密码（只保存加密后的样子）/ Set the staff PIN (only its hash is stored).
    SetPin,
}

/// What `zhulao plan` does.
#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// 加一条安排 / Add a planned session.
    Add {
        /// 日期，如 2026-11-23 / The day.
        #[arg(long, value_name = "DATE")]
        date: String,
        /// 时间，如 09:30 或 09:30-11:00 / The time.
        #[arg(long, value_name = "TIME")]
        time: String,
        /// 地点 / The site.
        #[arg(long)]
        site: String,
        /// 课程编号 / The lesson's id.
        #[arg(long = "lesson", id = "plan_lesson", value_name = "ID")]
        lesson: String,
        /// 主讲 / The trainer.
        #[arg(long)]
        trainer: String,
        /// 预计人数 / Participants expected.
        #[arg(long, value_name = "N")]
        expected: u32,
    },
    /// 列出安排 / List the plans.
    List {
        /// Which dates and site.
        #[command(flatten)]
        period: PeriodArgs,
    },
    /// 删除一条安排（写编号）/ Remove a plan by its number.
    Remove {
        /// 安排的编号（plan list 里第一列）/ The plan's number.
        id: i64,
    },
}

/// What `zhulao session` does.
#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// 列出上过的课和讲师、助教 / List sessions with their trainer and assistants.
    List {
        /// Which dates and site.
        #[command(flatten)]
        period: PeriodArgs,
    },
    /// 设这次课的讲师和助教（助教写几次 --assistant 就几位）/ Set a session's trainer and assistants.
    Volunteers {
        /// 第几次课（课的编号）/ The session's number.
        id: i64,
        /// 主讲讲师（不写就不变）/ The lead trainer (unchanged when left out).
        #[arg(long)]
        lead: Option<String>,
        /// 助教（可写多次；一个也不写就是没有助教）/ An assistant (repeatable; none clears them).
        #[arg(long = "assistant", value_name = "NAME")]
        assistants: Vec<String>,
    },
}

/// What `zhulao learner` does with learner records.
#[derive(Debug, Subcommand)]
pub enum LearnerCommand {
    /// 添加学员 / Add a learner.
    Add {
        /// 显示的名字 / Display name.
        name: String,
        /// 学员号（3 到 12 位数字，不写就自动分配）/ Learner code (digits; assigned if omitted).
        #[arg(long)]
        code: Option<String>,
        /// 备注，例如“眼睛不好，需要大字” / A short note.
        #[arg(long)]
        notes: Option<String>,
    },
    /// 列出全部学员 / List learners.
    List,
    /// 看一个学员的学习情况 / Show one learner's progress.
    Show {
        /// 学员号 / Learner code.
        code: String,
    },
    /// 改名字 / Rename a learner.
    Rename {
        /// 学员号 / Learner code.
        code: String,
        /// 新名字 / New name.
        name: String,
    },
    /// 把同一个人的两条记录合并成一条 / Merge two records of the same person.
    Merge {
        /// 保留的学员号 / Code to keep.
        keep: String,
        /// 并进来的学员号（这条记录会消失，学习记录都保留）/ Code merged in (its events are kept).
        other: String,
    },
    /// 删除一位学员：姓名和全部学习记录从数据文件中抹去 / Erase a learner and all their records.
    Delete {
        /// 学员号 / Learner code.
        code: String,
    },
    /// 从报名表（Excel 或 CSV）导入学员，先看预览，确认了才写入 / Import learners from a sign-up sheet.
    Import(ImportArgs),
}

/// `zhulao learner import FILE`: which sheet and columns, and whether to ask.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// 报名表文件（.xlsx、.xls、.ods 或 .csv）/ The sign-up sheet (.xlsx, .xls, .ods or .csv).
    pub file: PathBuf,
    /// 读哪张工作表（默认：第一张有内容的）/ Which sheet of a workbook (default: the first with data).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// 姓名在哪一列：列字母（B）、第几列（2）或表头文字 / The name column: letter, number or header.
    #[arg(long, value_name = "COLUMN")]
    pub name_column: Option<String>,
    /// 电话在哪一列 / The phone column.
    #[arg(long, value_name = "COLUMN")]
    pub phone_column: Option<String>,
    /// 备注在哪一列 / The notes column.
    #[arg(long, value_name = "COLUMN")]
    pub notes_column: Option<String>,
    /// 社区在哪一列 / The community column.
    #[arg(long, value_name = "COLUMN")]
    pub community_column: Option<String>,
    /// 不再问，直接导入 / Import without asking.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// What `zhulao data` does with the progress database.
#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// 显示数据文件夹和学习记录文件的位置 / Show where the data is.
    Path,
    /// 备份学习记录（程序运行时也可以）/ Back up the progress database (safe while in use).
    Backup {
        /// 备份文件（默认：数据文件夹/backups/zhulao-日期.db）/ Output file.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// 完整检查学习记录文件 / Run a full integrity check.
    Check,
    /// 把没上传的记录写成一个数据包文件（拷到 U 盘带去区里）/ Write the changes not yet sent to a pack file.
    Pack {
        /// 数据包文件 / The pack file.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// 写全部记录，不只是上次打包以后的 / Every record, not only those since the last pack.
        #[arg(long)]
        all: bool,
    },
    /// 导入一个数据包：导入这台电脑，或用 --to 导入区里的数据库 / Import a pack here, or into the district database.
    Import {
        /// 数据包文件 / The pack file.
        file: PathBuf,
        /// 导入区里的数据库（不写就导入这台电脑）/ Import into the district database at this URL.
        #[arg(long, value_name = "URL")]
        to: Option<String>,
        /// 回执也写到这个文件 / Also write the receipt to this file.
        #[arg(long, value_name = "FILE")]
        receipt: Option<PathBuf>,
    },
}

/// The tools `zhulao lesson` gives lesson authors.
#[derive(Debug, Subcommand)]
pub enum LessonCommand {
    /// 检查课程文件或文件夹；不写路径时检查程序会加载的全部课程 / Check lesson files or folders.
    Check {
        /// 课程文件或文件夹 / Lesson files or folders.
        paths: Vec<PathBuf>,
    },
    /// 打印课程文件的 JSON Schema，给编辑器用 / Print the JSON Schema of lesson files.
    Schema,
    /// 看朗读会说什么、朗读程序拿到什么（拼音），可以直接读出来 / What read-aloud says for each step.
    Speak {
        /// 课程文件，或课程编号 / A lesson file or a lesson id.
        lesson: String,
        /// 只看第几步（从 1 数）/ Only this step (from 1).
        #[arg(long)]
        step: Option<usize>,
        /// 同时读出来 / Read it aloud as well.
        #[arg(long)]
        say: bool,
    },
    /// 写一个带注释的新课程模板 / Write a commented template for a new lesson.
    New {
        /// 新课程的编号，例如 wechat-video-call / The new lesson's id.
        id: String,
        /// 写到哪个文件（默认：当前文件夹下的 编号.toml）/ Output file (default: ./ID.toml).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// 边写边看：保存课程文件后马上看到学员、上课投影、自助机看到的样子 / Live preview of a lesson file.
    Preview {
        /// 课程文件 / The lesson file.
        file: PathBuf,
        /// 从第几步开始（从 1 数）/ Open at this step (from 1).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        step: Option<u32>,
        /// 画在多大的框里，如 40x15、80x24、120x40（默认整个窗口）/ Draw in a box this size.
        #[arg(long, value_name = "COLSxROWS", value_parser = parse_size)]
        size: Option<crate::preview::Size>,
    },
    /// 打印用的大字讲义（A4 网页，每步一张卡片）/ A big-type printable handout (A4 HTML).
    Handout {
        /// 课程文件，或课程编号 / A lesson file or a lesson id.
        lesson: String,
        /// 写到哪个文件（.html）；写 - 就输出到屏幕 / Output file (.html); - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
}

/// Reads `--size 40x15`.
fn parse_size(text: &str) -> Result<crate::preview::Size, String> {
    crate::preview::Size::parse(text)
        .ok_or_else(|| format!("{text}: 40x15, 80x24, 120x40 (20x8 to 400x200)"))
}
