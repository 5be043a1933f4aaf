//! The moments-of-truth map as geometry: where each touchpoint's column and each feature's card
//! stand in a picture of a given size, what a card holds (its name wrapped onto at most
//! [`NAME_LINES`] lines, then its category, Better, |Worse| and n rows), and how the columns go
//! onto pages when they do not all fit: a column too long for the picture continues in the next
//! slot under the same title with "2/2", and slots that do not fit beside each other continue on
//! the next page. Every card shows whole; nothing needs scrolling.
//!
//! Pure layout in picture units: no egui, no statistics, text widths only through
//! [`TextMeasure`]. The studio's map and its slide paint what this decides.

use super::measure::{TextMeasure, wrap};
use super::{Pos, Rect, Size};
use crate::kano::{Category, FeatureStats};
use std::cmp::Ordering;

/// Categories in the order cards stand in a column (and counts in a header).
pub const CARD_ORDER: [Category; 6] = [
    Category::M,
    Category::O,
    Category::A,
    Category::I,
    Category::R,
    Category::Q,
];

/// Where a card stands in its column: basics by |Worse|, performance and excitement by Better
/// (largest first), then indifferent, reverse, questionable, and features nobody answered.
pub fn card_order(a: &FeatureStats, b: &FeatureStats) -> Ordering {
    let rank = |s: &FeatureStats| {
        s.category
            .and_then(|c| CARD_ORDER.iter().position(|&o| o == c))
            .unwrap_or(CARD_ORDER.len())
    };
    let key = |s: &FeatureStats| match (s.category, s.coefficients) {
        (Some(Category::M), Some(c)) => c.worse.abs(),
        (Some(Category::O | Category::A), Some(c)) => c.better,
        _ => 0.0,
    };
    rank(a)
        .cmp(&rank(b))
        .then_with(|| key(b).total_cmp(&key(a)))
}

/// A card's name wraps onto at most this many lines, the last cut with "…".
pub const NAME_LINES: usize = 3;

/// A column title wraps onto at most this many lines.
pub const TITLE_LINES: usize = 2;

/// One feature's card, as the layout needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyCard {
    /// The feature's position in the project.
    pub feature: usize,
    /// Its name.
    pub name: String,
}

/// One touchpoint (or dimension) and its cards, in card order.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyColumn {
    /// The column's title.
    pub title: String,
    /// Its cards, top to bottom.
    pub cards: Vec<JourneyCard>,
}

/// Sizes of one map: the studio tab and the projected slide differ only in these.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JourneySizes {
    /// Body text size on a card; the name is 1.2 times it, a column title 1.3 times.
    pub text: f32,
    /// A column is never narrower than this (cards stay readable)…
    pub min_width: f32,
    /// …and never wider than this (a wide window does not stretch cards).
    pub max_width: f32,
    /// Space between columns, between cards, and around the picture's edge.
    pub gap: f32,
}

impl JourneySizes {
    /// The inner padding of a card.
    pub fn padding(&self) -> f32 {
        (self.text * 0.6).round()
    }

    /// The size of a card's name.
    pub fn name_size(&self) -> f32 {
        self.text * 1.2
    }

    /// The size of a column's title.
    pub fn title_size(&self) -> f32 {
        self.text * 1.3
    }

    /// The height of one of a card's rows below its name (category, Better, |Worse|, n).
    pub fn row_height(&self) -> f32 {
        self.text * 1.6
    }

    /// The height of a line of the name.
    pub fn name_line_height(&self) -> f32 {
        self.name_size() * 1.35
    }

    /// The height of a line of a column title.
    pub fn title_line_height(&self) -> f32 {
        self.title_size() * 1.35
    }

    /// The height of a card whose name takes `name_lines` lines.
    pub fn card_height(&self, name_lines: usize) -> f32 {
        2.0 * self.padding()
            + name_lines as f32 * self.name_line_height()
            + CARD_ROWS as f32 * self.row_height()
    }

    /// The lines of a card's name in a card `width` wide.
    pub fn name_lines(&self, measure: &dyn TextMeasure, name: &str, width: f32) -> Vec<String> {
        let inner = (width - 2.0 * self.padding()).max(1.0);
        wrap(measure, name, self.name_size(), inner, NAME_LINES)
    }

    /// The height of the caption line at the top.
    pub fn caption_height(&self) -> f32 {
        self.text * 1.8
    }
}

