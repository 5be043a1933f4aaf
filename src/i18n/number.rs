//! Numbers as people read them: a fixed number of decimals, never a negative zero, and a true
//! minus sign (U+2212 "−", as wide as a plus and level with it) rather than the hyphen. Every
//! figure shown or written for people with decimals (Better, Worse, strengths, means,
//! coordinates, axis ticks; on screen, in slides, figures, reports and the CLI's tables) goes
//! through [`fixed`], so that a feature nobody misses reads "Worse 0.00", never "−0.00", and a
//! Worse reads "−0.60", not "-0.60".
//!
//! Machine formats (CSV, JSON, xlsx, SVG attributes) must stay parseable: they write numbers
//! with [`fixed_ascii`] (or as numbers), never with [`fixed`]. Every font the studio and the
//! exports draw with has U+2212 (egui's Ubuntu and Hack, the bundled Noto Sans SC).

/// The minus sign of figures meant for people.
pub const MINUS: char = '\u{2212}';

/// `x` with `places` decimals for people: a value that rounds to zero has no minus sign, and a
/// negative one has a true minus sign ("−0.27").
pub fn fixed(x: f64, places: usize) -> String {
    let text = fixed_ascii(x, places);
    match text.strip_prefix('-') {
        Some(magnitude) => format!("{MINUS}{magnitude}"),
        None => text,
    }
}

/// `x` with `places` decimals for machines (CSV, JSON, SVG attributes): ASCII only, so that
/// every parser reads it back ("-0.27"); a value that rounds to zero has no minus sign.
pub fn fixed_ascii(x: f64, places: usize) -> String {
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
/// is undefined. Between two negative ends the dash is spaced ("−0.31 (−0.40 – −0.22)"), so that
/// it does not run into the minus sign.
pub fn with_interval(x: Option<f64>, interval: Option<(f64, f64)>) -> String {
    let Some(x) = x else {
        return "–".to_owned();
    };
    match interval {
        Some((low, high)) => {
            let dash = if fixed(low, 2).starts_with(MINUS) {
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
        // The machine form is the same figure with the ASCII hyphen-minus, and parses back.
        let ascii = expected.replace(MINUS, "-");
        assert_eq!(fixed_ascii(x, places), ascii, "{x} with {places} decimals");
        assert!(ascii.parse::<f64>().is_ok(), "{ascii}");
    }

    #[test]
    fn no_negative_zero_whatever_rounds_to_it() {
        check(-0.0, 2, "0.00");
        check(-0.004, 2, "0.00");
        check(-0.0049, 2, "0.00");
        check(-0.005_1, 2, "\u{2212}0.01");
        check(-0.4, 0, "0");
        check(-0.6, 0, "\u{2212}1");
        check(0.666_6, 2, "0.67");
        check(-0.27, 2, "\u{2212}0.27");
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
            "\u{2212}0.31 (\u{2212}0.40 – \u{2212}0.22)"
        );
        assert_eq!(
            with_interval(Some(0.0), Some((-0.0, 0.16))),
            "0.00 (0.00–0.16)"
        );
        assert_eq!(with_interval(Some(0.5), None), "0.50");
        assert_eq!(with_interval(None, None), "–");
    }
}
