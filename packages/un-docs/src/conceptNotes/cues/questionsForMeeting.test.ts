import { describe, expect, it } from 'vitest';
import { meetingQuestionsAreFor, questionsBareKind } from './questionsForMeeting.js';

function kind(sentence: string): string | null {
  const meeting = meetingQuestionsAreFor(sentence);
  return meeting ? questionsBareKind(meeting) : null;
}

describe('questionsBareKind (round t42a)', () => {
  it('reads the qualified bare kind the questions are for', () => {
    expect(
      kind('Below are the guiding questions prepared for the thematic session on ocean finance.'),
    ).toBe('thematic session');
    expect(
      kind('Les questions transmises pour la séance informelle sur la dette ont été publiées.'),
    ).toBe('informal meeting');
    expect(
      kind('Estas son las preguntas orientadoras para la reunión anual sobre migración.'),
    ).toBe('annual meeting');
  });

  it('reads no bare meeting or session without a qualifier', () => {
    expect(kind('The questions for the meeting on water were sent to delegations.')).toBe(null);
    expect(kind('Les questions soumises pour la session sur le climat.')).toBe(null);
  });

  it('reads no kind behind words that are not its qualifiers', () => {
    expect(kind('The questions for the Secretary-General’s annual meeting are attached.')).toBe(
      null,
    );
  });
});
