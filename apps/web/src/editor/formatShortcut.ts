// Keyboard shortcuts written once in TipTap's notation ("Mod-Shift-8") and shown
// the way each platform spells them.

const isMac =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const DISPLAY: Record<string, string> = isMac
  ? { Mod: '⌘', Alt: '⌥', Shift: '⇧' }
  : { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };

const ARIA: Record<string, string> = {
  Mod: isMac ? 'Meta' : 'Control',
  Alt: 'Alt',
  Shift: 'Shift',
};

function parts(shortcut: string): string[] {
  return shortcut.split('-').map((part) => (part.length === 1 ? part.toUpperCase() : part));
}

/** "Mod-Shift-8" → "Ctrl+Shift+8" (or "⌘⇧8" on a Mac). */
export function formatShortcut(shortcut: string): string {
  return parts(shortcut)
    .map((part) => DISPLAY[part] ?? part)
    .join(isMac ? '' : '+');
}

/** The same shortcut in aria-keyshortcuts syntax: "Control+Shift+8". */
export function ariaShortcut(shortcut: string): string {
  return parts(shortcut)
    .map((part) => ARIA[part] ?? part)
    .join('+');
}
