import { describe, expect, it } from 'vitest';
import { subjectOf } from './cues/subjectOf.js';
import { findInlineList } from './findListSections.js';
import { fieldLine } from './layout/fieldLine.js';
import { mainClause, recordsPast } from './sentenceTense.js';

describe('subjectOf in a sentence', () => {
  it.each([
    [
      'Ghana will convene an open debate on cooperation in the Sahel in the Security Council Chamber on Tuesday',
      'cooperation in the Sahel',
    ],
    [
      'I will convene a dialogue on water security in the arid zones of Africa in New York on 11 May 2028',
      'water security in the arid zones of Africa',
    ],
    ['The Council will hold a debate on women in the afternoon of 3 May 2028', 'women'],
    [
      "Le Conseil tiendra une table ronde sur la protection des enfants dans l'environnement numérique dans la salle XX",
      "la protection des enfants dans l'environnement numérique",
    ],
  ])('stops only at the meeting’s place or time: %s', (sentence, subject) => {
    expect(subjectOf(sentence, false)).toBe(subject);
  });
});

describe('recordsPast', () => {
  it('reads the main clause, not a relative clause about something else', () => {
    const sentence =
      'Estonia will host an open debate on the Framework, which was adopted in 2015, on 3 May 2028.';
    expect(mainClause(sentence)).not.toMatch(/adopted/);
    expect(recordsPast(sentence)).toBe(false);
  });

  it('still records a meeting said to be held in a relative clause', () => {
    expect(recordsPast('Speakers recalled the debate, which was held on 3 May 2027.')).toBe(true);
  });
});

describe('fieldLine', () => {
  it.each([
    'Special meeting on the global food crisis: building resilient supply chains',
    "Panel on women's participation: removing the barriers to public office",
  ])('reads a title naming a meeting and its subject as no field: %s', (line) => {
    expect(fieldLine(line)).toBeNull();
  });

  it('still reads a field about the meeting', () => {
    expect(fieldLine('Date of the meeting: 3 May 2028')?.label).toBe('date of the meeting');
  });
});

describe('findInlineList', () => {
  it('reads one question written inline after a points lead-in', () => {
    expect(
      findInlineList(
        [
          'Participants are invited to address the following question: How can the Council protect the environment?',
        ],
        'points',
      ),
    ).toEqual([{ label: '1', text: 'How can the Council protect the environment?' }]);
  });
});
