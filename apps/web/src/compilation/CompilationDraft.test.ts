import { describe, expect, it } from 'vitest';
import type { Debate } from '../debates/debatesApi';
import { draftProblems, initialDraft, letterOf, letterTitle } from './CompilationDraft';

const debate = (body: string | null): Debate => ({
  id: 'd',
  theme: 'Cooperation with regional organizations',
  body,
  meetingDate: '2021-04-19',
  meetingTime: null,
  presidency: 'Viet Nam',
  convener: null,
  format: null,
  speakingLimitMinutes: null,
  submissionEmail: null,
  submissionDeadline: null,
  presidentSalutation: null,
  expectedOutcome: null,
  speakingLimitStrict: false,
  deletedAt: null,
});

describe('the compilation draft', () => {
  it('starts from the body’s President, the Secretary-General and today', () => {
    const draft = initialDraft(debate('Security Council'), new Date(2021, 3, 30, 23, 30));
    expect(draft).toEqual({
      from: 'the President of the Security Council',
      to: 'the Secretary-General',
      date: '2021-04-30',
      text: '',
      format: 'docx',
    });
    expect(letterTitle(draft)).toBe(
      'Letter dated 30 April 2021 from the President of the Security Council addressed to the Secretary-General',
    );
    expect(initialDraft(debate(null)).from).toBe('');
  });

  it('names every missing field and sends the standard letter when no text is given', () => {
    const draft = { ...initialDraft(debate(null)), to: '  ', date: '' };
    expect(Object.keys(draftProblems(draft))).toEqual(['from', 'to', 'date']);
    expect(letterTitle(draft)).toBeNull();
    const ready = {
      ...draft,
      from: ' the Secretariat ',
      to: 'the Secretary-General',
      date: '2021-05-03',
    };
    expect(draftProblems(ready)).toEqual({});
    expect(letterOf(ready)).toEqual({
      from: 'the Secretariat',
      to: 'the Secretary-General',
      date: '2021-05-03',
    });
    expect(letterOf({ ...ready, text: ' I have the honour… ' }).text).toBe('I have the honour…');
  });
});
