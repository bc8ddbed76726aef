// Paragraphs with text but no point of the note, each with the point its wording most
// resembles; a drafter accepts the suggestion with one click, which tags the paragraph.
import type { LabelledText } from '../conceptNotes/conceptNotesApi';
import type { ParagraphSuggestions } from '@plenary/drafting-metrics';
import type { DraftParagraph } from './draftParagraphs';
import { findPoint } from './findPoint';
import { ParagraphLink } from './ParagraphLink';
import { t } from '../i18n/messages/drafting';

interface SuggestedTagsProps {
  suggestions: ParagraphSuggestions[];
  paragraphs: ReadonlyMap<string, DraftParagraph>;
  points: LabelledText[];
  onGo: (paragraph: DraftParagraph) => void;
  /** Absent for readers: they see the suggestion but cannot tag. */
  onAccept?: (paragraph: DraftParagraph, label: string) => void;
}

export function SuggestedTags(props: SuggestedTagsProps) {
  const { suggestions, paragraphs, points, onGo, onAccept } = props;
  const rows = suggestions.flatMap(({ paragraphId, suggestions: ranked }) => {
    const paragraph = paragraphs.get(paragraphId);
    const best = ranked[0];
    return paragraph && best ? [{ paragraph, label: best.label }] : [];
  });
  if (rows.length === 0) return null;

  return (
    <div className="coverage-suggestions">
      <h4 className="coverage-map__subtitle">{t('coverage.notTaggedYet')}</h4>
      <ul className="coverage-suggestions__list">
        {rows.map(({ paragraph, label }) => (
          <li key={paragraph.id} className="coverage-suggestion">
            <ParagraphLink paragraph={paragraph} onGo={onGo} />
            <div className="coverage-suggestion__actions">
              <span className="coverage-suggestion__label" title={findPoint(points, label)?.text}>
                {t('coverage.suggested')}{' '}
                <span className="point-chip point-chip--suggested">{label}</span>
              </span>
              {onAccept ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('coverage.tagAria', { label, number: paragraph.number })}
                  onClick={() => onAccept(paragraph, label)}
                >
                  {t('coverage.tag', { label })}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
