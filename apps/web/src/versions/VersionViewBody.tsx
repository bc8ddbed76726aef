// The sheet of the version view: the version's own text, or the redline with what it
// compares and, against the live text (which moves on), a way to compare again.
import { Redline } from './Redline';
import type { LoadedView } from './useVersionView';
import { t } from '../i18n/messages/versions';
import { t as panelText } from '../i18n/messages/versionsPanel';
import { interleave } from '../i18n/interleave';

export function VersionViewBody({
  loaded,
  comparing,
  onRefresh,
}: {
  loaded: LoadedView;
  comparing: boolean;
  onRefresh: () => void;
}) {
  const { version, from, to, parts } = loaded;
  if (!comparing) {
    if (!version) return <p className="muted">{t('viewer.opening')}</p>;
    if (!version.text) return <p className="muted">{panelText('empty')}</p>;
    return (
      <div className="statement-body version-text">
        {version.text.split(/\n\n+/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    );
  }
  if (!parts || !from || !to) return <p className="muted">{panelText('comparing')}</p>;
  return (
    <>
      <p className="redline-heading">
        <span>
          {interleave(panelText('changes'), {
            from: <span className="quoted-title">{from.name}</span>,
            to:
              to === 'current' ? (
                panelText('currentText')
              ) : (
                <span className="quoted-title">{to.name}</span>
              ),
          })}
        </span>
        {to === 'current' ? (
          <button
            type="button"
            className="button--link redline-heading__refresh"
            onClick={onRefresh}
          >
            {t('redline.compareAgain')}
          </button>
        ) : null}
      </p>
      <Redline parts={parts} />
    </>
  );
}
