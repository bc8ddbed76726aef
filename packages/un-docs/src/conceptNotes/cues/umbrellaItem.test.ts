import { describe, expect, it } from 'vitest';
import { candidate } from './Candidate.js';
import { belowOtherSubjects, isUmbrellaItem } from './umbrellaItem.js';

describe('umbrella agenda items (round t40b)', () => {
  it('knows the two umbrella items in English, French and Spanish', () => {
    expect(isUmbrellaItem('the Maintenance of International Peace and Security')).toBe(true);
    expect(isUmbrellaItem('menaces contre la paix et la sécurité internationales')).toBe(true);
    expect(isUmbrellaItem('mantenimiento de la paz y la seguridad internacionales')).toBe(true);
    expect(isUmbrellaItem('women and peace and security')).toBe(false);
    expect(
      isUmbrellaItem('maintenance of international peace and security: climate and security'),
    ).toBe(false);
  });

  it('puts an umbrella item below a sentence’s subject, and keeps it when alone', () => {
    const title = candidate(
      'the Maintenance of International Peace and Security',
      0.58,
      't',
      'titleSubject',
    );
    const sentence = candidate(
      'the settlement of conflicts in the region',
      0.5,
      's',
      'announcedSubject',
    );
    const ranked = belowOtherSubjects([title, sentence]);
    expect(ranked[0]?.confidence).toBeLessThan(0.5);
    expect(ranked[1]).toEqual(sentence);
    expect(belowOtherSubjects([title])).toEqual([title]);
  });
});
