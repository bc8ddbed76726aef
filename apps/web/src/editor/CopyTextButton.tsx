import { statementText } from '@plenary/statement-model';
import { useState } from 'react';
import type * as Y from 'yjs';
import { copyText } from '../ui/copyText';
import { t } from '../i18n/messages/editor';

/** Copies the statement as plain text, so words can be rescued from a dead document. */
export function CopyTextButton({ doc }: { doc: Y.Doc }) {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy(): Promise<void> {
    setResult((await copyText(statementText(doc))) === 'copied' ? 'copied' : 'failed');
  }

  return (
    <span className="copy-text">
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {t('copy.button')}
      </button>
      <span role="status" className="copy-text__result">
        {result === 'copied' ? t('copy.copied') : null}
        {result === 'failed' ? t('copy.failed') : null}
      </span>
    </span>
  );
}
