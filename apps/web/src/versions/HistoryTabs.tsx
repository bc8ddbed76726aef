// Two tabs, Versions and Activity, with the keyboard behaviour screen-reader users expect
// of tabs: one tab stop, arrow keys (and Home/End) move between them.
import { useRef, type KeyboardEvent } from 'react';

export type HistoryTab = 'versions' | 'activity';

const TABS: { id: HistoryTab; label: string }[] = [
  { id: 'versions', label: 'Versions' },
  { id: 'activity', label: 'Activity' },
];

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
      aria-label="History"
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
          {label}
        </button>
      ))}
    </div>
  );
}
