import { findMemberState } from './findMemberState.js';

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
