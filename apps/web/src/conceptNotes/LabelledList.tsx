import type { LabelledText } from './conceptNotesApi';

interface LabelledListProps {
  items: LabelledText[];
  /** Accessible name of the list: "Discussion points". */
  label: string;
  compact?: boolean;
}

/** Objectives or discussion points, each under the concept note's own label ("12(a)"). */
export function LabelledList({ items, label, compact = false }: LabelledListProps) {
  return (
    <ol
      className={compact ? 'labelled-list labelled-list--compact' : 'labelled-list'}
      aria-label={label}
    >
      {items.map((item) => (
        <li key={item.label} className="labelled-list__item">
          <span className="labelled-list__label">{item.label}</span>
          <span className="labelled-list__text">{item.text}</span>
        </li>
      ))}
    </ol>
  );
}
