import { findMemberState } from './findMemberState.js';
import { MEMBER_STATES } from './memberStates.js';
import { FRENCH_AND_SPANISH_NAMES } from './memberStateVariants.js';
import { withoutAccents } from '../text/withoutAccents.js';

// "the Slovenian presidency", "under the Guyanese presidency": a State named by its adjective.
// Regular adjectives are undone by their ending (Slovenian → Slovenia, Kuwaiti → Kuwait,
// Guyanese → Guyana, Italian → Italy); the irregular ones are listed.

const IRREGULAR: Readonly<Record<string, string>> = {
  British: 'United Kingdom',
  Danish: 'Denmark',
  Dutch: 'Netherlands (Kingdom of the)',
  Finnish: 'Finland',
  French: 'France',
  Greek: 'Greece',
  Irish: 'Ireland',
  Korean: 'Republic of Korea',
  Mozambican: 'Mozambique',
  Norwegian: 'Norway',
  Polish: 'Poland',
  Russian: 'Russian Federation',
  Spanish: 'Spain',
  Swedish: 'Sweden',
  Swiss: 'Switzerland',
  Emirati: 'United Arab Emirates',
  American: 'United States',
  Filipino: 'Philippines',
  Philippine: 'Philippines',
  Lebanese: 'Lebanon',
  Ghanaian: 'Ghana',
  Panamanian: 'Panama',
  Peruvian: 'Peru',
};
const ENDINGS: readonly [string, string][] = [
  ['ian', 'ia'],
  ['ian', 'a'],
  ['ian', 'y'],
  ['ian', ''],
  ['an', 'a'],
  ['an', ''],
  ['ean', 'e'],
  ['ese', 'a'],
  ['ese', ''],
  ['ese', 'o'],
  ['i', ''],
];

/** The Member State an adjective names ("Slovenian" → "Slovenia"), or null. */
export function stateOfAdjective(adjective: string): string | null {
  const irregular = IRREGULAR[adjective];
  if (irregular) return findMemberState(irregular) ?? irregular;
  for (const [ending, replacement] of ENDINGS) {
    if (!adjective.endsWith(ending) || adjective.length - ending.length < 3) continue;
    const name = adjective.slice(0, -ending.length) + replacement;
    const state = findMemberState(name);
    if (state && state.startsWith(name)) return state;
  }
  return null;
}

const plain = (word: string): string => withoutAccents(word).toLowerCase();

// Round 24: French and Spanish write an English name's "th", "ph" and "y" as "t", "f" and "i"
// (`lituano`, `filipino`, `libyen` beside `libio`), so a name and an adjective are compared in
// those spellings: an English name the table of variants lacks still lends its stem.
const spelled = (word: string): string =>
  plain(word)
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1/gu, '$1');

// Rounds 21 and 22: the English names are stems too, since a State whose French or Spanish name
// is its English one (Pakistan, Kenya, Ghana, Argentina) is not in the table of variants:
// `pakistanaise`, `kényane`, `ghanesa`; `argentina` and `argentine` share "argent" with
// Argentina, not only "arge" with Argelia (Algeria).
const STEMS: readonly [string, string][] = [
  ...Object.entries(FRENCH_AND_SPANISH_NAMES),
  ...MEMBER_STATES.map((state): [string, string] => [state, state]),
];

/**
 * The State a French or Spanish adjective names, by the stem it shares with the State's name
 * in that language: `suisse` → Suisse, `japonaise` → Japon, `mexicana` → México,
 * `équatorienne` → Équateur. At least four letters, and most of the name, must be shared.
 */
export function stateOfRomanceAdjective(adjective: string): string | null {
  const word = spelled(adjective);
  let best: { state: string; shared: number } | null = null;
  for (const [name, state] of STEMS) {
    const named = spelled(name);
    if (named.includes(' ')) continue;
    let shared = 0;
    while (shared < named.length && named[shared] === word[shared]) shared += 1;
    if (shared >= 4 && shared >= named.length - 3 && (!best || shared > best.shared))
      best = { state, shared };
  }
  return best?.state ?? null;
}
