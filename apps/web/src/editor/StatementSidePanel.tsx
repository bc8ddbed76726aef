// Beside the statement: the debate's discussion points to write against, and the
// reference library to quote from. Escape returns to the text without closing it.
import type { Editor } from '@tiptap/core';
import { useEffect, type KeyboardEvent, type ReactNode } from 'react';
import { LabelledList } from '../conceptNotes/LabelledList';
import { useDebatePoints } from '../conceptNotes/useDebatePoints';
import { LibrarySearch } from '../library/LibrarySearch';
import type { SearchHit } from '../library/referencesApi';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LineIcon } from '../ui/LineIcon';
import { insertQuotation } from './insertQuotation';
import { SIDE_PANEL_ID } from './panelIds';
import { t } from '../i18n/messages/editor';

export const LIBRARY_SEARCH_ID = 'statement-library-search';

interface StatementSidePanelProps {
  /** Null while the statement's details are loading (or could not be loaded). */
  debateId: string | null;
  /**
   * Where a quotation goes (null while the editor starts). Absent when the person may not
   * edit: they search and read, but do not insert.
   */
  insertInto?: Editor | null;
  onClose: () => void;
  onReturnToText: () => void;
  /** Opened from the keyboard: start in the search field. */
  focusSearch: boolean;
  /** The coverage map, shown for the discussion points instead of their plain list. */
  coverage?: ReactNode;
}

export function StatementSidePanel(props: StatementSidePanelProps) {
  const { debateId, insertInto, onClose, onReturnToText, focusSearch, coverage } = props;
  const onInsert =
    insertInto === undefined
      ? undefined
      : (hit: SearchHit) => (insertInto ? insertQuotation(insertInto, hit) : false);
  const { points, error } = useDebatePoints(debateId);

  useEffect(() => {
    if (focusSearch && debateId) document.getElementById(LIBRARY_SEARCH_ID)?.focus();
  }, [focusSearch, debateId]);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape') return;
    // A search field with text clears itself on Escape first, as browsers do.
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value) return;
    event.preventDefault();
    onReturnToText();
  }

  const discussionPoints = points?.discussionPoints ?? [];
  const objectives = points?.objectives ?? [];
  return (
    <aside
      id={SIDE_PANEL_ID}
      className="side-panel"
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
          onClick={onClose}
        >
          <LineIcon name="remove" />
        </button>
      </div>
      {debateId === null ? (
        <p className="muted side-panel__note">{t('panel.notYet')}</p>
      ) : (
        <>
          {/* A disclosure, so a long list of points can make room for search results. */}
          <details className="panel-section panel-section--points" open>
            <summary className="panel-section__summary">
              <h3 className="panel-section__title">{t('panel.points')}</h3>
              {discussionPoints.length > 0 ? (
                <span className="items-editor__count">{discussionPoints.length}</span>
              ) : null}
            </summary>
            <ErrorNotice message={error} />
            {points && discussionPoints.length === 0 ? (
              <p className="muted side-panel__note">{t('panel.noPoints')}</p>
            ) : null}
            {discussionPoints.length > 0
              ? (coverage ?? (
                  <LabelledList items={discussionPoints} label={t('panel.points')} compact />
                ))
              : null}
            {objectives.length > 0 ? (
              <details className="panel-section__more">
                <summary>{t('panel.objectivesCount', { count: objectives.length })}</summary>
                <LabelledList items={objectives} label={t('panel.objectives')} compact />
              </details>
            ) : null}
          </details>
          <LibrarySearch debateId={debateId} inputId={LIBRARY_SEARCH_ID} onInsert={onInsert} />
        </>
      )}
    </aside>
  );
}
