import { toSuperscript } from './superscript.js';

// PDF text puts footnotes under a rule ("________") with plain-digit markers, and the
// reference in the text as a digit glued to a word ("risks.1"). Rewriting both with
// superscript digits lets the parsers recognize footnotes the same way for every format.

const RULE = /^\s*_{5,}\s*$/;
const FOOTNOTE_START = /^\s*(\d{1,3})\s+(\S.*)$/;

/** Turns the last "word1" reference to note `number` above the rule into "word¹". */
function markReference(lines: string[], before: number, number: string): void {
  const reference = new RegExp(`(?<=[\\p{L}.,;:)”’"])${number}(?=\\s|$)`, 'u');
  for (let index = before - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    if (reference.test(line)) {
      lines[index] = line.replace(reference, toSuperscript(number));
      return;
    }
  }
}

export function markFootnotes(lines: readonly string[]): string[] {
  const out: string[] = [];
  let ruleAt = -1;
  let inNote = false;
  for (const line of lines) {
    if (RULE.test(line)) {
      ruleAt = out.length;
      inNote = false;
      out.push('');
      continue;
    }
    const start = ruleAt >= 0 ? FOOTNOTE_START.exec(line) : null;
    if (start?.[1] && start[2]) {
      markReference(out, ruleAt, start[1]);
      out.push('', `${toSuperscript(start[1])} ${start[2]}`);
      inNote = true;
    } else if (ruleAt >= 0 && line.trim() === '') {
      inNote = false;
    } else if (inNote) {
      out.push(line.trim());
    } else {
      // The first line that is neither a note nor its continuation closes the notes.
      if (ruleAt >= 0) out.push('');
      ruleAt = -1;
      out.push(line);
    }
  }
  return out;
}