/// How many rows a card has below its name: category, Better, |Worse|, n.
pub const CARD_ROWS: usize = 4;

/// One card, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedCard {
    /// The feature's position in the project.
    pub feature: usize,
    /// The card's box.
    pub rect: Rect,
    /// Its name, one entry per line.
    pub name: Vec<String>,
}

/// One slot of a page: a column, or the part of a column that fits.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedColumn {
    /// The column's position in the input.
    pub column: usize,
    /// Which part of the column this is (1-based) and how many parts it has.
    pub part: (usize, usize),
    /// The title's lines ("On the train 2/2" when the column is in parts).
    pub title: Vec<String>,
    /// The title's box.
    pub title_rect: Rect,
    /// The box of the row of counts under the title.
    pub counts_rect: Rect,
    /// The slot's whole box, title to last card.
    pub rect: Rect,
    /// Its cards, top to bottom.
    pub cards: Vec<PlacedCard>,
}

/// One page of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyPage {
    /// Its slots, left to right.
    pub columns: Vec<PlacedColumn>,
}

/// The laid-out map.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyLayout {
    /// The picture's size.
    pub size: Size,
    /// The sizes it was laid out with.
    pub sizes: JourneySizes,
    /// What is shown (segment, n, filter): [`super::caption::caption`]'s line.
    pub caption: String,
    /// The caption's box, at the top left.
    pub caption_rect: Rect,
    /// The box of the page number ("1/2") at the top right, when there are several pages.
    pub page_rect: Rect,
    /// The pages, at least one.
    pub pages: Vec<JourneyPage>,
}

impl JourneyLayout {
    /// "1/2": the page number for page `page` (0-based), or `None` with one page.
    pub fn page_label(&self, page: usize) -> Option<String> {
        (self.pages.len() > 1).then(|| format!("{}/{}", page + 1, self.pages.len()))
    }
}

