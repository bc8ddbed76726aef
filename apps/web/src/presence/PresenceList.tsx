import type { Awareness } from 'y-protocols/awareness';
import { initialsOf } from './initialsOf';
import { usePresence } from './usePresence';
import { t } from '../i18n/messages/ui';

const VISIBLE = 5;

/** Overlapping avatars of the people editing this statement right now. */
export function PresenceList({ awareness }: { awareness: Awareness | null }) {
  const people = usePresence(awareness);
  if (people.length === 0) return null;
  const shown = people.slice(0, VISIBLE);
  const hidden = people.slice(VISIBLE);
  const summary = people
    .map((p) => (p.isSelf ? t('presence.you', { name: p.name }) : p.name))
    .join(', ');

  return (
    <div className="presence" data-count={people.length}>
      <span className="visually-hidden">{t('presence.here', { names: summary })}</span>
      <ul className="presence__list" aria-hidden="true">
        {shown.map((person) => (
          <li
            key={person.key}
            className="presence__avatar"
            style={{ backgroundColor: person.color }}
            title={person.isSelf ? t('presence.you', { name: person.name }) : person.name}
            data-name={person.name}
          >
            {initialsOf(person.name)}
          </li>
        ))}
        {hidden.length > 0 ? (
          <li
            className="presence__avatar presence__avatar--more"
            title={hidden.map((p) => p.name).join(', ')}
          >
            +{hidden.length}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
