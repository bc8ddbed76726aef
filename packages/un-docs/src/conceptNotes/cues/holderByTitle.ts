import { candidate, type Cue } from './Candidate.js';

// Round 15b: an office's holder convening by title and surname ("President Thomson, will
// convene", `la Présidente Al-Kuwari convoquera`), once the text has named the office and its
// holder together ("the President of the General Assembly, Peter Thomson,"): the office
// convenes, named as the text names it, without the holder (the 2026-12-05 convention); surer
// than the title and surname read as an office ("la Présidente Al-Kuwari").

const TITLE = String.raw`(?:Vice-)?(?:President|Chair|Présidente?|Presidente?|Presidenta)`;
const BY_TITLE = new RegExp(
  String.raw`(?<![\p{L}])${TITLE}\s+(\p{Lu}[\p{L}'’-]+),?\s+(?:(?:will|shall|intends?\s+to|is\s+to)\s+)?(?:co-?)?(?:convene|host|hold|organi[sz]e|convoquera|organisera|tiendra|accueillera|convocará|organizará|celebrará)(?![\p{L}])`,
  'u',
);
const OFFICE = String.raw`((?:the|la|le|el)\s+${TITLE}\s+(?:of|du|de\s+la|de\s+l['’]|del|de)\s*[^,]{3,80}?)`;
const NAME_BEFORE = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}`;

/** The office a text names beside its holder `surname`, either way round. */
function officeOf(text: string, surname: string): string | null {
  const name = surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const officeFirst = new RegExp(String.raw`${OFFICE},\s+${NAME_BEFORE}${name}(?![\p{L}])`, 'iu');
  const holderFirst = new RegExp(String.raw`${name},\s+${OFFICE}(?:,|\s+(?:has|had|a|ha)\b)`, 'iu');
  const office = officeFirst.exec(text)?.[1] ?? holderFirst.exec(text)?.[1];
  return office ? office.replace(/^The\b/u, 'the') : null;
}

export const holderByTitle: Cue<string> = ({ sentences }) => {
  const whole = sentences.map(({ text }) => text).join(' ');
  return sentences.flatMap(({ text }) => {
    const surname = BY_TITLE.exec(text)?.[1];
    const office = surname ? officeOf(whole, surname) : null;
    return office ? [candidate(office, 0.8, text, 'holderByTitle')] : [];
  });
};
