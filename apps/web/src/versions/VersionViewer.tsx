// An earlier version in place of the live text, read-only: its own text, or a redline
// against the current text or another version; drafters may restore it from here.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Statement } from '../api/statementsApi';
import { ErrorNotice } from '../ui/ErrorNotice';
import { versionSummary } from './describeVersion';
import { RestoreVersionDialog } from './RestoreVersionDialog';
import type { HistoryPanelState, VersionView } from './useHistoryPanel';
import type { VersionRecords } from './useVersionRecords';
import { useVersionView } from './useVersionView';
import { VersionViewBody } from './VersionViewBody';
import type { Version } from './versionsApi';
import { t } from '../i18n/messages/versions';

interface VersionViewerProps {
  view: VersionView;
  statement: Statement;
  records: VersionRecords;
  history: HistoryPanelState;
  /** After a restore, the live text is where the person wants to be. */
  onReturnToText: () => void;
}

export function VersionViewer(props: VersionViewerProps) {
  const { view, statement, records, history } = props;
  const { versions } = records;
  const onShow = history.show;
  const [generation, setGeneration] = useState(0);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const loaded = useVersionView(view, generation);
  const heading = useRef<HTMLHeadingElement>(null);
  const compareId = useId();
  const { version } = loaded;
  const canRestore = statement.abilities?.restoreVersion ?? false;

  useEffect(() => {
    if (view.focus) heading.current?.focus();
  }, [view]);

  // The live text is hidden while a version shows: focus it once it is back on screen.
  function backToText(): void {
    onShow(null);
    requestAnimationFrame(props.onReturnToText);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    backToText();
  }

  return (
    <section className="version-view" aria-label={t('viewer.label')} onKeyDown={handleKeyDown}>
      <header className="version-view__header">
        <div className="version-view__heading">
          <p className="version-view__eyebrow">
            {view.against ? t('viewer.comparing') : t('viewer.earlier')}
          </p>
          <h2 ref={heading} className="version-view__title" tabIndex={-1}>
            {version?.name ?? t('viewer.opening')}
          </h2>
          {version ? <p className="version-view__meta">{versionSummary(version)}</p> : null}
        </div>
        <div className="version-view__tools">
          <label htmlFor={compareId} className="version-view__compare-label">
            {t('viewer.compareWith')}
          </label>
          <select
            id={compareId}
            value={view.against ?? ''}
            onChange={(event) =>
              onShow({ versionId: view.versionId, against: event.target.value || null })
            }
          >
            <option value="">{t('viewer.nothing')}</option>
            <option value="current">{t('viewer.current')}</option>
            {(versions ?? [])
              .filter((other) => other.id !== view.versionId)
              .map((other) => (
                <option key={other.id} value={other.id}>
                  {t('viewer.option', { name: other.name, summary: versionSummary(other) })}
                </option>
              ))}
          </select>
          {canRestore && version ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setRestoring(version)}
            >
              {t('viewer.restore')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small button--primary"
            onClick={backToText}
          >
            {t('viewer.back')}
          </button>
        </div>
      </header>
      <ErrorNotice message={loaded.error} />
      <div className="paper version-paper" aria-busy={version === null}>
        <VersionViewBody
          loaded={loaded}
          comparing={view.against !== null}
          onRefresh={() => setGeneration((value) => value + 1)}
        />
      </div>
      <RestoreVersionDialog
        version={restoring}
        status={statement.status}
        onRestored={(restored) => {
          setRestoring(null);
          history.setNotice(t('restore.done', { name: restored.name }));
          records.reload();
          backToText();
        }}
        onCancel={() => setRestoring(null)}
      />
    </section>
  );
}
