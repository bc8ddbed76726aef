import { everyBodyIn } from './bodyNames.js';
import { ORGANIZATION } from './organizationNames.js';
import { findMemberStates } from '../findMemberState.js';
import { stateOfChineseName, ZH_STATE } from '../memberStateZh.js';
import { withoutAccents } from '../../text/withoutAccents.js';

// Session 29 (docs/importing.md, "Learned convener chooser"): every name in a text that could be
// a convener, with where it is and a key that is the same whatever language or form names it:
// Member States (by their official short name), a body's President or Chair (by the body), the
// bodies themselves, the Secretary-General and the UN entities the cues know. A name inside a
// longer one (the body in "President of the General Assembly") is a name too.
// Not on the import path: scripts/convenerRecall.ts calls it to measure recall.

export interface ConvenerName {
  /** `state:Norway`, `office:General Assembly`, `body:Human Rights Council`, `org:unitar` … */
  key: string;
  index: number;
  length: number;
}

// The office's title just before its body: "President of the", `la Présidente de l'`,
// `el Vicepresidente del`, `Председатель`, `رئيس`; an office may be named as its Office.
const TITLE_BEFORE = new RegExp(
  String.raw`(?:(?:Office|Bureau|Oficina)\s+(?:of\s+the|du|de\s+la|del)\s+)?(?:Vice[-\s]?|Co-?)?(?:President|Chair(?:person|man|woman)?|Chairs|Présidente?|Presidente|Presidenta|Vicepresidente|Vicepresidenta|Председател[ья]|رئيسة?|نائب\s+رئيس)\s+(?:of\s+(?:the\s+)?(?:United\s+Nations\s+|UN\s+)?|de\s+l['’]|du\s+|de\s+la\s+|del\s+|de\s+los\s+)?$`,
  'iu',
);
// Or after it: "the ECOSOC President", "the PBC Chair", `大会主席`.
const SHORT_OFFICE =
  /^(?:Vice-?)?Pr[eé]sident[ae]?\s[^]*?(?:Assembly|Assemblée|Asamblea)(?:\s+(?:General|générale))?/iu;
const TITLE_AFTER = /^(?:\s+(?:President|Chair)(?![\p{L}])|主席)/u;

const SECRETARY_GENERAL =
  /Secretary[-\s]General|Secrétaire\s+général|Secretari[oa]\s+General|Генеральн\p{L}+\s+секретар\p{L}+|الأمين\s+العام|秘书长/giu;
const HIGH_COMMISSIONER =
  /Office\s+of\s+the\s+(?:United\s+Nations\s+)?High\s+Commissioner(?:\s+for\s+Human\s+Rights)?|Haut-Commissariat\s+(?:des\s+Nations\s+Unies\s+)?aux\s+droits\s+de\s+l['’]homme|Oficina\s+del\s+Alto\s+Comisionado(?:\s+de\s+las\s+Naciones\s+Unidas)?(?:\s+para\s+los\s+Derechos\s+Humanos)?/giu;
const ORGANIZATIONS = new RegExp(ORGANIZATION.source, 'gu');
// Entities notes name in full, keyed as their acronyms are.
const ENTITIES_IN_FULL: readonly (readonly [string, RegExp])[] = [
  [
    'org:unitar',
    /United\s+Nations\s+Institute\s+for\s+Training\s+and\s+Research|Institut\s+des\s+Nations\s+Unies\s+pour\s+la\s+formation\s+et\s+la\s+recherche|Instituto\s+de\s+las\s+Naciones\s+Unidas\s+para\s+Formación\s+Profesional\s+e\s+Investigaciones/giu,
  ],
  [
    'org:undp',
    /United\s+Nations\s+Development\s+Programme|Programme\s+des\s+Nations\s+Unies\s+pour\s+le\s+développement|Programa\s+de\s+las\s+Naciones\s+Unidas\s+para\s+el\s+Desarrollo/giu,
  ],
  [
    'org:unep',
    /United\s+Nations\s+Environment\s+Programme|Programme\s+des\s+Nations\s+Unies\s+pour\s+l['’]environnement|Programa\s+de\s+las\s+Naciones\s+Unidas\s+para\s+el\s+Medio\s+Ambiente/giu,
  ],
  ['org:desa', /Department\s+of\s+Economic\s+and\s+Social\s+Affairs|UN\s?DESA/giu],
  [
    'org:unicef',
    /United\s+Nations\s+Children['’]s\s+Fund|Fonds\s+des\s+Nations\s+Unies\s+pour\s+l['’]enfance/giu,
  ],
];
const OHCHR = /^(?:OHCHR|HCDH|ACNUDH)$/u;
const CHINESE_STATES = new RegExp(`(?:${ZH_STATE})`, 'gu');

function officesAndBodies(text: string): ConvenerName[] {
  return everyBodyIn(text).flatMap(({ body, index, length: named }) => {
    // The Assembly's President named short is matched as the body (`el Presidente de la Asamblea`,
    // bodyNames.ts): an office, with the rest of the Assembly's name if the note gives it.
    const short = SHORT_OFFICE.exec(text.slice(index, index + named + 12));
    if (short) return [{ key: `office:${body}`, index, length: short[0].length }];
    const length = named;
    const found: ConvenerName[] = [{ key: `body:${body}`, index, length }];
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, index - 80), index));
    const after = TITLE_AFTER.exec(text.slice(index + length));
    const vice = /vice|نائب/iu.test(before?.[0] ?? '') ? 'vice-' : '';
    if (before)
      found.push({
        key: `office:${vice}${body}`,
        index: index - before[0].length,
        length: before[0].length + length,
      });
    else if (after) found.push({ key: `office:${body}`, index, length: length + after[0].length });
    return found;
  });
}

