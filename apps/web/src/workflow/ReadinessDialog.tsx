// Before sending for review or submitting: what still looks unfinished. Warnings are
// confirmed past; a limit the organizer made a rule cannot be.
import { Modal } from '../ui/Modal';
import type { ActionOffer } from './availableActions';
import type { ReadinessWarning } from './readinessWarnings';

interface ReadinessDialogProps {
  offer: ActionOffer | null;
  warnings: ReadinessWarning[];
  onContinue: () => void;
  onCancel: () => void;
}

const CONTINUE: Partial<Record<ActionOffer['action'], string>> = {
  send_for_review: 'Send for review anyway',
  submit: 'Continue to submit',
};

export function ReadinessDialog({ offer, warnings, onContinue, onCancel }: ReadinessDialogProps) {
  const blocked = warnings.some((warning) => warning.blocking);
  const verb = offer?.action === 'submit' ? 'submitting' : 'sending it for review';
  return (
    <Modal
      open={offer !== null}
      title={`Before ${verb}`}
      onCancel={onCancel}
      className="readiness-dialog"
    >
      <div className="stack">
        <p>{blocked ? 'This statement cannot move on yet:' : 'Please check before going on:'}</p>
        <ul className="readiness-dialog__list">
          {warnings.map((warning) => (
            <li key={warning.key} data-blocking={warning.blocking || undefined}>
              {warning.text}
            </li>
          ))}
        </ul>
        <div className="modal__actions">
          <button type="button" className="button button--quiet" autoFocus onClick={onCancel}>
            {blocked ? 'Close' : 'Go back to the text'}
          </button>
          {blocked || !offer ? null : (
            <button type="button" className="button button--primary" onClick={onContinue}>
              {CONTINUE[offer.action] ?? 'Continue'}
            </button>
          )}
        </div>
      </div>
    </Modal>
  );
}
