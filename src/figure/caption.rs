//! What a picture shows, said in one line: the respondents (everyone or a segment) with their
//! n, and the touchpoint filter when one is on. Every plot, slide, map and exported picture
//! carries this caption, so that 25 tourists are never taken for everyone.

use crate::i18n::{Texts, fill};
use crate::project::SegmentFilter;

/// The caption for results of `respondents` people under `segment`, showing only the features
/// of `touchpoint` when one is given.
pub fn caption(
    t: &Texts,
    segment: &SegmentFilter,
    respondents: usize,
    touchpoint: Option<&str>,
) -> String {
    let f = &t.figure;
    let shown = match segment {
        SegmentFilter::All => fill(f.caption_all, &[("n", &respondents)]),
        SegmentFilter::Only(s) if s.is_empty() => {
            fill(f.caption_no_segment, &[("n", &respondents)])
        }
        SegmentFilter::Only(s) => fill(f.caption_segment, &[("segment", s), ("n", &respondents)]),
    };
    match touchpoint {
        Some(tp) => fill(
            f.caption_touchpoint,
            &[("shown", &shown), ("touchpoint", &tp)],
        ),
        None => shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn captions_name_the_segment_its_n_and_the_filter() {
        let en = Lang::En.texts();
        let zh = Lang::Zh.texts();
        let cases: [(&Texts, SegmentFilter, usize, Option<&str>, &str); 5] = [
            (
                en,
                SegmentFilter::All,
                121,
                None,
                "All respondents (n = 121)",
            ),
            (
                en,
                SegmentFilter::Only("Tourists".into()),
                25,
                None,
                "Segment “Tourists” (n = 25)",
            ),
            (
                en,
                SegmentFilter::Only(String::new()),
                3,
                None,
                "Respondents without a segment (n = 3)",
            ),
            (
                en,
                SegmentFilter::Only("Tourists".into()),
                25,
                Some("Ticketing"),
                "Segment “Tourists” (n = 25) · touchpoint “Ticketing” only",
            ),
            (
                zh,
                SegmentFilter::Only("游客".into()),
                25,
                Some("购票"),
                "细分群体“游客”（n = 25） · 仅触点“购票”",
            ),
        ];
        for (t, segment, n, tp, expected) in cases {
            assert_eq!(caption(t, &segment, n, tp), expected);
        }
    }
}
