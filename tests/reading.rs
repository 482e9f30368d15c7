//! Read-aloud's pinyin: words with two readings read as the lessons mean them, numbers as a
//! person says them, 一 and 不 with their tone changes, Latin letters spelled, a lesson's own
//! readings first — and espeak-ng's cmn-latn-pinyin voice reads every bundled lesson's
//! converted text without once switching to its English voice.

use std::time::Instant;

use proptest::prelude::*;

mod reading_support;
use reading_support::{bundled, espeak, espeak_missing, texts};

use zhulao::reading::{is_pinyin, syllable_count, to_pinyin};

fn p(text: &str) -> String {
    to_pinyin(text, &[])
}

fn check(table: &[(&str, &str)]) {
    let wrong: Vec<String> = table
        .iter()
        .filter(|(text, want)| p(text) != *want)
        .map(|(text, want)| format!("{text}: want {want:?}, got {:?}", p(text)))
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// Words with two readings (and neutral tones), as the lessons mean them: `text=reading;`.
const WORDS: &str = "
银行=yin2 hang2; 长辈=zhang3 bei4; 还款=huan2 kuan3; 重新=chong2 xin1; 行程=xing2 cheng2
长按=chang2 an4; 一行=yi4 hang2; 还是=hai2 shi4; 便宜=pian2 yi5; 为了=wei4 le5; 音乐=yin1 yue4
朝阳=chao2 yang2; 重庆=chong2 qing4; 调查=diao4 cha2; 调大=tiao2 da4; 爱好=ai4 hao4
出差=chu1 chai1; 差不多=cha4 bu5 duo1; 首都=shou3 du1; 觉得=jue2 de5; 得到=de2 dao4
找得到=zhao3 de5 dao4; 目的地=mu4 di4 di4; 了解=liao3 jie3; 去不了=qu4 bu4 liao3; 着急=zhao2 ji2
对着手机=dui4 zhe5 shou3 ji1; 睡觉=shui4 jiao4; 多少=duo1 shao5; 少年=shao4 nian2
数一数=shu3 yi5 shu3; 种菜=zhong4 cai4; 头发=tou2 fa5; 有空=you3 kong4; 量血压=liang2 xue4 ya1
相机=xiang4 ji1; 应用=ying4 yong4; 另一只手=ling4 yi4 zhi1 shou3; 转圈=zhuan4 quan1
处理=chu3 li3; 收藏=shou1 cang2; 请假=qing3 jia4; 灾难=zai1 nan4; 一部分=yi2 bu4 fen5
干干净净=gan1 gan1 jing4 jing4; 供给=gong1 ji3; 一步一步教您=yi2 bu4 yi2 bu4 jiao1 nin2
结实=jie1 shi5; 关卡=guan1 qia3; 积累=ji1 lei3; 没收=mo4 shou1; 模样=mu2 yang4; 弹出=tan2 chu1
子弹=zi3 dan4; 提防=di1 fang5; 要求=yao1 qiu2; 记载=ji4 zai3; 折腾=zhe1 teng5; 正月=zheng1 yue4
中奖=zhong4 jiang3; 上当=shang4 dang4; 更新=geng1 xin1; 划算=hua2 suan4; 系好安全带=ji4 hao3 an1 quan2 dai4
联系不上=lian2 xi4 bu2 shang4; 弄脏=nong4 zang1; 切换=qie1 huan4; 漂亮=piao4 liang5
大夫=dai4 fu5; 骨头=gu3 tou5; 孙子=sun1 zi5; 儿子=er2 zi5; 房子=fang2 zi5; 电子=dian4 zi3
认识=ren4 shi5; 加家人为好友=jia1 jia1 ren2 wei2 hao3 you3; 幸福市长寿街=xing4 fu2 shi4 chang2 shou4 jie1
把声音调大=ba3 sheng1 yin1 tiao2 da4; 好吗=hao3 ma5; 您呢=nin2 ne5; 走吧=zou3 ba5; 我们的=wo3 men5 de5
";

#[test]
fn words_with_two_readings_read_as_the_lessons_mean_them() {
    let table: Vec<(&str, &str)> = WORDS
        .split([';', '\n'])
        .filter_map(|entry| entry.trim().split_once('='))
        .collect();
    assert!(table.len() >= 80, "{} words", table.len());
    check(&table);
}

#[test]
fn numbers_are_said_as_a_person_says_them() {
    check(&[
        ("一共 18 元", "yi2 gong4 shi2 ba1 yuan2"),
        ("120 元", "yi4 bai3 er4 shi2 yuan2"),
        ("交 300 元", "jiao1 san1 bai3 yuan2"),
        ("2 分", "liang3 fen1"),
        ("10000 元", "yi2 wan4 yuan2"),
        ("赚了 4000 元", "zhuan4 le5 si4 qian1 yuan2"),
        (
            "双倍赔偿 256 元",
            "shuang1 bei4 pei2 chang2 er4 bai3 wu3 shi2 liu4 yuan2",
        ),
        ("2022 年 12 月", "er4 ling2 er4 er4 nian2 shi2 er4 yue4"),
        ("12 月 26 日", "shi2 er4 yue4 er4 shi2 liu4 ri4"),
        ("3 月 5 日", "san1 yue4 wu3 ri4"),
        ("20%", "bai3 fen1 zhi1 er4 shi2"),
        (
            "手机提速 300%！",
            "shou3 ji1 ti2 su4 bai3 fen1 zhi1 san1 bai3!",
        ),
        ("2 个", "liang3 ge4"),
        ("只要 1 个", "zhi3 yao4 yi2 ge4"),
        ("转 2 万元", "zhuan3 liang3 wan4 yuan2"),
        ("第 1 节", "di4 yi1 jie2"),
        ("上 2 号车", "shang4 er4 hao4 che1"),
        ("输入 1", "shu1 ru4 yi1"),
        ("数量写成了 2", "shu4 liang4 xie3 cheng2 le5 er4"),
        ("3-5 天", "san1 dao4 wu3 tian1"),
        ("距离 0.5 公里", "ju4 li2 ling2 dian3 wu3 gong1 li3"),
        ("群聊 · 120 人", "qun2 liao2, yi4 bai3 er4 shi2 ren2"),
    ]);
}

#[test]
fn amounts_drop_their_zero_cents_and_say_yuan() {
    check(&[
        ("18.00 元", "shi2 ba1 yuan2"),
        ("¥ 25.00", "er4 shi2 wu3 yuan2"),
        ("￥18", "shi2 ba1 yuan2"),
        ("9.9 元", "jiu3 dian3 jiu3 yuan2"),
        ("199 元", "yi4 bai3 jiu3 shi2 jiu3 yuan2"),
        ("17.60 元", "shi2 qi1 dian3 liu4 yuan2"),
        ("199.00", "yi4 bai3 jiu3 shi2 jiu3"),
        (
            "余额 3,260.00 元",
            "yu2 e2 san1 qian1 er4 bai3 liu4 shi2 yuan2",
        ),
    ]);
}

#[test]
fn times_ranges_and_durations() {
    check(&[
        (
            "上午 9:00-9:30",
            "shang4 wu3 jiu3 dian3 dao4 jiu3 dian3 ban4",
        ),
        ("9:30 以后", "jiu3 dian3 ban4 yi3 hou4"),
        (
            "营业时间 8:00-20:00",
            "ying2 ye4 shi2 jian1 ba1 dian3 dao4 er4 shi2 dian3",
        ),
        ("上午 10:05", "shang4 wu3 shi2 dian3 ling2 wu3 fen1"),
        ("下午 2:15", "xia4 wu3 liang3 dian3 shi2 wu3"),
        ("下午 4:20", "xia4 wu3 si4 dian3 er4 shi2"),
        ("[语音 0:06]", "yu3 yin1 liu4 miao3."),
        ("05:20", "wu3 fen1 er4 shi2 miao3"),
        ("01:01", "yi4 fen1 yi4 miao3"),
        ("1:05", "yi4 dian3 ling2 wu3 fen1"),
    ]);
}

#[test]
fn phone_service_and_code_numbers_go_digit_by_digit() {
    check(&[
        ("96110", "jiu3 liu4 yao1 yao1 ling2"),
        ("打 95128 电话", "da3 jiu3 wu3 yao1 er4 ba1 dian4 hua4"),
        (
            "马上打 110 报警",
            "ma3 shang4 da3 yao1 yao1 ling2 bao4 jing3",
        ),
        ("马上打 120。", "ma3 shang4 da3 yao1 er4 ling2."),
        ("010-96110", "ling2 yao1 ling2, jiu3 liu4 yao1 yao1 ling2"),
        (
            "本地区号 + 96110",
            "ben3 di4 qu1 hao4 jia1 jiu3 liu4 yao1 yao1 ling2",
        ),
        ("车牌 练A·6M728", "che1 pai2 lian4 A liu4 M qi1 er4 ba1"),
        (
            "验证码 382916",
            "yan4 zheng4 ma3 san1 ba1 er4 jiu3 yao1 liu4",
        ),
        ("尾号 1234 的卡", "wei3 hao4 yao1 er4 san1 si4 de5 ka3"),
        (
            "取件码 5-2-1031",
            "qu3 jian4 ma3 wu3, er4, yao1 ling2 san1 yao1",
        ),
        (
            "会议号 123 456 789",
            "hui4 yi4 hao4 yao1 er4 san1, si4 wu3 liu4, qi1 ba1 jiu3",
        ),
        (
            "依次输入 9、6、1、1、0",
            "yi1 ci4 shu1 ru4 jiu3, liu4, yao1, yao1, ling2",
        ),
    ]);
}

#[test]
fn list_numbers_are_said_with_a_pause() {
    check(&[
        ("1. 扫一扫", "yi1, sao3 yi5 sao3"),
        ("2、付款码", "er4, fu4 kuan3 ma3"),
        (
            "激活需要：1. 核对 2. 刷脸",
            "ji1 huo2 xu1 yao4, yi1, he2 dui4, er4, shua1 lian3",
        ),
    ]);
}

#[test]
fn latin_words_are_spelled_in_capitals() {
    check(&[
        ("App", "A P P"),
        ("购物 App 里", "gou4 wu4 A P P li3"),
        ("QR", "Q R"),
        ("WLAN", "W L A N"),
        ("幸福 S5 小轿车", "xing4 fu2 S wu3 xiao3 jiao4 che1"),
        ("B 超、CT", "B chao1, C T"),
        ("VIP 班", "V I P ban1"),
        ("网址 smartedu.cn", "wang3 zhi3 S M A R T E D U dian3 C N"),
        ("http://butie.example。", "B U T I E dian3 E X A M P L E."),
    ]);
}

#[test]
fn yi_and_bu_change_tone_as_they_are_said() {
    check(&[
        ("一定", "yi2 ding4"),
        ("一个", "yi2 ge4"),
        ("一天", "yi4 tian1"),
        ("一年", "yi4 nian2"),
        ("一起", "yi4 qi3"),
        ("一", "yi1"),
        ("第一", "di4 yi1"),
        ("第一次", "di4 yi1 ci4"),
        ("十一", "shi2 yi1"),
        ("一一〇", "yi1 yi1 ling2"),
        ("初一", "chu1 yi1"),
        ("统一", "tong3 yi1"),
        ("唯一的", "wei2 yi1 de5"),
        ("一百", "yi4 bai3"),
        ("一万", "yi2 wan4"),
        ("看一看", "kan4 yi5 kan4"),
        ("一样一样来", "yi2 yang4 yi2 yang4 lai2"),
        ("就这一次。", "jiu4 zhe4 yi2 ci4."),
        ("不是", "bu2 shi4"),
        ("不要", "bu2 yao4"),
        ("不好", "bu4 hao3"),
        ("不行", "bu4 xing2"),
        ("不说", "bu4 shuo1"),
        ("不一定", "bu4 yi2 ding4"),
        ("不", "bu4"),
        ("对不对？", "dui4 bu2 dui4?"),
    ]);
}

#[test]
fn punctuation_becomes_pauses_and_symbols_are_left_out() {
    check(&[
        ("你好，再见。", "ni3 hao3, zai4 jian4."),
        ("真的吗？是的！", "zhen1 de5 ma5?\nshi4 de5!"),
        ("点“扫一扫”", "dian3 sao3 yi5 sao3"),
        ("《人民日报》", "ren2 min2 ri4 bao4"),
        ("（练习用）", "lian4 xi2 yong4."),
        ("⚠ 小心 ★▶✓", "xiao3 xin1"),
        ("选医院 → 选科室", "xuan3 yi1 yuan4, xuan3 ke1 shi4"),
        (
            "报告上的“↑”箭头",
            "bao4 gao4 shang4 de5 xiang4 shang4 jian4 tou2",
        ),
        (
            "两种付钱的办法\n在店里",
            "liang3 zhong3 fu4 qian2 de5 ban4 fa3.\nzai4 dian4 li3",
        ),
        ("-v --help", "V, H E L P"),
    ]);
}

fn own(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(w, r)| (w.to_string(), r.to_string()))
        .collect()
}

