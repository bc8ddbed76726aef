import type { LanguageTemplate } from './LanguageTemplate.js';
import type { StatementLanguage } from './StatementLanguage.js';
import { ar } from './templates/ar.js';
import { en } from './templates/en.js';
import { es } from './templates/es.js';
import { fr } from './templates/fr.js';
import { ru } from './templates/ru.js';
import { zh } from './templates/zh.js';

const TEMPLATES: Record<StatementLanguage, LanguageTemplate> = { ar, zh, en, fr, ru, es };

/** The template wording of one of the six languages. */
export function languageTemplate(language: StatementLanguage): LanguageTemplate {
  return TEMPLATES[language];
}

export const LANGUAGE_TEMPLATES: readonly LanguageTemplate[] = Object.values(TEMPLATES);
