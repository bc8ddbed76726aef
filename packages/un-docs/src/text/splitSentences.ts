// Sentence boundaries good enough to keep a date with the verb that governs it. Abbreviations
// common in UN prose ("a.m.", "para.", "H.E.", "Mr.") do not end a sentence.

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|No|Nos|para|paras|vol|art|arts|St|Amb|approx|etc|cf|e\.g|i\.e|a\.m|p\.m|[A-Z]))\.$/;

export function splitSentences(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of block.matchAll(/[.!?][”"’)]?\s+(?=[\p{Lu}“"(])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = block.slice(start, end);
    if (ABBREVIATION.test(candidate.replace(/[”"’)]$/, ''))) continue;
    sentences.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = block.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}
