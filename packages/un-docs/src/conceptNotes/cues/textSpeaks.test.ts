import { describe, expect, it } from 'vitest';
import { reportsSpeakers } from '../meetingAhead.js';
import { textSpeaks } from './textSpeaks.js';

// Round t43k: a text as the subject of a verb of saying reports a document, not speakers.
describe('textSpeaks', () => {
  it.each([
    'The resolution, adopted unanimously in 2031, urged States to fund local water boards.',
    'This report stressed the role of rural cooperatives in the recovery.',
    'Le rapport a souligné le rôle des coopératives rurales.',
    'El informe señaló la falta de datos sobre el agua.',
  ])('is a text speaking: %s', (sentence) => {
    expect(textSpeaks(sentence)).toBe(true);
  });

  it.each([
    'The delegate of Chile said the resolution was overdue.',
    'He told the Council that the decision should be revisited.',
    'The speakers urged States to fund local water boards.',
  ])('is a speaker or no text: %s', (sentence) => {
    expect(textSpeaks(sentence)).toBe(false);
  });

  it('keeps a speaker reported at a meeting as a record, and not a resolution urging', () => {
    expect(
      reportsSpeakers(
        'The Minister told the Council this morning during its open debate that aid had fallen.',
      ),
    ).toBe(true);
    expect(
      reportsSpeakers(
        'The resolution urged the Council to review the mission before the open debate.',
      ),
    ).toBe(false);
  });
});
