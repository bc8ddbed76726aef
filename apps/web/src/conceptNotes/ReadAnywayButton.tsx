// Offered with a refusal of the file's kind: read the same file as a concept note anyway.
import { t } from '../i18n/messages/conceptNotes';

export function ReadAnywayButton({ onRead }: { onRead: (() => void) | null }) {
  if (!onRead) return null;
  return (
    <button type="button" className="button button--small" onClick={onRead}>
      {t('section.readAnyway')}
    </button>
  );
}
