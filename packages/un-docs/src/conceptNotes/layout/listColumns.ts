import { headingTopic } from '../cues/listHeadingWords.js';

// Round w37at: a table whose header names a list in each column ("| Objectives | Guiding
// questions |", `| Objetivos | Preguntas orientadoras |`) sets two lists side by side, not a
// label over its value: each column is its own list, read under its header as a heading, its
// cells as items numbered by position (they print no label). Only a table whose every header
// cell names the objectives or the points, and not both the same, is read so.

/** The columns of a table as lists under their headers, or null if its header names none. */
export function listColumns(rows: readonly (readonly string[])[]): string[] | null {
  const [header, ...body] = rows;
  if (!header || header.length < 2 || body.length === 0) return null;
  const topics = header.map((cell) => headingTopic(cell.replace(/[*_]/gu, '')));
  if (topics.some((topic) => topic === null) || new Set(topics).size !== topics.length) return null;
  return header.flatMap((cell, column) => {
    const items = body.map((row) => row[column]?.trim() ?? '').filter((item) => item !== '');
    return ['', cell.replace(/[*_]/gu, '').trim(), '', ...items.map((item) => `- ${item}`), ''];
  });
}
