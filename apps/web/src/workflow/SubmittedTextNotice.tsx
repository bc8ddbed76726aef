// Edits that reach the server after submission are refused, yet stay on the device that
// made them (typed offline while a colleague submitted, say). Saying so is the difference
// between refused and silently lost: the sheet would otherwise show words nobody sent.
import { statementText } from '@plenary/statement-model';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Statement } from '../api/statementsApi';
import { useApiQuery } from '../api/useApiQuery';
import { CopyTextButton } from '../editor/CopyTextButton';
import { versionsApi } from '../versions/versionsApi';
import { t } from '../i18n/messages/workflowDialogs';

interface SubmittedTextNoticeProps {
  statement: Statement;
  doc: Y.Doc | null;
  /** Connected and synced: the device holds everything the server has. */
  synced: boolean;
  onShowSubmitted: (versionId: string) => void;
}

export function SubmittedTextNotice(props: SubmittedTextNoticeProps) {
  const { statement, doc, synced, onShowSubmitted } = props;
  const versionId = statement.status === 'submitted' ? statement.submittedVersionId : null;
  const submitted = useSubmittedText(versionId);
  const local = useDocText(versionId ? doc : null);
  if (!versionId || !doc || !synced || submitted === null || local === submitted) return null;
  return (
    <div className="notice notice--warning" role="alert" data-notice="not-submitted">
      <p className="notice__title">{t('submittedText.title')}</p>
      <p>{t('submittedText.body')}</p>
      <p className="notice__actions">
        <CopyTextButton doc={doc} />
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => onShowSubmitted(versionId)}
        >
          {t('submittedText.show')}
        </button>
      </p>
    </div>
  );
}

function useSubmittedText(versionId: string | null): string | null {
  const { data } = useApiQuery(versionId ? ['version', versionId] : null, (signal) =>
    versionsApi.get(versionId ?? '', signal),
  );
  return data?.text ?? null;
}

/** The document's plain text, kept current; null without a document. */
function useDocText(doc: Y.Doc | null): string | null {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    if (!doc) return;
    const update = () => setText(statementText(doc));
    update();
    doc.on('update', update);
    return () => doc.off('update', update);
  }, [doc]);
  return doc ? text : null;
}
