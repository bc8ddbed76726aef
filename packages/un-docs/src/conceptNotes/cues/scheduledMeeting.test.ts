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
