// The UN-style skeleton of a new statement, prefilled from its debate: header block,
// salutation, opening, one empty section per discussion point (tagged with it), closing,
// worded in the statement's language (languages/templates/<code>.ts).
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { STATEMENT_FRAGMENT } from './statementExtensions.js';
import { languageTemplate } from './languages/languageTemplates.js';
import type { StatementLanguage } from './languages/StatementLanguage.js';
import { formatUnDate } from './languages/unDate.js';
import { statementSchema } from './statementSchema.js';

export interface TemplateInput {
  delegations: string[];
  debate: {
    theme: string;
    body: string | null;
    format: string | null;
    meetingDate: string | null;
    presidency: string | null;
  };
  points: { label: string; text: string }[];
  speaker?: string | null;
  /** Picks the salutation's gender form in every language ("Madame la Présidente,"). */
  salutation: 'Mr. President,' | 'Madam President,';
  /** The statement's language (default English). */
  language?: StatementLanguage;
}

type Json = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: Json[];
  text?: string;
  marks?: { type: string }[];
};

const text = (value: string, marks?: { type: string }[]): Json => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (content: Json[] = [], points: string[] = []): Json => ({
  type: 'paragraph',
  attrs: { points },
  content,
});

/** "19 April 2021", as UN documents write dates (English; see formatUnDate for the others). */
export function unDate(isoDate: string): string {
  return formatUnDate(isoDate, 'en');
}

/** Only bodies whose seat is certain get a place; any other gets the date alone. */
function seat(body: string | null): 'New York' | null {
  return body === 'Security Council' || body === 'General Assembly' ? 'New York' : null;
}

/** The presidency does not thank itself: when it speaks, it thanks the briefers only. */
function speaksAsPresidency(input: TemplateInput): boolean {
  const presidency = input.debate.presidency?.trim().toLowerCase();
  return !!presidency && input.delegations.some((name) => name.trim().toLowerCase() === presidency);
}

export function statementTemplateJSON(input: TemplateInput): Json {
  const wording = languageTemplate(input.language ?? 'en');
  const place = seat(input.debate.body);
  const date = input.debate.meetingDate
    ? formatUnDate(input.debate.meetingDate, wording.language)
    : null;
  const placeAndDate = wording.placeAndDate(place && wording.places[place], date);
  const header = { speaker: input.speaker ?? null, delegations: input.delegations };
  const salutation = input.salutation === 'Madam President,' ? 'woman' : 'man';
  const content: Json[] = [
    paragraph([text(wording.headerLine({ ...header, meeting: input.debate }), [{ type: 'bold' }])]),
    ...(input.delegations.length > 1
      ? [paragraph([text(wording.onBehalfOf(input.delegations))])]
      : []),
    ...(placeAndDate ? [paragraph([text(placeAndDate)])] : []),
    paragraph([text(wording.checkAgainstDelivery, [{ type: 'italic' }])]),
    paragraph([text(wording.salutation[salutation])]),
    paragraph([
      text(speaksAsPresidency(input) ? wording.thanksBriefers : wording.opening(input.debate)),
    ]),
    ...input.points.map((point) => paragraph([], [point.label])),
    paragraph([text(wording.closing)]),
  ];
  return { type: 'doc', content };
}

/** The template as a Y.Doc, ready to be stored as the statement's first update. */
export function statementTemplateDoc(input: TemplateInput): Y.Doc {
  return prosemirrorJSONToYDoc(statementSchema(), statementTemplateJSON(input), STATEMENT_FRAGMENT);
}
