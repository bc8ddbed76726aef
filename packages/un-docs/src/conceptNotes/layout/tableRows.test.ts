import { describe, expect, it } from 'vitest';
import { tableRowsAsFields } from './tableRows.js';

describe('tableRowsAsFields', () => {
  it('reads a grid table row by row, its wrapped cells joined again', () => {
    const grid = [
      '+-------+--------------------------------+',
      '| Theme | Conflict and hunger: the use   |',
      '|       | of starvation as a weapon      |',
      '+-------+--------------------------------+',
      '| Questions | (a) How can early warning  |',
      '|       | be turned into action?         |',
      '|       | (b) What steps can be taken?   |',
      '+-------+--------------------------------+',
    ].join('\n');
    expect(tableRowsAsFields(grid).split('\n').filter(Boolean)).toEqual([
      'Theme: Conflict and hunger: the use of starvation as a weapon',
      'Questions',
      '(a) How can early warning be turned into action?',
      '(b) What steps can be taken?',
    ]);
  });

  it('reads a grid table bordered only around its header and body as a pipe table', () => {
    const grid = [
      '+-----------------+-------------------------------+',
      '| Field           | Information                   |',
      '+=================+===============================+',
      '| Theme           | Working in the heat: rights   |',
      '|                 | in a warming world            |',
      '| Date            | Fri 17/09/2027, 10:00–13:00   |',
      '| Guiding questions | Q1. Who is exposed? Q2. What  |',
      '|                 | limits exist?                 |',
      '+-----------------+-------------------------------+',
    ].join('\n');
    expect(tableRowsAsFields(grid).split('\n').filter(Boolean)).toEqual([
      'Field: Information',
      'Theme: Working in the heat: rights in a warming world',
      'Date: Fri 17/09/2027, 10:00–13:00',
      'Guiding questions: Q1. Who is exposed? Q2. What limits exist?',
    ]);
  });

  it('goes on with a pipe row on the lines whose first cell is empty', () => {
    const pipes = ['| **Date** | 3 March 2027 |', '| Thème | La paix |', '|  | durable |'].join(
      '\n',
    );
    expect(tableRowsAsFields(pipes)).toBe('Date: 3 March 2027\nThème: La paix durable');
  });
});
