import { describe, expect, it } from 'vitest';
import { makeCompilation } from '../fixtures/makeCompilation.js';
import { makeDebate, makeStatement, SAMPLE_THEME } from '../fixtures/makeStatement.js';
import { compilationPlan } from './compilationPlan.js';

const withDelegations = (...names: string[][]) =>
  makeCompilation({ statements: names.map((delegations) => makeStatement({ delegations })) });

describe('compilationPlan', () => {
  it('orders contributors and annexes alphabetically and numbers the annexes', () => {
    const plan = compilationPlan(makeCompilation());
    expect(plan.contributors).toEqual(['Brazil', 'Côte d’Ivoire', 'Türkiye']);
    expect(plan.annexes.map((annex) => [annex.label, annex.title])).toEqual([
      ['Annex 1', 'Statement by Brazil'],
      ['Annex 2', 'Statement by Côte d’Ivoire'],
      ['Annex 3', 'Statement by Türkiye'],
    ]);
  });

  it('sorts by the language’s rules, not by code point', () => {
    const plan = compilationPlan(
      withDelegations(
        ['Cuba'],
        ['Türkiye'],
        ['Côte d’Ivoire'],
        ['Turkmenistan'],
        ['Chile'],
        ['Tunisia'],
      ),
    );
    expect(plan.contributors).toEqual([
      'Chile',
      'Côte d’Ivoire',
      'Cuba',
      'Tunisia',
      'Türkiye',
      'Turkmenistan',
    ]);
  });

  it('lists a joint statement under its first delegation', () => {
    const plan = compilationPlan(withDelegations(['Peru'], ['Chile', 'Argentina']));
    expect(plan.contributors).toEqual(['Chile and Argentina (joint statement)', 'Peru']);
  });

  it('writes the standard covering letter from the debate', () => {
    const plan = compilationPlan(makeCompilation());
    expect(plan.letterTitle).toBe(
      'Letter dated 23 April 2021 from the President of the Security Council addressed to the Secretary-General and the Permanent Representatives of the members of the Security Council',
    );
    expect(plan.paragraphs).toHaveLength(3);
    expect(plan.paragraphs[0]).toBe(
      `I have the honour to transmit herewith the written statements submitted in connection with the Security Council open debate on “${SAMPLE_THEME}”, held on 19 April 2021.`,
    );
    expect(plan.paragraphs[2]).toContain('circulated as a document of the Security Council.');
    expect(plan.signature).toBe('(Signed) President of the Security Council');
  });

  it('uses the organizer’s own text, paragraph by paragraph', () => {
    const coveringLetter = {
      from: 'Ms. A',
      to: 'the members',
      date: '2021-04-23',
      text: 'One.\n\n  \nTwo.\n',
    };
    const plan = compilationPlan(
      makeCompilation({ coveringLetter, debate: makeDebate({ body: null }) }),
    );
    expect(plan.paragraphs).toEqual(['One.', 'Two.']);
    expect(plan.signature).toBe('(Signed) Ms. A');
  });

  it('handles a compilation with no statements', () => {
    const plan = compilationPlan(makeCompilation({ statements: [] }));
    expect(plan.annexes).toEqual([]);
    expect(plan.contributors).toEqual([]);
  });
});
