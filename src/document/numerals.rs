//! Chinese and Arabic numerals, and heading number tokens (GB/T 9704: 一、 （一） 1. （1）;
//! 第一章 / 第一节 / 第一条; 附件1 / 附录A; ① …).

use super::{HeadingNumber, NumberStyle};

/// Value of one Chinese digit character (〇 一 … 九, 两, the financial forms 壹 贰 …, and
/// O/Ｏ/○ typed for 〇), `None` if it is not one. The one table every parser shares.
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' | 'Ｏ' | 'O' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn chinese_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// True for the characters a Chinese numeral (below 万) is written with.
pub fn is_chinese_numeral_char(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some()
}

/// Parse a Chinese numeral below 10,000: 一, 十, 十二, 二十, 九十九, 一百零一, 两千,
/// and digit-by-digit forms such as 二〇三〇. Returns `None` for anything else.
pub fn parse_chinese(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    // Positional form: every char a digit (二〇三〇, 一二).
    if s.chars().count() > 2
        && s.chars().all(|c| chinese_digit(c).is_some())
        && s.chars().any(|c| chinese_digit(c) == Some(0))
    {
        if s.starts_with('两') {
            return None;
        }
        let mut v: u32 = 0;
        for c in s.chars() {
            v = v.checked_mul(10)?.checked_add(chinese_digit(c)?)?;
        }
        return Some(v);
    }
    let mut total: u32 = 0;
    let mut digit: Option<u32> = None;
    let mut last_unit = u32::MAX;
    for c in s.chars() {
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                continue;
            }
            if digit.is_some() {
                return None; // two digits in a row: 二三
            }
            digit = Some(d);
        } else if let Some(u) = chinese_unit(c) {
            if u >= last_unit {
                return None; // 十百, 十十
            }
            let d = digit
                .take()
                .unwrap_or(if total == 0 && u == 10 { 1 } else { 0 });
            if d == 0 {
                return None; // 百 without a digit (except 十)
            }
            total += d * u;
            last_unit = u;
        } else {
            return None;
        }
    }
    if let Some(d) = digit {
        // A trailing digit after 百/千 with no 零 means tens shorthand (一百五 = 150);
        // plans do not write that for numbering, so take it as units.
        total += d;
    }
    let trailing_zero = s.chars().last().and_then(chinese_digit) == Some(0);
    if trailing_zero && s.chars().count() > 1 {
        return None; // 两零, 二十零
    }
    if total == 0 && !s.chars().all(|c| chinese_digit(c) == Some(0)) {
        return None;
    }
    Some(total)
}

/// Map full-width digits to ASCII ('１' → '1').
pub fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn parse_arabic(s: &str) -> Option<u32> {
    if s.is_empty() || s.chars().count() > 4 {
        return None;
    }
    let mut v: u32 = 0;
    for c in s.chars() {
        v = v * 10 + ascii_digit(c)?;
    }
    Some(v)
}

fn circled(c: char) -> Option<u32> {
    match c {
        '①'..='⑳' => Some(c as u32 - '①' as u32 + 1),
        _ => None,
    }
}

/// Characters that, right after an Arabic number, show it is a quantity, not a heading
/// number (1.5万吨, 2.3%, 3.2亿元).
pub fn is_quantity_suffix(c: char) -> bool {
    matches!(
        c,
        '万' | '亿'
            | '%'
            | '％'
            | '‰'
            | '年'
            | '月'
            | '日'
            | '个'
            | '倍'
            | '吨'
            | '千'
            | '百'
            | '元'
            | '度'
            | '米'
            | '公'
            | '平'
            | '兆'
            | '吉'
            | '项'
            | '家'
            | '座'
            | '台'
            | '辆'
            | '条'
            | '人'
            | '次'
            | '小'
            | '天'
    ) || c.is_ascii_alphabetic()
}

/// Split a leading heading-number token off `text` (already trimmed at the start).
/// Returns the number and the byte offset where the title starts (separators and
/// spaces after the token skipped).
pub fn split_heading_number(text: &str) -> Option<(HeadingNumber, usize)> {
    let (style, value, token_end) = parse_token(text)?;
    let token = text.get(..token_end)?.trim_end().to_string();
    let rest = text.get(token_end..)?;
    let skipped = rest.len() - rest.trim_start_matches(is_separator).len();
    Some((
        HeadingNumber {
            token,
            style,
            value,
        },
        token_end + skipped,
    ))
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '、' || c == '：' || c == ':' || c == '．'
}

