//! One generated lesson file for the benches and the start-up fixture: 10 steps with a
//! screen, a task and a hint, and 5 check questions (about 6 KB, like a real lesson).
//! Included by `bench/fixtures.rs` and `benches/load_lessons.rs` with `#[path]`.

use std::fmt::Write as _;

/// Lesson `n`, with lesson id `id`, in `category` (its name as written in lesson files).
pub fn lesson_text(id: &str, n: usize, category: &str) -> String {
    let mut t = format!(
        "format_version = 1\nid = \"{id}\"\nversion = 1\ntitle = \"第 {n} 课：扫码付款\"\n\
         summary = \"在小店里用手机扫商家的收款码付钱，付之前看清金额和收款人。\"\n\
         category = \"{category}\"\nlevel = \"入门\"\nestimated_minutes = 20\ntags = [\"支付\", \"扫码\"]\n"
    );
    for s in 0..10 {
        let _ = write!(
            t,
            "\n[[steps]]\nid = \"step-{s}\"\ntitle = \"第 {s} 步\"\n\
             instruction = \"点右上角的加号，再点“扫一扫”。对准商家的收款码，看清楚收款人的名字。\"\n\
             tip = \"找不到加号时，先回到首页。\"\nwarning = \"不要把付款码给陌生人看。\"\n\
             trainer_notes = \"请学员先说出按钮在哪里。\"\nhint = \"加号在右上角。\"\n\
             [steps.screen]\napp = \"微信\"\ntitle = \"付款\"\nelements = [\n\
               {{ kind = \"text\", text = \"付款给 张记水果店\" }},\n\
               {{ kind = \"input\", id = \"amount\", label = \"金额\" }},\n\
               {{ kind = \"amount\", label = \"应付\", value = \"25.00\" }},\n\
               {{ kind = \"button\", id = \"pay\", text = \"付款\" }},\n]\n\
             [steps.task]\nkind = \"tap\"\ntarget = \"pay\"\n"
        );
    }
    for q in 0..5 {
        let _ = write!(
            t,
            "\n[[quiz]]\nid = \"q{q}\"\nquestion = \"付款前要看什么？\"\n\
             options = [\"广告\", \"收款人和金额\", \"电量\"]\nanswer = 2\nexplanation = \"收款人和金额都对才付款。\"\n"
        );
    }
    t
}
