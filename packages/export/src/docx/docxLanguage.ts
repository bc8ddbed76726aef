import { isRightToLeft, languageFacts, type StatementLanguage } from '@plenary/statement-model';

// The language and direction Word needs on every run and paragraph of a statement, so it
// spell-checks in the right dictionary and lays Arabic out right to left: `w:lang` (in the
// Latin, East Asian or complex-script slot as the language requires), `w:bidi` on Arabic
// paragraphs, `w:rtl` on runs holding Arabic letters.

export interface DocxLanguage {
  language: StatementLanguage;
  /** For TextRun options: `language` (w:lang). */
  lang: { value: string; eastAsia?: string; bidirectional?: string };
  /** w:bidi on the paragraph: right-to-left paragraph order and alignment. */
  bidirectional: boolean;
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function docxLanguage(language: StatementLanguage = 'en'): DocxLanguage {
  const { locale } = languageFacts(language);
  if (language === 'ar') {
    return { language, lang: { value: 'en-GB', bidirectional: locale }, bidirectional: true };
  }
  if (language === 'zh') {
    return { language, lang: { value: 'en-GB', eastAsia: locale }, bidirectional: false };
  }
  return { language, lang: { value: locale }, bidirectional: isRightToLeft(language) };
}

/** Run options for text in this language: w:lang, and w:rtl when the text holds Arabic. */
export function runLanguage(text: string, language: DocxLanguage) {
  return {
    language: language.lang,
    ...(language.bidirectional && ARABIC_LETTER.test(text) ? { rightToLeft: true } : {}),
  };
}

/** Paragraph options: w:bidi for RTL, and w:lang on the paragraph mark. */
export function paragraphLanguage(language: DocxLanguage) {
  return {
    ...(language.bidirectional ? { bidirectional: true } : {}),
    run: { language: language.lang },
  };
}
