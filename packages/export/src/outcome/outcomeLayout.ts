// UN layout of a negotiated text: preambular paragraphs open with an italic participle or
// adjective and end with a comma; operative paragraphs are numbered and open with an italic
// verb. A presidential statement or chair's summary is plain paragraphs.
import type { OutcomeExportKind } from './OutcomeExport.js';

export interface LaidOutParagraph {
  kind: 'preambular' | 'operative' | 'plain';
  /** Operative paragraphs only, from 1. */
  number: number | null;
  /** The opening words set in italics (empty for plain paragraphs). */
  lead: string;
  rest: string;
}

/** Leads longer than one word: "Bearing in mind", "Calls upon", "Deeply concerned"… */
const MULTI_WORD_LEADS = [
  'bearing in mind',
  'taking note',
  'taking into account',
  'calls upon',
  'calls on',
  'having considered',
  'having heard',
  'further requests',
  'also requests',
  'further decides',
  'also decides',
];

function splitLead(text: string): { lead: string; rest: string } {
  const lower = text.toLowerCase();
  const multi = MULTI_WORD_LEADS.find((lead) => lower.startsWith(`${lead} `));
  let length = multi?.length;
  if (length === undefined) {
    const words = text.split(' ');
    // "Deeply concerned", "Strongly condemns": an adverb takes the next word with it.
    const first = words[0] ?? '';
    length =
      first.toLowerCase().endsWith('ly') && words[1]
        ? first.length + 1 + words[1].length
        : first.length;
  }
  return { lead: text.slice(0, length), rest: text.slice(length) };
}

export function outcomeLayout(
  kind: OutcomeExportKind,
  paragraphs: readonly string[],
): LaidOutParagraph[] {
  const numbered = kind === 'resolution' || kind === 'training_outcome';
  let number = 0;
  let operativeSeen = false;
  return paragraphs.map((text) => {
    if (!numbered) return { kind: 'plain', number: null, lead: '', rest: text };
    const preambular = !operativeSeen && text.trimEnd().endsWith(',');
    if (!preambular) operativeSeen = true;
    const { lead, rest } = splitLead(text);
    return preambular
      ? { kind: 'preambular', number: null, lead, rest }
      : { kind: 'operative', number: ++number, lead, rest };
  });
}
