import { describe, expect, it } from 'vitest';
import { reflowLines } from './reflowLines.js';

describe('a field with a long label under another field (round w38bt)', () => {
  it('starts a block of its own', () => {
    const lines = [
      'Presidencia: Embajador Tomás Vieira Lopes (Brasil), Presidente de la Comisión',
      'Plazo para declaraciones escritas: 14 de mayo de 2027',
    ];
    expect(reflowLines(lines)).toEqual(lines);
  });

  it('leaves a wrapped sentence that holds a colon to its paragraph', () => {
    const lines = [
      'The Commission will hold a meeting on the Lake Chad basin with the governments of the',
      'Region and the Basin Commission: its members will speak first.',
    ];
    expect(reflowLines(lines)).toHaveLength(1);
  });
});
