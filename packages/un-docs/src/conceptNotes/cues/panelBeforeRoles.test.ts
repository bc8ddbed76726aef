import { describe, expect, it } from 'vitest';
import { panelBeforeRole } from './panelBeforeRoles.js';

describe('panelBeforeRole (round t41b)', () => {
  it.each([
    [
      'Friday, 17 March 2016 MORNING 9.00 – 12.00 48th meeting Panel discussion on the incompatibility between democracy and racism Chair: H.E. Mr. Negash Kebret Botora',
      'the incompatibility between democracy and racism',
    ],
    [
      'follow-up to and implementation of the Durban Declaration and Programme of Action (contd) Panel on best practices in the fight against racism Panelists: Mr. Ricardo Bucio',
      'best practices in the fight against racism',
    ],
    [
      'Point 3 (suite) Table ronde sur les droits des personnes âgées Modératrice : Mme Anne Leroy',
      'les droits des personnes âgées',
    ],
    [
      'Tema 3 (continuación) Mesa redonda sobre el derecho al agua Moderador: Sr. Juan Gómez',
      'el derecho al agua',
    ],
  ])('reads the panel before the next role: %s', (text, subject) => {
    expect(panelBeforeRole(text)).toBe(subject);
  });

  it.each([
    'The panel on the right to food was held last year. Chair: Mr. X',
    'Panel on water',
    'the panel on the right to food, Chair: Mr. X',
  ])('reads nothing outside that shape: %s', (text) => {
    expect(panelBeforeRole(text)).toBeNull();
  });
});