#[test]
fn a_lessons_own_readings_win_longest_first() {
    let o = own(&[("长", "zhang3"), ("长江", "chang2 jiang1")]);
    assert_eq!(to_pinyin("长江长", &o), "chang2 jiang1 zhang3");
    // Over the dictionary's own word.
    let o = own(&[("银行", "yin2 xing2")]);
    assert_eq!(to_pinyin("去银行", &o), "qu4 yin2 xing2");
    // A reading that is not pinyin is left out, and the dictionary reads the word.
    let o = own(&[("银行", "yin2hang2")]);
    assert_eq!(to_pinyin("去银行", &o), "qu4 yin2 hang2");
    // A Latin word is matched whole.
    let o = own(&[("App", "ying4 yong4")]);
    assert_eq!(to_pinyin("打开 App", &o), "da3 kai1 ying4 yong4");
    assert_eq!(to_pinyin("Apple", &o), "A P P L E");
    // ü may be written either way; the voice gets v.
    let o = own(&[("绿码", "lü4 ma3")]);
    assert_eq!(to_pinyin("绿码", &o), "lv4 ma3");
    // 不 still changes before an override's 4th tone.
    let o = own(&[("重阳", "chong2 yang2"), ("去", "qu4")]);
    assert_eq!(to_pinyin("不去", &o), "bu2 qu4");
}

