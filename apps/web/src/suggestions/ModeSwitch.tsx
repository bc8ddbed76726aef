// Editing / Suggesting, always visible above the text. Drafters switch (also with
// Ctrl+Alt+Shift+Z and Ctrl+Alt+Shift+X, as in Google Docs); reviewers only suggest.
import { t } from '../i18n/messages/suggestions';
export type EditMode = 'editing' | 'suggesting';

interface ModeSwitchProps {
  mode: EditMode;
  /** Reviewers cannot leave Suggesting mode. */
  fixed: boolean;
  onChange: (mode: EditMode) => void;
}

const MODES: { mode: EditMode; label: string; keys: string; hint: string }[] = [
  {
    mode: 'editing',
    label: t('modes.editing'),
    keys: 'Control+Alt+Shift+Z',
    hint: t('modes.editingHint'),
  },
  {
    mode: 'suggesting',
    label: t('modes.suggesting'),
    keys: 'Control+Alt+Shift+X',
    hint: t('modes.suggestingHint'),
  },
];

export function ModeSwitch({ mode, fixed, onChange }: ModeSwitchProps) {
  if (fixed) {
    return (
      <p className="mode-switch mode-switch--fixed" data-mode="suggesting" role="status">
        <span className="mode-switch__dot" aria-hidden="true" />
        {t('fixed')}
      </p>
    );
  }
  return (
    <div className="mode-switch" role="group" aria-label={t('groupLabel')} data-mode={mode}>
      {MODES.map((option) => (
        <button
          key={option.mode}
          type="button"
          className="mode-switch__option"
          aria-pressed={mode === option.mode}
          aria-keyshortcuts={option.keys}
          title={t('shortcut', { hint: option.hint, keys: option.keys.replaceAll('+', ' + ') })}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChange(option.mode)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

/** The mode a key combination asks for, if any. */
export function modeForKey(event: {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  code: string;
}): EditMode | undefined {
  if (!(event.ctrlKey || event.metaKey) || !event.altKey || !event.shiftKey) return undefined;
  if (event.code === 'KeyX') return 'suggesting';
  if (event.code === 'KeyZ') return 'editing';
  return undefined;
}
