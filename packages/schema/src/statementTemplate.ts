// The UN-style skeleton of a new statement, prefilled from its debate: header block,
// salutation, opening, one empty section per discussion point (tagged with it), closing.
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { STATEMENT_FRAGMENT } from './statementExtensions.js';
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
  salutation: 'Mr. President,' | 'Madam President,';
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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "19 April 2021", as UN documents write dates. */
export function unDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

function joinNames(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function headerLine(input: TemplateInput): string {
  const speaker = input.speaker?.trim() || `the delegation of ${joinNames(input.delegations)}`;
  const meeting = [input.debate.body, input.debate.format].filter(Boolean).join(' ') || 'meeting';
  return `Statement by ${speaker} at the ${meeting} on “${input.debate.theme}”`;
}

/** The presidency does not thank itself: when it speaks, it thanks the briefers only. */
function thanks(input: TemplateInput): string {
  const presidency = input.debate.presidency?.trim();
  const speaksAsPresidency =
    presidency !== undefined &&
    input.delegations.some((name) => name.trim().toLowerCase() === presidency.toLowerCase());
  if (speaksAsPresidency) return 'I thank the briefers for their insights.';
  return `I thank ${presidency ? `the presidency of ${presidency}` : 'the presidency'} for convening this ${input.debate.format ?? 'meeting'} and the briefers for their insights.`;
}

export function statementTemplateJSON(input: TemplateInput): Json {
  const place =
    input.debate.body === 'Security Council' || input.debate.body === 'General Assembly'
      ? 'New York'
      : null;
  const date = input.debate.meetingDate ? unDate(input.debate.meetingDate) : null;
  const content: Json[] = [
    paragraph([text(headerLine(input), [{ type: 'bold' }])]),
    ...(input.delegations.length > 1
      ? [paragraph([text(`Delivered on behalf of ${joinNames(input.delegations)}`)])]
      : []),
    ...(place || date ? [paragraph([text([place, date].filter(Boolean).join(', '))])] : []),
    paragraph([text('Check against delivery', [{ type: 'italic' }])]),
    paragraph([text(input.salutation)]),
    paragraph([text(thanks(input))]),
    ...input.points.map((point) => paragraph([], [point.label])),
    paragraph([text('I thank you.')]),
  ];
  return { type: 'doc', content };
}

/** The template as a Y.Doc, ready to be stored as the statement's first update. */
export function statementTemplateDoc(input: TemplateInput): Y.Doc {
  return prosemirrorJSONToYDoc(statementSchema(), statementTemplateJSON(input), STATEMENT_FRAGMENT);
}
