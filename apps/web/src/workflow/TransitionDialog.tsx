// Asks before the status changes that matter most: submitting (the text freezes),
// reopening (a new revision starts) and sending back (the drafters need to know why).
import { useId, useState, type FormEvent } from 'react';
import type { Statement } from '../api/statementsApi';
import type { Debate } from '../debates/debatesApi';
import { formatIsoDate } from '../ui/formatIsoDate';
import { Modal } from '../ui/Modal';
import type { ActionOffer } from './availableActions';
import { SEND_BACK_COMMENT_MAX_LENGTH } from './workflowApi';

interface TransitionDialogProps {
  offer: ActionOffer | null;
  statement: Statement;
  debate: Debate | null;
  busy: boolean;
  error: string | null;
  onConfirm: (comment?: string) => void;
  onCancel: () => void;
}

const TITLES: Partial<Record<ActionOffer['action'], string>> = {
  submit: 'Submit this statement?',
  reopen: 'Reopen this statement?',
  send_back: 'Send the statement back to the drafters?',
};

export function TransitionDialog(props: TransitionDialogProps) {
  const { offer, onCancel } = props;
  const title = offer ? (TITLES[offer.action] ?? offer.label) : '';
  return (
    <Modal open={offer !== null} title={title} onCancel={onCancel} className="transition-dialog">
      {offer ? <DialogBody {...props} offer={offer} /> : null}
    </Modal>
  );
}

function DialogBody({
  offer,
  statement,
  debate,
  busy,
  error,
  onConfirm,
  onCancel,
}: TransitionDialogProps & { offer: ActionOffer }) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const commentId = useId();
  const errorId = useId();
  const asksComment = offer.ask === 'comment';

  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    if (!asksComment) return onConfirm();
    const trimmed = comment.trim();
    if (!trimmed) return setMissing(true);
    onConfirm(trimmed);
  }

  const problem = missing ? 'Say what needs to change, so the drafters know what to do.' : error;
  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      <Explanation offer={offer} statement={statement} debate={debate} />
      {asksComment ? (
        <div className="field">
          <label htmlFor={commentId}>What needs to change?</label>
          <textarea
            id={commentId}
            rows={4}
            value={comment}
            maxLength={SEND_BACK_COMMENT_MAX_LENGTH}
            aria-invalid={missing ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            autoFocus
            onChange={(event) => {
              setComment(event.target.value);
              setMissing(false);
            }}
          />
        </div>
      ) : null}
      <p id={errorId} className="field__error" role="alert">
        {problem}
      </p>
      <div className="modal__actions">
        <button
          type="button"
          className="button button--quiet"
          autoFocus={!asksComment}
          onClick={onCancel}
        >
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Working…' : confirmLabel(offer, statement)}
        </button>
      </div>
    </form>
  );
}

function confirmLabel(offer: ActionOffer, statement: Statement): string {
  if (offer.action === 'submit') return `Submit revision ${statement.revision}`;
  if (offer.action === 'reopen') return `Reopen as revision ${statement.revision + 1}`;
  return 'Send back';
}

interface ExplanationProps {
  offer: ActionOffer;
  statement: Statement;
  debate: Debate | null;
}

function Explanation({ offer, statement, debate }: ExplanationProps) {
  const { revision } = statement;
  if (offer.action === 'submit') {
    const deadline = formatIsoDate(debate?.submissionDeadline ?? null);
    return (
      <>
        <p>
          Revision {revision} will be recorded as submitted and <strong>frozen</strong>: nobody, you
          included, can change its text afterwards. A drafter can reopen it later to work on
          revision {revision + 1}.
        </p>
        {debate?.submissionEmail ? (
          <p className="muted">
            The organizers expect statements at <strong>{debate.submissionEmail}</strong>
            {deadline ? ` by ${deadline}` : ''}. Export › Submission pack prepares the e-mail.
          </p>
        ) : null}
      </>
    );
  }
  if (offer.action === 'reopen') {
    return (
      <p>
        Submitted revision {revision} stays on record exactly as it was. Reopening starts revision{' '}
        {revision + 1} as a draft, which needs review and clearance again before it can be
        submitted.
      </p>
    );
  }
  return (
    <p>
      The statement returns to draft. Your comment is kept in the statement’s history, where the
      drafters read it.
    </p>
  );
}
