import { describe, expect, it } from 'vitest';
import { reportedToPlenary } from './reportedToPlenary.js';

describe('reportedToPlenary', () => {
  it('reads the outcome of the meeting’s parts carried back to its plenary', () => {
    for (const text of [
      'The results of the breakout groups will be presented to the closing plenary.',
      'The outcome of the three working sessions will be reported back to the Plenary on the second day.',
      'Les conclusions des tables rondes seront présentées en séance plénière.',
      'Los resultados de los grupos de trabajo se presentarán en el plenario.',
    ])
      expect(reportedToPlenary(text)).toBe(true);
  });

  it('reads no product the meeting sends elsewhere', () => {
    expect(
      reportedToPlenary(
        'The outcome of the meeting will be reported to the General Assembly at its eightieth session.',
      ),
    ).toBe(false);
    expect(reportedToPlenary('A summary of the panels will be circulated to Member States.')).toBe(
      false,
    );
  });
});
