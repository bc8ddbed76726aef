import { describe, expect, it } from 'vitest';
import { isNumberedSection } from './numberedSection.js';

describe('isNumberedSection (round t41b)', () => {
  it.each([
    'I. Mandate',
    '1. Purpose',
    'A. Rationale',
    'II. Modalités',
    '1. Justificación',
    'I. Contexto general',
    'III) Organization of work',
  ])('knows a numbered section heading: %s', (line) => {
    expect(isNumberedSection(line)).toBe(true);
  });

  it.each([
    "1. Women's participation in peace processes in the Sahel",
    'Mandate',
    'Climate security',
    'I. Protecting civilians in urban warfare',
  ])('leaves a line that says what about: %s', (line) => {
    expect(isNumberedSection(line)).toBe(false);
  });
});
