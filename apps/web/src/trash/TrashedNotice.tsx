import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { statementsApi, type Statement } from '../api/statementsApi';
import { debatePath } from '../routing/useRoute';
import { Link } from '../routing/Link';
import { t } from '../i18n/messages/trash';
import { interleave } from '../i18n/interleave';

interface TrashedNoticeProps {
  statement: Statement;
  onRestored: (statement: Statement) => void;
  onDismiss: () => void;
}

/** Said right after a deletion, with the way back one click away. */
export function TrashedNotice({ statement, onRestored, onDismiss }: TrashedNoticeProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function undo(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      onRestored(await statementsApi.restore(statement.id));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <div className="toast" role="status">
      <p>
        {interleave(t('moved'), {
          title: <strong className="quoted-title">{statement.title}</strong>,
          trash: <Link to={`${debatePath(statement.debateId)}#trash`}>{t('debateTrash')}</Link>,
        })}
      </p>
      {error ? <p className="field__error">{error}</p> : null}
      <div className="toast__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void undo()}
        >
          {busy ? t('restoring') : t('undo')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}
