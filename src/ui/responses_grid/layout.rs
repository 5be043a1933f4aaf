//! The geometry of the responses grid as plain arithmetic: which rows and columns a viewport
//! shows, where a cell is, which cell a point falls on, and how far to scroll to reveal a cell.
//!
//! Everything here is O(1): the grid never walks its rows or columns to lay itself out, which is
//! what keeps 10,000 × 200 cells as cheap per frame as 10 × 10. Nothing here touches egui state.

use crate::ui::theme::{
    GRID_CELL_WIDTH, GRID_HEADER_HEIGHT, GRID_ID_WIDTH, GRID_ROW_HEIGHT, GRID_SEGMENT_WIDTH,
};
use eframe::egui::{Pos2, Rect, Vec2, pos2, vec2};
use std::ops::Range;

/// Width of the fixed columns (respondent id and segment) left of the feature columns.
pub const FROZEN_WIDTH: f32 = GRID_ID_WIDTH + GRID_SEGMENT_WIDTH;

/// The items of one axis that a viewport shows.
///
/// `offset` is how far the content is scrolled, `extent` the viewport's length, `frozen` the
/// length of the fixed band (header or fixed columns) that covers the start of the viewport,
/// `item` one row's height or one column's width. An item partly visible counts as visible.
pub fn visible_range(
    offset: f32,
    extent: f32,
    frozen: f32,
    item: f32,
    count: usize,
) -> Range<usize> {
    if count == 0 || item <= 0.0 || extent <= frozen {
        return 0..0;
    }
    // Rubber-banding can push the offset past either end for a moment; clamp, never panic.
    let offset = offset.max(0.0);
    let first = (offset / item).floor() as usize;
    let end = ((offset + extent - frozen) / item).ceil() as usize;
    first.min(count)..end.min(count)
}

/// The scroll offset along one axis that shows item `index` whole, moving as little as
/// possible: unchanged when it is already visible below the fixed band.
pub fn reveal_offset(offset: f32, extent: f32, frozen: f32, item: f32, index: usize) -> f32 {
    let start = index as f32 * item;
    let visible = (extent - frozen).max(item);
    if start < offset {
        start
    } else if start + item > offset + visible {
        start + item - visible
    } else {
        offset
    }
}

/// The full size of the grid's content: fixed columns and header included.
pub fn content_size(rows: usize, features: usize) -> Vec2 {
    vec2(
        FROZEN_WIDTH + features as f32 * GRID_CELL_WIDTH,
        GRID_HEADER_HEIGHT + rows as f32 * GRID_ROW_HEIGHT,
    )
}

/// Where the grid is on the screen this frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The screen position of the content's top-left corner (it moves as the grid scrolls).
    pub origin: Pos2,
    /// The visible part of the content, in content coordinates (min = scroll offset).
    pub viewport: Rect,
}

impl Frame {
    /// The visible rectangle on the screen.
    pub fn screen(&self) -> Rect {
        self.viewport.translate(self.origin.to_vec2())
    }

    /// The visible display rows.
    pub fn rows(&self, count: usize) -> Range<usize> {
        visible_range(
            self.viewport.min.y,
            self.viewport.height(),
            GRID_HEADER_HEIGHT,
            GRID_ROW_HEIGHT,
            count,
        )
    }

    /// The visible feature columns.
    pub fn columns(&self, count: usize) -> Range<usize> {
        visible_range(
            self.viewport.min.x,
            self.viewport.width(),
            FROZEN_WIDTH,
            GRID_CELL_WIDTH,
            count,
        )
    }

    /// The screen area of the answer cells: the visible rectangle minus header and fixed columns.
    pub fn body(&self) -> Rect {
        let screen = self.screen();
        Rect::from_min_max(
            pos2(
                screen.min.x + FROZEN_WIDTH,
                screen.min.y + GRID_HEADER_HEIGHT,
            ),
            screen.max,
        )
    }

    /// The screen area of the feature header (scrolls sideways, never down).
    pub fn header(&self) -> Rect {
        let screen = self.screen();
        Rect::from_min_max(
            pos2(screen.min.x + FROZEN_WIDTH, screen.min.y),
            pos2(screen.max.x, screen.min.y + GRID_HEADER_HEIGHT),
        )
    }

    /// The screen area of the fixed columns below the header (scroll down, never sideways).
    pub fn frozen(&self) -> Rect {
        let screen = self.screen();
        Rect::from_min_max(
            pos2(screen.min.x, screen.min.y + GRID_HEADER_HEIGHT),
            pos2(screen.min.x + FROZEN_WIDTH, screen.max.y),
        )
    }

    /// The fixed top-left corner above the id and segment columns.
    pub fn corner(&self) -> Rect {
        Rect::from_min_size(self.screen().min, vec2(FROZEN_WIDTH, GRID_HEADER_HEIGHT))
    }

    fn row_top(&self, row: usize) -> f32 {
        self.origin.y + GRID_HEADER_HEIGHT + row as f32 * GRID_ROW_HEIGHT
    }

    fn column_left(&self, column: usize) -> f32 {
        self.origin.x + FROZEN_WIDTH + column as f32 * GRID_CELL_WIDTH
    }

