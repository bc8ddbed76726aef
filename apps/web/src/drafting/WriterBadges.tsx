import { initialsOf } from '../presence/initialsOf';
import type { Writer } from './useSectionPresence';

/** The people writing in a part of the statement right now, as small named avatars. */
export function WriterBadges({ writers }: { writers: Writer[] }) {
  if (writers.length === 0) return null;
  const names = writers.map((writer) => (writer.isSelf ? `${writer.name} (you)` : writer.name));
  return (
    <span className="writer-badges" title={`Writing here now: ${names.join(', ')}`}>
      <span className="visually-hidden">Writing here now: {names.join(', ')}</span>
      {writers.map((writer) => (
        <span
          key={writer.key}
          className="writer-badges__avatar"
          style={{ backgroundColor: writer.color }}
          aria-hidden="true"
        >
          {initialsOf(writer.name)}
        </span>
      ))}
      <span className="writer-badges__label" aria-hidden="true">
        {writers.length === 1 ? `${names[0]} writing` : `${writers.length} writing`}
      </span>
    </span>
  );
}
