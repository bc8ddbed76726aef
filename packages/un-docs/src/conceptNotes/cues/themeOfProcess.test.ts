import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { facilitatedProcess, processNamedInFull } from './themeOfProcess.js';
import { candidate } from './Candidate.js';

const processes = (text: string): string[] =>
  facilitatedProcess(toNoteLayout(text)).map(({ value }) => value);

describe('facilitatedProcess', () => {
  it.each([
    [
      'As co-facilitators of the intergovernmental negotiations on the revitalization of the work of the General Assembly, Fiji and Sweden will hold a meeting on 3 May.',
      'the revitalization of the work of the General Assembly',
    ],
    // Round t42b: the co-facilitators named in brackets, the body before the process.
    [
      'The co-facilitators (the Permanent Representatives of Chile and Kenya) of the informal consultations on the review of the peacebuilding architecture will convene a meeting.',
      'the review of the peacebuilding architecture',
    ],
    [
      'The co-facilitators of the General Assembly informal consultations on the modalities of the water conference (Tajikistan and the Netherlands) have circulated a draft.',
      'the modalities of the water conference',
    ],
    [
      'The co-facilitators (Ambassadors of Jamaica and Ireland) for the process to agree on a declaration on oceans have scheduled a briefing.',
      'the process to agree on a declaration on oceans',
    ],
  ])('names the process co-facilitators run: %s', (text, name) => {
    expect(processes(text)).toEqual([name]);
  });

  it('reads no process where co-facilitators are named for no process', () => {
    expect(processes('The co-facilitators thanked delegations for their comments.')).toEqual([]);
  });

  it('puts a subject pointing back to the process below its name in full', () => {
    const named = candidate('the process to agree on X', 0.45, 's1', 'facilitatedProcess');
    const short = candidate('a road map for the process', 0.5, 's2', 'announcedSubject');
    const other = candidate('the water conference', 0.5, 's3', 'announcedSubject');
    const ranked = processNamedInFull([short, named, other]);
    expect(ranked.map(({ confidence }) => confidence)).toEqual([0.44, 0.45, 0.5]);
  });
});
