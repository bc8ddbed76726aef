// Before sending for review or submitting: what still looks unfinished. Warnings are
// confirmed past; a limit the organizer made a rule cannot be.
import { Modal } from '../ui/Modal';
import type { ActionOffer } from './availableActions';
import type { ReadinessWarning } from './readinessWarnings';
import { t } from '../i18n/messages/workflowDialogs';

interface ReadinessDialogProps {
  offer: ActionOffer | null;
  warnings: ReadinessWarning[];
  onContinue: () => void;
  onCancel: () => void;
}

const CONTINUE: Partial<Record<ActionOffer['action'], string>> = {
  send_for_review: t('readiness.continue_send_for_review'),
  submit: t('readiness.continue_submit'),
};

export function ReadinessDialog({ offer, warnings, onContinue, onCancel }: ReadinessDialogProps) {
  const blocked = warnings.some((warning) => warning.blocking);
  return (
    <Modal
      open={offer !== null}
      title={offer?.action === 'submit' ? t('readiness.title_submit') : t('readiness.title_review')}
      onCancel={onCancel}
      className="readiness-dialog"
    >
      <div className="stack">
        <p>{blocked ? t('readiness.blocked') : t('readiness.check')}</p>
        <ul className="readiness-dialog__list">
          {warnings.map((warning) => (
            <li key={warning.key} data-blocking={warning.blocking || undefined}>
              {warning.text}
            </li>
          ))}
        </ul>
        <div className="modal__actions">
          <button type="button" className="button button--quiet" autoFocus onClick={onCancel}>
            {blocked ? t('readiness.close') : t('readiness.goBack')}
          </button>
          {blocked || !offer ? null : (
            <button type="button" className="button button--primary" onClick={onContinue}>
              {CONTINUE[offer.action] ?? t('readiness.continue')}
            </button>
          )}
        </div>
      </div>
    </Modal>
  );
}
