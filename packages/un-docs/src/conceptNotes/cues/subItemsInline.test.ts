import { describe, expect, it } from 'vitest';
import { joinInlineSubItems } from './subItemsInline.js';

describe('joinInlineSubItems', () => {
  it('drops the semicolons between sub-items written inline after a colon', () => {
    expect(
      joinInlineSubItems(
        'Which tools would help most, notably: (i) early-warning data shared with host States; (ii) mediation rosters; (iii) rapid funding?',
      ),
    ).toBe(
      'Which tools would help most, notably: (i) early-warning data shared with host States (ii) mediation rosters (iii) rapid funding?',
    );
    expect(
      joinInlineSubItems(
        'Quelles garanties faut-il prévoir, en particulier : a) pour les témoins ; et b) pour les victimes ?',
      ),
    ).toBe(
      'Quelles garanties faut-il prévoir, en particulier : a) pour les témoins b) pour les victimes ?',
    );
    expect(
      joinInlineSubItems(
        '¿Cómo apoyar a las comunidades de acogida, en particular: (a) en la vivienda; y (b) en el empleo?',
      ),
    ).toBe(
      '¿Cómo apoyar a las comunidades de acogida, en particular: (a) en la vivienda (b) en el empleo?',
    );
  });

  it('leaves a text whose labels follow no colon, or are not in sequence', () => {
    const noColon = 'How can (a) regional bodies and (b) the Council work together?';
    expect(joinInlineSubItems(noColon)).toBe(noColon);
    const outOfSequence = 'Consider two things: (a) funding; (c) staffing?';
    expect(joinInlineSubItems(outOfSequence)).toBe(outOfSequence);
  });
});
