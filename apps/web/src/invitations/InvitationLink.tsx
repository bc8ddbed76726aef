import { useId, useState } from 'react';

/** The freshly created link, to copy and send; the server never shows it again. */
export function InvitationLink({ email, url }: { email: string; url: string }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <div className="invitation-link" role="status">
      <label htmlFor={id}>
        Send this link to <strong>{email}</strong>. It works once, and is shown only now.
      </label>
      <div className="invitation-link__row">
        <input id={id} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </div>
    </div>
  );
}
