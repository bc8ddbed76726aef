// The list of a menu button, with the keyboard behaviour of a WAI-ARIA menu: arrows,
// Home and End move, Escape closes and returns to the button, Tab or a click elsewhere
// closes. Its items are any elements with role="menuitem".
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

interface MenuPopupProps {
  label: string;
  /** Which item has focus when the menu opens. */
  focus: 'first' | 'last';
  onClose: () => void;
  /** The button that opened the menu: clicks on it are not "elsewhere". */
  anchor: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function MenuPopup({ label, focus, onClose, anchor, children }: MenuPopupProps) {
  const menu = useRef<HTMLDivElement>(null);
  const items = () =>
    Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    const all = items();
    (focus === 'first' ? all[0] : all[all.length - 1])?.focus();
  }, [focus]);

  useEffect(() => {
    function onPointerDown(event: PointerEvent): void {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (menu.current?.contains(target) || anchor.current?.contains(target)) return;
      onClose();
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose, anchor]);

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
    } else if (event.key === ' ') {
      // Links answer Enter only; a menu item should answer Space as well.
      event.preventDefault();
      all[index]?.click();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      onClose();
    }
  }

  return (
    <div ref={menu} className="menu" role="menu" aria-label={label} onKeyDown={handleKeyDown}>
      {children}
    </div>
  );
}
