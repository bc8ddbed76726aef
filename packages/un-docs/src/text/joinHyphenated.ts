// A line-end hyphen is either typesetting ("partici-/pating") or part of the word
// ("conflict-/affected", "Secretary-/General"). The rest of the document usually settles
// it; common UN compounds settle the rest.

const COMPOUND_PARTS = new Set([
  'affected',
  'based',
  'building',
  'led',
  'level',
  'making',
  'related',
  'sensitive',
  'specific',
  'term',
  'wide',
  'owned',
  'oriented',
  'scale',
  'free',
  'keeping',
  'up',
  'non',
  'co',
  'self',
  'post',
  'pre',
  'anti',
  'cross',
  'multi',
  'well',
  'long',
  'short',
  'high',
  'low',
  'follow',
  'sub',
  // Round t42d: the "-ing" heads of UN compounds ("information-/sharing", "agenda-/setting",
  // "fact-/finding"); no word typesetting cuts ends in one.
  'sharing',
  'setting',
  'finding',
]);

/** Every word and hyphenated pair of the document, built once per document. */
export function vocabularyOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const [token] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const parts = token.split('-');
    for (const [index, part] of parts.entries()) {
      words.add(part);
      const next = parts[index + 1];
      if (next !== undefined) words.add(`${part}-${next}`);
    }
    words.add(parts.join(''));
  }
  return words;
}

export function joinHyphenated(
  left: string,
  right: string,
  vocabulary: ReadonlySet<string>,
): string {
  const head = /(\p{L}+)-$/u.exec(left)?.[1] ?? '';
  const tail = /^(\p{L}+)/u.exec(right)?.[1] ?? '';
  // An e-mail or web address is not hyphenated by typesetting: a hyphen that cuts one
  // ("presidence-" / "csnu@diplomatie.fr") is the address's own.
  const inAddress = /^[\w.+-]*@/u.test(right) || /(?:@|:\/\/|www\.)\S*$/u.test(left);
  // Round 25b: a word that goes on with a hyphen of its own ("science-" / "technology-policy")
  // is a compound's next part: typesetting cuts a word, not a chain of words.
  const chain = /^\p{L}+-\p{L}/u.test(right);
  // Round w37bt: and a compound cut after one of its own small linking words ("debt-for-" /
  // "climate", "people-to-" / "people", "end-of-" / "life", `tête-à-` / `tête`): no word is cut
  // after a preposition that already follows a hyphen.
  const linkInChain = /\p{L}-(?:for|to|of|in|on|by|and|or|the|à|de|a|en)-$/iu.test(left);
  // Round h11t: a French verb cut before its inverted subject pronoun ("peuvent-" / "elles",
  // "doit-" / "on", "sont-" / "ils"): the pronoun is a word of its own, so the hyphen stays.
  const inverted = /[td]$/u.test(head) && /^(?:il|ils|elle|elles|on)$/u.test(tail);
  const keepHyphen =
    inAddress ||
    inverted ||
    chain ||
    linkInChain ||
    !/^\p{Ll}/u.test(tail) ||
    vocabulary.has(`${head}-${tail}`) ||
    (!vocabulary.has(`${head}${tail}`) &&
      (COMPOUND_PARTS.has(tail.toLowerCase()) || COMPOUND_PARTS.has(head.toLowerCase())));
  return keepHyphen ? `${left}${right}` : `${left.slice(0, -1)}${right}`;
}
