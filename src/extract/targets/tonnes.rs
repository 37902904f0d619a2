//! A CO2 target in tonnes, whatever unit it is written in.

use super::Target;

/// Tonnes of CO2 in one `unit` as written (`万吨` → 10⁴, `亿吨` → 10⁸, `百万吨`/`MtCO2` → 10⁶,
/// `千吨`/`ktCO2` → 10³, `吨`/`tCO2` → 1); `None` for intensities, standard coal and
/// CO2-equivalent.
pub fn co2_tonnes_per_unit(unit: &str) -> Option<f64> {
    let unit: String = unit.chars().filter(|c| !c.is_whitespace()).collect();
    if unit.contains('/')
        || unit.contains("标")
        || unit.contains("tce")
        || unit.contains("当量")
        || unit.ends_with(['e', 'E'])
        || unit.contains("-eq")
    {
        return None;
    }
    if unit.starts_with('亿') {
        Some(1e8)
    } else if unit.starts_with('万') {
        Some(1e4)
    } else if unit.starts_with("百万") || unit.starts_with("Mt") {
        Some(1e6)
    } else if unit.starts_with('千') || unit.starts_with("kt") {
        Some(1e3)
    } else if unit.starts_with('吨') || unit.starts_with('t') {
        Some(1.0)
    } else {
        None
    }
}

/// The target in tonnes of CO2 (`万吨`, `亿吨`, `吨`, `万tCO2`), with half a printed step.
pub fn target_tonnes(t: &Target) -> Option<(f64, f64)> {
    let factor = co2_tonnes_per_unit(t.unit.as_deref()?)?;
    // The decimals as printed (`{}` of an f64 is its shortest form, `12` for 12.0).
    let printed = format!("{}", t.value);
    let decimals = printed.split('.').nth(1).map_or(0, str::len);
    let step = 10f64.powi(-i32::try_from(decimals).unwrap_or(0)) * factor;
    Some((t.value * factor, step / 2.0))
}

#[cfg(test)]
mod tests {
    use super::co2_tonnes_per_unit;

    #[test]
    fn every_co2_mass_spelling_has_its_factor() {
        for (unit, factor) in [
            ("万吨", 1e4),
            ("万tCO2", 1e4),
            ("亿吨二氧化碳", 1e8),
            ("吨", 1.0),
            ("tCO2", 1.0),
            ("ktCO2", 1e3),
            ("kt CO2", 1e3),
            ("千吨", 1e3),
            ("MtCO2", 1e6),
            ("百万吨", 1e6),
        ] {
            assert_eq!(co2_tonnes_per_unit(unit), Some(factor), "{unit}");
        }
        for unit in [
            "万吨二氧化碳当量",
            "万tCO2e",
            "ktCO2e",
            "tCO2-eq",
            "吨/万元",
            "万吨标准煤",
            "万tce",
        ] {
            assert_eq!(co2_tonnes_per_unit(unit), None, "{unit}");
        }
    }
}
