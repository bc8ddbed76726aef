import { FRENCH_AND_SPANISH_NAMES } from './memberStateVariants.js';
import { RUSSIAN_AND_ARABIC_NAMES } from './memberStateRuAr.js';
import { MEMBER_STATES } from './memberStates.js';
import { withoutAccents } from '../text/withoutAccents.js';

// Finds the Member State a text names, by its official short name or a form drafters use
// (`VARIANTS`, French, Spanish, Russian and Arabic names), reported by its official short name.

/** Shorter or older forms seen in notes, mapped to the official short name. */
const VARIANTS: Readonly<Record<string, string>> = {
  'United Kingdom': 'United Kingdom of Great Britain and Northern Ireland',
  'United States': 'United States of America',
  // Round 20: news items' abbreviations ("initiated by the UK", "the UK and the US").
  UK: 'United Kingdom of Great Britain and Northern Ireland',
  US: 'United States of America',
  'Kingdom of the Netherlands': 'Netherlands (Kingdom of the)',
  Netherlands: 'Netherlands (Kingdom of the)',
  Bolivia: 'Bolivia (Plurinational State of)',
  Iran: 'Iran (Islamic Republic of)',
  Venezuela: 'Venezuela (Bolivarian Republic of)',
  Micronesia: 'Micronesia (Federated States of)',
  Turkey: 'Türkiye',
  'Czech Republic': 'Czechia',
  Vietnam: 'Viet Nam',
  'South Korea': 'Republic of Korea',
  'Cape Verde': 'Cabo Verde',
  'Côte d’Ivoire': "Côte d'Ivoire",
  // Round t42c: the short names English news gives States whose official name is longer ("under
  // the presidency of Russia's Minister for Foreign Affairs", "the situation in Syria"), as
  // French and Spanish ones are read (`Russie`, `Rusia`).
  Russia: 'Russian Federation',
  Syria: 'Syrian Arab Republic',
  Tanzania: 'United Republic of Tanzania',
  Moldova: 'Republic of Moldova',
  Laos: "Lao People's Democratic Republic",
  Brunei: 'Brunei Darussalam',
  'North Korea': "Democratic People's Republic of Korea",
  'Ivory Coast': "Côte d'Ivoire",
  ...FRENCH_AND_SPANISH_NAMES,
  ...RUSSIAN_AND_ARABIC_NAMES,
};

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// "Algérie", "Côte d'Ivoire", "Perú" are also matched without their accents (as every name is
// in findMemberStates, which reads the text without them).
const PLAIN_VARIANTS: Readonly<Record<string, string>> = Object.fromEntries(
  [...MEMBER_STATES, ...Object.keys(VARIANTS)]
    .filter((name) => withoutAccents(name) !== name)
    .map((name) => [withoutAccents(name), VARIANTS[name] ?? name]),
);

const NAMES = [
  ...new Set([...MEMBER_STATES, ...Object.keys(VARIANTS), ...Object.keys(PLAIN_VARIANTS)]),
].sort((a, b) => b.length - a.length);
// Longest first, so "Guinea-Bissau" wins over "Guinea" and "South Sudan" over "Sudan".
const ANY_STATE = new RegExp(`(?<![\\p{L}-])(${NAMES.map(escape).join('|')})(?![\\p{L}-])`, 'u');

const ANY_STATE_ALL = new RegExp(ANY_STATE.source, 'gu');

// A Member State's name and nothing else but its article: "Colombia", "le Burundi", "the Niger".
const ONLY_STATE = new RegExp(
  `^(?:(?:[Tt]he|[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ll]as)\\s+|[Ll]['’])?(?:${NAMES.map(escape).join('|')})$`,
  'u',
);

/** Whether `text` names one Member State and nothing else ("Sierra Leone", "le Burundi"). */
export function namesOnlyAState(text: string): boolean {
  const trimmed = text.trim();
  return ONLY_STATE.test(trimmed) || ONLY_STATE.test(withoutAccents(trimmed));
}

// Places named after a State that are not the State: "the Gulf of Guinea", "the Lake Chad
// Basin", "golfe de Guinée", "cuenca del lago Chad". Blanked (same length) before matching.
const PLACES =
  /\b(?:Gulf|golfe|golfo)\s+(?:of|de|du)\s+Guin(?:ea|ée)|\b(?:Lake|lac|lago)\s+(?:Chad|Tchad)\b/giu;

function withoutPlaces(text: string): string {
  return text.replace(PLACES, (place) => ' '.repeat(place.length));
}

function officialName(name: string): string {
  return VARIANTS[name] ?? PLAIN_VARIANTS[name] ?? name;
}

// Round 31c: a web page may set every word of a State's name in capitals ("Cote D'Ivoire",
// "Trinidad And Tobago", "Saint Vincent And The Grenadines"): its small words, between two words
// of the name, are read in lower case, as the official name spells them.
const SMALL_WORDS = /(?<=\p{L}\s)(?:And|Of|The)(?=\s\p{Lu})|(?<=\p{L}\s)D(?=['’]\p{Lu})/gu;

function withSmallWords(text: string): string {
  return text.replace(SMALL_WORDS, (word) => word.toLowerCase());
}

/** The first Member State named in `text`, by its official short name. */
export function findMemberState(named: string): string | null {
  const text = withoutPlaces(named);
  // "Panamá", "Perú", "México": names spelled with accents in French and Spanish notes.
  const plain = withoutAccents(text);
  const name =
    ANY_STATE.exec(text)?.[1] ??
    ANY_STATE.exec(plain)?.[1] ??
    ANY_STATE.exec(withSmallWords(plain))?.[1];
  return name ? officialName(name) : null;
}

/** Every Member State named in `text`, with where and how long its name is (accents ignored). */
export function findMemberStates(
  named: string,
): { state: string; index: number; length: number }[] {
  const text = withoutPlaces(named);
  const plain = withoutAccents(text);
  const source = plain.length === text.length ? plain : text;
  return [...source.matchAll(ANY_STATE_ALL)].map((match) => ({
    state: officialName(match[1] ?? ''),
    index: match.index,
    length: match[0].length,
  }));
}
