import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
import { Link } from '../routing/Link';
import { outcomePath } from '../routing/useRoute';
import { OUTCOME_KINDS, outcomeApi, type OutcomeKind, type OutcomeOverview } from './outcomeApi';
import { t } from '../i18n/messages/outcome';
import { Section } from '../ui/Section';

/** On the debate page: the outcome document's state and link, or (organizers) starting one. */
export function OutcomeSection({
  debateId,
  canManage,
  delegations,
  trainingExercise,
  hasOutcome,
}: {
  debateId: string;
  /** From the debate page: without a document there is nothing to ask the server for. */
  hasOutcome: boolean;
  canManage: boolean;
  delegations: { id: string; name: string }[];
  trainingExercise: boolean;
}) {
  const [view, setView] = useState<OutcomeOverview | null | undefined>(undefined);
  const [kind, setKind] = useState<OutcomeKind>(
    trainingExercise ? 'training_outcome' : 'presidential_statement',
  );
  const [pen, setPen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const ids = { kind: useId(), pen: useId() };

  const [created, setCreated] = useState(false);

  useEffect(() => {
    if (!hasOutcome && !created) {
      setView(null);
      return;
    }
    const controller = new AbortController();
    outcomeApi.get(debateId, controller.signal).then(setView, (failure: unknown) => {
      if (!controller.signal.aborted && failure instanceof ApiError && failure.status === 404)
        setView(null);
    });
    return () => controller.abort();
  }, [debateId, generation, hasOutcome, created]);

  async function create(event: FormEvent): Promise<void> {
    event.preventDefault();
    try {
      await outcomeApi.create(debateId, {
        kind,
        penholderDelegationId: pen || null,
        paragraphs: [],
      });
      setCreated(true);
      setGeneration((g) => g + 1);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  if (view === undefined) return null;
  return (
    <Section title={t('section.title')}>
      {view ? (
        <p>
          <Link to={outcomePath(debateId)}>{view.outcome.title}</Link>{' '}
          <span className="muted">
            {t('section.summary', {
              agreed: view.summary.agreed,
              total: view.summary.total,
              state:
                view.outcome.status === 'adopted'
                  ? t('section.adopted')
                  : view.outcome.status === 'silence'
                    ? t('section.silence')
                    : t('section.circulated', { count: view.revisions.length }),
            })}
          </span>
        </p>
      ) : canManage ? (
        <form className="inline-form" onSubmit={(e) => void create(e)}>
          <label htmlFor={ids.kind}>{t('section.start')}</label>
          <select
            id={ids.kind}
            value={kind}
            onChange={(e) => setKind(e.target.value as OutcomeKind)}
          >
            {OUTCOME_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
          <label htmlFor={ids.pen}>{t('section.penholder')}</label>
          <select id={ids.pen} value={pen} onChange={(e) => setPen(e.target.value)}>
            <option value="">{t('section.presidency')}</option>
            {delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t('section.startButton')}
          </button>
          <p className="field__error" role="alert">
            {error}
          </p>
        </form>
      ) : (
        <p className="hint-card">{t('section.none')}</p>
      )}
    </Section>
  );
}
