import { describe, expect, it } from 'vitest';
import { aheadOverRecord, datedAheadOverPassing } from './aheadOverRecord.js';

const namesKind = (text: string): boolean => /open debate|briefing/u.test(text);

describe('aheadOverRecord', () => {
  it('takes the sentence looking ahead when the first kind named is recalled as held', () => {
    const held = 'Last Tuesday the Security Council held an open debate on civilians.';
    const ahead = 'A briefing on the Sahel will take place on Thursday, 14 May 2027.';
    expect(aheadOverRecord([{ text: held }, { text: ahead }], namesKind)).toBe(ahead);
  });

  it('keeps the first kind when it is not recalled as held', () => {
    const first = 'The Council will hold an open debate on civilians on 5 May.';
    const later = 'A briefing on the Sahel will take place on Thursday, 14 May 2027.';
    expect(aheadOverRecord([{ text: first }, { text: later }], namesKind)).toBeNull();
  });
});

const dated = (text: string): boolean =>
  /\d{1,2}\s+(?:de\s+)?(?:May|mai|mayo|мая)(?![\p{L}])/u.test(text);
const kinds = (text: string): boolean =>
  /open debate|briefing|брифинг|дебаты|point de presse|débat public|rueda informativa|debate abierto/iu.test(
    text,
  );

describe('datedAheadOverPassing', () => {
  it.each([
    [
      'Как сообщает Report, постпред на брифинге в штаб-квартире представил повестку на текущий месяц.',
      'Открытые дебаты на тему «…» будут проведены 20 мая.',
    ],
    [
      "Lors d'un point de presse, l'ambassadeur a présenté le programme du mois.",
      'Un débat public sur la sécurité maritime se tiendra le 20 mai.',
    ],
    [
      'En una rueda informativa, el embajador presentó el programa de trabajo.',
      'Un debate abierto sobre la seguridad marítima se celebrará el 20 de mayo.',
    ],
  ])('takes the meeting dated ahead over %s', (passing, ahead) => {
    const sentences = [
      { text: passing },
      { text: 'Selon elle, le mois sera marqué par plusieurs réunions.' },
      { text: ahead },
    ];
    expect(datedAheadOverPassing(sentences, kinds, dated)).toBe(ahead);
  });

  it.each([
    // A title line names the announced meeting.
    ['Open debate on maritime security', 'A briefing will be held on 20 May.'],
    // The first is ahead itself.
    ['The Council will hold an open debate.', 'A briefing will be held on 20 May.'],
    // Or dated by the next sentence, which names no other kind.
    ['The first is the open debate on maritime security.', 'It will be on 20 May.'],
  ])('keeps the first kind named: %s', (first, later) => {
    const sentences = [
      { text: first },
      { text: later },
      { text: 'A briefing will be held on 22 May.' },
    ];
    expect(datedAheadOverPassing(sentences, kinds, dated)).toBeNull();
  });
});
