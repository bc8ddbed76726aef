// Panels and viewers that are closed when a statement opens load on first use, so the
// first screen is the text, the toolbar and the status bar only.
import { Suspense, type ComponentType, type JSX } from 'react';
import { lazyNamed } from '../routing/lazyNamed';
import { t } from '../i18n/messages/editor';

/** A lazily loaded panel that says "Opening…" in its place while its chunk arrives. */
function lazyPanel<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): (props: Props) => JSX.Element {
  const Lazy: ComponentType<Props> = lazyNamed(load, name);
  function Panel(props: Props) {
    return (
      <Suspense fallback={<p className="muted panel-loading">{t('panel.opening')}</p>}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Panel;
}

export const CommentsPanel = lazyPanel(() => import('../comments/CommentsPanel'), 'CommentsPanel');
export const HistoryPanel = lazyPanel(() => import('../versions/HistoryPanel'), 'HistoryPanel');
export const VersionViewer = lazyPanel(() => import('../versions/VersionViewer'), 'VersionViewer');
export const StatementSidePanel = lazyPanel(
  () => import('./StatementSidePanel'),
  'StatementSidePanel',
);
export const SubmissionPackDialog = lazyPanel(
  () => import('../export/SubmissionPackDialog'),
  'SubmissionPackDialog',
);
export const SpeakingTimeDetails = lazyPanel(
  () => import('../drafting/SpeakingTimeDetails'),
  'SpeakingTimeDetails',
);
export const SuggestionsPanel = lazyPanel(
  () => import('../suggestions/SuggestionsPanel'),
  'SuggestionsPanel',
);
export const CoverageMap = lazyPanel(() => import('../drafting/CoverageMap'), 'CoverageMap');
