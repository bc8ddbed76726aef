import { describe, expect, it } from 'vitest';
import { subjectOf } from './subjectOf.js';
import { splitSentences } from '../../text/splitSentences.js';

describe('a meeting named with its purpose, in a news item (round t40b)', () => {
  const PARAGRAPHS =
    'Cinco países solicitaron la reunión debido a los planes de Israel sobre Ciudad de Gaza.El Consejo de Seguridad de la ONU celebrará este domingo una reunión de urgencia para abordar el plan de Israel de tomar el control de Ciudad de Gaza, criticado por numerosos países y considerado por el jefe de la organización como una "peligrosa escalada".';

  it('ends a sentence at a full stop closed up before a capitalized word', () => {
    const sentences = splitSentences(PARAGRAPHS);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]?.startsWith('El Consejo de Seguridad')).toBe(true);
    expect(splitSentences('Watch it on webtv.Un.org today. Then read the U.N. report.')).toEqual([
      'Watch it on webtv.Un.org today.',
      'Then read the U.N. report.',
    ]);
  });

  it('reads the subject after the verb of the purpose, without what others made of it', () => {
    expect(subjectOf(splitSentences(PARAGRAPHS)[1] ?? '', false)).toBe(
      'el plan de Israel de tomar el control de Ciudad de Gaza',
    );
    expect(
      subjectOf(
        'The Council will hold an emergency meeting to discuss the situation in Sudan.',
        false,
      ),
    ).toBe('the situation in Sudan');
  });

  it('does not take a session’s agenda "to examine" for a subject', () => {
    expect(
      subjectOf(
        'El Consejo celebra desde hoy su sesión para examinar la situación en más de 30 países.',
        false,
      ),
    ).toBeNull();
  });
});
