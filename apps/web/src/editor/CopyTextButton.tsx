import { statementText } from '@plenary/statement-model';
import { useState } from 'react';
import type * as Y from 'yjs';
import { copyText } from '../ui/copyText';

/** Copies the statement as plain text, so words can be rescued from a dead document. */
export function CopyTextButton({ doc }: { doc: Y.Doc }) {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy(): Promise<void> {
    setResult((await copyText(statementText(doc))) === 'copied' ? 'copied' : 'failed');
  }

  return (
    <span className="copy-text">
      <button type="button" className="button button--small" onClick={() => void copy()}>
        Copy the text
      </button>
      <span role="status" className="copy-text__result">
        {result === 'copied' ? 'Copied to the clipboard.' : null}
        {result === 'failed' ? 'The browser refused; select the text and copy it by hand.' : null}
      </span>
    </span>
  );
}
