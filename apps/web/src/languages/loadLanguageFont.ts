// Fonts a statement's language needs that the interface does not. Chinese is set in Noto
// Serif SC, as in its PDF: its @font-face rules (about a hundred slices, each with its
// unicode-range) arrive only when a Chinese statement opens, and the browser then downloads
// only the slices holding the characters on screen, so none of it is in the first load.
// (Noto Naskh Arabic is two small files, declared up front: main.tsx.)
import type { StatementLanguage } from '@plenary/statement-model/languages';

export function loadLanguageFont(language: StatementLanguage | null | undefined): void {
  if (language === 'zh') void import('@fontsource/noto-serif-sc/400.css');
}
