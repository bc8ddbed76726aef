// Wiki pages put a note's header in a two-column Markdown table ("| **Date** | 3 March 2027 |").
// Each such row becomes a "Date: 3 March 2027" field line (a label written "**Date:**" too);
// separator rows and an empty header row ("| | |") go.

const ROW = /^\s*\|([^|]+)\|([^|]+)\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Wiki exports may open with YAML front matter (the page's metadata, not the note's). */
function withoutFrontMatter(raw: string): string {
  const match = /^---\r?\n[\s\S]{0,2000}?\r?\n---\r?\n/.exec(raw);
  return match ? raw.slice(match[0].length) : raw;
}

export function tableRowsAsFields(source: string): string {
  const raw = withoutFrontMatter(source);
  if (!raw.includes('|')) return raw;
  return raw
    .split('\n')
    .map((line) => {
      if (SEPARATOR.test(line)) return '';
      const row = ROW.exec(line);
      if (!row?.[1] || !row[2]) return line;
      const label = row[1]
        .trim()
        .replace(/^[*_]+|[*_]+$/g, '')
        .trim()
        .replace(/[:：]$/, '');
      const value = row[2].trim();
      if (label === '' && value === '') return '';
      return label === '' || value === '' ? line : `${label}: ${value}`;
    })
    .join('\n');
}
