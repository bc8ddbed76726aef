import { formatUnDate } from '../dates/formatUnDate.js';
import { joinNames, meetingDescription } from '../header/meetingDescription.js';
import type { StatementExport } from '../model/StatementExport.js';
import type { CompilationExport } from './CompilationExport.js';

// What a compilation says, before any layout: the covering letter, contributors in
// alphabetical order and one annex per statement, in that same order.

export interface Annex {
  /** "Annex 1" */
  label: string;
  title: string;
  contributor: string;
  statement: StatementExport;
}

export interface CompilationPlan {
  /** "Letter dated 20 April 2021 from … addressed to …" */
  letterTitle: string;
  paragraphs: string[];
  /** "(Signed) President of the Security Council" */
  signature: string;
  contributors: string[];
  annexes: Annex[];
}

export const CONTRIBUTORS_HEADING = 'List of contributors';
export const CONTENTS_HEADING = 'Contents';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function contributor(statement: StatementExport): string {
  const names = joinNames(statement.delegations);
  return statement.delegations.length > 1 ? `${names} (joint statement)` : names;
}

function standardLetter({ debate }: CompilationExport): string[] {
  const held = debate.meetingDate ? `, held on ${formatUnDate(debate.meetingDate)}` : '';
  const body = debate.body?.trim();
  return [
    `I have the honour to transmit herewith the written statements submitted in connection with ${meetingDescription(debate)}${held}.`,
    'The contributors are listed below, and their statements are reproduced in the annexes to the present letter in the alphabetical order of the contributors.',
    `I should be grateful if the present letter and its annexes could be circulated as a document of ${body ? `the ${body}` : 'the meeting'}.`,
  ];
}

function signatory(from: string): string {
  const bare = from.trim().replace(/^the\s+/i, '');
  return `(Signed) ${bare.charAt(0).toUpperCase()}${bare.slice(1)}`;
}

export function compilationPlan(compilation: CompilationExport): CompilationPlan {
  const { from, to, date, text } = compilation.coveringLetter;
  const sorted = compilation.statements
    .map((statement) => ({ statement, contributor: contributor(statement) }))
    .sort((a, b) => collator.compare(a.contributor, b.contributor));
  const paragraphs = text?.trim()
    ? text.split(/\n\s*\n/).map((paragraph) => paragraph.trim())
    : standardLetter(compilation);
  return {
    letterTitle: `Letter dated ${formatUnDate(date)} from ${from.trim()} addressed to ${to.trim()}`,
    paragraphs: paragraphs.filter((paragraph) => paragraph !== ''),
    signature: signatory(from),
    contributors: sorted.map((entry) => entry.contributor),
    annexes: sorted.map((entry, index) => ({
      label: `Annex ${index + 1}`,
      title: entry.statement.title.trim() || entry.contributor,
      contributor: entry.contributor,
      statement: entry.statement,
    })),
  };
}