fn parse_token(text: &str) -> Option<(NumberStyle, u32, usize)> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    match first {
        '第' => parse_ordinal(text),
        '（' | '(' => parse_paren(text),
        '附' => parse_annex(text),
        '专' => parse_topic(text),
        c if circled(c).is_some() => {
            let v = circled(c)?;
            Some((NumberStyle::Circled, v, c.len_utf8()))
        }
        c if ascii_digit(c).is_some() => parse_arabic_token(text),
        c if is_chinese_numeral_char(c) => parse_chinese_comma(text),
        _ => None,
    }
}

/// 第一章 / 第1章 / 第一节 / 第一条 / 第一部分 / 第一篇
fn parse_ordinal(text: &str) -> Option<(NumberStyle, u32, usize)> {
    let body = text.get('第'.len_utf8()..)?;
    let num_len: usize = body
        .chars()
        .take_while(|&c| is_chinese_numeral_char(c) || ascii_digit(c).is_some())
        .map(char::len_utf8)
        .sum();
    let num = body.get(..num_len)?;
    let value = parse_chinese(num).or_else(|| parse_arabic(num))?;
    let after = body.get(num_len..)?;
    let unit = after.chars().next()?;
    let (style, unit_len) = match unit {
        '章' | '篇' => (NumberStyle::Chapter, unit.len_utf8()),
        '节' => (NumberStyle::Section, unit.len_utf8()),
        '条' => (NumberStyle::Article, unit.len_utf8()),
        '部' if after.starts_with("部分") => (NumberStyle::Chapter, "部分".len()),
        _ => return None,
    };
    Some((style, value, '第'.len_utf8() + num_len + unit_len))
}

/// （一） / (一) / （1） / (1) with optional trailing 、
fn parse_paren(text: &str) -> Option<(NumberStyle, u32, usize)> {
    let open = text.chars().next()?;
    let inner_start = open.len_utf8();
    let inner = text.get(inner_start..)?;
    let close_pos = inner.find(['）', ')'])?;
    let num = inner.get(..close_pos)?.trim();
    let close_len = inner.get(close_pos..)?.chars().next()?.len_utf8();
    let end = inner_start + close_pos + close_len;
    if let Some(v) = parse_chinese(num) {
        return Some((NumberStyle::ParenChinese, v, end));
    }
    if let Some(v) = parse_arabic(num) {
        return Some((NumberStyle::ParenArabic, v, end));
    }
    None
}

/// 附件1 / 附件一 / 附录A / 附表2 / 附件 (alone, followed by ：or space)
fn parse_annex(text: &str) -> Option<(NumberStyle, u32, usize)> {
    let word_len = ["附件", "附录", "附表", "附图"]
        .iter()
        .find(|w| text.starts_with(*w))?
        .len();
    let rest = text.get(word_len..)?;
    let num_len: usize = rest
        .chars()
        .take_while(|&c| {
            is_chinese_numeral_char(c) || ascii_digit(c).is_some() || c.is_ascii_uppercase()
        })
        .map(char::len_utf8)
        .sum();
    let num = rest.get(..num_len)?;
    let value = if num.is_empty() {
        // 附件：… or 附件 alone; a bare word must be followed by a separator or end.
        match rest.chars().next() {
            None => 1,
            Some(c) if is_separator(c) || c == '\u{3000}' => 1,
            _ => return None,
        }
    } else if let Some(v) = parse_chinese(num).or_else(|| parse_arabic(num)) {
        v
    } else if num.len() == 1 {
        let c = num.chars().next()?;
        c as u32 - 'A' as u32 + 1
    } else {
        return None;
    };
    Some((NumberStyle::Annex, value, word_len + num_len))
}

/// 专题一 / 专题1: the parts of a report written as topics, at the chapter level. The number
/// must be followed by a separator or end the line (`专题一 园区基本情况`, `专题二：碳排放底数`).
fn parse_topic(text: &str) -> Option<(NumberStyle, u32, usize)> {
    let rest = text.strip_prefix("专题")?;
    let num_len: usize = rest
        .chars()
        .take_while(|&c| is_chinese_numeral_char(c) || ascii_digit(c).is_some())
        .map(char::len_utf8)
        .sum();
    let num = rest.get(..num_len)?;
    let value = parse_chinese(num).or_else(|| parse_arabic(num))?;
    match rest.get(num_len..)?.chars().next() {
        None => {}
        Some(c) if is_separator(c) => {}
        _ => return None,
    }
    Some((NumberStyle::Chapter, value, "专题".len() + num_len))
}

