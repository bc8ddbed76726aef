import type { Suggestion } from '@plenary/statement-model';
import { SUGGESTIONS_PANEL_ID } from '../editor/panelIds';
import { t } from '../i18n/messages/suggestions';
import { LineIcon } from '../ui/LineIcon';

/** Opens and closes the suggestions panel; shows how many suggestions are open. */
export function SuggestionsToggle({
  suggestions,
  open,
  onToggle,
}: {
  suggestions: Suggestion[];
  open: boolean;
  onToggle: () => void;
}) {
  const count = suggestions.length;
  return (
    <button
      type="button"
      className="button button--small panel-toggle suggestions-toggle"
      aria-expanded={open}
      aria-controls={open ? SUGGESTIONS_PANEL_ID : undefined}
      title={open ? t('toggle.hide') : t('toggle.show')}
      onClick={onToggle}
    >
      <LineIcon name="suggest" />
      <span className="panel-toggle__label">{t('toggle.label')}</span>
      {count > 0 ? (
        <span className="comments-toggle__count" aria-label={t('toggle.open', { count })}>
          {count}
        </span>
      ) : null}
    </button>
  );
}
