import { initialsOf } from '../presence/initialsOf';
import type { Writer } from './useSectionPresence';
import { t } from '../i18n/messages/drafting';

/** The people writing in a part of the statement right now, as small named avatars. */
export function WriterBadges({ writers }: { writers: Writer[] }) {
  if (writers.length === 0) return null;
  const names = writers.map((writer) =>
    writer.isSelf ? t('writers.you', { name: writer.name }) : writer.name,
  );
  return (
    <span className="writer-badges" title={t('writers.here', { names: names.join(', ') })}>
      <span className="visually-hidden">{t('writers.here', { names: names.join(', ') })}</span>
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
        {writers.length === 1
          ? t('writers.one', { name: names[0] ?? '' })
          : t('writers.many', { count: writers.length })}
      </span>
    </span>
  );
}