#[test]
fn readings_are_checked() {
    for good in ["chong2 yang2", "yin2 hang2", "lv4", "lü4 se4", "de5", "er2"] {
        assert!(is_pinyin(good), "{good}");
    }
    for bad in [
        "",
        " ",
        "chong2yang2",
        "xyz3",
        "ma6",
        "ma",
        "A P P",
        "hao3,",
        "好",
    ] {
        assert!(!is_pinyin(bad), "{bad}");
    }
    assert_eq!(syllable_count("chong2 yang2"), 2);
    assert_eq!(syllable_count("chong2yang2"), 2);
    assert_eq!(syllable_count("yi4 bai3 er4 shi2"), 4);
    assert_eq!(syllable_count(""), 0);
}

/// True when `reading` holds only what the voice reads in Chinese: syllables, capitals and
/// the four pause signs.
fn only_pinyin(reading: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || " ,.?!\n".contains(c);
    reading.chars().all(allowed)
        && reading.split_whitespace().all(|word| {
            let word = word.strip_suffix([',', '.', '?', '!']).unwrap_or(word);
            let letter = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
            letter || is_pinyin(word)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_pinyin_and_pauses_only(
        text in "[0-9A-Za-z .:,%¥/·、。，！？“”（）\\-\n一不地的了银行长还重第十百万]{0,40}",
    ) {
        let reading = p(&text);
        prop_assert!(only_pinyin(&reading), "{text:?} → {reading:?}");
    }

    #[test]
    fn any_unicode_at_all_is_safe(text in any::<String>()) {
        let reading = p(&text);
        prop_assert!(only_pinyin(&reading), "{text:?} → {reading:?}");
    }
}

#[test]
fn every_lesson_converts_to_pinyin_only() {
    for lesson in bundled() {
        for text in texts(&lesson) {
            let reading = p(&text);
            let stray: String = reading
                .chars()
                .filter(|c| !(c.is_ascii_alphanumeric() || " ,.?!\n".contains(*c)))
                .collect();
            assert!(
                stray.is_empty(),
                "{}: {text:?} left {stray:?} in {reading:?}",
                lesson.id
            );
            assert!(
                only_pinyin(&reading),
                "{}: {text:?} → {reading:?}",
                lesson.id
            );
        }
    }
}

#[test]
fn espeak_reads_every_lesson_without_its_english_voice() {
    if espeak_missing() {
        return;
    }
    // One espeak-ng per lesson, all at once: the voice takes about a second a lesson.
    let lessons = bundled();
    std::thread::scope(|scope| {
        for lesson in &lessons {
            scope.spawn(move || {
                let readings: Vec<String> = texts(lesson).iter().map(|t| p(t)).collect();
                let han = readings.iter().find(|r| !r.is_ascii());
                assert!(han.is_none(), "{}: {han:?} is not all pinyin", lesson.id);
                let phonemes = espeak("cmn-latn-pinyin", &readings.join("\n"));
                assert!(!phonemes.trim().is_empty(), "{}: no phonemes", lesson.id);
                if phonemes.contains("(en)") {
                    let culprits: Vec<&String> = readings
                        .iter()
                        .filter(|r| espeak("cmn-latn-pinyin", r).contains("(en)"))
                        .collect();
                    panic!("{}: English voice for {culprits:#?}", lesson.id);
                }
            });
        }
    });
}

#[test]
fn before_and_after_for_a_few_lesson_sentences() {
    if espeak_missing() {
        return;
    }
    let sentences = [
        "填银行卡号，不是还款。",
        "退出长辈模式，长按这一行。",
        "老板说一共 18 元，打开 App 扫一扫。",
        "马上打 110 或 96110，预约上午 9:00-9:30。",
    ];
    for s in sentences {
        let reading = p(s);
        let before = espeak("cmn", s);
        let after = espeak("cmn-latn-pinyin", &reading);
        println!("text:   {s}\npinyin: {}", reading.replace('\n', " "));
        println!(
            "before: {}",
            before.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        println!(
            "after:  {}\n",
            after.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        assert!(!after.contains("(en)"), "{after}");
    }
}

#[test]
fn a_whole_lesson_converts_quickly() {
    let lessons = bundled();
    p("预热");
    let start = Instant::now();
    let mut steps = 0;
    for lesson in &lessons {
        steps += lesson.steps.len();
        for text in texts(lesson) {
            std::hint::black_box(p(&text));
        }
    }
    let per_step = start.elapsed() / steps as u32;
    println!("{steps} steps, {per_step:?} a step (screen and quiz texts included)");
    // Generous for an unoptimised build on a shared machine; a release build is far faster.
    assert!(per_step.as_millis() < 20, "{per_step:?} a step");
}
