import { useId, useRef, useState } from 'react';
import { copyText, type CopyResult } from '../ui/copyText';

/** The freshly created link, to copy and send; the server never shows it again. */
export function InvitationLink({ email, url }: { email: string; url: string }) {
  const [result, setResult] = useState<CopyResult | 'idle'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div className="invitation-link" role="status">
      <label htmlFor={id}>
        Send this link to <strong>{email}</strong>. It works once, and is shown only now.
      </label>
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
          {result === 'copied' ? 'Copied' : 'Copy link'}
        </button>
      </div>
      {result === 'selected' || result === 'failed' ? (
        <p className="invitation-link__hint">The link is selected: press Ctrl+C (⌘C) to copy it.</p>
      ) : null}
    </div>
  );
}
