//! Numbers as people read them: a fixed number of decimals, and never a negative zero. Every
//! figure shown or written with decimals (Better, Worse, strengths, means, coordinates) goes
//! through [`fixed`], so that a feature nobody misses reads "Worse 0.00", never "−0.00" or
//! "-0.00", on screen, in slides, exports and reports alike.

/// `x` with `places` decimals; a value that rounds to zero has no minus sign.
pub fn fixed(x: f64, places: usize) -> String {
    let text = format!("{x:.places$}");
    match text.strip_prefix('-') {
        Some(magnitude) if magnitude.chars().all(|c| c == '0' || c == '.') => magnitude.to_owned(),
        _ => text,
    }
}

/// Two decimals, or "–" for a figure that cannot be computed (no respondents).
pub fn two_decimals(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |v| fixed(v, 2))
}

/// A figure with its 95% interval, two decimals each: "0.66 (0.57–0.74)", or "–" when the figure
/// is undefined. Between two negative ends the dash is spaced ("-0.31 (-0.40 – -0.22)"), so that
/// it does not read as a minus sign.
pub fn with_interval(x: Option<f64>, interval: Option<(f64, f64)>) -> String {
    let Some(x) = x else {
        return "–".to_owned();
    };
    match interval {
        Some((low, high)) => {
            let dash = if low < 0.0 && fixed(low, 2).starts_with('-') {
                " – "
            } else {
                "–"
            };
            format!(
                "{} ({}{dash}{})",
                fixed(x, 2),
                fixed(low, 2),
                fixed(high, 2)
            )
        }
        None => fixed(x, 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(x: f64, places: usize, expected: &str) {
        assert_eq!(fixed(x, places), expected, "{x} with {places} decimals");
    }

    #[test]
    fn no_negative_zero_whatever_rounds_to_it() {
        check(-0.0, 2, "0.00");
        check(-0.004, 2, "0.00");
        check(-0.0049, 2, "0.00");
        check(-0.005_1, 2, "-0.01");
        check(-0.4, 0, "0");
        check(-0.6, 0, "-1");
        check(0.666_6, 2, "0.67");
        check(-0.27, 2, "-0.27");
        check(12.0, 1, "12.0");
        assert_eq!(two_decimals(None), "–");
        assert_eq!(two_decimals(Some(-0.001)), "0.00");
    }

    #[test]
    fn a_figure_reads_with_its_interval() {
        assert_eq!(
            with_interval(Some(0.6612), Some((0.5719, 0.7401))),
            "0.66 (0.57–0.74)"
        );
        assert_eq!(
            with_interval(Some(-0.31), Some((-0.402, -0.221))),
            "-0.31 (-0.40 – -0.22)"
        );
        assert_eq!(
            with_interval(Some(0.0), Some((-0.0, 0.16))),
            "0.00 (0.00–0.16)"
        );
        assert_eq!(with_interval(Some(0.5), None), "0.50");
        assert_eq!(with_interval(None, None), "–");
    }
}
