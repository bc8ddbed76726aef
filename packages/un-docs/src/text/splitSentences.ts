// Sentence boundaries good enough to keep a date with the verb that governs it. Abbreviations
// common in UN prose ("a.m.", "para.", "H.E.", "Mr.") do not end a sentence; nor do the
// French and Spanish honorifics before a holder's name ("Excma. Sra. …", round 27b).

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Mme|Mlle|Sr|Sra|Srta|Dra|Excmo|Excma|No|Nos|para|paras|vol|art|arts|St|Amb|approx|etc|cf|e\.g|i\.e|a\.m|p\.m|[A-Z]))\.$/;

// A clock's "a.m." or "p.m." ends its sentence when the next word can only start one: a
// pronoun, an article or a conjunction ("… from 3 p.m. to 6 p.m. It reflects …"), not a
// place or a time zone ("10 a.m. New York time", "3 p.m. EST").
const CLOCK = /\b[ap]\.m\.$/i;
const SENTENCE_START =
  /^(?:It|Its|This|That|These|Those|The|A|An|We|I|They|He|She|Our|Their|My|All|Each|Please|There|In|On|At|For|As|If|Delegations|Member|Speakers|Participants)(?![\p{L}])/u;

export function splitSentences(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // Round t40b: a web page's paragraphs run together lose the space after a full stop
  // (`… sobre Ciudad de Gaza.El Consejo de Seguridad celebrará …`): a full stop closed up between
  // a word in lower case and a capitalized word standing alone ends a sentence too ("webtv.Un.org"
  // and "U.N." do not).
  // Round zh: a Chinese sentence ends at its full stop, exclamation or question mark, with no
  // space after it (`…举行公开辩论。中国外交部长将主持会议。`).
  for (const match of block.matchAll(
    /[.!?][”"’)]?\s+(?=[\p{Lu}“"(])|[。！？][”」』）]?\s*(?=\S)|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll}*\s)/gu,
  )) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = block.slice(start, end);
    const bare = candidate.replace(/[”"’)]$/, '');
    const next = block.slice(match.index + match[0].length, match.index + match[0].length + 20);
    if (ABBREVIATION.test(bare) && !(CLOCK.test(bare) && SENTENCE_START.test(next))) continue;
    sentences.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = block.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}
