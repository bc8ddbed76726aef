import { joinHyphenated } from '../../text/joinHyphenated.js';

// A word cut at a line end and then at a page break comes out of PDF extraction as
// "inte- grate". A hyphen before a space and a lower-case word is joined again, unless it is
// a suspended compound ("pre- and post-conflict", "court- et moyen terme").

// An e-mail address cut at one of its own hyphens keeps it: "presidence- csnu@….fr".
const BROKEN = /(\p{L}+)- (\p{Ll}+)(?![\w.+-]*@)/gu;
const BROKEN_ADDRESS = /([\w.+]+)- ([\w.+-]*@)/gu;
const CONJUNCTION = /^(?:and|or|to|et|ou|à|y|o|e|u|a)$/;
// Round 28: news style sets an aside between hyphens used as dashes ("Dinamarca -que ocupa este
// mes la presidencia del Consejo- prevé celebrar …"): a hyphen after a word closes an aside a
// hyphen before a word opened earlier in the sentence, and is no cut word.
const ASIDE_OPENED = /(?:^|\s)-\p{L}[^.!?]*$/u;

function closesAside(text: string, offset: number): boolean {
  return ASIDE_OPENED.test(text.slice(Math.max(0, offset - 200), offset));
}

export function repairHyphens(text: string, vocabulary: ReadonlySet<string>): string {
  if (!/\p{L}- \p{Ll}/u.test(text)) return text;
  return text
    .replace(BROKEN_ADDRESS, '$1-$2')
    .replace(BROKEN, (whole, head: string, tail: string, offset: number) =>
      CONJUNCTION.test(tail) || closesAside(text, offset)
        ? whole
        : joinHyphenated(`${head}-`, tail, vocabulary),
    );
}
