import { describe, expect, it } from 'vitest';
import { outcomeLayout } from './outcomeLayout.js';

describe('outcomeLayout', () => {
  const resolution = [
    'Recalling its resolutions on the maintenance of international peace and security,',
    'Deeply concerned by the rising number of conflicts,',
    'Calls upon all parties to respect international humanitarian law;',
    'Requests the Secretary-General to report within six months;',
    'Decides to remain seized of the matter.',
  ];

  it('leads preambular paragraphs with italics and numbers operative ones', () => {
    const laid = outcomeLayout('resolution', resolution);
    expect(laid.map((p) => [p.kind, p.number, p.lead])).toEqual([
      ['preambular', null, 'Recalling'],
      ['preambular', null, 'Deeply concerned'],
      ['operative', 1, 'Calls upon'],
      ['operative', 2, 'Requests'],
      ['operative', 3, 'Decides'],
    ]);
    expect(laid[2]!.lead + laid[2]!.rest).toBe(resolution[2]);
  });

  it('keeps a presidential statement as plain paragraphs', () => {
    const laid = outcomeLayout('presidential_statement', ['The Security Council recalls,']);
    expect(laid[0]).toEqual({
      kind: 'plain',
      number: null,
      lead: '',
      rest: 'The Security Council recalls,',
    });
  });
});
