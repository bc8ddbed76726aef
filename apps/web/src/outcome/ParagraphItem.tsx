import { useId } from 'react';
import { outcomeApi, type OutcomeOverview, type ParagraphStatus } from './outcomeApi';
import { useOutcomeAction } from './useOutcomeAction';
import { t } from '../i18n/messages/outcome';

const STATUS_LABEL: Record<ParagraphStatus, string> = {
  agreed: t('paragraph.agreed'),
  open: t('paragraph.open'),
  bracketed: t('paragraph.bracketed'),
};

/** One numbered paragraph with its status, which the penholder marks. */
export function ParagraphItem({
  debateId,
  view,
  paragraph,
  onDone,
}: {
  debateId: string;
  view: OutcomeOverview;
  paragraph: OutcomeOverview['paragraphs'][number];
  onDone: () => void;
}) {
  const { busy, error, run } = useOutcomeAction(onDone);
  const statusId = useId();
  const amendments = view.amendments.filter((a) => a.paragraph === paragraph.number);
  const nameOf = (id: string) => view.delegations.find((d) => d.id === id)?.name ?? id;
  const bracketed = paragraph.status === 'bracketed';

  return (
    <li
      className={`outcome-paragraph outcome-paragraph--${paragraph.status}`}
      id={`para-${paragraph.number}`}
    >
      <div className="outcome-paragraph__text">
        <span className="outcome-paragraph__number" aria-hidden="true">
          {paragraph.number}.
        </span>
        <p>{bracketed ? `[${paragraph.text}]` : paragraph.text}</p>
      </div>
      <p className="outcome-paragraph__status">
        <span className={`badge badge--${paragraph.status}`}>{STATUS_LABEL[paragraph.status]}</span>
        {bracketed && paragraph.holders.length > 0 ? (
          <span className="muted">
            {t('paragraph.heldBy', { names: paragraph.holders.map(nameOf).join(', ') })}
          </span>
        ) : null}
      </p>
      {view.abilities['outcome.markParagraph'] ? (
        <div className="inline-form">
          <label htmlFor={statusId}>{t('paragraph.status', { number: paragraph.number })}</label>
          <select
            id={statusId}
            value={paragraph.status}
            disabled={busy}
            onChange={(e) => {
              const status = e.target.value as ParagraphStatus;
              const holders =
                status === 'bracketed'
                  ? [
                      ...new Set(
                        amendments.flatMap((a) =>
                          a.positions
                            .filter((p) => p.stance === 'object')
                            .map((p) => p.delegationId),
                        ),
                      ),
                    ]
                  : [];
              void run(() =>
                outcomeApi.markParagraph(debateId, paragraph.number, { status, holders }),
              );
            }}
          >
            {(Object.keys(STATUS_LABEL) as ParagraphStatus[]).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="field__error" role="alert">
        {error}
      </p>
    </li>
  );
}
