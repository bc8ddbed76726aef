// The amendments: a delegation's suggestions in the text waiting for its justification, then
// every proposed amendment with support, objections and the penholder's decision.
import type { Editor } from '@tiptap/core';
import { useSuggestions } from '../suggestions/useSuggestions';
import { AmendmentCard } from './AmendmentCard';
import type { OutcomeOverview } from './outcomeApi';
import { ProposeForm } from './ProposeForm';
import { t } from '../i18n/messages/outcome';
import { Section } from '../ui/Section';

export function AmendmentsPanel({
  debateId,
  view,
  editor,
  onDone,
}: {
  debateId: string;
  view: OutcomeOverview;
  editor: Editor | null;
  onDone: () => void;
}) {
  const suggestions = useSuggestions(editor);
  const proposed = new Set(view.amendments.map((a) => a.suggestionId));
  const drafters = view.myDelegations.filter((d) => d.role === 'drafter');
  const drafting = view.outcome.status === 'drafting';
  const waiting = drafting
    ? suggestions.flatMap((suggestion) => {
        const delegation = drafters.find((d) => d.id === suggestion.delegationId);
        return delegation && !proposed.has(suggestion.id) ? [{ suggestion, delegation }] : [];
      })
    : [];
  return (
    <Section title={t('amendments.title')}>
      {waiting.length === 0 && view.amendments.length === 0 ? (
        <p className="muted">{t('amendments.none')}</p>
      ) : null}
      {waiting.map(({ suggestion, delegation }) => (
        <ProposeForm
          key={suggestion.id}
          debateId={debateId}
          suggestion={suggestion}
          delegation={delegation}
          onDone={onDone}
        />
      ))}
      {view.amendments.map((amendment) => (
        <AmendmentCard
          key={amendment.id}
          amendment={amendment}
          myDelegations={view.myDelegations}
          canDecide={Boolean(view.abilities['outcome.decide'])}
          canTakePosition={drafting}
          onDone={onDone}
        />
      ))}
    </Section>
  );
}
