import { describe, expect, it } from 'vitest';
import { parseDocument } from './parseDocument.js';

// Round t43c: a masthead that sets the title arranging a meeting above the lines of its body,
// session and agenda item, over the author line.
const MASTHEAD = (title: string) =>
  [
    'A/90/123',
    title,
    'General Assembly',
    'Ninetieth session',
    'Agenda item 14',
    'Oceans and the law of the sea',
    'Note by the President of the General Assembly',
    'I. Introduction',
    '1. In its resolution 89/77, the General Assembly decided to convene a high-level meeting on coastal resilience on Wednesday, 14 June 2028, at United Nations Headquarters. The President of the General Assembly will convene the meeting.',
    '2. The meeting will comprise an opening segment, a plenary segment and two interactive panels.',
    '3. Statements in the plenary segment will be limited to three minutes.',
  ].join('\n\n');

describe('a title arranging a meeting above the masthead lines', () => {
  it('reads the note as the meeting’s concept note', () => {
    const read = parseDocument(
      MASTHEAD('Organizational arrangements for the high-level meeting on coastal resilience'),
    );
    expect(read.kind).toBe('concept-note');
  });

  it('leaves a report under a title arranging nothing a report', () => {
    const read = parseDocument(MASTHEAD('Progress in the protection of coastal ecosystems'));
    expect(read.kind).toBe('report');
  });
});
