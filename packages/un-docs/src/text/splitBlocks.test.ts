import { describe, expect, it } from 'vitest';
import { splitBlocks } from './splitBlocks.js';

describe('splitBlocks', () => {
  it('joins a long paragraph cut after an article or a preposition (round t42d)', () => {
    const text = [
      'Delegations are reminded that the deadline for written contributions to the outline of',
      'Political Declaration, to be sent to the co-facilitators, is Friday, 5 March 2027.',
    ].join('\n\n');
    expect(splitBlocks(text).blocks).toHaveLength(1);
    const french = [
      'Les délégations sont invitées à transmettre leurs contributions écrites au projet de',
      'Déclaration ministérielle avant le 9 avril 2027.',
    ].join('\n\n');
    expect(splitBlocks(french).blocks).toHaveLength(1);
  });

  it('joins a long paragraph cut inside a date (round t42d)', () => {
    const text = [
      'We are pleased to inform you that the informal consultations will take place on Tuesday, 6',
      'May 2027 at 3 p.m. in Conference Room 4.',
    ].join('\n\n');
    expect(splitBlocks(text).blocks).toEqual([
      'We are pleased to inform you that the informal consultations will take place on Tuesday, 6 May 2027 at 3 p.m. in Conference Room 4.',
    ]);
  });

  it('keeps a heading apart from the paragraph before it', () => {
    const text = [
      'The meeting will be held in the Trusteeship Council Chamber on 6 May 2027.',
      'Guiding questions',
    ].join('\n\n');
    expect(splitBlocks(text).blocks).toHaveLength(2);
  });
});
