import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { firstOfMeetings } from './firstOfMeetings.js';
import { preparedMeeting } from './preparedMeeting.js';

describe('preparedMeeting', () => {
  it('reads the subject after a clause saying who prepares the meeting', () => {
    const note = toNoteLayout(
      'Delegations received the questions to guide the debate that the presidency of the Security Council is planning on peace operations that are drawing down.',
    );
    expect(preparedMeeting(note)[0]?.value).toBe('peace operations that are drawing down');
    const fr = toNoteLayout(
      'Les délégations ont reçu les questions du débat public que la présidence prépare sur la protection des travailleurs humanitaires.',
    );
    expect(preparedMeeting(fr)[0]?.value).toBe('la protection des travailleurs humanitaires');
  });
});

describe('firstOfMeetings, "one" in the sentence that counts them', () => {
  it('reads the first meeting past its day and who presides', () => {
    const note = toNoteLayout(
      'Durante el mes de agosto se celebrarán dos debates abiertos, uno el próximo martes presidido por la jefa de Estado, Cristina Fernández, sobre la cooperación con las organizaciones regionales.',
    );
    expect(firstOfMeetings(note)[0]?.value).toBe(
      'la cooperación con las organizaciones regionales',
    );
  });
});
