import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement, SAMPLE_THEME } from '../fixtures/makeStatement.js';
import { joinNames } from './meetingDescription.js';
import { statementHeader } from './statementHeader.js';

describe('statementHeader', () => {
  it('names the delegation, the meeting, the place and the date', () => {
    expect(statementHeader(makeStatement())).toEqual({
      notice: 'Check against delivery',
      delegation: 'Viet Nam',
      byline: `Statement by Viet Nam at the Security Council open debate on “${SAMPLE_THEME}”`,
      onBehalfOf: null,
      placeAndDate: 'New York, 19 April 2021',
    });
  });

  it('names the speaker, closing a title given in apposition with a comma', () => {
    const header = statementHeader(
      makeStatement({ speaker: 'H.E. Mr. Đặng Đình Quý, Permanent Representative' }),
    );
    expect(header.byline).toMatch(
      /^Statement by H\.E\. Mr\. Đặng Đình Quý, Permanent Representative, at the Security Council/,
    );
  });

  it('words a joint statement with and without a speaker', () => {
    const delegations = ['Brazil', 'Côte d’Ivoire', 'Türkiye'];
    expect(statementHeader(makeStatement({ delegations })).byline).toMatch(
      /^Joint statement by Brazil, Côte d’Ivoire and Türkiye at the Security Council open debate/,
    );
    const spoken = statementHeader(makeStatement({ delegations, speaker: 'Ms. Ana Silva' }));
    expect(spoken.delegation).toBe('Brazil, Côte d’Ivoire and Türkiye');
    expect(spoken.byline).toMatch(
      /^Joint statement delivered by Ms\. Ana Silva on behalf of Brazil, Côte d’Ivoire and Türkiye at/,
    );
  });

  it('leaves out what the debate record does not state', () => {
    const debate = makeDebate({ body: null, format: null, meetingDate: null, theme: '' });
    expect(statementHeader(makeStatement({ debate }))).toMatchObject({
      byline: 'Statement by Viet Nam at the debate',
      placeAndDate: null,
    });
  });

  it('gives the seat only for bodies whose seat is certain', () => {
    const geneva = makeDebate({ body: 'Human Rights Council', format: 'panel discussion' });
    expect(statementHeader(makeStatement({ debate: geneva })).placeAndDate).toBe(
      'Geneva, 19 April 2021',
    );
    const other = makeDebate({ body: 'Training programme', format: 'simulation' });
    expect(statementHeader(makeStatement({ debate: other })).placeAndDate).toBe('19 April 2021');
  });

  it('does not repeat the body when the format already names it, nor double the quotes', () => {
    const debate = makeDebate({
      format: 'Security Council high-level open debate',
      theme: '“Peace”',
    });
    expect(statementHeader(makeStatement({ debate })).byline).toBe(
      'Statement by Viet Nam at the Security Council high-level open debate on “Peace”',
    );
  });
});

describe('joinNames', () => {
  it('joins names without a serial comma', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Chile'])).toBe('Chile');
    expect(joinNames(['Chile', 'Peru'])).toBe('Chile and Peru');
    expect(joinNames(['Chile', ' ', 'Peru', 'Cuba'])).toBe('Chile, Peru and Cuba');
  });
});
