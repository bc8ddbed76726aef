import type { StatementLanguage } from './StatementLanguage.js';

// Dates as UN documents write them in each language, from Intl.DateTimeFormat (never a
// hand-made month table): "19 April 2021", "19 avril 2021", "19 de abril de 2021",
// "19 نيسان/أبريل 2021", "2021年4月19日", "19 апреля 2021 года". Sources: docs/languages.md.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function format(locale: string, date: Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
}

const LONG = { day: 'numeric', month: 'long', year: 'numeric' } as const;

const FORMATTERS: Record<StatementLanguage, (date: Date) => string> = {
  en: (date) => format('en-GB', date, LONG),
  fr: (date) => format('fr-FR', date, LONG),
  es: (date) => format('es-ES', date, LONG),
  zh: (date) => format('zh-CN', date, LONG),
  // UN Russian writes the year in full: "19 апреля 2021 года", not ICU's "2021 г.".
  ru: (date) =>
    `${format('ru-RU', date, { day: 'numeric', month: 'long' })} ${date.getUTCFullYear()} года`,
  // UN Arabic names the month twice, Levantine then Egyptian ("نيسان/أبريل"), with
  // European digits.
  ar: (date) => {
    const levant = format('ar-SY-u-nu-latn', date, { month: 'long' });
    const egypt = format('ar-EG-u-nu-latn', date, { month: 'long' });
    return `${date.getUTCDate()} ${levant}/${egypt} ${date.getUTCFullYear()}`;
  },
};

/**
 * "2021-04-19" → the date in `language`'s UN style. Anything that is not a YYYY-MM-DD date
 * is returned trimmed and unchanged: it is the user's own wording.
 */
export function formatUnDate(isoDate: string, language: StatementLanguage = 'en'): string {
  const match = ISO_DATE.exec(isoDate.trim());
  if (!match) return isoDate.trim();
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 2021-13-01 over into 2022: only a date that reads back the same is one.
  if (date.toISOString().slice(0, 10) !== match[0]) return isoDate.trim();
  return FORMATTERS[language](date);
}
