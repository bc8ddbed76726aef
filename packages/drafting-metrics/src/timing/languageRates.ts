// Default delivery rates per official language, from published interpretation and
// speech-rate figures (sources and reasoning: docs/languages.md, "Speaking time").
// Chinese is timed in characters per minute, every other language in words per minute.

export type RateLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

export interface LanguageRate {
  /** Units per minute at a pace interpreters can follow. */
  readonly perMinute: number;
  readonly unit: 'words' | 'characters';
}

export const LANGUAGE_RATES: Readonly<Record<RateLanguage, LanguageRate>> = {
  // 100–120 wpm is the optimum for interpretation (Li 2010, AIIC); UN asks for ~120.
  en: { perMinute: 120, unit: 'words' },
  // French and English are spoken at the same number of words per minute (Grosjean &
  // Deschamps, 176 vs 174 wpm in interviews), so the English optimum carries over.
  fr: { perMinute: 120, unit: 'words' },
  // Spanish speakers in the UN General Debate average 120 wpm (Arias Rivera 2020, 60 speeches).
  es: { perMinute: 120, unit: 'words' },
  // Same information rate across languages (Pellegrino et al. 2011; Coupé et al. 2019): no
  // published optimum for Russian, so the English one, to be revised.
  ru: { perMinute: 120, unit: 'words' },
  // Arabic words carry more syllables (2.2–2.5 vs 1.3 for English, Wilson & Netsell 2009):
  // the same delivery time holds about 100 words where English holds 120.
  ar: { perMinute: 100, unit: 'words' },
  // 150–180 syllables (one character each) per minute is the Chinese equivalent of
  // 100–120 English wpm (Li 2010).
  zh: { perMinute: 180, unit: 'characters' },
};

/** The default rate of a language, English's for anything unknown. */
export function languageRate(language: string | null | undefined): LanguageRate {
  return LANGUAGE_RATES[(language ?? 'en') as RateLanguage] ?? LANGUAGE_RATES.en;
}
