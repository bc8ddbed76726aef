import type { ListedThread, ThreadFilter } from './orderThreads';
import { matchesFilter } from './orderThreads';
import { t } from '../i18n/messages/commentsPanel';

const FILTERS = [
  { value: 'open', label: 'filter.open' },
  { value: 'resolved', label: 'filter.resolved' },
  { value: 'all', label: 'filter.all' },
  { value: 'mentions', label: 'filter.mentions' },
] as const satisfies readonly { value: ThreadFilter; label: string }[];

interface ThreadFilterBarProps {
  filter: ThreadFilter;
  onFilter: (filter: ThreadFilter) => void;
  list: ListedThread[];
  userId: string;
}

/** Which threads the panel lists, each choice with how many it holds. */
export function ThreadFilterBar({ filter, onFilter, list, userId }: ThreadFilterBarProps) {
  return (
    <div className="thread-filter" role="group" aria-label={t('filter.label')}>
      {FILTERS.map(({ value, label }) => {
        const count = list.filter(({ thread }) => matchesFilter(thread, value, userId)).length;
        return (
          <button
            key={value}
            type="button"
            className="thread-filter__button"
            aria-pressed={filter === value}
            onClick={() => onFilter(value)}
          >
            {t(label)}
            <span className="thread-filter__count">{count}</span>
          </button>
        );
      })}
    </div>
  );
}