/// 一、 (also 一． and 一. — seen in pasted text)
fn parse_chinese_comma(text: &str) -> Option<(NumberStyle, u32, usize)> {
    let num_len: usize = text
        .chars()
        .take_while(|&c| is_chinese_numeral_char(c))
        .map(char::len_utf8)
        .sum();
    let num = text.get(..num_len)?;
    let after = text.get(num_len..)?.chars().next()?;
    if !matches!(after, '、' | '．' | '.') {
        return None;
    }
    let value = parse_chinese(num)?;
    Some((NumberStyle::ChineseComma, value, num_len + after.len_utf8()))
}

/// 1. / 1、 / 1． / 1.2 / 1.2.3 / 1 (followed by a space)
fn parse_arabic_token(text: &str) -> Option<(NumberStyle, u32, usize)> {
    let mut components: Vec<u32> = Vec::new();
    let mut pos = 0;
    loop {
        let rest = text.get(pos..)?;
        let digits_len: usize = rest
            .chars()
            .take_while(|&c| ascii_digit(c).is_some())
            .map(char::len_utf8)
            .sum();
        let value = parse_arabic(rest.get(..digits_len)?)?;
        components.push(value);
        pos += digits_len;
        let next = text.get(pos..)?.chars().next();
        match next {
            Some(c @ ('.' | '．')) => {
                let after = text.get(pos + c.len_utf8()..)?.chars().next();
                match after {
                    Some(d) if ascii_digit(d).is_some() => {
                        if components.len() >= 6 {
                            return None;
                        }
                        pos += c.len_utf8();
                        continue;
                    }
                    // `5.%` is a broken figure; `2.年度评估`, `8.项目与减排` are headings
                    // (a unit after a bare `N.` never makes a quantity).
                    Some('%' | '％' | '‰') => return None,
                    _ => {
                        // "1." ends the token
                        pos += c.len_utf8();
                        return finish_arabic(&components, pos);
                    }
                }
            }
            Some('、') => {
                if components.len() > 1 {
                    return None;
                }
                return Some((NumberStyle::Arabic, value, pos + '、'.len_utf8()));
            }
            Some(c) if c.is_whitespace() || c == '\u{3000}' => {
                // `1 总则` is a heading number; `2015\t402.3` is a table row.
                if components.len() == 1 && (value > 99 || c == '\t') {
                    return None;
                }
                return finish_arabic(&components, pos);
            }
            Some(c) if components.len() > 1 && !is_quantity_suffix(c) && !c.is_ascii() => {
                // 1.1核算边界
                return finish_arabic(&components, pos);
            }
            _ => return None,
        }
    }
}

fn finish_arabic(components: &[u32], end: usize) -> Option<(NumberStyle, u32, usize)> {
    let value = *components.last()?;
    if components.len() == 1 {
        Some((NumberStyle::Arabic, value, end))
    } else {
        let depth = u8::try_from(components.len()).ok()?;
        Some((NumberStyle::Dotted(depth), value, end))
    }
}

