//! 区里多个地点汇总的中文。

use crate::i18n::{DistrictText, Template};

/// The district texts in Chinese.
pub(in crate::i18n) const DISTRICT: DistrictText = DistrictText {
    machine_line: Template("这台电脑的编号：{uuid}"),
    site_line: Template("地点：{site}"),
    site_unset: "地点：还没有设（用 zhulao setup --site 地点名 来设）",
    site_set: Template("地点设好了：{site}"),
    pool_line: Template("区里留给这台电脑的新学员号：还有 {count} 个"),
    synced_line: Template("上次上传到区里：{at}"),
    never_synced: "还没有上传到区里过",
    pending_line: Template("等着上传的记录：{count} 条"),
    init_done: Template("区里的数据库建好了（第 {from} 版 → 第 {to} 版）：{url}"),
    init_current: Template("区里的数据库已经是最新的（第 {version} 版）：{url}"),
    sync_progress: Template("正在上传：{done} / {total} 条"),
    sync_summary: Template("上传了 {sent} 条记录，{already} 条重复"),
    sync_clashes: Template(
        "注意：这些学员号在区里别的地点也有人在用（多半是以前的旧卡）：{codes}。两个人的记录都留着；请给其中一位重新打一张学员卡。",
    ),
    pull_summary: Template(
        "从区里取回：新学员 {added} 位，名字或备注更新 {updated} 位，合并 {merged} 次，删除 {erased} 位",
    ),
    pull_clashes: Template(
        "区里有 {count} 位学员的学员号和这里的人一样，没有取回：{codes}。他们请在自己的地点签到，或者重新打一张学员卡。",
    ),
    pack_written: Template(
        "数据包写好了：{path}，{count} 条记录。带到区里以后运行：zhulao data import 这个文件",
    ),
    receipt_title: "数据包回执",
    receipt_from: Template("来自：{site}（电脑 {machine}），{created} 打的包"),
    receipt_total: Template("一共 {sent} 条：新收到 {new} 条，原来已经有 {already} 条"),
    receipt_kind: Template("  {kind}：新 {new} 条，原来已有 {already} 条"),
    receipt_into: Template("收到了：{place}"),
    receipt_local: "这台电脑的学习记录",
    receipt_written: Template("回执写在：{path}"),
    kind_learners: "学员",
    kind_classes: "上课和签到",
    kind_events: "学习记录",
    kind_visits: "自助机使用",
    kind_plans: "活动安排",
    bad_url: Template(
        "区里数据库的地址“{url}”不对：{detail}。应该像这样：postgres://用户名:密码@服务器:5432/数据库名?sslmode=require",
    ),
    connect_failed: Template(
        "连不上区里的数据库 {url}：{detail}。请检查网络、地址、用户名和密码。",
    ),
    tls_failed: Template("加密连接没有建好：{detail}"),
    not_initialized: Template(
        "区里的数据库 {url} 里还没有助老的表。请区里管数据库的人先运行：zhulao district init 地址",
    ),
    older_server: Template(
        "区里的数据库 {url} 是旧版助老的表。请区里管数据库的人先运行：zhulao district init 地址（会把表升级）",
    ),
    newer_server: Template(
        "区里的数据库是新版助老建的（第 {found} 版，这个程序只认到第 {supported} 版）。请先升级这台电脑上的助老。",
    ),
    server_error: Template("区里的数据库出错了：{detail}"),
    pack_open: Template("打不开数据包 {path}：{detail}"),
    pack_write: Template("数据包 {path} 没有写成：{detail}"),
    pack_not_a_pack: Template("{path} 不是助老的数据包。"),
    pack_version: Template(
        "数据包 {path} 是新版助老做的（格式第 {found} 版）。请先升级这台电脑上的助老。",
    ),
    pack_damaged: Template(
        "数据包 {path} 坏了或者不完整（{detail}），一条也没有导入。请在那个地点重新运行 zhulao data pack --all，再拷一次。",
    ),
    report_from: Template("按区里的数据库统计（{url}），共 {sites} 个地点上传过记录。"),
    bureau_learners: "学员学习情况（只有学员号，没有姓名）",
    bureau_code: "学员号",
    bureau_sessions: "集中授课(次)",
    bureau_kiosk: "自助练习(人次)",
    bureau_hours: "学习时长(小时)",
    bureau_no_code: "（已不在名单里）",
    bureau_note: "本表只写学员号和数字，不写任何人的姓名（学员、讲师、助教都不写）。学习时长：集中授课算整次课的时长，自助练习算这次练习平分到每节课的时长，合计后四舍五入到 0.1 小时。",
    bureau_written: Template("已写好 {path}：{learners} 位学员，只有学员号，没有姓名。"),
};
