import { describe, expect, it } from 'vitest';
import { isItemNumberAlone } from './itemNumberAlone.js';

describe('isItemNumberAlone (round t40b)', () => {
  it('knows an agenda item by its number alone', () => {
    expect(isItemNumberAlone('Item 9 (contd)')).toBe(true);
    expect(isItemNumberAlone('Agenda item 120 (b)')).toBe(true);
    expect(isItemNumberAlone("Point 4 de l'ordre du jour")).toBe(true);
    expect(isItemNumberAlone('Tema 68 del programa')).toBe(true);
  });

  it('leaves an item named with its subject', () => {
    expect(isItemNumberAlone('Item 9: racism, racial discrimination and xenophobia')).toBe(false);
    expect(isItemNumberAlone('Article 6 of the Treaty and nuclear disarmament')).toBe(false);
  });
});