/// Lays out `columns` in a picture of `size`, under `caption`.
pub fn journey(
    columns: &[JourneyColumn],
    caption: &str,
    size: Size,
    sizes: JourneySizes,
    measure: &dyn TextMeasure,
) -> JourneyLayout {
    let gap = sizes.gap;
    // The page number with a button either side, at the top right; the caption beside it.
    let page_width = (measure.width("‹ 99/99 ›", sizes.text) + 4.0 * sizes.text)
        .min((size.width - 2.0 * gap).max(0.0));
    let page_rect = Rect::from_min_size(
        Pos {
            x: (size.width - gap - page_width).max(gap),
            y: gap,
        },
        page_width,
        sizes.caption_height(),
    );
    let caption_rect = Rect::from_min_size(
        Pos { x: gap, y: gap },
        (page_rect.min.x - 2.0 * gap).max(0.0),
        sizes.caption_height(),
    );
    let top = caption_rect.max.y + gap;
    let bottom = (size.height - gap).max(top);
    let available = (size.width - 2.0 * gap).max(0.0);
    // As many slots side by side as fit at the narrowest width; as wide as they may be.
    let per_page = (((available + gap) / (sizes.min_width + gap)).floor() as usize).max(1);
    let shown = per_page.min(columns.len().max(1));
    let width = ((available - gap * (shown as f32 - 1.0)) / shown as f32)
        .min(sizes.max_width)
        .max(1.0);
    // Parts of long columns may make more slots than columns: as many as fit at that width.
    let per_page = (((available + gap) / (width + gap)).floor() as usize).max(1);

    let card_height = |lines: usize| sizes.card_height(lines);

    // Each column split into the parts that fit the height, titles wrapped at the column width.
    let mut slots: Vec<PlacedColumn> = Vec::new();
    for (index, column) in columns.iter().enumerate() {
        let cards: Vec<(usize, Vec<String>)> = column
            .cards
            .iter()
            .map(|c| (c.feature, sizes.name_lines(measure, &c.name, width)))
            .collect();
        // The title of a part carries " 9/9": wrap with room for it, so every part's title has
        // the same height.
        let suffix = measure.width(" 9/9", sizes.title_size());
        let title = wrap(
            measure,
            &column.title,
            sizes.title_size(),
            (width - suffix).max(1.0),
            TITLE_LINES,
        );
        let head = title.len() as f32 * sizes.title_line_height() + sizes.row_height();
        let mut parts: Vec<Vec<(usize, Vec<String>)>> = vec![Vec::new()];
        let mut y = top + head;
        for card in cards {
            let h = card_height(card.1.len());
            let current = parts.last().map_or(0, Vec::len);
            if current > 0 && y + h > bottom {
                parts.push(Vec::new());
                y = top + head;
            }
            y += h + gap / 2.0;
            if let Some(part) = parts.last_mut() {
                part.push(card);
            }
        }
        let count = parts.len();
        for (k, part) in parts.into_iter().enumerate() {
            let mut title = title.clone();
            if count > 1
                && let Some(last) = title.last_mut()
            {
                last.push_str(&format!(" {}/{count}", k + 1));
            }
            slots.push(PlacedColumn {
                column: index,
                part: (k + 1, count),
                title,
                title_rect: Rect::from_min_size(Pos { x: 0.0, y: 0.0 }, 0.0, 0.0),
                counts_rect: Rect::from_min_size(Pos { x: 0.0, y: 0.0 }, 0.0, 0.0),
                rect: Rect::from_min_size(Pos { x: 0.0, y: 0.0 }, 0.0, 0.0),
                cards: part
                    .into_iter()
                    .map(|(feature, name)| PlacedCard {
                        feature,
                        rect: Rect::from_min_size(Pos { x: 0.0, y: 0.0 }, 0.0, 0.0),
                        name,
                    })
                    .collect(),
            });
        }
    }

    // Slots onto pages, left to right, and every box in place.
    let mut pages: Vec<JourneyPage> = Vec::new();
    for (i, mut slot) in slots.into_iter().enumerate() {
        let position = i % per_page;
        if position == 0 {
            pages.push(JourneyPage {
                columns: Vec::new(),
            });
        }
        let x = gap + position as f32 * (width + gap);
        let title_height = slot.title.len() as f32 * sizes.title_line_height();
        slot.title_rect = Rect::from_min_size(Pos { x, y: top }, width, title_height);
        slot.counts_rect = Rect::from_min_size(
            Pos {
                x,
                y: top + title_height,
            },
            width,
            sizes.row_height(),
        );
        let mut y = slot.counts_rect.max.y;
        for card in &mut slot.cards {
            let h = card_height(card.name.len());
            card.rect = Rect::from_min_size(Pos { x, y }, width, h);
            y += h + gap / 2.0;
        }
        let end = slot
            .cards
            .last()
            .map_or(slot.counts_rect.max.y, |c| c.rect.max.y);
        slot.rect = Rect::from_min_size(Pos { x, y: top }, width, end - top);
        if let Some(page) = pages.last_mut() {
            page.columns.push(slot);
        }
    }
    if pages.is_empty() {
        pages.push(JourneyPage {
            columns: Vec::new(),
        });
    }
    JourneyLayout {
        size,
        sizes,
        caption: caption.to_owned(),
        caption_rect,
        page_rect,
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::FixedAdvance;

    const STUDIO: JourneySizes = JourneySizes {
        text: 13.0,
        min_width: 180.0,
        max_width: 230.0,
        gap: 12.0,
    };

    fn columns(counts: &[usize], long: bool) -> Vec<JourneyColumn> {
        let mut feature = 0;
        counts
            .iter()
            .enumerate()
            .map(|(c, &n)| JourneyColumn {
                title: if long {
                    format!("Complaints and follow-up at the station, moment {c}")
                } else {
                    format!("Touchpoint {c}")
                },
                cards: (0..n)
                    .map(|k| {
                        feature += 1;
                        JourneyCard {
                            feature,
                            name: if long && k % 2 == 0 {
                                "Step-free access (lift to every platform, ramps, tactile paths and staff on call)".into()
                            } else if k % 3 == 0 {
                                "车厢内免费 Wi-Fi 与实时到站信息".into()
                            } else {
                                format!("Feature {feature}")
                            },
                        }
                    })
                    .collect(),
            })
            .collect()
    }

    /// The rules every layout keeps: nothing overlaps, nothing leaves the picture, every card
    /// is shown exactly once, and a column in parts says "k/m" in each part's title.
    fn check(layout: &JourneyLayout, input: &[JourneyColumn]) {
        let picture = Rect::from_min_size(
            Pos { x: 0.0, y: 0.0 },
            layout.size.width,
            layout.size.height,
        );
        assert!(picture.contains_rect(&layout.caption_rect));
        let mut seen: Vec<usize> = Vec::new();
        for page in &layout.pages {
            let mut boxes: Vec<Rect> = vec![layout.caption_rect, layout.page_rect];
            assert!(picture.contains_rect(&layout.page_rect));
            for slot in &page.columns {
                for rect in [slot.title_rect, slot.counts_rect, slot.rect] {
                    assert!(picture.contains_rect(&rect), "{rect:?} leaves {picture:?}");
                }
                assert!(!slot.title_rect.overlaps(&slot.counts_rect));
                boxes.push(slot.rect);
                for card in &slot.cards {
                    assert!(picture.contains_rect(&card.rect), "{card:?}");
                    assert!(!card.rect.overlaps(&slot.counts_rect), "{card:?}");
                    assert!(!card.name.is_empty() && card.name.len() <= NAME_LINES);
                    for line in &card.name {
                        let width = FixedAdvance.width(line, layout.sizes.name_size());
                        let room = card.rect.width() - 2.0 * layout.sizes.padding();
                        assert!(width <= room + 0.01, "{line:?} is {width} in {room}");
                    }
                    seen.push(card.feature);
                }
                for (a, b) in slot.cards.iter().zip(slot.cards.iter().skip(1)) {
                    assert!(!a.rect.overlaps(&b.rect), "{a:?} {b:?}");
                }
                let (part, parts) = slot.part;
                let title = slot.title.join(" ");
                if parts > 1 {
                    assert!(title.ends_with(&format!(" {part}/{parts}")), "{title}");
                }
                assert!(!slot.cards.is_empty() || input[slot.column].cards.is_empty());
            }
            // Slots of a page stand apart, and apart from the caption.
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
                }
            }
        }
        seen.sort_unstable();
        let mut expected: Vec<usize> = input
            .iter()
            .flat_map(|c| c.cards.iter().map(|k| k.feature))
            .collect();
        expected.sort_unstable();
        assert_eq!(seen, expected, "every card shown once");
        // Every column appears, in journey order.
        let order: Vec<usize> = layout
            .pages
            .iter()
            .flat_map(|p| p.columns.iter().map(|s| s.column))
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]));
        let mut distinct = order.clone();
        distinct.dedup();
        assert_eq!(distinct, (0..input.len()).collect::<Vec<_>>());
    }

    #[test]
    fn cards_never_overlap_never_leave_the_picture_and_all_show_at_projector_and_full_hd() {
        for (width, height) in [(1024.0, 768.0), (1920.0, 1080.0)] {
            let size = Size { width, height };
            for counts in [
                vec![3, 3, 4, 2, 2],
                vec![1],
                vec![12, 0, 25, 1],
                vec![2; 14],
                vec![40],
            ] {
                for long in [false, true] {
                    for sizes in [
                        STUDIO,
                        JourneySizes {
                            text: 14.0,
                            min_width: 200.0,
                            max_width: 250.0,
                            gap: 14.0,
                        },
                    ] {
                        let input = columns(&counts, long);
                        let layout = journey(&input, "All (n = 120)", size, sizes, &FixedAdvance);
                        check(&layout, &input);
                    }
                }
            }
        }
    }

    #[test]
    fn the_sample_journey_fits_one_page_on_a_projector_and_splits_at_800() {
        let input = columns(&[3, 3, 4, 2, 2], false);
        let wide = journey(
            &input,
            "",
            Size {
                width: 1024.0,
                height: 768.0,
            },
            STUDIO,
            &FixedAdvance,
        );
        assert_eq!(wide.pages.len(), 1);
        assert_eq!(wide.page_label(0), None);
        let narrow = journey(
            &input,
            "",
            Size {
                width: 800.0,
                height: 600.0,
            },
            STUDIO,
            &FixedAdvance,
        );
        assert_eq!(narrow.pages.len(), 2);
        assert_eq!(narrow.page_label(1).as_deref(), Some("2/2"));
    }

    #[test]
    fn a_column_too_long_for_the_picture_continues_with_its_part_number() {
        let input = columns(&[40], false);
        let layout = journey(
            &input,
            "",
            Size {
                width: 1024.0,
                height: 768.0,
            },
            STUDIO,
            &FixedAdvance,
        );
        let slots: Vec<&PlacedColumn> = layout.pages.iter().flat_map(|p| &p.columns).collect();
        assert!(slots.len() > 1);
        let parts = slots.len();
        assert_eq!(slots[0].title.join(" "), format!("Touchpoint 0 1/{parts}"));
        assert_eq!(
            slots[parts - 1].title.join(" "),
            format!("Touchpoint 0 {parts}/{parts}")
        );
    }
}
