import { describe, expect, it } from 'vitest';
import { jointOffices } from './jointOffices.js';

describe('jointOffices', () => {
  it('gives two offices convening together without their holders', () => {
    expect(
      jointOffices(
        'The President of the General Assembly, Nassir Abdulaziz al-Nasser, and the Secretary-General, Ban Ki-moon, are jointly convening a High-Level Thematic Debate on 17 and 18 May.',
      ),
    ).toBe('the President of the General Assembly and the Secretary-General');
    expect(
      jointOffices(
        'The President of the Economic and Social Council, Lok Bahadur Thapa, and the Secretary-General, António Guterres, will convene a special meeting on 5 May 2027.',
      ),
    ).toBe('the President of the Economic and Social Council and the Secretary-General');
    expect(
      jointOffices(
        "La Présidente de l'Assemblée générale, Mme Annalena Baerbock, et le Secrétaire général, António Guterres, convoqueront conjointement une réunion.",
      ),
    ).toBe("la Présidente de l'Assemblée générale et le Secrétaire général");
  });

  it('gives nothing for one office, or two without their holders', () => {
    expect(
      jointOffices('The President of the General Assembly will convene a meeting.'),
    ).toBeNull();
    expect(
      jointOffices(
        'The President of the General Assembly and the Secretary-General will address the meeting.',
      ),
    ).toBeNull();
  });
});
