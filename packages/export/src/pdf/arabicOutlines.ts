// Arabic drawn as shaped glyph outlines, with the same text laid invisibly on top for search,
// copy and text extraction. Noto Naskh Arabic shapes letters by splitting them (its `ccmp`
// feature) into a skeleton and dot glyphs that carry no character, and a PDF maps each glyph
// to one text: with every feature the letters join as the type designer intended but the
// text would read back wrong; without `ccmp` it reads back right but some joins break. So
// the eye gets the first (outlines), and search and copy the second (invisible text).
// The outlines come from a fontkit instance of their own: fontkit caches glyphs with the
// characters of their last layout, and pdfkit's instance maps glyphs to text.
import { createRequire } from 'node:module';

interface Glyph {
  path: { toSVG(): string };
}
interface GlyphRun {
  glyphs: Glyph[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
}
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  layout(text: string): GlyphRun;
}

// fontkit (pdfkit's own font engine) ships no typings; this is the part used here.
const fontkit = createRequire(import.meta.url)('fontkit') as {
  openSync(path: string): FontkitFont;
};
const fonts = new Map<string, FontkitFont>();

function outlineFont(path: string): FontkitFont {
  let font = fonts.get(path);
  if (!font) {
    font = fontkit.openSync(path);
    fonts.set(path, font);
  }
  return font;
}

/** Features of the invisible text: `ccmp` off, so every glyph stands for a character. */
export function extractableFeatures(): Record<string, boolean> {
  // A new object each time: fontkit fills it in.
  return { ccmp: false };
}

/**
 * Draws `text` (logical order; fontkit shapes and reverses it) in the font file `face` at
 * `size` with the current fill colour, its top-left corner at (x, y), where pdfkit's text()
 * would place it. Returns the width drawn.
 */
export function drawOutlines(
  doc: PDFKit.PDFDocument,
  face: string,
  size: number,
  text: string,
  at: { x: number; y: number },
): number {
  const font = outlineFont(face);
  const scale = size / font.unitsPerEm;
  const baseline = at.y + font.ascent * scale;
  const run = font.layout(text);
  const x = at.x;
  let pen = x;
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    if (!position) return;
    const outline = glyph.path.toSVG();
    if (outline !== '') {
      const left = pen + position.xOffset * scale;
      const top = baseline - position.yOffset * scale;
      doc.save().transform(scale, 0, 0, -scale, left, top).path(outline).fill().restore();
    }
    pen += position.xAdvance * scale;
  });
  return pen - x;
}

/** The width `text` takes when drawn by drawOutlines. */
export function outlineWidth(face: string, size: number, text: string): number {
  const font = outlineFont(face);
  const run = font.layout(text);
  return (run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * size) / font.unitsPerEm;
}
