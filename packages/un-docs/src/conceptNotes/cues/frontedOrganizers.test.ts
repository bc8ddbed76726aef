import { describe, expect, it } from 'vitest';
import { frontedOrganizers } from './frontedOrganizers.js';

function organizers(sentence: string): string {
  const by = /\b(?:by|par|por)\s+/u.exec(sentence);
  const at = /^\S+/u.exec(sentence)?.index ?? 0;
  return frontedOrganizers(sentence, at, sentence.slice((by?.index ?? 0) + (by?.[0].length ?? 0)));
}

describe('organizers named by a participle opening the sentence', () => {
  it.each([
    [
      'Convened by the Chair of the Commission, the ambassadorial-level meeting will be held in Conference Room 4.',
      'the Chair of the Commission',
    ],
    [
      'Co-organized by Chile, the Netherlands and Peru, the event will take place on 4 May.',
      'Chile, the Netherlands and Peru',
    ],
    [
      'Organizada por la Presidenta del Consejo, la mesa redonda tendrá lugar el 3 de junio.',
      'la Presidenta del Consejo',
    ],
    [
      "Convoquée par le Président de l'Assemblée générale, cette séance plénière se tiendra lundi.",
      "le Président de l'Assemblée générale",
    ],
  ])('%s', (sentence, named) => {
    expect(organizers(sentence)).toBe(named);
  });

  it('leaves a participle inside the sentence as it is', () => {
    const sentence = 'The meeting will be convened by Chile and Peru, the event being open to all.';
    const by = sentence.indexOf('convened');
    const rest = 'Chile and Peru, the event being open to all.';
    expect(frontedOrganizers(sentence, by, rest)).toBe(rest);
  });
});
