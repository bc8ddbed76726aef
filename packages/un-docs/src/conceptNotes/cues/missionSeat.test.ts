import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { actorList } from './actorList.js';
import { convenerSubject } from './convenerSubject.js';

describe('a mission seat inside a list of organizers', () => {
  it.each([
    [
      'the Permanent Mission of Norway to the United Nations, the United Nations Development Programme (UNDP) and the International Civil Society Action Network',
      'Norway, the United Nations Development Programme and the International Civil Society Action Network',
    ],
    [
      "la Mission permanente de la Tunisie auprès de l'Organisation des Nations Unies, ONU-Femmes et l'Organisation internationale de la Francophonie",
      "la Tunisie, ONU-Femmes et l'Organisation internationale de la Francophonie",
    ],
    [
      'la Misión Permanente de Chile ante las Naciones Unidas, ONU Mujeres y la Unión Interparlamentaria',
      'Chile, ONU Mujeres y la Unión Interparlamentaria',
    ],
    // The seat's city is no organizer; a seat with nothing after it still ends the mission.
    ['the Permanent Mission of Fiji to the United Nations, New York', 'Fiji'],
    ['the Permanent Mission of Fiji to the United Nations', 'Fiji'],
  ])('%s', (text, expected) => {
    expect(actorList(text)).toBe(expected);
  });

  it('names the organizers after a mission as the subject of a convening verb', () => {
    const layout = toNoteLayout(
      'For the 62nd session of the Commission on the Status of Women, the Permanent Mission of Norway to the United Nations, UNDP and the International Civil Society Action Network seek to organise a side event on parliaments.',
    );
    expect(convenerSubject(layout)[0]?.value).toBe(
      'Norway, UNDP and the International Civil Society Action Network',
    );
  });
});
