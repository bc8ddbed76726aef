// DOM for a colleague's caret: a thin bar in their colour, named by a CSS flag.
// The name is drawn by ::after from data-user, not a text node: text inside the widget
// would be picked up by Ctrl+End, selections and copy as if it were part of the statement.
import { t } from '../i18n/messages/editor';

const FALLBACK_COLOR = '#5b6470';

export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const name =
    typeof user.name === 'string' && user.name.trim() ? user.name.trim() : t('text.someone');
  // CollaborationCaret replaces an invalid colour by 'transparent'.
  const color =
    typeof user.color === 'string' && user.color !== 'transparent' ? user.color : FALLBACK_COLOR;

  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.setProperty('--caret-color', color);
  caret.setAttribute('data-user', name);
  return caret;
}
