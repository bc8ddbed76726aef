import { decodeEntities } from '../text/decodeMarkup.js';
import { toSuperscript } from '../text/superscript.js';

// Mammoth's HTML is simple and regular (p, h1–h6, ol/ul/li, table, a, sup, strong, em), so a
// few rewrites turn it into one block per line. Word footnotes come out as a trailing list
// of "footnote-N" items; they become "¹ text" blocks like footnotes from every other format.

function footnotesToBlocks(html: string): string {
  return html
    .replace(
      /<sup><a href="#(?:foot|end)note-\d+"[^>]*>\[(\d+)\]<\/a><\/sup>/g,
      (_whole, n: string) => toSuperscript(n),
    )
    .replace(
      /<li id="(?:foot|end)note-(\d+)">([\s\S]*?)<\/li>/g,
      (_whole, n: string, body: string) =>
        `<p>${toSuperscript(n)} ${body.replace(/<a href="#(?:foot|end)note-ref-\d+">[\s\S]*?<\/a>/g, '').replace(/<\/?p>/g, ' ')}</p>`,
    );
}

// Round 12a: a table row of two cells, the first a short label ("Co-hosts", "Date and time"),
// is a header field, "Co-hosts: Greece, Panama and Norway", as a wiki table's row is
// (tableRows.ts); the value's paragraphs are joined. Other rows keep their cells as blocks.
const ROW = /<tr[^>]*>([\s\S]*?)<\/tr>/g;
const CELL = /<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g;

function cellText(html: string): string {
  return decodeEntities(html.replace(/<\/p>\s*<p[^>]*>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function rowsAsFields(html: string): string {
  return html.replace(ROW, (row: string, inner: string) => {
    const cells = [...inner.matchAll(CELL)].map((cell) => cellText(cell[1] ?? ''));
    const [label, value] = cells;
    if (cells.length !== 2 || !label || !value) return row;
    const name = label.replace(/\s*:$/u, '');
    if (name.length > 40 || /[.;!?]/u.test(name) || name.split(' ').length > 4) return row;
    return `<p>${name.replace(/</g, '&lt;')}: ${value.replace(/</g, '&lt;')}</p>`;
  });
}

/** `labels` holds Word's list labels in document order, one per <li>. */
export function htmlToText(html: string, labels: readonly string[]): string {
  const withNotes = rowsAsFields(footnotesToBlocks(html));
  const listItems = withNotes.match(/<li>/g)?.length ?? 0;
  // Only trust the rebuilt labels when they line up one-to-one with mammoth's items.
  const useLabels = labels.length === listItems;
  let item = 0;
  const text = withNotes
    .replace(/<li>/g, () => `\n\n${useLabels ? (labels[item++] ?? '•') : '•'} `)
    // Heading levels become Markdown marks, so the parsers can see the document's outline.
    .replace(/<h([1-3])>/g, (_whole, level: string) => `\n\n${'#'.repeat(Number(level))} `)
    .replace(/<\/(?:p|h[1-6]|li|tr|table|ol|ul)>/g, '\n\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/t[dh]>/g, '    ')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
