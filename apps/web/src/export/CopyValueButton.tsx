import { useState } from 'react';
import { copyText } from '../ui/copyText';
import { t } from '../i18n/messages/exports';

interface CopyValueButtonProps {
  value: string;
  /** Named in the button for screen readers: "Copy the subject". */
  what: string;
}

/** Copies one value to the clipboard and says so in place of its label for a moment. */
export function CopyValueButton({ value, what }: CopyValueButtonProps) {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy(): Promise<void> {
    setResult((await copyText(value)) === 'copied' ? 'copied' : 'failed');
  }

  return (
    <button
      type="button"
      className="button button--quiet button--small"
      aria-label={t('copy.label', { what })}
      onClick={() => void copy()}
      onBlur={() => setResult('idle')}
    >
      <span aria-live="polite">
        {result === 'copied'
          ? t('copy.copied')
          : result === 'failed'
            ? t('copy.failed')
            : t('copy.copy')}
      </span>
    </button>
  );
}