function matches(text: string, pattern: RegExp, key: (name: string) => string): ConvenerName[] {
  return [...text.matchAll(pattern)].map((match) => ({
    key: key(match[0]),
    index: match.index,
    length: match[0].length,
  }));
}

function organizationKey(name: string): string {
  if (OHCHR.test(name)) return 'org:ohchr';
  return `org:${withoutAccents(name)
    .toLowerCase()
    .replace(/[\s-]+/gu, ' ')}`;
}

/** Every name in `text` that could convene a meeting, in the order the text gives them. */
export function convenerNames(text: string): ConvenerName[] {
  const states = findMemberStates(text).map(({ state, index, length }) => ({
    key: `state:${state}`,
    index,
    length,
  }));
  return [
    ...states,
    ...matches(text, CHINESE_STATES, (name) => `state:${stateOfChineseName(name) ?? name}`),
    ...officesAndBodies(text),
    ...matches(text, SECRETARY_GENERAL, () => 'office:Secretary-General'),
    ...matches(text, HIGH_COMMISSIONER, () => 'org:ohchr'),
    ...matches(text, ORGANIZATIONS, organizationKey),
    ...ENTITIES_IN_FULL.flatMap(([key, pattern]) => matches(text, pattern, () => key)),
  ].sort((a, b) => a.index - b.index || b.length - a.length);
}

// What may stand between the names of a convener list: articles, "and", commas, and the words
// that name a State by its mission or government ("the Permanent Missions of … to the United
// Nations", `les Missions permanentes du … auprès de l'Office des Nations Unies à Genève`).
const FILLER = new RegExp(
  String.raw`(?:[\s,;、()]|(?<![\p{L}])(?:and|et|y|e|the|le|la|les|l['’]|el|los|las|de|du|des|del|of|to|permanent|missions?|permanentes?|misi[oó]n(?:es)?|representatives?|représentants?|representantes?|government|gouvernement|gobierno|governments?|united\s+nations|nations\s+unies|naciones\s+unidas|UN|ONU|auprès|ante|in\s+new\s+york|à\s+genève|at\s+geneva|office|l['’]office|organisation)(?![\p{L}])|(?<![\p{L}])(?:и|و)(?![\p{L}])|和|与|及)+`,
  'giu',
);

/**
 * The keys of the names an expected convener is made of, when it is made of nothing else: null
 * when some words of it are no name the recognizers know.
 */
export function convenerKeys(value: string): string[] | null {
  const names = outermost(convenerNames(value));
  let rest = '';
  let at = 0;
  for (const { index, length } of names) {
    rest += value.slice(at, index);
    at = index + length;
  }
  rest += value.slice(at);
  if (names.length === 0 || rest.replace(FILLER, '').trim() !== '') return null;
  return [...new Set(names.map(({ key }) => key))];
}

/** The names not inside a longer one. */
export function outermost(names: readonly ConvenerName[]): ConvenerName[] {
  const kept: ConvenerName[] = [];
  for (const name of names) {
    const last = kept.at(-1);
    if (last && name.index < last.index + last.length) continue;
    kept.push(name);
  }
  return kept;
}
