// The sheet's margins while drafting: each paragraph's discussion points on the left (and,
// for the paragraph being written or pointed at, a way to tag it), its words and speaking
// time on the right, and the point menu of one paragraph at a time.
import { formatDuration } from '@plenary/drafting-metrics';
import { useEffect, useMemo, useRef, useState } from 'react';
import { locateParagraph, anchorParagraph } from './locateParagraph';
import { MarginTags } from './MarginTags';
import { setParagraphPoints } from './setParagraphPoints';
import { inNoteOrder, sameLabel } from './findPoint';
import type { DraftParagraph } from './draftParagraphs';
import type { Drafting } from './useDrafting';
import { useHoveredParagraph } from './useHoveredParagraph';
import { useParagraphTops } from './useParagraphTops';
import { t } from '../i18n/messages/drafting';
import { lazyDialog } from '../ui/lazyDialog';

/** The points menu loads when a paragraph's menu first opens (it is only rendered open). */
const PointTagMenu = lazyDialog(
  () => import('./PointTagMenu'),
  'PointTagMenu',
  () => true,
);

interface DraftingMarginProps {
  drafting: Drafting;
  readOnly: boolean;
}

export function DraftingMargin({ drafting, readOnly }: DraftingMarginProps) {
  const { editor, paragraphs, activeId, metrics, menu, points, wantSuggestions } = drafting;
  const layer = useRef<HTMLDivElement>(null);
  const hovered = useHoveredParagraph(editor, layer);
  useEffect(() => {
    if (hovered !== null) wantSuggestions();
  }, [hovered, wantSuggestions]);
  const [notice, setNotice] = useState('');
  // Found again whenever the text changes, so the menu shows the tags as they are now.
  const menuParagraph = useMemo(
    () => (menu && editor ? locateParagraph(editor.state, menu.target) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- paragraphs: the text changed
    [menu, editor, paragraphs],
  );
  const menuId = menuParagraph?.id ?? null;
  const focusIds = new Set([activeId, hovered, menuId]);
  const shown = useMemo(() => {
    const focus = new Set([activeId, hovered, menuId]);
    return paragraphs.filter((p) => p.points.length > 0 || focus.has(p.id));
  }, [paragraphs, activeId, hovered, menuId]);
  const tops = useParagraphTops(editor, layer, shown);
  const timing = useMemo(
    () => new Map(metrics.timing.paragraphs.map((entry) => [entry.id, entry])),
    [metrics],
  );
  const suggested = useMemo(
    () => new Map(drafting.suggestions.map((entry) => [entry.paragraphId, entry.suggestions])),
    [drafting.suggestions],
  );

  function open(paragraph: DraftParagraph): void {
    if (!editor) return;
    if (menu && menuParagraph?.id === paragraph.id) return drafting.closeMenu();
    const current = locateParagraph(editor.state, paragraph);
    if (current) drafting.openMenu({ target: anchorParagraph(editor.state, current) });
  }

  function toggle(label: string): void {
    if (!editor || !menu || !menuParagraph) return;
    const has = menuParagraph.points.some((tag) => sameLabel(tag, label));
    const next = has
      ? menuParagraph.points.filter((tag) => !sameLabel(tag, label))
      : [...menuParagraph.points, label];
    if (!setParagraphPoints(editor, menu.target, inNoteOrder(next, points ?? []))) {
      setNotice(t('paragraph.gone'));
      drafting.closeMenu();
    } else {
      setNotice(has ? t('tags.removed', { label }) : t('tags.added', { label }));
    }
  }

  function close(toText: boolean): void {
    drafting.closeMenu();
    if (toText) editor?.commands.focus();
  }

  const mayTag = !readOnly && editor !== null;
  return (
    <div ref={layer} className="drafting-margin">
      {shown.map((paragraph) => {
        const top = tops.get(paragraph.id);
        if (top === undefined) return null;
        const focused = focusIds.has(paragraph.id);
        const time = timing.get(paragraph.id);
        const canTag = mayTag && paragraph.taggable;
        return (
          <div
            key={paragraph.id}
            className="drafting-margin__row"
            style={{ top }}
            data-caret={paragraph.id === activeId ? true : undefined}
          >
            <MarginTags
              number={paragraph.number}
              tags={paragraph.points}
              suggestion={focused ? (suggested.get(paragraph.id)?.[0]?.label ?? null) : null}
              points={points ?? []}
              expanded={menuParagraph?.id === paragraph.id}
              onOpen={
                canTag && (focused || paragraph.points.length > 0)
                  ? () => open(paragraph)
                  : undefined
              }
            />
            {focused && time && time.words > 0 ? (
              <span className="drafting-margin__time">
                {t(`units.${drafting.rate.unit}`, { count: time.words })}
                <br />
                {formatDuration(time.seconds)}
              </span>
            ) : null}
          </div>
        );
      })}
      {menu && menuParagraph && tops.has(menuParagraph.id) ? (
        <div className="drafting-margin__menu" style={{ top: tops.get(menuParagraph.id) }}>
          <PointTagMenu
            points={points}
            tags={menuParagraph.points}
            suggested={(suggested.get(menuParagraph.id) ?? []).map((entry) => entry.label)}
            paragraphNumber={menuParagraph.number}
            onToggle={toggle}
            onClose={close}
          />
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}
