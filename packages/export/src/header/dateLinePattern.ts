import type { StatementLanguage } from '@plenary/statement-model';

// Recognizes a "place, date" line in a language's UN style ("New York, le 19 avril 2021",
// "Nueva York, 19 de abril de 2021", "2021年4月19日，纽约"), with month names from Intl so
// they match what the template wrote.

const LOCALES: Record<StatementLanguage, string[]> = {
  en: ['en-GB'],
  fr: ['fr-FR'],
  es: ['es-ES'],
  ru: ['ru-RU'],
  ar: ['ar-SY', 'ar-EG'],
  zh: [],
};

function monthNames(locales: readonly string[]): string[] {
  return locales.flatMap((locale) =>
    Array.from({ length: 12 }, (_, month) => {
      const date = new Date(Date.UTC(2021, month, 15));
      // With the day, Russian gives the genitive ("апреля") that dates use.
      const format = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      });
      return format
        .format(date)
        .replace(/[\p{Nd}\s.]+/gu, ' ')
        .replace(/\bde\b/g, '')
        .trim();
    }),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function dateLinePattern(language: StatementLanguage): RegExp {
  if (language === 'zh')
    return /^(?:[^\d，,]{2,20}[，,]\s*)?\d{4}年\d{1,2}月\d{1,2}日(?:[，,]\s*[^\d，,]{2,20})?$/u;
  const months = [...new Set(monthNames(LOCALES[language]))].map(escape).join('|');
  // Place (optional), then a date with one of the month names and a four-digit year.
  return new RegExp(
    `^(?:[^\\d,،]{2,40}[,،]\\s*)?(?:le |Le )?\\d{1,2} (?:de )?(?:${months})(?:/[^\\s]+)? (?:de )?\\d{4}(?: года)?$`,
    'iu',
  );
}
