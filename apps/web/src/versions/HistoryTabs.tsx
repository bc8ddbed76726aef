// Two tabs, Versions and Activity, with the keyboard behaviour screen-reader users expect
// of tabs: one tab stop, arrow keys (and Home/End) move between them.
import { useRef, type KeyboardEvent } from 'react';
import { t } from '../i18n/messages/versions';

export type HistoryTab = 'versions' | 'activity';

const TABS = [
  { id: 'versions', label: 'panel.versions' },
  { id: 'activity', label: 'panel.activity' },
] as const satisfies readonly { id: HistoryTab; label: string }[];

interface HistoryTabsProps {
  tab: HistoryTab;
  onTab: (tab: HistoryTab) => void;
}

export function HistoryTabs({ tab, onTab }: HistoryTabsProps) {
  const list = useRef<HTMLDivElement>(null);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const index = TABS.findIndex((candidate) => candidate.id === tab);
    const last = TABS.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    const target = next === undefined ? undefined : TABS[next];
    if (!target) return;
    event.preventDefault();
    onTab(target.id);
    list.current?.querySelector<HTMLElement>(`#history-tab-${target.id}-button`)?.focus();
  }

  return (
    <div
      ref={list}
      className="history-tabs"
      role="tablist"
      aria-label={t('panel.tabs')}
      onKeyDown={handleKeyDown}
    >
      {TABS.map(({ id, label }) => (
        <button
          key={id}
          id={`history-tab-${id}-button`}
          type="button"
          role="tab"
          className="history-tabs__tab"
          aria-selected={id === tab}
          aria-controls={id === tab ? `history-tab-${id}` : undefined}
          tabIndex={id === tab ? 0 : -1}
          onClick={() => onTab(id)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
