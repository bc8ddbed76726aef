// One objective or discussion point in the review form: its label, its text and the
// buttons that move or remove it. Inert buttons stay focusable (aria-disabled), so
// focus is never thrown back to the top of the page when a row reaches an end.
import { LineIcon, type LineIconName } from '../ui/LineIcon';
import { itemInputId, type ItemDraft } from './reviewDraft';
import { t } from '../i18n/messages/conceptNotes';

export type RowAction = 'up' | 'down' | 'remove';

export const rowButtonId = (key: string, action: RowAction): string =>
  `import-review-${key}-${action}`;

interface LabelledItemRowProps {
  item: ItemDraft;
  /** 1-based */
  position: number;
  count: number;
  noun: string;
  onEdit: (item: ItemDraft) => void;
  onAction: (action: RowAction) => void;
}

export function LabelledItemRow({
  item,
  position,
  count,
  noun,
  onEdit,
  onAction,
}: LabelledItemRowProps) {
  const name = item.label.trim() || t('row.name', { noun, position });
  const buttons: { action: RowAction; icon: LineIconName; label: string; inert: boolean }[] = [
    { action: 'up', icon: 'up', label: t('row.up', { name }), inert: position === 1 },
    { action: 'down', icon: 'down', label: t('row.down', { name }), inert: position === count },
    { action: 'remove', icon: 'remove', label: t('row.remove', { name }), inert: false },
  ];
  return (
    <li className="item-row">
      <input
        id={itemInputId(item.key, 'label')}
        className="item-row__label"
        value={item.label}
        maxLength={20}
        placeholder={t('row.labelPlaceholder')}
        aria-label={t('row.label', { noun, position })}
        onChange={(event) => onEdit({ ...item, label: event.target.value })}
      />
      <textarea
        id={itemInputId(item.key, 'text')}
        className="item-row__text"
        value={item.text}
        rows={2}
        aria-label={t('row.text', { noun, name: item.label.trim() || position })}
        onChange={(event) => onEdit({ ...item, text: event.target.value })}
      />
      <div className="item-row__actions">
        {buttons.map(({ action, icon, label, inert }) => (
          <button
            key={action}
            id={rowButtonId(item.key, action)}
            type="button"
            className={`icon-button${action === 'remove' ? ' icon-button--danger' : ''}`}
            aria-label={label}
            title={label}
            aria-disabled={inert || undefined}
            onClick={() => {
              if (!inert) onAction(action);
            }}
          >
            <LineIcon name={icon} />
          </button>
        ))}
      </div>
    </li>
  );
}
