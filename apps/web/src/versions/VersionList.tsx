// The statement's versions, newest first, grouped by revision once there is more than
// one. Each opens read-only in place of the text; automatic ones can be hidden.
import { useState } from 'react';
import { RelativeTime } from '../ui/RelativeTime';
import { kindLabel, versionAuthor } from './describeVersion';
import type { Version } from './versionsApi';
import { t } from '../i18n/messages/versions';
import { t as panelText } from '../i18n/messages/versionsPanel';

interface VersionListProps {
  versions: Version[];
  selectedId: string | null;
  onOpen: (versionId: string) => void;
}

export function VersionList({ versions, selectedId, onOpen }: VersionListProps) {
  const [showAutomatic, setShowAutomatic] = useState(true);
  const shown = showAutomatic ? versions : versions.filter((version) => version.kind !== 'auto');
  const revisions = [...new Set(shown.map((version) => version.revision))];
  const automatic = versions.filter((version) => version.kind === 'auto').length;

  return (
    <div className="versions">
      {automatic > 0 ? (
        <label className="versions__filter">
          <input
            type="checkbox"
            checked={showAutomatic}
            onChange={(event) => setShowAutomatic(event.target.checked)}
          />
          {panelText('showAutomatic', { count: automatic })}
        </label>
      ) : null}
      {shown.length === 0 ? (
        <p className="muted side-panel__note">{panelText('noVersions')}</p>
      ) : null}
      {revisions.map((revision) => (
        <section
          key={revision}
          aria-label={revisions.length > 1 ? t('panel.revision', { revision }) : undefined}
        >
          {revisions.length > 1 ? (
            <h4 className="versions__revision">{t('panel.revision', { revision })}</h4>
          ) : null}
          <ol className="versions__list" aria-label={panelText('list')}>
            {shown
              .filter((version) => version.revision === revision)
              .map((version) => (
                <VersionRow
                  key={version.id}
                  version={version}
                  selected={version.id === selectedId}
                  onOpen={() => onOpen(version.id)}
                />
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function VersionRow({
  version,
  selected,
  onOpen,
}: {
  version: Version;
  selected: boolean;
  onOpen: () => void;
}) {
  const author = versionAuthor(version);
  return (
    <li className="version-row" data-kind={version.kind}>
      <button
        type="button"
        className="version-row__button"
        aria-current={selected ? 'true' : undefined}
        onClick={onOpen}
      >
        <span className="version-row__name">{version.name}</span>
        <span className="version-row__meta">
          <span className="version-row__kind">{kindLabel(version.kind)}</span>
          {author ? <span>{author}</span> : null}
          <RelativeTime iso={version.createdAt} />
        </span>
      </button>
    </li>
  );
}
