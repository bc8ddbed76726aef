// Beside the statement: its versions (open, compare, save one) and its activity (who
// did what, when). Escape returns to the text without closing the panel.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Statement } from '../api/statementsApi';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LineIcon } from '../ui/LineIcon';
import { ActivityList } from './ActivityList';
import { HistoryTabs, type HistoryTab } from './HistoryTabs';
import { SaveVersionForm } from './SaveVersionForm';
import { HISTORY_PANEL_ID, HISTORY_TOGGLE_ID, type HistoryPanelState } from './useHistoryPanel';
import type { VersionRecords } from './useVersionRecords';
import { VersionList } from './VersionList';
import { t } from '../i18n/messages/versions';
import { t as panelText } from '../i18n/messages/versionsPanel';

interface HistoryPanelProps {
  statement: Statement;
  records: VersionRecords;
  history: HistoryPanelState;
  onClose: () => void;
  onReturnToText: () => void;
}

export function HistoryPanel(props: HistoryPanelProps) {
  const { statement, records, history, onClose, onReturnToText } = props;
  const [tab, setTab] = useState<HistoryTab>('versions');
  const [saving, setSaving] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const { notice, setNotice } = history;

  useEffect(() => {
    if (history.byKeyboard) panel.current?.querySelector<HTMLElement>('[role="tab"]')?.focus();
  }, [history.byKeyboard]);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    // A version in place of the text gives way to the text, which is then focused.
    if (history.view) {
      history.show(null);
      requestAnimationFrame(onReturnToText);
    } else onReturnToText();
  }

  const canSave = statement.abilities?.saveVersion ?? false;
  return (
    <aside
      ref={panel}
      id={HISTORY_PANEL_ID}
      className="side-panel history-panel"
      aria-label={t('panel.title')}
      onKeyDown={handleKeyDown}
    >
      <div className="side-panel__header">
        <h2 className="side-panel__title">{t('panel.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('panel.close')}
          title={t('panel.close')}
          onClick={() => {
            onClose();
            document.getElementById(HISTORY_TOGGLE_ID)?.focus();
          }}
        >
          <LineIcon name="remove" />
        </button>
      </div>
      <HistoryTabs
        tab={tab}
        onTab={(next) => {
          setTab(next);
          setNotice(null);
        }}
      />
      <div
        className="history-panel__body"
        role="tabpanel"
        id={`history-tab-${tab}`}
        aria-labelledby={`history-tab-${tab}-button`}
      >
        <p className="history-panel__notice" role="status">
          {notice}
        </p>
        <ErrorNotice message={records.error} />
        {tab === 'versions' ? (
          <>
            {canSave && !saving ? (
              <button
                type="button"
                className="button button--small history-panel__save"
                onClick={() => {
                  setSaving(true);
                  setNotice(null);
                }}
              >
                <LineIcon name="add" /> {panelText('saveVersion')}
              </button>
            ) : null}
            {saving ? (
              <SaveVersionForm
                statementId={statement.id}
                onSaved={(version) => {
                  setSaving(false);
                  setNotice(t('panel.saved', { name: version.name }));
                  records.reload();
                }}
                onCancel={() => setSaving(false)}
              />
            ) : null}
            {records.versions ? (
              <VersionList
                versions={records.versions}
                selectedId={history.view?.versionId ?? null}
                onOpen={(versionId) => {
                  setNotice(null);
                  history.show({ versionId, against: null });
                }}
              />
            ) : (
              <p className="muted side-panel__note">{panelText('loadingVersions')}</p>
            )}
          </>
        ) : records.events ? (
          <ActivityList events={records.events} onShow={history.show} />
        ) : (
          <p className="muted side-panel__note">{panelText('loadingHistory')}</p>
        )}
      </div>
    </aside>
  );
}
