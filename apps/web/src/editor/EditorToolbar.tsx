// Formatting toolbar. One tab stop, arrow keys move between buttons (WAI-ARIA
// toolbar pattern), Escape returns to the text.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { ariaShortcut, formatShortcut } from './formatShortcut';
import { TOOLBAR_GROUPS } from './toolbarActions';
import { t } from '../i18n/messages/editor';

const ACTIONS = TOOLBAR_GROUPS.flat();

interface EditorToolbarProps {
  editor: Editor;
  toolbarRef?: Ref<HTMLDivElement>;
}

export function EditorToolbar({ editor, toolbarRef }: EditorToolbarProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      ACTIONS.map((action) => ({
        active: action.isActive?.(current) ?? false,
        enabled: action.canRun?.(current) ?? true,
      })),
  });

  function moveFocus(index: number): void {
    const next = (index + ACTIONS.length) % ACTIONS.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const moves: Record<string, number> = {
      ArrowRight: focusIndex + 1,
      ArrowLeft: focusIndex - 1,
      Home: 0,
      End: ACTIONS.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveFocus(target);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      editor.commands.focus();
    }
  }

  let index = -1;
  return (
    <div
      ref={toolbarRef}
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      onKeyDown={handleKeyDown}
    >
      {TOOLBAR_GROUPS.map((group, groupIndex) => (
        <div className="toolbar__group" key={groupIndex}>
          {group.map((action) => {
            index += 1;
            const position = index;
            const { active = false, enabled = true } = state[position] ?? {};
            const shortcut = formatShortcut(action.shortcut);
            return (
              <button
                key={action.id}
                ref={(element) => {
                  buttons.current[position] = element;
                }}
                type="button"
                className="toolbar__button"
                tabIndex={position === focusIndex ? 0 : -1}
                aria-label={action.label}
                aria-pressed={action.isActive ? active : undefined}
                aria-keyshortcuts={ariaShortcut(action.shortcut)}
                data-tooltip={t('toolbar.tooltip', { label: action.label, shortcut })}
                // aria-disabled rather than disabled: the button stays reachable by keyboard.
                aria-disabled={!enabled || undefined}
                onFocus={() => setFocusIndex(position)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (enabled) action.run(editor);
                }}
              >
                {action.icon}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
