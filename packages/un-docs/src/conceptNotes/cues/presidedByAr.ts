import { RUSSIAN_AND_ARABIC_NAMES } from '../memberStateRuAr.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { candidate, type Candidate } from './Candidate.js';

// Round t42c: an Arabic news item names the presidency by who will chair the meeting, as
// presidedBy.ts reads "Norway's Foreign Minister will chair the meeting": a verb of chairing in the
// present or future (`سيترأس الاجتماع`, `ويرأس الجلسة`, `ستترأس`), then the presider's title and
// his nationality, a nisba adjective (`وزير الخارجية الجزائري`, `وزيرة الخارجية الصينية`,
// `السفير البرازيلي`). The adjective is the State's Arabic name without its article or its final
// alif or tā' marbūṭa, with the article and `ي`/`ية` (`الجزائر` → `الجزائري`, `فرنسا` → `الفرنسي`,
// `روسيا` → `الروسي`, `السعودية` → `السعودي`). The past (`ترأس`) is a meeting held, and gives nothing.

// `ترأس` alone is also the past ("chaired"), so the feminine present is read only as `تترأس`.
const CHAIRS =
  /(?<![\p{L}])[وف]?(?:س?يترأس|س?يرأس|س?تترأس|سترأس)\p{L}{0,3}(?![\p{L}])([^.؟!]{1,120})/u;
const TITLE =
  /^(?:وزير|وزيرة|رئيس|رئيسة|سفير|سفيرة|السفير|السفيرة|مندوب|مندوبة|المندوب|المندوبة|ممثل|ممثلة|الممثل|الممثلة)$/u;
const ARABIC_LETTERS = /^[\u0600-\u06FF\s]+$/u;

// Nationalities not made from the name as printed.
const IRREGULAR: Readonly<Record<string, string>> = {
  أمريكي: 'United States of America',
  أميركي: 'United States of America',
};

function nisba(name: string): string {
  const bare = name.replace(/^ال/u, '');
  if (/ي[اة]$/u.test(bare)) return bare.slice(0, -1);
  return `${bare.replace(/[اة]$/u, '')}ي`;
}

const NISBA: ReadonlyMap<string, string> = new Map([
  ...Object.entries(RUSSIAN_AND_ARABIC_NAMES)
    .filter(([name]) => ARABIC_LETTERS.test(name) && !name.includes(' '))
    .map(([name, state]): [string, string] => [nisba(name), state]),
  ...Object.entries(IRREGULAR),
]);

/** The State an Arabic nisba adjective names (`الجزائري`, `الصينية`), or null. */
export function stateOfNisbaAr(word: string): string | null {
  const bare = word.replace(/^ال/u, '').replace(/ة$/u, '');
  return NISBA.get(bare) ?? null;
}

/** The State whose minister or ambassador the sentence says chairs the meeting, in Arabic. */
export function presiderStateAr(text: string): string | null {
  const words = CHAIRS.exec(text)?.[1]?.trim().split(/\s+/u) ?? [];
  const title = words.findIndex((word) => TITLE.test(word));
  if (title < 0) return null;
  for (const word of words.slice(title + 1, title + 4)) {
    const state = stateOfNisbaAr(word.replace(/[،,.]$/u, ''));
    if (state) return state;
  }
  return null;
}

export function presidedByAr({ sentences }: NoteLayout): Candidate<string>[] {
  return sentences.flatMap(({ text }) => {
    const state = presiderStateAr(text);
    return state ? [candidate(state, 0.7, text, 'presidedByAr')] : [];
  });
}
