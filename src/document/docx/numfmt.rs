//! Rendering one counter value in a `w:numFmt` number format (一, 甲, ①, iv, …).
//!
//! Values a format cannot show (0 in Roman numerals, 21 in 甲乙丙…, negative values)
//! fall back to decimal; nothing here panics.

const CN_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const TIANGAN: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const DIZHI: [char; 12] = [
    '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥',
];

/// Render `n` in number format `fmt` (the `w:numFmt` value). `bullet` and `none`
/// render as an empty string.
pub(crate) fn format(n: i64, fmt: &str) -> String {
    match fmt {
        "none" | "bullet" => String::new(),
        _ if n < 0 => n.to_string(),
        "decimalZero" => format!("{n:02}"),
        "chineseCounting"
        | "chineseCountingThousand"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "ideographLegalTraditional" => counting(n, Units::Chinese),
        "japaneseCounting" => counting(n, Units::Japanese),
        "chineseLegalSimplified" => counting(n, Units::Legal),
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => {
            n.to_string().chars().map(cn_digit).collect()
        }
        "ideographTraditional" => table(n, &TIANGAN),
        "ideographZodiac" => table(n, &DIZHI),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => enclosed_circle(n),
        "decimalEnclosedParen" => offset(n, 1, 20, 0x2474),
        "decimalEnclosedFullstop" => offset(n, 1, 20, 0x2488),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
            .collect(),
        "lowerLetter" => letters(n, b'a'),
        "upperLetter" => letters(n, b'A'),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        _ => n.to_string(),
    }
}

fn cn_digit(c: char) -> char {
    c.to_digit(10)
        .and_then(|d| CN_DIGITS.get(d as usize).copied())
        .unwrap_or(c)
}

fn table(n: i64, t: &[char]) -> String {
    usize::try_from(n)
        .ok()
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| t.get(i))
        .map_or_else(|| n.to_string(), |c| c.to_string())
}

fn offset(n: i64, lo: i64, hi: i64, base: u32) -> String {
    if (lo..=hi).contains(&n) {
        if let Some(c) = char::from_u32(base + (n - lo) as u32) {
            return c.to_string();
        }
    }
    n.to_string()
}

/// ① … ⑳, ㉑ … ㉟, ㊱ … ㊿.
fn enclosed_circle(n: i64) -> String {
    match n {
        1..=20 => offset(n, 1, 20, 0x2460),
        21..=35 => offset(n, 21, 35, 0x3251),
        36..=50 => offset(n, 36, 50, 0x32B1),
        _ => n.to_string(),
    }
}

/// a … z, aa … zz, aaa … (Word repeats the letter).
fn letters(n: i64, base: u8) -> String {
    if !(1..=780).contains(&n) {
        return n.to_string();
    }
    let idx = ((n - 1) % 26) as u8;
    let times = ((n - 1) / 26 + 1) as usize;
    std::iter::repeat_n(char::from(base + idx), times).collect()
}

fn roman(n: i64) -> String {
    if !(1..=3999).contains(&n) {
        return n.to_string();
    }
    const TABLE: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Units {
    /// 一 十 百 千 万; 十一 but 一百一十.
    Chinese,
    /// Japanese: 十, 百, 千 without a leading 一.
    Japanese,
    /// 壹 拾 佰 仟 万.
    Legal,
}

/// Counting numerals: 一, 十, 十一, 二十一, 一百零一, 一千零一十, 一万…
fn counting(n: i64, units: Units) -> String {
    if n == 0 {
        return if units == Units::Legal { "零" } else { "〇" }.to_string();
    }
    if n >= 100_000_000 {
        return n.to_string();
    }
    let mut s = String::new();
    let high = n / 10_000;
    let low = n % 10_000;
    if high > 0 {
        below_10000(high, units, true, &mut s);
        s.push('万');
        if low > 0 && low < 1000 {
            s.push('零');
        }
    }
    if low > 0 {
        below_10000(low, units, high == 0, &mut s);
    }
    s
}

fn below_10000(n: i64, units: Units, leading: bool, s: &mut String) {
    let digits = if units == Units::Legal {
        &CN_LEGAL
    } else {
        &CN_DIGITS
    };
    let names: [&str; 4] = match units {
        Units::Legal => ["仟", "佰", "拾", ""],
        _ => ["千", "百", "十", ""],
    };
    let parts = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10];
    let mut started = false;
    let mut pending_zero = false;
    for (pos, d) in parts.into_iter().enumerate() {
        if d == 0 {
            if started {
                pending_zero = true;
            }
            continue;
        }
        if pending_zero {
            s.push('零');
            pending_zero = false;
        }
        let unit = names.get(pos).copied().unwrap_or("");
        // 十一 rather than 一十一 at the start of a number; Japanese drops 一 before
        // every unit (百十一).
        let drop_one =
            d == 1 && pos < 3 && (units == Units::Japanese || (pos == 2 && !started && leading));
        if !drop_one {
            if let Some(c) = usize::try_from(d).ok().and_then(|i| digits.get(i)) {
                s.push(*c);
            }
        }
        s.push_str(unit);
        started = true;
    }
}

#[cfg(test)]
mod tests {
    use super::format;

    #[test]
    fn chinese_counting() {
        let f = |n| format(n, "chineseCounting");
        assert_eq!(f(1), "一");
        assert_eq!(f(10), "十");
        assert_eq!(f(11), "十一");
        assert_eq!(f(20), "二十");
        assert_eq!(f(21), "二十一");
        assert_eq!(f(100), "一百");
        assert_eq!(f(101), "一百零一");
        assert_eq!(f(110), "一百一十");
        assert_eq!(f(1010), "一千零一十");
        assert_eq!(f(10001), "一万零一");
        assert_eq!(f(0), "〇");
        assert_eq!(format(101, "chineseCountingThousand"), "一百零一");
        assert_eq!(format(3, "taiwaneseCountingThousand"), "三");
        assert_eq!(format(111, "japaneseCounting"), "百十一");
        assert_eq!(format(12, "chineseLegalSimplified"), "拾贰");
    }

    #[test]
    fn other_formats() {
        assert_eq!(format(3, "ideographTraditional"), "丙");
        assert_eq!(format(11, "ideographTraditional"), "11");
        assert_eq!(format(0, "ideographTraditional"), "0");
        assert_eq!(format(10, "ideographDigital"), "一〇");
        assert_eq!(format(1, "decimalEnclosedCircle"), "①");
        assert_eq!(format(21, "decimalEnclosedCircleChinese"), "㉑");
        assert_eq!(format(51, "decimalEnclosedCircle"), "51");
        assert_eq!(format(12, "decimalFullWidth"), "１２");
        assert_eq!(format(3, "decimalZero"), "03");
        assert_eq!(format(28, "lowerLetter"), "bb");
        assert_eq!(format(2, "upperLetter"), "B");
        assert_eq!(format(0, "lowerLetter"), "0");
        assert_eq!(format(14, "lowerRoman"), "xiv");
        assert_eq!(format(0, "upperRoman"), "0");
        assert_eq!(format(4000, "upperRoman"), "4000");
        assert_eq!(format(5, "bullet"), "");
        assert_eq!(format(5, "none"), "");
        assert_eq!(format(-2, "chineseCounting"), "-2");
        assert_eq!(format(i64::MAX, "chineseCounting"), i64::MAX.to_string());
        assert_eq!(format(7, "somethingNew"), "7");
    }
}
