import { describe, expect, it } from 'vitest';
import { titleKind } from './titleKind.js';

describe('titleKind', () => {
  it.each([
    ['TRAINING WORKSHOP', 'training workshop', true],
    ['Expert workshop', 'expert workshop', true],
    [
      'HIGH-LEVEL POLICY DIALOGUE WITH THE INTERNATIONAL FINANCIAL AND TRADE INSTITUTIONS',
      'high-level policy dialogue',
      false,
    ],
    [
      'Technical briefing on the review of the peacebuilding architecture',
      'technical briefing',
      false,
    ],
  ])('reads %s', (line, format, bare) => {
    expect(titleKind(line)).toEqual({ format, head: format.split(' ').at(-1), bare });
  });

  it.each([
    'Open debate on children and armed conflict',
    'Biennial high-level panel discussion on the question of the death penalty',
    'Sixty-first session',
    'Climate Security Open Debate',
    'Security Council briefing',
    'High-level dialogue on financing',
    'Partnership Forum 2027',
  ])('reads no kind outside the vocabulary in %s', (line) => {
    expect(titleKind(line)).toBeNull();
  });
});
