import { describe, expect, it } from 'vitest';
import { kindFirstThemeStart } from './kindFirstTitle.js';

describe('kindFirstThemeStart', () => {
  it('finds the theme after a title that opens with its kind, "interactive" among its qualifiers', () => {
    const title =
      'Informal interactive multi-stakeholder hearing: Ageing with dignity — towards the 2028 high-level meeting on older persons';
    expect(title.slice(kindFirstThemeStart(title) ?? 0)).toMatch(/^Ageing with dignity/u);
    const panel = 'Interactive panel discussion: Towards the 2030 high-level meeting on water';
    expect(panel.slice(kindFirstThemeStart(panel) ?? 0)).toMatch(/^Towards/u);
  });

  it('finds none in a title that opens with its theme or a meeting on it', () => {
    expect(kindFirstThemeStart('High-level meeting on older persons: a call to action')).toBeNull();
    expect(kindFirstThemeStart('Ageing with dignity')).toBeNull();
  });
});
