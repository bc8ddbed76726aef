// The sentences of a library paragraph, for quoting one or several of them rather than
// the whole paragraph; omitted sentences between two chosen ones are marked "[…]".

const ABBREVIATIONS = /\b(?:para|paras|Mr|Mrs|Ms|Dr|No|Nos|art|arts|e\.g|i\.e|etc|cf|vol|p|pp)\.$/i;

/** Splits at a sentence's end, keeping "para. 12", "Mr. Guterres" and "S/2011/552." whole. */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  const sentences: string[] = [];
  let start = 0;
  const ends = /[.!?。؟]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{Lo}\d])/gu;
  for (const match of clean.matchAll(ends)) {
    const end = match.index + match[0].length;
    const sentence = clean.slice(start, end).trim();
    if (ABBREVIATIONS.test(sentence)) continue;
    sentences.push(sentence);
    start = end;
  }
  const rest = clean.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** The chosen sentences (indexes, any order) as one passage, gaps marked "[…]". */
export function passageOf(sentences: readonly string[], chosen: readonly number[]): string {
  const picked = [...new Set(chosen)]
    .filter((index) => index >= 0 && index < sentences.length)
    .sort((a, b) => a - b);
  return picked
    .map((index, position) => {
      const gap = position > 0 && index !== (picked[position - 1] ?? index) + 1;
      return `${gap ? '[…] ' : ''}${sentences[index]}`;
    })
    .join(' ');
}
