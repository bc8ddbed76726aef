import { describe, expect, it } from 'vitest';
import { convenerKeys, convenerNames } from './convenerNames.js';

describe('convenerNames', () => {
  it('names an office by its body, in any language', () => {
    for (const text of [
      'the President of the General Assembly',
      'el Presidente de la Asamblea General',
      "la Présidente de l'Assemblée générale",
    ])
      expect(convenerKeys(text)).toEqual(['office:General Assembly']);
  });

  it('names States through their missions, joined as lists are', () => {
    expect(
      convenerKeys(
        'les Missions permanentes du Maroc et de la Suisse auprès de l’Office des Nations Unies à Genève',
      ),
    ).toEqual(['state:Morocco', 'state:Switzerland']);
    expect(convenerKeys('Российская Федерация и Китай')).toEqual([
      'state:Russian Federation',
      'state:China',
    ]);
  });

  it('gives no keys when some words name nothing it knows', () => {
    expect(convenerKeys('Norway and the Geneva Centre for Security Policy')).toBeNull();
  });

  it('finds the body inside an office as a name too', () => {
    expect(
      convenerNames('The President of the Human Rights Council will convene').map(({ key }) => key),
    ).toEqual(['office:Human Rights Council', 'body:Human Rights Council']);
  });
});
