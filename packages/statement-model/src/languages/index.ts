// The six official languages without the editor schema: a separate entry, so the web app's
// first page can offer a language choice without loading TipTap and ProseMirror.
export {
  DEFAULT_LANGUAGE,
  isRightToLeft,
  isStatementLanguage,
  languageFacts,
  STATEMENT_LANGUAGES,
  type StatementLanguage,
} from './StatementLanguage.js';
export { formatUnDate } from './unDate.js';
export { LANGUAGE_TEMPLATES, languageTemplate } from './languageTemplates.js';
export type { LanguageTemplate } from './LanguageTemplate.js';
