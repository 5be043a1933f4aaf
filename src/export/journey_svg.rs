//! The moments-of-truth map as an SVG picture: [`crate::figure::journey`]'s layout (the one the
//! studio's Map tab and the map slides paint), written out. Each card is
//! `<g class="card" data-feature="ID">` holding its box and texts. When the map needs several
//! pages at the size asked, the pages stand one under the other in one taller picture, each
//! with its number ("2/2"), so that every card is in the file.
//!
//! Pure: it takes the project and its results and returns the SVG text.

use super::palette::{INK, MUTED, NO_CATEGORY, category_color};
use super::svg::{Anchor, Svg, TextStyle, escape};
use super::{PictureSize, ReportOptions};
use crate::figure::journey::{JourneyCard, JourneyColumn, JourneySizes, card_order, journey};
use crate::figure::{FixedAdvance, Rgb};
use crate::i18n::{Texts, fill};
use crate::kano::FeatureStats;
use crate::project::{GroupKey, Grouping, Project};
use crate::results::Results;
use std::fmt::Write as _;

/// The stats of the feature at project position `index`.
fn stats_of(results: &Results, index: usize) -> Option<&FeatureStats> {
    results
        .features
        .iter()
        .find(|r| r.index == index)
        .map(|r| &r.stats)
}

