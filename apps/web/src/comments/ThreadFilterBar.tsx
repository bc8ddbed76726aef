import type { ListedThread, ThreadFilter } from './orderThreads';
import { matchesFilter } from './orderThreads';

const FILTERS: { value: ThreadFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
  { value: 'mentions', label: 'Mentions me' },
];

interface ThreadFilterBarProps {
  filter: ThreadFilter;
  onFilter: (filter: ThreadFilter) => void;
  list: ListedThread[];
  userId: string;
}

/** Which threads the panel lists, each choice with how many it holds. */
export function ThreadFilterBar({ filter, onFilter, list, userId }: ThreadFilterBarProps) {
  return (
    <div className="thread-filter" role="group" aria-label="Show comments">
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
            {label}
            <span className="thread-filter__count">{count}</span>
          </button>
        );
      })}
    </div>
  );
}
