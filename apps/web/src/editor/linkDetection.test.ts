import { describe, expect, it } from 'vitest';
import { find, tokenize } from './linkDetection';

const values = (text: string) => find(text).map(({ value, href }) => [value, href]);
const shape = (word: string) =>
  tokenize(word).map((token) => {
    const { value, isLink } = token.toObject();
    return isLink ? `<${value}>` : value;
  });

describe('link detection in the editor', () => {
  it('finds addresses with a scheme or www., and e-mail addresses', () => {
    expect(
      values('See https://undocs.org/S/2021/311, www.un.org/en. Write to dpa@un.org.'),
    ).toEqual([
      ['https://undocs.org/S/2021/311', 'https://undocs.org/S/2021/311'],
      ['www.un.org/en', 'http://www.un.org/en'],
      ['dpa@un.org', 'mailto:dpa@un.org'],
    ]);
  });

  it('leaves document symbols, decimals and abbreviations alone', () => {
    expect(values('S/2021/311, A/RES/75/1, 2.5 per cent, U.N. and e.g. Mr. Guterres')).toEqual([]);
  });

  it('reports where each link starts and ends', () => {
    const [link] = find('Voir www.un.org.');
    expect(link).toMatchObject({ start: 5, end: 15, value: 'www.un.org' });
  });

  it('cuts a typed word into text, link and text, as the Link extension checks it', () => {
    expect(shape('https://un.org')).toEqual(['<https://un.org>']);
    expect(shape('(https://un.org)')).toEqual(['(', '<https://un.org>', ')']);
    expect(shape('statement')).toEqual(['statement']);
  });
});
