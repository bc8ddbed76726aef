import { describe, expect, it } from 'vitest';
import { aboutOtherSitting } from './otherSitting.js';

describe('aboutOtherSitting', () => {
  it('reads a discussion placed at a time of its own', () => {
    expect(
      aboutOtherSitting(
        "He hoped tomorrow morning's discussion of a draft resolution would lead to a consensus.",
      ),
    ).toBe(true);
    expect(
      aboutOtherSitting('Por la mañana, los miembros discutirán un proyecto de resolución.'),
    ).toBe(true);
  });

  it('does not read a sentence about the meeting itself', () => {
    expect(
      aboutOtherSitting('Tomorrow morning the open debate will discuss a draft resolution.'),
    ).toBe(false);
    expect(aboutOtherSitting('The Council is expected to adopt a resolution.')).toBe(false);
  });
});
