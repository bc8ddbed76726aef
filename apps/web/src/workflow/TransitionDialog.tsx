// Asks before the status changes that matter most: submitting (the text freezes),
// reopening (a new revision starts) and sending back (the drafters need to know why).
import { useId, useState, type FormEvent } from 'react';
import type { Statement } from '../api/statementsApi';
import type { Debate } from '../debates/debatesApi';
import { formatIsoDate } from '../ui/formatIsoDate';
import { Modal } from '../ui/Modal';
import type { ActionOffer } from './availableActions';
import { SEND_BACK_COMMENT_MAX_LENGTH } from './workflowApi';
import { t } from '../i18n/messages/workflowDialogs';
import { interleave } from '../i18n/interleave';

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
  submit: t('transition.title_submit'),
  reopen: t('transition.title_reopen'),
  send_back: t('transition.title_send_back'),
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

  const problem = missing ? t('transition.commentMissing') : error;
  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      <Explanation offer={offer} statement={statement} debate={debate} />
      {asksComment ? (
        <div className="field">
          <label htmlFor={commentId}>{t('transition.commentLabel')}</label>
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
          {t('transition.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('transition.working') : confirmLabel(offer, statement)}
        </button>
      </div>
    </form>
  );
}

function confirmLabel(offer: ActionOffer, statement: Statement): string {
  if (offer.action === 'submit')
    return t('transition.confirm_submit', { revision: statement.revision });
  if (offer.action === 'reopen')
    return t('transition.confirm_reopen', { revision: statement.revision + 1 });
  return t('transition.confirm_send_back');
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
          {interleave(t('transition.submit'), {
            revision,
            next: revision + 1,
            frozen: <strong>{t('transition.frozen')}</strong>,
          })}
        </p>
        {debate?.submissionEmail ? (
          <p className="muted">
            {interleave(t('transition.expected'), {
              email: <strong>{debate.submissionEmail}</strong>,
              deadline: deadline ? t('transition.by', { deadline }) : '',
            })}
          </p>
        ) : null}
      </>
    );
  }
  if (offer.action === 'reopen') {
    return <p>{t('transition.reopen', { revision, next: revision + 1 })}</p>;
  }
  return <p>{t('transition.sendBack')}</p>;
}
