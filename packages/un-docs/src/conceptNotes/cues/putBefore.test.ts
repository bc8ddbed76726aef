import { describe, expect, it } from 'vitest';
import { subjectPutBefore } from './putBefore.js';

describe('subjectPutBefore', () => {
  it('reads what a presidency brings before a body in a meeting ahead', () => {
    expect(
      subjectPutBefore(
        'Ecuador intends to bring the security implications of sea-level rise before the Council in an open debate at the end of the month.',
      ),
    ).toBe('the security implications of sea-level rise');
    expect(
      subjectPutBefore(
        'Guyana prevé llevar la protección de los periodistas ante el Consejo en un debate abierto.',
      ),
    ).toBe('la protección de los periodistas');
    expect(
      subjectPutBefore(
        'La présidence prévoit de porter la sécurité alimentaire devant le Conseil lors d’un débat public.',
      ),
    ).toBe('la sécurité alimentaire');
  });

  it('reads nothing without a meeting ahead or with a pronoun', () => {
    expect(subjectPutBefore('Ecuador brought sea-level rise before the Council last year.')).toBe(
      null,
    );
    expect(
      subjectPutBefore('Ecuador will bring it before the Council in an open debate next week.'),
    ).toBe(null);
  });
});
