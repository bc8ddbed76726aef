import { describe, expect, it } from 'vitest';
import { candidate } from './Candidate.js';
import { shortTitleInFull } from './shortTitleInFull.js';
import { pickBest } from './Candidate.js';

const FULL =
  'There will be an informal briefing by the President of ECOSOC on the preparations for the 2016 high-level political forum (HLPF) under the auspices of the ECOSOC on Thursday, 9 June.';

describe('shortTitleInFull (round t41b)', () => {
  it.each([
    [
      '2016 HLPF: briefing by the ECOSOC President on the HLPF',
      'the HLPF',
      FULL,
      'the preparations for the 2016 high-level political forum (HLPF) under the auspices of the ECOSOC',
    ],
    [
      "Séance d'information sur la MINUSCA",
      'la MINUSCA',
      "Le Conseil tiendra une séance d'information sur le renouvellement du mandat de la MINUSCA le 14 mai.",
      'le renouvellement du mandat de la MINUSCA',
    ],
  ])('takes the sentence naming the subject in full: %s', (title, short, sentence, full) => {
    const best = pickBest(
      shortTitleInFull([
        candidate(short, 0.58, title, 'titleSubject'),
        candidate(full, 0.5, sentence, 'announcedSubject'),
      ]),
    );
    expect(best?.value).toBe(full);
  });

  it.each([
    [
      'Briefing on the protection of civilians in armed conflict',
      'the protection of civilians in armed conflict',
      'The Council will hold a briefing on the protection of civilians in armed conflict in the Chamber, with a focus on hunger.',
      'the protection of civilians in armed conflict in the Chamber, with a focus on hunger',
    ],
    [
      'Briefing on UNOWAS',
      'UNOWAS',
      'The Council will hold an open debate on cooperation with UNOWAS in the Sahel.',
      'cooperation with UNOWAS in the Sahel',
    ],
    [
      'Briefing on debt and development',
      'debt and development',
      'The Council will hold a briefing on debt and development in least developed countries.',
      'debt and development in least developed countries',
    ],
  ])(
    'keeps a title subject in words, or one naming another kind: %s',
    (title, short, sentence, full) => {
      const best = pickBest(
        shortTitleInFull([
          candidate(short, 0.58, title, 'titleSubject'),
          candidate(full, 0.5, sentence, 'announcedSubject'),
        ]),
      );
      expect(best?.value).toBe(short);
    },
  );
});
