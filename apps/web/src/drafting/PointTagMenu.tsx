// The menu of a paragraph's discussion points: one checkbox item per point of the note,
// and any tag naming a point the note no longer has, so it can be removed. Keyboard as a
// WAI-ARIA menu: arrows, Home, End; Space ticks; Enter ticks and returns to the text.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { LabelledText } from '../conceptNotes/conceptNotesApi';
import { findPoint, sameLabel } from './findPoint';
import { t } from '../i18n/messages/drafting';

interface PointTagMenuProps {
  /** The debate's points; null while loading. */
  points: LabelledText[] | null;
  /** The paragraph's tags now. */
  tags: string[];
  /** Points suggested for this paragraph from its text. */
  suggested: string[];
  paragraphNumber: number;
  onToggle: (label: string) => void;
  /** `toText`: put focus back in the statement (Escape, Enter). */
  onClose: (toText: boolean) => void;
}

interface Item {
  label: string;
  text: string;
  unknown: boolean;
}

function itemsOf(points: LabelledText[], tags: string[]): Item[] {
  const known = points.map((point) => ({ ...point, unknown: false }));
  const unknown = tags
    .filter((tag) => !findPoint(points, tag))
    .map((label) => ({ label, text: t('menu.notInNote'), unknown: true }));
  return [...known, ...unknown];
}

export function PointTagMenu(props: PointTagMenuProps) {
  const { points, tags, suggested, paragraphNumber, onToggle, onClose } = props;
  const menu = useRef<HTMLDivElement>(null);
  const items = () =>
    Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]') ?? []);
  const ready = points !== null;

  useEffect(() => {
    const all = items();
    (all.find((item) => item.getAttribute('aria-checked') === 'true') ?? all[0])?.focus();
  }, [ready]);

  useEffect(() => {
    function onPointerDown(event: PointerEvent): void {
      const target = event.target;
      if (!(target instanceof Element) || menu.current?.contains(target)) return;
      // The chip buttons open and close the menu themselves.
      if (target.closest('[data-tag-anchor]')) return;
      onClose(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const all = items();
    const index = all.findIndex((item) => item === document.activeElement);
    const moves: Record<string, number> = {
      ArrowDown: (index + 1) % all.length,
      ArrowUp: (index - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      all[moves[event.key] ?? 0]?.focus();
    } else if (event.key === 'Enter' && index >= 0) {
      event.preventDefault();
      all[index]?.click();
      onClose(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab') {
      onClose(false);
    }
  }

  const isTagged = (label: string) => tags.some((tag) => sameLabel(tag, label));
  return (
    <div
      ref={menu}
      className="tag-menu"
      role="menu"
      aria-label={t('menu.label', { number: paragraphNumber })}
      onKeyDown={handleKeyDown}
    >
      <p className="tag-menu__title" aria-hidden="true">
        {t('menu.title', { number: paragraphNumber })}
      </p>
      {points === null ? <p className="tag-menu__note">{t('menu.loading')}</p> : null}
      {points?.length === 0 && tags.length === 0 ? (
        <p className="tag-menu__note">{t('menu.noPoints')}</p>
      ) : null}
      {itemsOf(points ?? [], tags).map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitemcheckbox"
          aria-checked={isTagged(item.label)}
          tabIndex={-1}
          className={item.unknown ? 'tag-menu__item tag-menu__item--unknown' : 'tag-menu__item'}
          onClick={() => onToggle(item.label)}
        >
          <span className="tag-menu__box" aria-hidden="true" />
          <span className="point-chip">{item.label}</span>
          <span className="tag-menu__text">
            {item.unknown ? <strong>{t('menu.unknown')}</strong> : null}
            {item.text}
            {suggested.some((label) => sameLabel(label, item.label)) ? (
              <span className="tag-menu__suggested">{t('menu.suggested')}</span>
            ) : null}
          </span>
        </button>
      ))}
      <p className="tag-menu__hint" aria-hidden="true">
        {t('menu.hint')}
      </p>
    </div>
  );
}
