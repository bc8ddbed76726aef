// One discussion point in the coverage map: its text, the paragraphs that address it
// (each a link into the text), the words and time spent on it, and who is writing there.
import { formatDuration, speakingTime, type PointCoverage } from '@plenary/drafting-metrics';
import type { DraftParagraph } from './draftParagraphs';
import { ParagraphLink } from './ParagraphLink';
import { WriterBadges } from './WriterBadges';
import type { Writer } from './useSectionPresence';
import { t } from '../i18n/messages/drafting';

interface PointCoverageRowProps {
  point: PointCoverage;
  paragraphs: ReadonlyMap<string, DraftParagraph>;
  wordsPerMinute: number;
  /** The unit of the speaking rate (characters for Chinese). */
  unit: 'words' | 'characters';
  writers: Writer[];
  onGo: (paragraph: DraftParagraph) => void;
}

function spent(point: PointCoverage, wordsPerMinute: number, unit: 'words' | 'characters'): string {
  const count = point.paragraphIds.length;
  const time = formatDuration(speakingTime(point.words, wordsPerMinute));
  return t('coverage.spent', { count, amount: t(`units.${unit}`, { count: point.words }), time });
}

export function PointCoverageRow(props: PointCoverageRowProps) {
  const { point, paragraphs, wordsPerMinute, unit, writers, onGo } = props;
  const addressed = point.paragraphIds.length > 0;
  const linked = point.paragraphIds.flatMap((id) => paragraphs.get(id) ?? []);
  const emptySection = point.emptyParagraphIds
    .map((id) => paragraphs.get(id))
    .find((paragraph) => paragraph !== undefined);

  return (
    <li className="coverage-point" data-addressed={addressed} data-point={point.label}>
      <div className="coverage-point__head">
        <span className="point-chip">{point.label}</span>
        {addressed ? (
          <span className="coverage-point__spent">{spent(point, wordsPerMinute, unit)}</span>
        ) : (
          <span className="coverage-point__missing">{t('coverage.notAddressed')}</span>
        )}
      </div>
      <p className="coverage-point__text" title={point.text}>
        {point.text}
      </p>
      {linked.length > 0 ? (
        <ul
          className="coverage-point__paragraphs"
          aria-label={t('coverage.paragraphsOn', { label: point.label })}
        >
          {linked.map((paragraph) => (
            <li key={paragraph.id}>
              <ParagraphLink paragraph={paragraph} onGo={onGo} />
            </li>
          ))}
        </ul>
      ) : null}
      {!addressed && emptySection ? (
        <button
          type="button"
          className="button button--link coverage-point__go"
          onClick={() => onGo(emptySection)}
        >
          {t('coverage.goToEmpty', { number: emptySection.number })}
        </button>
      ) : null}
      <WriterBadges writers={writers} />
    </li>
  );
}
