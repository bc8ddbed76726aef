// The coverage map in the side panel: each discussion point with the paragraphs addressing
// it and who is writing there, the points not addressed yet, tags naming no point of the
// note, and suggested points for paragraphs not tagged yet.
import { useEffect, useMemo, useState } from 'react';
import type { DraftParagraph } from './draftParagraphs';
import { inNoteOrder } from './findPoint';
import { goToParagraph } from './goToParagraph';
import { PointCoverageRow } from './PointCoverageRow';
import { setParagraphPoints } from './setParagraphPoints';
import { SuggestedTags } from './SuggestedTags';
import type { Drafting } from './useDrafting';
import type { Writer } from './useSectionPresence';
import { ParagraphLink } from './ParagraphLink';
import { WriterBadges } from './WriterBadges';
import { t } from '../i18n/messages/drafting';
import { t as detailsText } from '../i18n/messages/draftingDetails';

interface CoverageMapProps {
  drafting: Drafting;
  readOnly: boolean;
}

function writersIn(ids: readonly string[], presence: Drafting['presence']): Writer[] {
  const writers = new Map<string, Writer>();
  for (const id of ids)
    for (const writer of presence.get(id) ?? []) writers.set(writer.key, writer);
  return [...writers.values()];
}

export function CoverageMap({ drafting, readOnly }: CoverageMapProps) {
  const { editor, metrics, points, presence, rate, wantSuggestions } = drafting;
  useEffect(wantSuggestions, [wantSuggestions]);
  const [notice, setNotice] = useState('');
  const byId = useMemo(
    () => new Map(drafting.paragraphs.map((paragraph) => [paragraph.id, paragraph])),
    [drafting.paragraphs],
  );
  const { coverage } = metrics;
  const tagged = new Set(
    coverage.points.flatMap((p) => [...p.paragraphIds, ...p.emptyParagraphIds]),
  );
  const elsewhere = writersIn(
    [...presence.keys()].filter((id) => !tagged.has(id)),
    presence,
  );

  const go = (paragraph: DraftParagraph) => {
    if (editor && !goToParagraph(editor, paragraph)) setNotice(t('coverage.paragraphChanged'));
  };
  const accept = (paragraph: DraftParagraph, label: string) => {
    const tags = inNoteOrder([...paragraph.points, label], points ?? []);
    const done = editor && setParagraphPoints(editor, paragraph, tags);
    setNotice(
      done
        ? t('coverage.tagged', { number: paragraph.number, label })
        : t('coverage.paragraphChanged'),
    );
  };

  const total = coverage.points.length;
  const addressed = total - coverage.unaddressed.length;
  const accepted = drafting.acceptedMetrics?.coverage;
  const addressedIfAccepted = accepted ? total - accepted.unaddressed.length : addressed;
  return (
    <div className="coverage-map">
      {total > 0 ? (
        <p className="coverage-map__summary">
          {addressed === total
            ? t('coverage.allAddressed', { total })
            : t('coverage.someAddressed', { addressed, total })}
        </p>
      ) : null}
      {total > 0 && addressedIfAccepted !== addressed ? (
        <p className="coverage-map__accepted" data-reading="accepted">
          {detailsText('coverage', { addressed: addressedIfAccepted, total })}
        </p>
      ) : null}
      <ol className="coverage-map__points" aria-label={t('coverage.mapLabel')}>
        {coverage.points.map((point) => (
          <PointCoverageRow
            key={point.label}
            point={point}
            paragraphs={byId}
            wordsPerMinute={rate.wordsPerMinute}
            unit={rate.unit}
            writers={writersIn([...point.paragraphIds, ...point.emptyParagraphIds], presence)}
            onGo={go}
          />
        ))}
      </ol>
      {coverage.unknown.length > 0 ? (
        <div className="coverage-unknown">
          <h4 className="coverage-map__subtitle">{t('coverage.unknownTags')}</h4>
          <ul className="coverage-unknown__list">
            {coverage.unknown.map((tag) => (
              <li key={tag.label}>
                <span className="point-chip point-chip--unknown">{tag.label}</span>{' '}
                {t('coverage.unknownPoint')}
                {tag.paragraphIds
                  .flatMap((id) => byId.get(id) ?? [])
                  .map((paragraph) => (
                    <ParagraphLink key={paragraph.id} paragraph={paragraph} onGo={go} />
                  ))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SuggestedTags
        suggestions={drafting.suggestions}
        paragraphs={byId}
        points={points ?? []}
        onGo={go}
        onAccept={readOnly ? undefined : accept}
      />
      {elsewhere.length > 0 ? (
        <p className="coverage-map__elsewhere">
          {t('coverage.elsewhere')} <WriterBadges writers={elsewhere} />
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}
