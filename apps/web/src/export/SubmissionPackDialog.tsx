// What the concept note asks delegations to send: the statement as a Word file and a
// cover e-mail to the submission address, with the right subject line. Plenary does not
// send e-mail itself; it prepares every part to copy, download, or open in a mail program.
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Statement } from '../api/statementsApi';
import { formatIsoDate } from '../ui/formatIsoDate';
import { Modal } from '../ui/Modal';
import { CopyValueButton } from './CopyValueButton';
import { downloadFile } from './downloadFile';
import { fetchSubmissionPack, type SubmissionPack } from './exportApi';
import { t } from '../i18n/messages/exports';

interface SubmissionPackDialogProps {
  statement: Statement;
  open: boolean;
  onClose: () => void;
}

export function SubmissionPackDialog({ statement, open, onClose }: SubmissionPackDialogProps) {
  const [pack, setPack] = useState<SubmissionPack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setPack(null);
    setError(null);
    setDownloaded(null);
    fetchSubmissionPack(statement.id).then(
      (value) => current && setPack(value),
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [open, statement.id]);

  async function download(url: string): Promise<void> {
    setError(null);
    try {
      setDownloaded(await downloadFile(url, pack?.attachment ?? 'statement.docx'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const mailto = pack
    ? `mailto:${encodeURIComponent(pack.email.to ?? '')}?subject=${encodeURIComponent(pack.email.subject)}&body=${encodeURIComponent(pack.email.body)}`
    : '';
  return (
    <Modal open={open} title={t('pack.title')} onCancel={onClose} className="modal--wide">
      <div className="stack submission-pack">
        {statement.status !== 'submitted' && statement.status !== 'cleared' ? (
          <p className="notice notice--warning">{t('pack.notCleared')}</p>
        ) : null}
        {!pack && !error ? <p className="muted">{t('pack.preparing')}</p> : null}
        {pack ? (
          <>
            <Deadline iso={pack.deadline} />
            <PackField label={t('pack.to')} value={pack.email.to ?? t('pack.noAddress')} />
            <PackField label={t('pack.subject')} value={pack.email.subject} />
            <PackField label={t('pack.message')} value={pack.email.body} long />
            <p className="submission-pack__actions">
              <a
                className="button button--primary"
                href={pack.docxUrl}
                download
                onClick={(event) => {
                  event.preventDefault();
                  void download(pack.docxUrl);
                }}
              >
                {t('pack.download', { file: pack.attachment ?? t('pack.defaultFile') })}
              </a>
              <a className="button" href={mailto}>
                {t('pack.mail')}
              </a>
            </p>
            <p className="muted submission-pack__note" role="status">
              {downloaded ? t('pack.downloaded', { name: downloaded }) : t('pack.attachHint')}
            </p>
          </>
        ) : null}
        <p className="field__error" role="alert">
          {error}
        </p>
        <div className="modal__actions">
          <button type="button" className="button button--quiet" autoFocus onClick={onClose}>
            {t('pack.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

function PackField({ label, value, long }: { label: string; value: string; long?: boolean }) {
  return (
    <div className="pack-field">
      <div className="pack-field__head">
        <span className="pack-field__label">{label}</span>
        <CopyValueButton value={value} what={label.toLowerCase()} />
      </div>
      <p className={long ? 'pack-field__value pack-field__value--long' : 'pack-field__value'}>
        {value}
      </p>
    </div>
  );
}

/** The deadline, and plainly whether it has passed (dates are days, compared in UTC). */
function Deadline({ iso }: { iso: string | null }) {
  const date = formatIsoDate(iso);
  if (!iso || !date) return null;
  const passed = iso < new Date().toISOString().slice(0, 10);
  return (
    <p className={passed ? 'notice notice--warning' : 'notice notice--info'}>
      {passed ? t('pack.deadlinePassed', { date }) : t('pack.deadline', { date })}
    </p>
  );
}
