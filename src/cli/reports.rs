//! The subcommands that write sheets and reports: `zhulao export` and `zhulao report`,
//! and the dates and site they cover.

use std::path::PathBuf;

use clap::Subcommand;

/// What `zhulao export` writes.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// 学员进度表：每位学员一行，每节课一组列 / Progress sheet: a row per learner, columns per lesson.
    Progress {
        /// 格式（默认按文件名：.csv 是 CSV，其他是 Excel）/ Format (default: from the file name).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// 只导出这节课（课程编号，可写多次）/ Only these lessons (ids, repeatable).
        // Its own id: the global `--lessons` already uses the id `lessons`.
        #[arg(long = "lesson", id = "only_lesson", value_name = "ID")]
        lessons: Vec<String>,
        /// Lists only learners active in these dates, or in a class at this site.
        #[command(flatten)]
        period: PeriodArgs,
        /// 按区里的数据库导出所有地点的学员（postgres://…）/ Every site's learners, from the district database at this URL.
        #[arg(long, value_name = "URL")]
        district: Option<String>,
    },
    /// 一位学员的学习档案，或结业证书（--certificate，A4 网页）/ One learner's record or certificate.
    Learner {
        /// 学员号 / Learner code.
        code: String,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// 格式（默认按文件名：.csv 是 CSV，其他是 Excel）/ Format (default: from the file name).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// 写结业证书（HTML，能直接打印在 A4 纸上）/ Write a printable completion certificate (HTML).
        #[arg(long)]
        certificate: bool,
    },
    /// 学员卡（A4 网页，一页 8 张，剪开发给学员）/ Learner cards to print and cut (A4 HTML, 8 a page).
    Cards {
        /// 只印这些学员（学员号，可写多个）/ Only these learners (codes).
        #[arg(long = "learner", value_name = "CODE", num_args = 1..)]
        learners: Vec<String>,
        /// 只印这次课的学员 / Only the learners of this class session.
        #[arg(long, value_name = "ID")]
        session: Option<i64>,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// 一次课全班的结业证书，一人一页，在一个文件里（HTML）/ A class's certificates in one file.
    Certificates {
        /// 第几次课（课的编号；写错了会列出最近的课）/ The class session's number.
        #[arg(long, value_name = "ID")]
        session: i64,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
}

/// Which dates and site a report covers.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PeriodArgs {
    /// 从这天起（含），如 2026-10-19 / From this date (inclusive).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// 到这天止（含）/ To this date (inclusive).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// 只算这个地点 / Only this site.
    #[arg(long, value_name = "SITE")]
    pub site: Option<String>,
}

/// The reports `zhulao report` makes.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// 活动情况统计表：每个地点按形式、领域分行，有小计和合计，附说明 / Activity statistics.
    Activity {
        /// Which dates and site the report covers.
        #[command(flatten)]
        period: PeriodArgs,
        /// 同时写成表格（需要 -o）/ Also write a spreadsheet (needs -o).
        #[arg(long, value_enum, requires = "output")]
        format: Option<crate::export::Format>,
        /// 按区里的数据库统计所有地点（postgres://…）/ Count from the district database at this URL.
        #[arg(long, value_name = "URL")]
        district: Option<String>,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// 志愿者服务时长表：每位讲师、助教每次课一行，可以上传到志愿服务平台 / Volunteer hours ledger.
    Volunteers {
        /// Which dates and site the ledger covers.
        #[command(flatten)]
        period: PeriodArgs,
        /// 按区里的数据库统计所有地点（postgres://…）/ Count from the district database at this URL.
        #[arg(long, value_name = "URL")]
        district: Option<String>,
        /// 格式（默认按文件名）/ Format (default: from the file name).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// 报给教育局的表：活动统计和每位学员的数字，只有学员号，没有任何姓名 / For the bureau: codes and counts only.
    Bureau {
        /// Which dates and site the file covers.
        #[command(flatten)]
        period: PeriodArgs,
        /// 按区里的数据库统计所有地点（postgres://…）/ Count from the district database at this URL.
        #[arg(long, value_name = "URL")]
        district: Option<String>,
        /// 格式（默认按文件名）/ Format (default: from the file name).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// 主要活动安排表 / The planned activities of a period.
    Plan {
        /// Which dates and site the plan covers.
        #[command(flatten)]
        period: PeriodArgs,
        /// 按区里的数据库统计所有地点（postgres://…）/ Count from the district database at this URL.
        #[arg(long, value_name = "URL")]
        district: Option<String>,
        /// 格式（默认按文件名）/ Format (default: from the file name).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// 课程步骤难点表：每一步做错、需要帮助、用时、没学完的人数 / Which steps hold learners back.
    Steps {
        /// 只看这节课（课程编号）/ Only this lesson (its id).
        #[arg(long = "lesson", id = "steps_lesson", value_name = "ID")]
        lesson: Option<String>,
        /// 格式（默认按文件名）/ Format (default: from the file name).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// 写到哪个文件；写 - 就输出到屏幕（标准输出）/ Output file; - for standard output.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
}
