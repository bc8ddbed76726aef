import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText.js';
import { parseLabel } from './parseLabel.js';
import { toNoteLayout } from '../conceptNotes/layout/NoteLayout.js';

describe('parseLabel', () => {
  it.each([
    ['12. The Council', 'number', '12', 'The Council'],
    ['Question 1: What can the Council do?', 'number', '1', 'What can the Council do?'],
    ['Q2. How?', 'number', '2', 'How?'],
    ['Pregunta 3 – ¿Qué papel?', 'number', '3', '¿Qué papel?'],
    ['(a) Standby arrangements', 'letter', 'a', 'Standby arrangements'],
    ['o through blue bonds;', 'bullet', '', 'through blue bonds;'],
    ['A. What reforms?', 'letter', 'A', 'What reforms?'],
    ['(B) How?', 'letter', 'B', 'How?'],
  ])('reads %s', (block, kind, value, rest) => {
    expect(parseLabel(block)).toMatchObject({ kind, value, rest });
  });

  it('reads no label in a sentence', () => {
    expect(parseLabel('Questions were raised about the mandate.')).toBeNull();
    expect(parseLabel('or the other way round')).toBeNull();
  });

  it('reads a capital I as a label only after H: before, it heads a section', () => {
    expect(parseLabel('I. Introduction')).toBeNull();
    expect(parseLabel('I. What else?', 'H')).toMatchObject({ kind: 'letter', value: 'I' });
  });

  it('reads a capital that is a roman numeral only after its letter, and a short title line as a heading', () => {
    expect(parseLabel('V. Who will brief the Council?', 'c')).toBeNull();
    expect(parseLabel('C. Which tools?', 'B')).toMatchObject({ kind: 'letter', value: 'C' });
    expect(parseLabel('C. Which tools?')).toBeNull();
    expect(parseLabel('(B) Context')).toBeNull();
    expect(parseLabel('A. Background and objectives of the meeting')).toBeNull();
    expect(parseLabel('(B) How can partners help?')).toMatchObject({ kind: 'letter', value: 'B' });
  });
});

describe('addresses in extracted text', () => {
  it('keeps the hyphen of an address cut at a line end, and ends a block at an address', () => {
    const text = [
      'Delegations may send their statements to presidence-',
      'csnu@diplomatie.example.fr by 19 April 2027.',
      '',
      'Contact: Mr. Ahmed Salim, Office of the President of the General Assembly, salim@un.org',
      '',
      'The guiding questions are annexed.',
    ].join('\n');
    const { blocks } = toNoteLayout(text);
    expect(blocks[0]).toContain('presidence-csnu@diplomatie.example.fr');
    expect(blocks).toHaveLength(3);
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

describe('parseLabel keeps the mark as printed', () => {
  it.each([
    ['(a) What?', '(a)'],
    ['a) What?', 'a)'],
    ['a. What?', 'a'],
    ['1. What?', '1'],
    ['1) What?', '1)'],
    ['(1) What?', '(1)'],
    ['i. What?', 'i'],
    ['Q1. What?', 'Q1'],
    ['Question 1: What?', 'Question 1'],
    ['A. What?', 'A'],
    ['(A) What?', '(A)'],
    ['• What?', ''],
  ])('%s → %s', (block, printed) => {
    expect(parseLabel(block)?.printed).toBe(printed);
  });
});