/// Format a value as a Chinese counting numeral (1 → 一, 12 → 十二, 21 → 二十一,
/// 101 → 一百零一); used by the .docx numbering renderer and by messages.
pub fn to_chinese(n: u32) -> String {
    const D: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 {
        return "〇".to_string();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    let digits = [n / 1000, (n / 100) % 10, (n / 10) % 10, n % 10];
    let units = ["千", "百", "十", ""];
    let mut out = String::new();
    let mut pending_zero = false;
    for (i, &d) in digits.iter().enumerate() {
        if d == 0 {
            if !out.is_empty() {
                pending_zero = true;
            }
            continue;
        }
        if pending_zero {
            out.push('〇');
            pending_zero = false;
        }
        // 十二, not 一十二, when ten is the leading unit.
        let is_leading_ten = i == 2 && out.is_empty() && d == 1;
        if !is_leading_ten {
            out.push(D.get(d as usize).copied().unwrap_or('〇'));
        }
        out.push_str(units.get(i).copied().unwrap_or(""));
    }
    out.replace('〇', "零")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        let cases = [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十一", 11),
            ("十二", 12),
            ("二十", 20),
            ("二十一", 21),
            ("九十九", 99),
            ("一百", 100),
            ("一百零一", 101),
            ("一百一十", 110),
            ("两千", 2000),
            ("两", 2),
            ("〇", 0),
            ("零", 0),
            ("二〇三〇", 2030),
            ("二零二五", 2025),
        ];
        for (s, v) in cases {
            assert_eq!(parse_chinese(s), Some(v), "{s}");
        }
        for bad in ["", "十十", "二三", "百", "甲", "两零"] {
            assert_eq!(parse_chinese(bad), None, "{bad}");
        }
    }

    #[test]
    fn to_chinese_round_trips() {
        for n in 1..=120 {
            let s = to_chinese(n);
            assert_eq!(parse_chinese(&s), Some(n), "{n} → {s}");
        }
        assert_eq!(to_chinese(12), "十二");
        assert_eq!(to_chinese(101), "一百零一");
    }

    fn tok(s: &str) -> Option<(String, NumberStyle, u32, String)> {
        let (n, at) = split_heading_number(s)?;
        Some((n.token, n.style, n.value, s[at..].to_string()))
    }

    #[test]
    fn heading_tokens() {
        use NumberStyle::*;
        let t = |s: &str, token: &str, style, v, rest: &str| {
            assert_eq!(
                tok(s),
                Some((token.to_string(), style, v, rest.to_string())),
                "{s}"
            );
        };
        t("一、总则", "一、", ChineseComma, 1, "总则");
        t("十二、保障措施", "十二、", ChineseComma, 12, "保障措施");
        t("（一）编制依据", "（一）", ParenChinese, 1, "编制依据");
        t("（十二）其他", "（十二）", ParenChinese, 12, "其他");
        t("(三) 主要目标", "(三)", ParenChinese, 3, "主要目标");
        t("1.核算边界", "1.", Arabic, 1, "核算边界");
        t("1．核算边界", "1．", Arabic, 1, "核算边界");
        t("１．核算边界", "１．", Arabic, 1, "核算边界");
        t("2、能源结构", "2、", Arabic, 2, "能源结构");
        t("1 总则", "1", Arabic, 1, "总则");
        t("1.2 核算方法", "1.2", Dotted(2), 2, "核算方法");
        t("1.2.3 排放因子", "1.2.3", Dotted(3), 3, "排放因子");
        t("1.2核算方法", "1.2", Dotted(2), 2, "核算方法");
        t("（1）光伏", "（1）", ParenArabic, 1, "光伏");
        t("(12)储能", "(12)", ParenArabic, 12, "储能");
        t("（１２）储能", "（１２）", ParenArabic, 12, "储能");
        t("第一章 总则", "第一章", Chapter, 1, "总则");
        t("第十二章　保障措施", "第十二章", Chapter, 12, "保障措施");
        t("第3章 目标", "第3章", Chapter, 3, "目标");
        t("第二节 核算边界", "第二节", Section, 2, "核算边界");
        t("第一部分 总体要求", "第一部分", Chapter, 1, "总体要求");
        t("专题二 碳排放底数", "专题二", Chapter, 2, "碳排放底数");
        t("专题3：降碳行动", "专题3", Chapter, 3, "降碳行动");
        t("附件1 指标表", "附件1", Annex, 1, "指标表");
        t("附件一：重点项目", "附件一", Annex, 1, "重点项目");
        t("附录A 核算方法", "附录A", Annex, 1, "核算方法");
        t("①光伏", "①", Circled, 1, "光伏");
    }

    #[test]
    fn not_heading_tokens() {
        for s in [
            "2025年，园区单位工业增加值",
            "1.5万吨",
            "12.5%的增长",
            "3.2亿元",
            "一是加快推进",
            "附近企业",
            "第一批试点",
            "专题研究表明",
            "专题一研究了园区用能",
            "专题十分重要",
            "二氧化碳",
            "（注：单位为万吨）",
            "100",
            "2020",
            "2015\t402.3\t261.2",
            "2015 年",
        ] {
            assert!(tok(s).is_none(), "{s} → {:?}", tok(s));
        }
    }
}
