import { useId, useRef, useState } from 'react';
import { copyText, type CopyResult } from '../ui/copyText';
import { t } from '../i18n/messages/invitations';
import { interleave } from '../i18n/interleave';

/** The freshly created link, to copy and send; the server never shows it again. */
export function InvitationLink({ email, url }: { email: string; url: string }) {
  const [result, setResult] = useState<CopyResult | 'idle'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className="invitation-link" role="status">
      <label htmlFor={id}>{interleave(t('link.label'), { email: <strong>{email}</strong> })}</label>
      <div className="invitation-link__row">
        <input
          id={id}
          ref={field}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() => void copyText(url, field.current).then(setResult)}
        >
          {result === 'copied' ? t('link.copied') : t('link.copy')}
        </button>
      </div>
      {result === 'selected' || result === 'failed' ? (
        <p className="invitation-link__hint">{t('link.selected')}</p>
      ) : null}
    </div>
  );
}