/// The map's columns: touchpoints in journey order, the features without one last, cards in
/// [`card_order`].
fn columns(t: &Texts, project: &Project, results: &Results) -> Vec<JourneyColumn> {
    project
        .groups(Grouping::ByTouchpoint)
        .into_iter()
        .map(|group| {
            let title = match &group.key {
                GroupKey::Touchpoint(tp) if !tp.is_empty() => tp.clone(),
                _ => t.features.no_touchpoint.to_owned(),
            };
            let mut features = group.features;
            features.sort_by(
                |&a, &b| match (stats_of(results, a), stats_of(results, b)) {
                    (Some(a), Some(b)) => card_order(a, b),
                    _ => std::cmp::Ordering::Equal,
                },
            );
            JourneyColumn {
                title,
                cards: features
                    .into_iter()
                    .filter_map(|f| {
                        project.features().get(f).map(|feature| JourneyCard {
                            feature: f,
                            name: feature.name.clone(),
                        })
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The sizes of a map picture of `size`: 1 at 1280 × 800, larger pictures larger.
fn sizes(size: PictureSize) -> JourneySizes {
    let scale = (size.width as f32 / 1280.0)
        .min(size.height as f32 / 800.0)
        .sqrt()
        .clamp(0.8, 2.4);
    JourneySizes {
        text: 13.0 * scale,
        min_width: 180.0 * scale,
        max_width: 240.0 * scale,
        gap: 12.0 * scale,
    }
}

/// The map of `results` as SVG, about `size` (taller when it takes several pages).
pub fn svg(
    t: &Texts,
    project: &Project,
    results: &Results,
    options: &ReportOptions,
    size: PictureSize,
) -> String {
    let picture = size.figure_size();
    let shown = options.caption(t, results);
    let layout = journey(
        &columns(t, project, results),
        &shown,
        picture,
        sizes(size),
        &FixedAdvance,
    );
    let s = layout.sizes;
    let (w, h) = (f64::from(size.width), f64::from(size.height));
    let mut out = Svg::new(w, h * layout.pages.len() as f64, t.report.section_journey);
    let text = f64::from(s.text);
    for (p, page) in layout.pages.iter().enumerate() {
        let dy = h * p as f64;
        let at = |x: f32, y: f32| (f64::from(x), f64::from(y) + dy);
        let (x, y) = at(layout.caption_rect.min.x, layout.caption_rect.max.y);
        let baseline = y - text * 0.5;
        out.raw(&format!(
            "<text class=\"caption\" x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\" font-weight=\"bold\">{}</text>\n",
            super::svg::num(x),
            super::svg::num(baseline),
            super::svg::num(text),
            INK.hex(),
            escape(&layout.caption)
        ));
        if let Some(label) = layout.page_label(p) {
            let (x, _) = at(layout.page_rect.max.x, 0.0);
            out.text(
                x,
                baseline,
                TextStyle::new(text, MUTED).anchored(Anchor::End),
                &label,
            );
        }
        for slot in &page.columns {
            let line = f64::from(s.title_line_height());
            for (k, title) in slot.title.iter().enumerate() {
                let (x, y) = at(slot.title_rect.center().x, slot.title_rect.min.y);
                out.text(
                    x,
                    y + line * (k as f64 + 0.8),
                    TextStyle::new(f64::from(s.title_size()), INK)
                        .anchored(Anchor::Middle)
                        .bold(),
                    title,
                );
            }
            for card in &slot.cards {
                let (Some(feature), Some(stats)) = (
                    project.features().get(card.feature),
                    stats_of(results, card.feature),
                ) else {
                    continue;
                };
                write_card(&mut out, t, (feature.id.as_str(), stats), card, (s, dy));
            }
        }
    }
    out.finish()
}

/// One card: its box in the category's colour, name, category, Better and |Worse| bars, n and
/// the "mixed" tag.
fn write_card(
    out: &mut Svg,
    t: &Texts,
    (id, stats): (&str, &FeatureStats),
    card: &crate::figure::journey::PlacedCard,
    (s, dy): (JourneySizes, f64),
) {
    let fill_color = stats.category.map_or(NO_CATEGORY, category_color);
    let ink = if fill_color.prefers_dark_text() {
        INK
    } else {
        Rgb(255, 255, 255)
    };
    let r = card.rect;
    let (x, y) = (f64::from(r.min.x), f64::from(r.min.y) + dy);
    let pad = f64::from(s.padding());
    let text = f64::from(s.text);
    out.open_group(&format!("class=\"card\" data-feature=\"{}\"", escape(id)));
    out.rect(
        x,
        y,
        f64::from(r.width()),
        f64::from(r.height()),
        fill_color,
        1.0,
    );
    let mut baseline = y + pad;
    let name_line = f64::from(s.name_line_height());
    for line in &card.name {
        baseline += name_line;
        out.text(
            x + pad,
            baseline - name_line * 0.25,
            TextStyle::new(f64::from(s.name_size()), ink).bold(),
            line,
        );
    }
    let row = f64::from(s.row_height());
    let mut next_row = |out: &mut Svg, words: &str| {
        baseline += row;
        out.text(
            x + pad,
            baseline - row * 0.3,
            TextStyle::new(text, ink),
            words,
        );
        baseline
    };
    let category = stats.category.map_or_else(
        || t.present.no_answers.to_owned(),
        |c| format!("{} · {}", c.letter(), t.category(c)),
    );
    next_row(out, &category);
    let width = f64::from(r.width());
    if let Some(c) = stats.coefficients {
        for (label, value) in [
            (t.present.bar_better, c.better),
            (t.present.bar_worse, c.worse.abs()),
        ] {
            let bottom = next_row(out, label);
            let track_x = x + pad + text * 4.0;
            let track_w = (width - 2.0 * pad - text * 4.0 - text * 2.6).max(text);
            let track_y = bottom - row * 0.3 - text * 0.7;
            out.rect(track_x, track_y, track_w, text * 0.7, ink, 0.25);
            out.rect(
                track_x,
                track_y,
                track_w * value.clamp(0.0, 1.0),
                text * 0.7,
                ink,
                1.0,
            );
            out.text(
                x + width - pad,
                bottom - row * 0.3,
                TextStyle::new(text, ink).anchored(Anchor::End).bold(),
                &crate::i18n::number::fixed(value, 2),
            );
        }
    } else {
        next_row(out, "");
        next_row(out, "");
    }
    let mut n_line = fill(t.present.n_value, &[("n", &stats.n)]);
    if stats.is_mixed() {
        let _ = write!(n_line, " · {}", t.present.mixed);
    }
    next_row(out, &n_line);
    out.close_group();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;
    use crate::project::SegmentFilter;

    #[test]
    fn every_feature_has_one_card_and_the_picture_says_what_it_shows() {
        for sample in Sample::ALL {
            let project = sample.project();
            for (width, height) in [(1024, 768), (1920, 1080), (800, 600)] {
                let mut options = ReportOptions::new(&project);
                options.segment = SegmentFilter::Only("Tourist".into());
                let results = options.results(&project);
                let size = PictureSize { width, height };
                let t = options.texts();
                let svg = svg(t, &project, &results, &options, size);
                for feature in project.features() {
                    let card = format!("<g class=\"card\" data-feature=\"{}\">", feature.id);
                    assert_eq!(svg.matches(&card).count(), 1, "{} {width}", feature.id);
                }
                let shown = options.caption(t, &results);
                assert!(svg.contains(&escape(&shown)), "{shown}");
                assert!(svg.contains("class=\"caption\""));
                // Pages stand one under the other, each numbered.
                let pages = (1..=9)
                    .filter(|p| svg.contains(&format!(">{p}/")))
                    .count()
                    .max(1);
                assert!(
                    svg.contains(&format!("height=\"{}\"", height as usize * pages)),
                    "{width}x{height}: {pages} pages"
                );
            }
        }
    }

    #[test]
    fn plain_names_reach_the_cards() {
        let project = Sample::MetroEnglish.project();
        let mut options = ReportOptions::new(&project);
        options.names = crate::i18n::CategoryNames::Plain;
        let results = options.results(&project);
        let picture = svg(
            options.texts(),
            &project,
            &results,
            &options,
            PictureSize::default(),
        );
        assert!(picture.contains("M · Basic") && !picture.contains("Must-be"));
    }
}
