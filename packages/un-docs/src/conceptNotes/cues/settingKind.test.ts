import { describe, expect, it } from 'vitest';
import { namesSetting, SETTING_CONFIDENCE } from './settingKind.js';

describe('namesSetting', () => {
  it.each([
    ['forum'],
    ['high-level political forum'],
    ['high-level segment'],
    ['plenary meeting'],
    ['high-level plenary meeting'],
  ])('reads %s as a setting meetings are held in', (format) => {
    expect(namesSetting(format)).toBe(true);
  });

  it.each([
    ['open debate'],
    ['briefing'],
    ['interactive dialogue'],
    ['Arria-formula meeting'],
    ['panel discussion'],
    ['annual session'],
    ['informal meeting of the plenary'],
    ['side event'],
  ])('reads %s as a meeting', (format) => {
    expect(namesSetting(format)).toBe(false);
  });

  it('is highlighted by the review form', () => {
    expect(SETTING_CONFIDENCE).toBeLessThan(0.6);
  });
});
