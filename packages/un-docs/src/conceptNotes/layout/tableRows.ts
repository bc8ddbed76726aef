import { listColumns } from './listColumns.js';

// Wiki pages put a note's header in a two-column Markdown table ("| **Date** | 3 March 2027 |").
// Each such row becomes a "Date: 3 March 2027" field line (a label written "**Date:**" too);
// separator rows and an empty header row ("| | |") go.
//
// Round 27b: a form or fact sheet set as a table wraps a long cell over several lines, and
// the row is read by its layout, not line by line: a grid table (`+-----+-----+` borders, `=`
// under a header) holds each row between two borders; a pipe table without them goes on with a
// two-column row on the lines whose first cell is empty ("| Theme | Conflict and hunger: … as
// a |" / "|       | weapon of war |"). A row's cells are read column by column, their lines joined
// again; a line opening a list item ("(b) What steps …", "2. How can …", "• …") starts a line
// of its own, so questions in a cell stay a list under the row's label.

const ROW_LINE = /^\s*\|.*\|\s*$/;
const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LIST_ITEM = /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-–•▪◦*➢►]|Q\d{1,2}\b)\s/iu;

/** Wiki exports may open with YAML front matter (the page's metadata, not the note's). */
function withoutFrontMatter(raw: string): string {
  const match = /^---\r?\n[\s\S]{0,2000}?\r?\n---\r?\n/.exec(raw);
  return match ? raw.slice(match[0].length) : raw;
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/gu, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** A row's cells, each as the lines it spans. */
type Row = string[][];

/** The lines of one cell joined again: a wrapped line goes on its item, a list item starts anew. */
function cellLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const last = joined.length - 1;
    if (last >= 0 && !LIST_ITEM.test(line)) joined[last] = `${joined[last]} ${line}`;
    else joined.push(line);
  }
  return joined;
}

function labelOf(cell: readonly string[]): string {
  return cellLines(cell)
    .join(' ')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim()
    .replace(/[:：]$/, '');
}

/** A two-column row as a field line, or as its label over the list its cell holds. */
function rowText(row: Row): string {
  if (row.length !== 2) return `| ${row.map((cell) => cellLines(cell).join(' ')).join(' | ')} |`;
  const label = labelOf(row[0] ?? []);
  const value = cellLines(row[1] ?? []);
  if (value.length === 0) return label;
  if (label === '') return value.join('\n');
  const [first = '', ...rest] = value;
  if (rest.length === 0) return `${label}: ${first}`;
  const head = LIST_ITEM.test(first) ? [label, first] : [`${label}: ${first}`];
  return ['', ...head, ...rest, ''].join('\n');
}

/** Adds a table line's cells to the row, column by column. */
function addLine(row: Row, cells: readonly string[]): void {
  cells.forEach((cell, column) => {
    (row[column] ??= []).push(cell);
  });
}

/**
 * Round 32: a grid table whose borders only frame its header and body (`+---+` above, `+===+`
 * under the header, `+---+` below) holds several rows between two borders. A run of three lines
 * or more that open a first cell is read as rows then, each going on over the lines whose first
 * cell is empty, as in a pipe table; a label wrapped over two lines stays one row's.
 */
const MIN_UNBORDERED_ROWS = 3;

function segmentRows(segment: readonly string[][], grid: boolean): Row[] {
  const opening = segment.filter((cells) => cells[0] !== '').length;
  const bordered = grid && opening < MIN_UNBORDERED_ROWS;
  const rows: Row[] = [];
  let row: Row | null = null;
  for (const cells of segment) {
    // In a pipe table only a two-column row goes on: a wider table may leave its first column
    // empty on a row of its own (a programme's time for a second item).
    const continues =
      bordered || (cells[0] === '' && (grid || cells.length === 2) && cells.some(Boolean));
    if (row === null || !continues) {
      row = [];
      rows.push(row);
    }
    addLine(row, cells);
  }
  return rows;
}

/** One table (its consecutive lines) as text: each row a field line or a label over its list. */
function tableText(lines: readonly string[]): string[] {
  const grid = lines.some((line) => GRID_BORDER.test(line));
  // Round w37at: a header naming a list in each column sets lists side by side (listColumns.ts).
  if (!grid && SEPARATOR.test(lines[1] ?? '')) {
    const rows = lines.filter((line) => !SEPARATOR.test(line)).map(cellsOf);
    const columns = listColumns(rows);
    if (columns) return columns;
  }
  const segments: string[][][] = [[]];
  for (const line of lines) {
    if (GRID_BORDER.test(line) || SEPARATOR.test(line)) {
      if (grid) segments.push([]);
      continue;
    }
    segments[segments.length - 1]?.push(cellsOf(line));
  }
  return segments
    .flatMap((segment) => segmentRows(segment, grid))
    .map(rowText)
    .filter((text) => text !== '');
}

export function tableRowsAsFields(source: string): string {
  const raw = withoutFrontMatter(source);
  if (!raw.includes('|')) return raw;
  const out: string[] = [];
  let table: string[] = [];
  const flush = (): void => {
    // A rule alone ("---") parts paragraphs, as a blank line does.
    const rows = table.some((line) => ROW_LINE.test(line));
    out.push(...(rows ? tableText(table) : table.map(() => '')));
    table = [];
  };
  for (const line of raw.split('\n')) {
    if (ROW_LINE.test(line) || GRID_BORDER.test(line) || SEPARATOR.test(line)) {
      table.push(line);
      continue;
    }
    flush();
    out.push(line);
  }
  flush();
  return out.join('\n');
}
