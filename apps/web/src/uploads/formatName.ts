import { t } from '../i18n/messages/uploads';

const NAMES: Record<string, string> = {
  text: t('formats.text'),
  markdown: t('formats.markdown'),
  docx: t('formats.docx'),
  pdf: t('formats.pdf'),
};

/** How a document format the server recognized is named to people ("Word document"). */
export function formatName(format: string): string {
  return NAMES[format] ?? format;
}
