//! The presenter's title in letters four rows high: the 8×8 glyphs of `font8x8` drawn with
//! block characters, two pixel rows a cell: half blocks (a letter 8 columns wide) or
//! quadrants (4 columns wide, each cell two pixels across).

use font8x8::UnicodeFonts;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

/// Rows of a letter on screen (8 pixel rows, two a cell).
pub const ROWS: u16 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// One pixel a column: ▀ ▄ █.
    Half,
    /// Two pixels a column: ▘ ▝ ▖ ▗ and their combinations.
    Quadrant,
}

impl Size {
    /// Columns of a letter on screen.
    pub fn columns(self) -> u16 {
        match self {
            Size::Half => 8,
            Size::Quadrant => 4,
        }
    }
}

/// Lines of big letters, each centred in the area; characters without a glyph stay blank.
pub struct BigText<'a> {
    pub lines: &'a [String],
    pub size: Size,
    pub style: Style,
}

impl Widget for BigText<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let cols = self.size.columns();
        for (n, line) in self.lines.iter().enumerate() {
            let top = area.y + n as u16 * ROWS;
            if top + ROWS > area.bottom() {
                return;
            }
            let width = line.chars().count() as u16 * cols;
            let left = area.x + area.width.saturating_sub(width) / 2;
            for (k, c) in line.chars().enumerate() {
                let Some(g) = glyph(c) else { continue };
                for row in 0..ROWS {
                    for col in 0..cols {
                        let x = left + k as u16 * cols + col;
                        if x < area.right() {
                            buf[(x, top + row)]
                                .set_char(cell(&g, self.size, col, row))
                                .set_style(self.style);
                        }
                    }
                }
            }
        }
    }
}

/// The glyph of `c` in the first of font8x8's sets that has one.
fn glyph(c: char) -> Option<[u8; 8]> {
    let sets: [&dyn UnicodeFonts; 8] = [
        &font8x8::BASIC_FONTS,
        &font8x8::LATIN_FONTS,
        &font8x8::HIRAGANA_FONTS,
        &font8x8::GREEK_FONTS,
        &font8x8::BLOCK_FONTS,
        &font8x8::BOX_FONTS,
        &font8x8::MISC_FONTS,
        &font8x8::SGA_FONTS,
    ];
    sets.iter().find_map(|set| set.get(c))
}

/// The character for one cell of a glyph: pixel rows `2·row` and `2·row + 1`, and pixel
/// column `col` (half blocks) or `2·col` and `2·col + 1` (quadrants). A glyph row's bit 0
/// is its leftmost pixel.
fn cell(g: &[u8; 8], size: Size, col: u16, row: u16) -> char {
    let on = |x: u16, y: u16| g[usize::from(y)] >> x & 1 == 1;
    let (top, bottom) = (2 * row, 2 * row + 1);
    match size {
        Size::Half => match (on(col, top), on(col, bottom)) {
            (true, true) => '█',
            (true, false) => '▀',
            (false, true) => '▄',
            (false, false) => ' ',
        },
        Size::Quadrant => {
            let (l, r) = (2 * col, 2 * col + 1);
            let bits = usize::from(on(l, top))
                | usize::from(on(r, top)) << 1
                | usize::from(on(l, bottom)) << 2
                | usize::from(on(r, bottom)) << 3;
            // Indexed by upper-left, upper-right, lower-left, lower-right as bits 0 to 3.
            const QUADRANTS: [char; 16] = [
                ' ', '▘', '▝', '▀', '▖', '▌', '▞', '▛', '▗', '▚', '▐', '▜', '▄', '▙', '▟', '█',
            ];
            QUADRANTS[bits]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(text: &str, size: Size) -> Vec<String> {
        let lines = [text.to_string()];
        let area = Rect::new(0, 0, size.columns() * text.chars().count() as u16, ROWS);
        let mut buf = Buffer::empty(area);
        BigText {
            lines: &lines,
            size,
            style: Style::default(),
        }
        .render(area, &mut buf);
        (0..ROWS)
            .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect())
            .collect()
    }

    #[test]
    fn a_letter_in_half_blocks_and_in_quadrants() {
        // font8x8's "I": a bar three pixels wide with serifs.
        assert_eq!(
            drawn("I", Size::Half),
            [" ▀██▀   ", "  ██    ", "  ██    ", " ▀▀▀▀   "]
        );
        assert_eq!(drawn("I", Size::Quadrant), ["▝█▘ ", " █  ", " █  ", "▝▀▘ "]);
    }

    #[test]
    fn a_character_without_a_glyph_stays_blank() {
        assert_eq!(drawn("⏱", Size::Half), ["        "; 4]);
    }
}
