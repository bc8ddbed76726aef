import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText.js';
import { parseLabel } from './parseLabel.js';

describe('parseLabel', () => {
  it.each([
    ['12. The Council', 'number', '12', 'The Council'],
    ['Question 1: What can the Council do?', 'number', '1', 'What can the Council do?'],
    ['Q2. How?', 'number', '2', 'How?'],
    ['Pregunta 3 – ¿Qué papel?', 'number', '3', '¿Qué papel?'],
    ['(a) Standby arrangements', 'letter', 'a', 'Standby arrangements'],
    ['o through blue bonds;', 'bullet', '', 'through blue bonds;'],
  ])('reads %s', (block, kind, value, rest) => {
    expect(parseLabel(block)).toMatchObject({ kind, value, rest });
  });

  it('reads no label in a sentence', () => {
    expect(parseLabel('Questions were raised about the mandate.')).toBeNull();
    expect(parseLabel('or the other way round')).toBeNull();
  });
});

describe('Word sub-bullets "o" in extracted text', () => {
  it('keeps each sub-bullet on its own line', () => {
    const text = [
      '•   How can education be sustained, in particular:',
      '       o   through the recognition of prior learning;',
      '       o   through inclusion in national systems?',
    ].join('\n');
    expect(normalizeText(text).split('\n\n')).toEqual([
      '• How can education be sustained, in particular:',
      'o through the recognition of prior learning;',
      'o through inclusion in national systems?',
    ]);
  });
});
