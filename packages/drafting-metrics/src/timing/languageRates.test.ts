import { describe, expect, it } from 'vitest';
import { countWords } from '../words/countWords.js';
import { languageRate } from './languageRates.js';
import { timingSummary } from './timingSummary.js';

// Speaking-time estimates for paragraphs in French, Spanish and Chinese against the rates
// documented in docs/languages.md (French and Spanish 120 words, Chinese 180 characters a
// minute). The paragraphs are in the register of a UN statement.

const FRENCH =
  'La coopération entre l’Organisation des Nations Unies et les organisations régionales ' +
  'et sous-régionales est essentielle au maintien de la paix et de la sécurité internationales. ' +
  'Ma délégation salue le rôle de l’Union africaine, qui, au Mali comme en Somalie, a montré ' +
  'ce que peut accomplir un partenariat fondé sur la complémentarité et le respect mutuel.';

const SPANISH =
  'La cooperación entre las Naciones Unidas y las organizaciones regionales y subregionales ' +
  'es esencial para el mantenimiento de la paz y la seguridad internacionales. Mi delegación ' +
  'reconoce la labor de la Unión Africana y de la Comunidad de Estados Latinoamericanos y ' +
  'Caribeños, que han demostrado lo que puede lograr una asociación basada en el respeto mutuo.';

const CHINESE =
  '联合国与区域和次区域组织之间的合作，对维护国际和平与安全至关重要。' +
  '中方赞赏非洲联盟在2021年为推动政治解决热点问题所作的努力。';

function seconds(text: string, language: string): number {
  const { perMinute } = languageRate(language);
  return timingSummary([{ id: 'p1', text, points: [] }], { wordsPerMinute: perMinute }).seconds;
}

describe('speaking time per language', () => {
  it('times a French paragraph at 120 words a minute', () => {
    expect(countWords(FRENCH)).toBe(55);
    expect(seconds(FRENCH, 'fr')).toBe(28); // 27.5 s
  });

  it('times a Spanish paragraph at 120 words a minute', () => {
    expect(countWords(SPANISH)).toBe(56);
    expect(seconds(SPANISH, 'es')).toBe(28);
  });

  it('times a Chinese paragraph at 180 characters a minute, a number counting once', () => {
    // 57 characters (punctuation excluded) and "2021": 58 units, 19.3 s.
    expect(countWords(CHINESE)).toBe(58);
    expect(languageRate('zh').unit).toBe('characters');
    expect(seconds(CHINESE, 'zh')).toBe(19);
    // Counted as English words (the whole run between spaces is one token) it would be 1.
    expect(CHINESE.split(/\s+/)).toHaveLength(1);
  });

  it('counts a Latin word inside Chinese text once and leaves other scripts alone', () => {
    expect(countWords('我们支持UNAMA的工作')).toBe(7 + 1);
    expect(countWords('Благодарю вас, господин Председатель.')).toBe(4);
    expect(countWords('السيد الرئيس، شكراً.')).toBe(3);
  });

  it('falls back to the English rate for an unknown language', () => {
    expect(languageRate('xx')).toEqual({ perMinute: 120, unit: 'words' });
    expect(languageRate('ar').perMinute).toBe(100);
  });
});
