//! Fitting a touchpoint's cards onto slides: how many columns and rows of cards fit a slide's
//! content area at a readable size, and into how many pages ("1/2", "2/2") the cards split when
//! they do not fit on one. Every card shows whole; nothing hides behind a sideways scroll.
//!
//! Pure arithmetic in picture units; the slides paint what it decides.

/// The sizes a card may take on a slide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardSpec {
    /// The card's width at full size.
    pub width: f32,
    /// The card's height at full size (with its distribution under it).
    pub height: f32,
    /// Cards never shrink below this share of full size: text stays readable from the back.
    pub min_scale: f32,
    /// Space between cards at full size.
    pub spacing: f32,
}

/// How a touchpoint's cards go onto slides.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardFit {
    /// Cards per row.
    pub columns: usize,
    /// Rows per page.
    pub rows: usize,
    /// The cards' size as a share of full size.
    pub scale: f32,
    /// How many pages the cards take.
    pub pages: usize,
}

impl CardFit {
    /// Cards on one page.
    pub fn per_page(&self) -> usize {
        self.columns * self.rows
    }

    /// The range of cards on `page` (0-based) of `cards`.
    pub fn page(&self, page: usize, cards: usize) -> std::ops::Range<usize> {
        let start = (page * self.per_page()).min(cards);
        start..(start + self.per_page()).min(cards)
    }
}

/// The fit of `cards` cards into an area of `width` × `height`: all on one page at the largest
/// scale (no larger than 1) that holds them, or, when even `min_scale` does not, as few pages as
/// possible at the scale that fills a page best.
pub fn fit(spec: CardSpec, cards: usize, width: f32, height: f32) -> CardFit {
    let cards = cards.max(1);
    let fits = |columns: usize, rows: usize| {
        // Cards and the spaces between them scale together.
        let sw = width / (columns as f32 * (spec.width + spec.spacing) - spec.spacing);
        let sh = height / (rows as f32 * (spec.height + spec.spacing) - spec.spacing);
        sw.min(sh).min(1.0)
    };
    // Everything on one page: the grid that lets cards be largest.
    let mut best: Option<CardFit> = None;
    for columns in 1..=cards {
        let rows = cards.div_ceil(columns);
        let scale = fits(columns, rows);
        if scale >= spec.min_scale && best.is_none_or(|b| scale > b.scale) {
            best = Some(CardFit {
                columns,
                rows,
                scale,
                pages: 1,
            });
        }
    }
    if let Some(best) = best {
        return best;
    }
    // Several pages at the smallest readable scale: as many cards per page as fit.
    let scale = spec.min_scale;
    let columns =
        (((width / scale + spec.spacing) / (spec.width + spec.spacing)).floor() as usize).max(1);
    let rows =
        (((height / scale + spec.spacing) / (spec.height + spec.spacing)).floor() as usize).max(1);
    let per_page = columns * rows;
    CardFit {
        columns,
        rows,
        scale: fits(columns, rows).clamp(0.0, 1.0),
        pages: cards.div_ceil(per_page),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARD: CardSpec = CardSpec {
        width: 320.0,
        height: 260.0,
        min_scale: 0.6,
        spacing: 24.0,
    };

    #[test]
    fn every_card_fits_in_its_page() {
        for (w, h) in [
            (800.0, 600.0),
            (1024.0, 768.0),
            (1360.0, 860.0),
            (1920.0, 1080.0),
            (3840.0, 2160.0),
        ] {
            // The content area under a slide's title.
            let (w, h) = (w - 48.0, h - 160.0);
            for cards in 1..=30 {
                let fit = fit(CARD, cards, w, h);
                let cw = fit.columns as f32 * (CARD.width + CARD.spacing) * fit.scale
                    - CARD.spacing * fit.scale;
                let ch = fit.rows as f32 * (CARD.height + CARD.spacing) * fit.scale
                    - CARD.spacing * fit.scale;
                assert!(
                    cw <= w + 0.5 && ch <= h + 0.5,
                    "{cards} cards in {w}×{h}: {fit:?}"
                );
                assert!(
                    fit.scale <= 1.0 && fit.scale >= CARD.min_scale - 1e-4,
                    "{fit:?}"
                );
                assert!(fit.per_page() * fit.pages >= cards);
                let shown: usize = (0..fit.pages).map(|p| fit.page(p, cards).len()).sum();
                assert_eq!(shown, cards);
            }
        }
    }

    #[test]
    fn five_cards_fit_one_projector_slide() {
        let fit = fit(CARD, 5, 1024.0 - 48.0, 768.0 - 160.0);
        assert_eq!(fit.pages, 1, "{fit:?}");
    }
}
