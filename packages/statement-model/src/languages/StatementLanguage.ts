// The six official languages of the United Nations, in which statements are delivered and
// interpreted. A statement carries one of them; it decides the template, dates, direction,
// the speaking rate's unit and the export fonts.

export const STATEMENT_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type StatementLanguage = (typeof STATEMENT_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: StatementLanguage = 'en';

interface LanguageFacts {
  /** English name, for the interface (which is English for now). */
  name: string;
  /** The language's own name, shown beside the English one. */
  nativeName: string;
  direction: 'ltr' | 'rtl';
  /**
   * BCP 47 tag for Intl, HTML `lang` and Word's `w:lang`. UN English follows British
   * spelling (Oxford), so en-GB; the others name the language's reference variety.
   */
  locale: string;
}

const FACTS: Record<StatementLanguage, LanguageFacts> = {
  ar: { name: 'Arabic', nativeName: 'العربية', direction: 'rtl', locale: 'ar-SA' },
  zh: { name: 'Chinese', nativeName: '中文', direction: 'ltr', locale: 'zh-CN' },
  en: { name: 'English', nativeName: 'English', direction: 'ltr', locale: 'en-GB' },
  fr: { name: 'French', nativeName: 'Français', direction: 'ltr', locale: 'fr-FR' },
  ru: { name: 'Russian', nativeName: 'Русский', direction: 'ltr', locale: 'ru-RU' },
  es: { name: 'Spanish', nativeName: 'Español', direction: 'ltr', locale: 'es-ES' },
};

export function isStatementLanguage(value: unknown): value is StatementLanguage {
  return typeof value === 'string' && (STATEMENT_LANGUAGES as readonly string[]).includes(value);
}

export function languageFacts(language: StatementLanguage): LanguageFacts {
  return FACTS[language];
}

export function isRightToLeft(language: StatementLanguage): boolean {
  return FACTS[language].direction === 'rtl';
}
