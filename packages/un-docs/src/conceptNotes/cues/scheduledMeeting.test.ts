import { describe, expect, it } from 'vitest';
import { BODY_MEETS, schedulesBareMeeting } from './scheduledMeeting.js';

describe('schedulesBareMeeting', () => {
  it('reads a meeting scheduled by name', () => {
    expect(
      schedulesBareMeeting(
        'The meeting between the ECOSOC President and the major groups has been scheduled on 14 February.',
      ),
    ).toBe(true);
  });

  it('reads a meeting a body will hold, a day possibly between (round 31c)', () => {
    expect(
      schedulesBareMeeting(
        'A la demande de l’Algérie, le Conseil de sécurité tiendra, mardi soir, une réunion pour débattre la question de la famine.',
      ),
    ).toBe(true);
    expect(
      schedulesBareMeeting(
        'El Consejo de Seguridad celebrará el viernes una reunión sobre el Sahel.',
      ),
    ).toBe(true);
    expect(
      schedulesBareMeeting('The Security Council will hold a meeting on Thursday afternoon.'),
    ).toBe(true);
  });

  it('reads the meeting a sentence says will be held, opened or chaired (round t42a)', () => {
    expect(
      schedulesBareMeeting(
        'The meeting will be chaired by the Deputy Secretary-General and will close at 1 p.m.',
      ),
    ).toBe(true);
    expect(
      schedulesBareMeeting(
        'Visitors are welcome. The meeting will take place in Conference Room 2.',
      ),
    ).toBe(true);
    expect(
      schedulesBareMeeting(
        'Esta reunión se celebrará en la Sala del Consejo Económico y Social, en Ginebra.',
      ),
    ).toBe(true);
    expect(schedulesBareMeeting('La réunion sera ouverte par le Président de l’Assemblée.')).toBe(
      true,
    );
  });

  it('reads no meeting whose own words do not hold it (round t42a)', () => {
    expect(
      schedulesBareMeeting('The meeting’s summary will be held on file by the secretariat.'),
    ).toBe(false);
    expect(schedulesBareMeeting('The meeting was held in Conference Room 2 last year.')).toBe(
      false,
    );
  });

  it('reads no meeting merely mentioned or held', () => {
    expect(schedulesBareMeeting('Ahead of the meeting, members will consult the parties.')).toBe(
      false,
    );
    expect(schedulesBareMeeting('The Council held a meeting on the question last week.')).toBe(
      false,
    );
  });
});

describe('BODY_MEETS', () => {
  it('reads a body meeting in news prose, the organization before it (session 25)', () => {
    expect(BODY_MEETS.test('The UN Security Council meets on Monday to discuss water.')).toBe(true);
    expect(BODY_MEETS.test('The General Assembly is to meet on Thursday.')).toBe(true);
  });
});
