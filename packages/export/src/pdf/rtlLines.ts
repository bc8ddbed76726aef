import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';
import type { PdfRun } from './RunLayout.js';

// Right-to-left paragraphs for pdfkit, which lays text out left to right only. Lines are
// broken in logical order; each line is cut into pieces of one style and one bidi level
// (Unicode Bidirectional Algorithm, bidi-js), and the pieces are placed in visual order.
// fontkit shapes Arabic, mirrors brackets (rtlm) and reverses an Arabic piece by itself;
// pieces of neutral characters alone at a right-to-left level (spaces, brackets,
// punctuation) are mirrored and reversed here.

// bidi-js is CommonJS whose module.exports is the factory; its typings declare an ES default.
const bidiFactory = createRequire(import.meta.url)('bidi-js') as () => Bidi;
const bidi = bidiFactory();
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export interface Piece {
  /** Logical offset in the paragraph's text. */
  start: number;
  text: string;
  run: PdfRun;
  rtl: boolean;
}

export interface RtlLine {
  /** Pieces in logical order, each with its position from the line's visual left edge. */
  pieces: (Piece & { x: number; width: number })[];
  width: number;
}

/** Cuts the paragraph into pieces of one run and one direction, in logical order. */
function bidiPieces(runs: readonly PdfRun[]) {
  const text = runs.map((run) => run.text).join('');
  const embedding = bidi.getEmbeddingLevels(text, 'rtl');
  const { levels } = embedding;
  const pieces: Piece[] = [];
  let offset = 0;
  for (const run of runs) {
    for (let i = 0; i < run.text.length; i += 1) {
      const at = offset + i;
      const rtl = ((levels[at] ?? 1) & 1) === 1;
      const last = pieces.at(-1);
      // Spaces are pieces of their own: lines break there, and text extraction keeps them.
      const char = text[at] ?? '';
      const space = /\s/.test(char);
      if (last && last.run === run && last.rtl === rtl && !space && !/\s$/.test(last.text))
        last.text += char;
      else pieces.push({ start: at, text: text[at] ?? '', run, rtl });
    }
    offset += run.text.length;
  }
  return { text, pieces, embedding };
}

export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

/** What pdfkit must be given to draw a piece so that it reads right. */
export function drawnText(piece: Piece): string {
  if (!piece.rtl || ARABIC.test(piece.text)) return piece.text;
  const mirrored = Array.from(piece.text, (c) => bidi.getMirroredCharacter(c) ?? c);
  return mirrored.reverse().join('');
}

/** Visual order of a line's pieces (indices into `line`), left to right. */
type Embedding = ReturnType<Bidi['getEmbeddingLevels']>;

function visualOrder(text: string, embedding: Embedding, line: readonly Piece[]): number[] {
  const first = line[0];
  const lastPiece = line.at(-1);
  if (!first || !lastPiece) return [];
  const end = lastPiece.start + lastPiece.text.length - 1;
  const indices = Array.from({ length: end - first.start + 1 }, (_, i) => first.start + i);
  for (const [from = 0, to = 0] of bidi.getReorderSegments(text, embedding, first.start, end)) {
    const a = from - first.start;
    const b = to - first.start;
    indices.splice(a, b - a + 1, ...indices.slice(a, b + 1).reverse());
  }
  const seen = new Set<number>();
  const order: number[] = [];
  for (const index of indices) {
    const piece = line.findIndex((p) => index >= p.start && index < p.start + p.text.length);
    if (piece >= 0 && !seen.has(piece)) {
      seen.add(piece);
      order.push(piece);
    }
  }
  return order;
}

/**
 * Breaks the pieces into lines no wider than `width` (at spaces; "\n" forces a break) and
 * gives each piece its x offset within its line.
 */
export function rtlLines(
  runs: readonly PdfRun[],
  width: number,
  measure: (piece: Piece) => number,
): RtlLine[] {
  const { text, pieces, embedding } = bidiPieces(runs);
  const lines: Piece[][] = [[]];
  let used = 0;
  for (const piece of pieces) {
    const current = lines.at(-1) ?? [];
    const forced = piece.text.startsWith('\n');
    const pieceWidth = measure(piece);
    if (forced || (current.length > 0 && used + pieceWidth > width && !/^\s+$/.test(piece.text))) {
      lines.push([]);
      used = 0;
    }
    const clean = forced ? { ...piece, start: piece.start + 1, text: piece.text.slice(1) } : piece;
    if (clean.text === '') continue;
    lines.at(-1)?.push(clean);
    used += forced ? measure(clean) : pieceWidth;
  }
  return lines.map((line) => {
    // A space that ends a line takes no room at its visual edge.
    const visible = line.filter((piece, i) => i < line.length - 1 || !/^\s+$/.test(piece.text));
    const order = visualOrder(text, embedding, visible);
    let x = 0;
    const placed = new Map<number, number>();
    for (const index of order) {
      placed.set(index, x);
      x += measure(visible[index] as Piece);
    }
    return {
      width: x,
      pieces: visible.map((piece, i) => ({
        ...piece,
        x: placed.get(i) ?? 0,
        width: measure(piece),
      })),
    };
  });
}
