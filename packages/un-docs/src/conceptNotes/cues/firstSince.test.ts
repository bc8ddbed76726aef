import { describe, expect, it } from 'vitest';
import { withoutFirstSince } from './firstSince.js';

describe('withoutFirstSince', () => {
  it('drops the event a first meeting is counted from, in English, French and Spanish', () => {
    expect(
      withoutFirstSince(
        'The Council will hold its first open debate on Iraq since hostilities broke out.',
        'Iraq since hostilities broke out',
      ),
    ).toBe('Iraq');
    expect(
      withoutFirstSince(
        'Le Conseil tiendra son premier débat public sur le Soudan depuis le début des combats.',
        'le Soudan depuis le début des combats',
      ),
    ).toBe('le Soudan');
    expect(
      withoutFirstSince(
        'El Consejo celebrará su primer debate abierto sobre Haití desde el terremoto.',
        'Haití desde el terremoto',
      ),
    ).toBe('Haití');
  });

  it('keeps "since" in the subject of a meeting not counted as the first', () => {
    expect(
      withoutFirstSince(
        'The Council will hold an open debate on progress since the adoption of resolution 1325.',
        'progress since the adoption of resolution 1325',
      ),
    ).toBe('progress since the adoption of resolution 1325');
  });
});
