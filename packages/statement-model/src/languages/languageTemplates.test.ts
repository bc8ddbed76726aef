import { describe, expect, it } from 'vitest';
import { statementTemplateDoc } from '../statementTemplate.js';
import { statementText } from '../statementText.js';
import type { StatementLanguage } from './StatementLanguage.js';
import { formatUnDate } from './unDate.js';

// Golden texts: the template of the sample 000 debate (Security Council open debate,
// 19 April 2021) in each of the six languages. Sources of each formula: docs/languages.md.

const debate = {
  theme: 'Cooperation between the United Nations and regional organizations',
  body: 'Security Council',
  format: 'open debate',
  meetingDate: '2021-04-19',
  // Another delegation holds the presidency, so every opening thanks it (the presidency's own
  // statement thanks only the briefers: statementTemplate.test.ts).
  presidency: 'Estonia',
};
const points = [{ label: '12(a)', text: 'What are the challenges?' }];

function lines(language: StatementLanguage, salutation: 'Mr. President,' | 'Madam President,') {
  const doc = statementTemplateDoc({
    delegations: ['Viet Nam'],
    debate,
    points,
    salutation,
    language,
  });
  return statementText(doc).split('\n\n');
}

const theme = debate.theme;
const GOLDEN: Record<StatementLanguage, { man: string[]; woman: string }> = {
  en: {
    man: [
      `Statement by the delegation of Viet Nam at the Security Council open debate on “${theme}”`,
      'New York, 19 April 2021',
      'Check against delivery',
      'Mr. President,',
      'I thank the presidency of Estonia for convening this open debate and the briefers for their insights.',
      '',
      'I thank you.',
    ],
    woman: 'Madam President,',
  },
  fr: {
    man: [
      `Déclaration de la délégation : Viet Nam — Conseil de sécurité, débat public — « ${theme} »`,
      'New York, le 19 avril 2021',
      'Seul le prononcé fait foi',
      'Monsieur le Président,',
      'Je remercie la présidence d’avoir organisé cette réunion et les intervenants de leurs exposés.',
      '',
      'Je vous remercie.',
    ],
    woman: 'Madame la Présidente,',
  },
  es: {
    man: [
      `Declaración de la delegación: Viet Nam — Consejo de Seguridad, debate abierto — «${theme}»`,
      'Nueva York, 19 de abril de 2021',
      'Cotejar con el discurso pronunciado',
      'Señor Presidente,',
      'Agradezco a la presidencia la convocatoria de esta sesión y a los ponentes sus exposiciones informativas.',
      '',
      'Muchas gracias.',
    ],
    woman: 'Señora Presidenta,',
  },
  ar: {
    man: [
      `كلمة وفد Viet Nam — مجلس الأمن، مناقشة مفتوحة — «${theme}»`,
      'نيويورك، 19 نيسان/أبريل 2021',
      'يرجى المراجعة عند الإلقاء',
      'السيد الرئيس،',
      'أشكر الرئاسة على عقد هذه الجلسة، وأشكر مقدمي الإحاطات على إحاطاتهم.',
      '',
      'شكراً.',
    ],
    woman: 'السيدة الرئيسة،',
  },
  zh: {
    man: [
      `Viet Nam代表团在安理会公开辩论会上的发言：“${theme}”`,
      '2021年4月19日，纽约',
      '请以实际发言为准',
      '主席先生：',
      '感谢主席国召开此次会议，感谢各位通报人的通报。',
      '',
      '谢谢。',
    ],
    woman: '主席女士：',
  },
  ru: {
    man: [
      `Выступление делегации: Viet Nam — Совет Безопасности, открытые прения — «${theme}»`,
      'Нью-Йорк, 19 апреля 2021 года',
      'Сверять с произносимым текстом',
      'Господин Председатель,',
      'Благодарю председательство за созыв этого заседания, а докладчиков — за их брифинги.',
      '',
      'Благодарю вас.',
    ],
    woman: 'Госпожа Председатель,',
  },
};

describe('the template in the six official languages', () => {
  for (const [language, golden] of Object.entries(GOLDEN) as [
    StatementLanguage,
    (typeof GOLDEN)['en'],
  ][]) {
    it(`${language}: header, place and date, notice, salutation, opening, sections, closing`, () => {
      expect(lines(language, 'Mr. President,')).toEqual(golden.man);
      expect(lines(language, 'Madam President,')[3]).toBe(golden.woman);
    });
  }
});

describe('formatUnDate', () => {
  it('writes each language’s UN date style', () => {
    expect(formatUnDate('2021-09-25', 'en')).toBe('25 September 2021');
    expect(formatUnDate('2021-09-25', 'fr')).toBe('25 septembre 2021');
    expect(formatUnDate('2021-09-25', 'es')).toBe('25 de septiembre de 2021');
    expect(formatUnDate('2021-09-25', 'ar')).toBe('25 أيلول/سبتمبر 2021');
    expect(formatUnDate('2021-09-25', 'zh')).toBe('2021年9月25日');
    expect(formatUnDate('2021-09-25', 'ru')).toBe('25 сентября 2021 года');
  });

  it('returns anything that is not a real YYYY-MM-DD date unchanged', () => {
    expect(formatUnDate(' next week ', 'fr')).toBe('next week');
    expect(formatUnDate('2021-02-30', 'fr')).toBe('2021-02-30');
  });
});
