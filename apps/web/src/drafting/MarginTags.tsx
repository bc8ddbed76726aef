// A paragraph's discussion points as chips in the left margin. For drafters the chips are
// a button that opens the point menu; readers see the same chips without the button.
import { formatShortcut } from '../editor/formatShortcut';
import type { LabelledText } from '../conceptNotes/conceptNotesApi';
import { TAG_SHORTCUT } from './DraftingSupport';
import { findPoint } from './findPoint';
import { t } from '../i18n/messages/drafting';

interface MarginTagsProps {
  number: number;
  tags: string[];
  /** The best suggested point, shown as a dashed chip while the paragraph has no tag. */
  suggestion: string | null;
  points: LabelledText[];
  /** Absent for readers: chips only. */
  onOpen?: () => void;
  expanded: boolean;
}

function Chips({ tags, points }: { tags: string[]; points: LabelledText[] }) {
  return tags.map((tag) => {
    const known = findPoint(points, tag) !== null;
    return (
      <span key={tag} className="margin-tags__tag">
        <span className={known ? 'point-chip' : 'point-chip point-chip--unknown'}>{tag}</span>
        {known ? null : <span className="margin-tags__unknown">{t('tags.unknownPoint')}</span>}
      </span>
    );
  });
}

function describe(
  number: number,
  tags: string[],
  points: LabelledText[],
  suggestion: string | null,
): string {
  if (tags.length === 0) {
    const suggested = suggestion ? t('tags.suggestedNone', { suggestion }) : '';
    return t('tags.addressesNone', { number, suggested });
  }
  const named = tags.map((tag) => (findPoint(points, tag) ? tag : t('tags.unknownTag', { tag })));
  return t('tags.addresses', { number, points: named.join(', ') });
}

export function MarginTags(props: MarginTagsProps) {
  const { number, tags, suggestion, points, onOpen, expanded } = props;
  const description = describe(number, tags, points, suggestion);
  if (!onOpen) {
    return tags.length > 0 ? (
      <span className="margin-tags" title={description}>
        <Chips tags={tags} points={points} />
      </span>
    ) : null;
  }
  return (
    <button
      type="button"
      className="margin-tags margin-tags--button"
      tabIndex={-1}
      data-tag-anchor=""
      aria-haspopup="menu"
      aria-expanded={expanded}
      aria-label={t('tags.change', { description, shortcut: formatShortcut(TAG_SHORTCUT) })}
      title={t('tags.title', { shortcut: formatShortcut(TAG_SHORTCUT) })}
      onClick={onOpen}
    >
      {tags.length > 0 ? <Chips tags={tags} points={points} /> : null}
      {tags.length === 0 && suggestion ? (
        <span className="point-chip point-chip--suggested">{suggestion}?</span>
      ) : null}
      {tags.length === 0 && !suggestion ? (
        <span className="margin-tags__add">{t('tags.add')}</span>
      ) : null}
    </button>
  );
}
