import { describe, expect, it } from 'vitest';
import { inOtherScript, isSkipLink } from './skipLink.js';

describe('skip links', () => {
  it('knows a skip link in the three languages', () => {
    expect(isSkipLink('Skip to main content')).toBe(true);
    expect(isSkipLink('Aller au contenu principal')).toBe(true);
    expect(isSkipLink('Pasar al contenido principal')).toBe(true);
    expect(isSkipLink('Skip to main content on climate security')).toBe(false);
  });

  it('takes a line in another script than a Latin text for chrome', () => {
    const text = 'تجاوز إلى المحتوى الرئيسي The Human Rights Council will hold its session.';
    expect(inOtherScript('تجاوز إلى المحتوى الرئيسي', text)).toBe(true);
    expect(inOtherScript('The Human Rights Council', text)).toBe(false);
    expect(inOtherScript('Совет Безопасности', 'Совет Безопасности проведет заседание')).toBe(
      false,
    );
  });
});