    /// The screen rectangle of the answer cell at display row `row`, feature `column`.
    pub fn cell(&self, row: usize, column: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.column_left(column), self.row_top(row)),
            vec2(GRID_CELL_WIDTH, GRID_ROW_HEIGHT),
        )
    }

    /// The screen rectangle of a feature's header.
    pub fn header_cell(&self, column: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.column_left(column), self.screen().min.y),
            vec2(GRID_CELL_WIDTH, GRID_HEADER_HEIGHT),
        )
    }

    /// The screen rectangle of a row's id cell (fixed on the left).
    pub fn id_cell(&self, row: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.screen().min.x, self.row_top(row)),
            vec2(GRID_ID_WIDTH, GRID_ROW_HEIGHT),
        )
    }

    /// The screen rectangle of a row's segment cell (fixed, right of the id).
    pub fn segment_cell(&self, row: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.screen().min.x + GRID_ID_WIDTH, self.row_top(row)),
            vec2(GRID_SEGMENT_WIDTH, GRID_ROW_HEIGHT),
        )
    }

    /// The answer cell under a screen point, if the point is over the cell area.
    pub fn cell_at(&self, pos: Pos2, rows: usize, columns: usize) -> Option<(usize, usize)> {
        if !self.body().contains(pos) {
            return None;
        }
        let x = pos.x - self.origin.x - FROZEN_WIDTH;
        let y = pos.y - self.origin.y - GRID_HEADER_HEIGHT;
        if x < 0.0 || y < 0.0 {
            return None;
        }
        let row = (y / GRID_ROW_HEIGHT) as usize;
        let column = (x / GRID_CELL_WIDTH) as usize;
        (row < rows && column < columns).then_some((row, column))
    }

    /// The scroll offset that shows the cell at display row `row`, feature `column` whole.
    pub fn reveal(&self, row: Option<usize>, column: Option<usize>) -> Vec2 {
        let v = self.viewport;
        vec2(
            column.map_or(v.min.x, |c| {
                reveal_offset(v.min.x, v.width(), FROZEN_WIDTH, GRID_CELL_WIDTH, c)
            }),
            row.map_or(v.min.y, |r| {
                reveal_offset(v.min.y, v.height(), GRID_HEADER_HEIGHT, GRID_ROW_HEIGHT, r)
            }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row of the table below: offset, extent, fixed band, item size, count, expected range.
    struct Case(f32, f32, f32, f32, usize, Range<usize>);

    #[test]
    fn visible_ranges_follow_the_offset_and_skip_the_fixed_band() {
        let cases = [
            Case(0.0, 100.0, 20.0, 10.0, 1000, 0..8),
            Case(5.0, 100.0, 20.0, 10.0, 1000, 0..9),
            Case(10.0, 100.0, 20.0, 10.0, 1000, 1..9),
            Case(9_990.0, 100.0, 20.0, 10.0, 1000, 999..1000),
            Case(0.0, 100.0, 20.0, 10.0, 3, 0..3),
            Case(0.0, 100.0, 20.0, 10.0, 0, 0..0),
            // Rubber-banding past the top.
            Case(-40.0, 100.0, 20.0, 10.0, 1000, 0..8),
            // A viewport no taller than the header shows no rows.
            Case(0.0, 15.0, 20.0, 10.0, 1000, 0..0),
        ];
        for Case(offset, extent, frozen, item, count, want) in cases {
            assert_eq!(
                visible_range(offset, extent, frozen, item, count),
                want,
                "offset {offset}, extent {extent}, count {count}"
            );
        }
    }

    #[test]
    fn a_huge_grid_shows_only_a_screenful() {
        let frame = Frame {
            origin: pos2(-6_400.0, -110_000.0 + 100.0),
            viewport: Rect::from_min_size(pos2(6_400.0, 110_000.0), vec2(1200.0, 800.0)),
        };
        let rows = frame.rows(10_000);
        let columns = frame.columns(200);
        assert!(rows.len() <= 40, "{rows:?}");
        assert!(columns.len() <= 20, "{columns:?}");
        assert_eq!(rows.start, 5_000);
        assert_eq!(columns.start, 100);
    }

    #[test]
    fn reveal_moves_as_little_as_possible() {
        // Already visible: no move.
        assert_eq!(reveal_offset(0.0, 100.0, 20.0, 10.0, 3), 0.0);
        // Above the viewport: scroll up to its start.
        assert_eq!(reveal_offset(50.0, 100.0, 20.0, 10.0, 2), 20.0);
        // Below: scroll just enough that its bottom edge is the viewport's.
        assert_eq!(reveal_offset(0.0, 100.0, 20.0, 10.0, 8), 10.0);
        assert_eq!(reveal_offset(0.0, 100.0, 20.0, 10.0, 7), 0.0);
    }

    #[test]
    fn cells_and_points_agree() {
        let frame = Frame {
            origin: pos2(10.0 - 3.0 * GRID_CELL_WIDTH, 40.0 - 5.0 * GRID_ROW_HEIGHT),
            viewport: Rect::from_min_size(
                pos2(3.0 * GRID_CELL_WIDTH, 5.0 * GRID_ROW_HEIGHT),
                vec2(800.0, 600.0),
            ),
        };
        for (row, column) in [(5, 3), (6, 4), (20, 9)] {
            let rect = frame.cell(row, column);
            assert_eq!(frame.cell_at(rect.center(), 100, 50), Some((row, column)));
        }
        // Row 5 scrolled under the header, column 3 under the fixed columns: not clickable.
        assert_eq!(frame.cell_at(frame.header().center(), 100, 50), None);
        assert_eq!(frame.cell_at(frame.frozen().center(), 100, 50), None);
        // Past the last row.
        assert_eq!(frame.cell_at(frame.cell(6, 4).center(), 6, 50), None);
    }
}
