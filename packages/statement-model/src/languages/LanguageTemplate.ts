import type { StatementLanguage } from './StatementLanguage.js';

// What a statement template says in one language. Each language lives in its own module
// (templates/<code>.ts) so a change to one language's wording touches one file.
// Where each formula comes from: docs/languages.md.

export interface MeetingFacts {
  theme: string;
  body: string | null;
  format: string | null;
  presidency: string | null;
}

export interface HeaderFacts {
  /** The speaker as the drafters wrote it, or null: the delegation speaks. */
  speaker: string | null;
  delegations: readonly string[];
  meeting: MeetingFacts;
}

export interface LanguageTemplate {
  language: StatementLanguage;
  /** Addressing the presiding officer, by the gender of the person presiding. */
  salutation: { man: string; woman: string };
  /** The notice that the delivered text prevails ("Check against delivery"). */
  checkAgainstDelivery: string;
  closing: string;
  /** "Statement by … at the …": the template's first, bold line. */
  headerLine(facts: HeaderFacts): string;
  /** "Delivered on behalf of …", for a joint statement. */
  onBehalfOf(delegations: readonly string[]): string;
  /** Thanks the presidency for convening and the briefers. */
  opening(meeting: MeetingFacts): string;
  /** The presidency's own opening: it does not thank itself, only the briefers. */
  thanksBriefers: string;
  /** "New York, 19 April 2021" from an already localized place and date. */
  placeAndDate(place: string | null, date: string | null): string | null;
  /** The seats of UN bodies, in this language. */
  places: { 'New York': string; Geneva: string };
  /** Recognizes this language's own header lines in a statement's text (for exports). */
  patterns: { byline: RegExp; onBehalfOf: RegExp; notice: RegExp };
}

/** "Estonia, Kenya and Viet Nam" in the language's own list style (Intl.ListFormat). */
export function listNames(locale: string, names: readonly string[]): string {
  const clean = names.map((name) => name.trim()).filter((name) => name !== '');
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(clean);
}

/** A name from a small table of UN bodies and meeting formats, else the text as entered. */
export function translated(table: Record<string, string>, value: string | null): string | null {
  const key = value?.trim().toLowerCase() ?? '';
  if (key === '') return null;
  return table[key] ?? value?.trim() ?? null;
}
