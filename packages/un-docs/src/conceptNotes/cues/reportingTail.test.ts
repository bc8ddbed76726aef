import { describe, expect, it } from 'vitest';
import { withoutReportingTail } from './reportingTail.js';

describe('withoutReportingTail (round t41b)', () => {
  it.each([
    [
      '“The Future We Want, the United Nations We Need”, reports Xinhua news agency',
      '“The Future We Want, the United Nations We Need',
    ],
    ["« L'eau, source de paix », rapporte l'AFP", "« L'eau, source de paix"],
    ['“Juventud, paz y seguridad”, informó la agencia EFE', '“Juventud, paz y seguridad'],
    ['“Oceans and climate”, the spokesperson said', '“Oceans and climate'],
  ])('cuts who reported the theme: %s', (value, theme) => {
    expect(withoutReportingTail(value)).toBe(theme);
  });

  it.each([
    'peace, security and development',
    'The Future We Want, the United Nations We Need',
    'la paix et la sécurité, selon les termes de la Charte des Nations Unies et du droit international humanitaire applicable aux conflits armés non internationaux en vigueur dans la région',
  ])('keeps a theme with commas of its own: %s', (value) => {
    expect(withoutReportingTail(value)).toBe(value);
  });
});
