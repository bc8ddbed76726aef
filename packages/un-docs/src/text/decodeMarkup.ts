import { decodeHTMLStrict } from 'entities';
import { toSuperscript } from './superscript.js';

// Markdown and stray HTML arrive from converters and hand-written notes; the parsers only
// want the words, with headings and list items kept as their own lines.

// Through the entities package: every named and numeric reference, and out-of-range numbers
// (&#99999999;) become U+FFFD instead of throwing. A no-break space is an ordinary one here.
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text.replace(/&nbsp;/gi, ' '));
}

function decodeHtml(text: string): string {
  return (
    decodeEntities(
      text
        // A doubly escaped converter artefact seen in real reports: "<sup>&</sup>lt;sup>11</sup>".
        .replace(/<sup>&<\/sup>lt;sup>/g, '<sup>')
        .replace(/<sup>\s*(\d+)\s*<\/sup>/g, (_whole, digits: string) => toSuperscript(digits))
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/?(?:i|b|em|strong|u|s|span|sup|sub|small|font|a)(?:\s[^>]*)?>/gi, ''),
    )
      // A second pass for entities that only became visible after the first.
      .replace(/<sup>\s*(\d+)\s*<\/sup>/g, (_whole, digits: string) => toSuperscript(digits))
  );
}

// Escaped characters are parked in the private-use area while emphasis is stripped, so that
// "\\*" survives as a literal asterisk.
const PARKED = 0xe000;

function decodeMarkdownLine(line: string): string {
  const parked = line.replace(/\\([\\`*_{}[\]()#+\-.!$<>|~"'])/g, (_whole, char: string) =>
    String.fromCharCode(PARKED + char.charCodeAt(0)),
  );
  return (
    parked
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}>\s?/, '')
      // A bullet before an explicit label ("- (a) Agreement") is layout, not a second label.
      .replace(/^\s*[-*+]\s+(?=\(?[a-z0-9]{1,4}[.)]\s)/, '')
      // A bullet indented under another is its sub-item: a glyph of its own keeps the level
      // once the indentation is gone.
      .replace(/^\s{2,}[-*+]\s+/, '– ')
      .replace(/^(\s*)[*+]\s+/, '$1• ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<((?:mailto:|https?:)[^>\s]+)>/g, (_whole, link: string) =>
        link.replace(/^mailto:/, ''),
      )
      .replace(/\*\*|__/g, '')
      .replace(/(^|[\s(“"'‘])\*(?=\S)/g, '$1')
      .replace(/(?<=\S)\*(?=$|[\s.,;:!?)”"’])/g, '')
      .replace(/(^|[\s(“"])_(?=\S)(.*?\S)_(?=$|[\s.,;:!?)”"])/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/[\ue000-\ue0ff]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PARKED))
  );
}

export function decodeMarkup(text: string): string {
  const headingSpaced = text.replace(/^(\s{0,3}#{1,6}\s.*)$/gm, '\n$1\n');
  return decodeHtml(headingSpaced)
    .split('\n')
    .map((line) => (/^\s*(?:-{3,}|\*{3,})\s*$/.test(line) ? '' : decodeMarkdownLine(line)))
    .join('\n');
}
