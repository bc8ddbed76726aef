import { describe, expect, it } from 'vitest';
import type { Debate } from '../debates/debatesApi';
import type { ConceptNote, ConceptNotePreview } from './conceptNotesApi';
import { draftFrom, itemInputId, newItem, type ReviewDraft } from './reviewDraft';
import { reviewToImport } from './reviewToImport';

const note: ConceptNote = {
  symbol: null,
  theme: 'Enhancing cooperation',
  body: 'Security Council',
  meetingDate: '2021-04-19',
  meetingTime: '08:00',
  presidency: 'Viet Nam',
  convener: null,
  format: 'open debate',
  speakingLimitMinutes: null,
  submission: { email: 'dppa-scsb3@un.org', deadline: null },
  expectedOutcome: null,
  objectives: [{ label: '11(a)', text: 'To underline the importance of cooperation' }],
  discussionPoints: [
    { label: '12(a)', text: 'New challenges' },
    { label: '12(b)', text: 'Confidence-building measures' },
  ],
  confidence: { theme: 0.9, body: 0.5, presidency: 0.9 },
  sources: { theme: 'on the theme “Enhancing cooperation”', body: 'A meeting of Council members.' },
  notice: null,
};
const debate: Debate = {
  id: 'd1',
  theme: 'Open debate, April 2021',
  body: null,
  meetingDate: null,
  meetingTime: null,
  presidency: null,
  convener: null,
  format: null,
  speakingLimitMinutes: 5,
  submissionEmail: null,
  submissionDeadline: null,
  presidentSalutation: null,
  expectedOutcome: 'press statement',
  speakingLimitStrict: false,
  deletedAt: null,
};
const preview: ConceptNotePreview = { fileName: 'note.txt', format: 'text', text: '…', note };

describe('the import review', () => {
  it('starts from the note, keeps what the debate had where the note is silent, invents nothing', () => {
    const draft = draftFrom(note, debate);
    expect(draft.values.presidency).toBe('Viet Nam');
    expect(draft.sources.presidency).toBe('note');
    expect(draft.values.speakingLimitMinutes).toBe('5');
    expect(draft.sources.speakingLimitMinutes).toBe('debate');
    expect(draft.values.submissionDeadline).toBe('');
    expect(draft.sources.submissionDeadline).toBe('none');
    expect(draft.discussionPoints.map((item) => item.label)).toEqual(['12(a)', '12(b)']);
  });

  it('keeps the convener of a meeting the presidency does not convene, apart from the presidency', () => {
    const arria: ConceptNote = {
      ...note,
      format: 'Arria-formula meeting',
      presidency: null,
      convener: 'Estonia and Niger',
    };
    const draft = draftFrom(arria, { ...debate, presidency: 'Viet Nam' });
    expect(draft.values.convener).toBe('Estonia and Niger');
    expect(draft.sources.convener).toBe('note');
    const result = reviewToImport(preview, draft);
    if (!result.ok) throw new Error(result.message);
    expect(result.input.fields).toMatchObject({ convener: 'Estonia and Niger' });
    // A convened meeting has no Council presidency: the debate's earlier one is cleared, visibly.
    expect(draft.sources.presidency).toBe('cleared');
    expect(draft.values.presidency).toBe('');
    expect(result.input.fields.presidency).toBeNull();
  });

  it('marks the fields read with low confidence, with the sentence they came from', () => {
    const draft = draftFrom(note, debate);
    expect(draft.checks).toEqual({ body: 'A meeting of Council members.' });
  });

  it('sends every field, empty ones as null, and drops rows left blank', () => {
    const draft = draftFrom(note, debate);
    draft.values.expectedOutcome = '  ';
    draft.discussionPoints.push(newItem());
    const result = reviewToImport(preview, draft);
    if (!result.ok) throw new Error(result.message);
    expect(result.input.fields).toMatchObject({
      theme: 'Enhancing cooperation',
      speakingLimitMinutes: 5,
      submissionDeadline: null,
      expectedOutcome: null,
    });
    expect(result.input.discussionPoints).toEqual(note.discussionPoints);
  });

  it.each<[string, (draft: ReviewDraft) => void, RegExp]>([
    ['no theme', (d) => (d.values.theme = ''), /needs a theme/],
    ['a fractional limit', (d) => (d.values.speakingLimitMinutes = '2.5'), /whole number/],
    ['a bad address', (d) => (d.values.submissionEmail = 'dppa at un.org'), /not an email/],
    ['a duplicate label', (d) => (d.discussionPoints[1]!.label = '12(a)'), /labelled “12\(a\)”/],
    ['a row without text', (d) => (d.discussionPoints[1]!.text = ' '), /12\(b\) has no text/],
  ])('refuses %s, naming it and the field to correct', (_case, spoil, message) => {
    const draft = draftFrom(note, debate);
    spoil(draft);
    const result = reviewToImport(preview, draft);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.focusId).toMatch(/^import-review-/);
    }
  });

  it('moves focus to the label of the row that repeats one', () => {
    const draft = draftFrom(note, debate);
    const second = draft.discussionPoints[1]!;
    second.label = '12(a)';
    const result = reviewToImport(preview, draft);
    expect(result.ok ? null : result.focusId).toBe(itemInputId(second.key, 'label'));
  });
});
