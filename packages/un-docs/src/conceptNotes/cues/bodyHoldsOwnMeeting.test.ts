import { describe, expect, it } from 'vitest';
import { bodyHoldingOwnMeeting } from './bodyHoldsOwnMeeting.js';

describe('bodyHoldingOwnMeeting', () => {
  it.each([
    [
      'Dans le cadre de sa soixante-cinquième session, la Commission du développement social tiendra une table ronde ministérielle sur le thème « … ».',
      'la Commission du développement social',
    ],
    [
      'The Commission on the Status of Women will hold an interactive dialogue on 12 March 2027.',
      'the Commission on the Status of Women',
    ],
    [
      'La Comisión de Estadística celebrará una reunión oficiosa el 3 de marzo.',
      'la Comisión de Estadística',
    ],
    [
      'NACIONES UNIDAS, 3 mar (Agencia Latina de Noticias) – El Consejo Económico y Social de las Naciones Unidas (ECOSOC) prepara su próxima reunión especial sobre la inseguridad alimentaria.',
      'el Consejo Económico y Social de las Naciones Unidas',
    ],
    [
      'The Commission on Population and Development is preparing its upcoming session on migration.',
      'the Commission on Population and Development',
    ],
    [
      'Le Conseil économique et social annonce sa prochaine réunion spéciale.',
      'le Conseil économique et social',
    ],
  ])('%s → %s', (sentence, body) => {
    expect(bodyHoldingOwnMeeting(sentence)).toBe(body);
  });

  it.each([
    // The office convenes, not the body it presides over.
    'The President of the General Assembly will hold an informal meeting on 3 May.',
    // A principal organ's new meeting is bodyConvenes's (convenerCues.ts).
    'NEW YORK — The Economic and Social Council will convene a special meeting next month.',
    // The Security Council's meetings are its presidency's.
    'The Security Council will hold an open debate on 3 May.',
    // A session recalled with its own article is no new meeting.
    'The Commission for Social Development held its sixty-fourth session in February.',
    // Another body's next meeting.
    'The report will be submitted to the Statistical Commission at its next session.',
  ])('no body: %s', (sentence) => {
    expect(bodyHoldingOwnMeeting(sentence)).toBeNull();
  });
});
