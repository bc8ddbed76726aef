// Editable rows of labelled items (objectives or discussion points): label and text,
// add, remove and reorder with buttons. Focus follows the row that moved, and each
// change is announced, so the list can be rearranged without a mouse or a screen.
import { useEffect, useRef, useState } from 'react';
import { LineIcon } from '../ui/LineIcon';
import { itemInputId, newItem, type ItemDraft } from './reviewDraft';
import { LabelledItemRow, rowButtonId, type RowAction } from './LabelledItemRow';
import { t } from '../i18n/messages/conceptNotes';

interface LabelledItemsEditorProps {
  title: string;
  /** "discussion point", "objective" */
  noun: string;
  hint: string;
  items: ItemDraft[];
  onChange: (items: ItemDraft[]) => void;
}

export function LabelledItemsEditor({
  title,
  noun,
  hint,
  items,
  onChange,
}: LabelledItemsEditorProps) {
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  const addId = `import-review-add-${noun.replace(/\s+/g, '-')}`;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const nameOf = (item: ItemDraft, index: number) =>
    item.label.trim() || t('row.name', { noun, position: index + 1 });

  function act(action: RowAction, index: number): void {
    const item = items[index];
    if (!item) return;
    if (action === 'remove') {
      onChange(items.filter((other) => other.key !== item.key));
      const neighbour = items[index + 1] ?? items[index - 1];
      focusNext.current = neighbour ? itemInputId(neighbour.key, 'label') : addId;
      setAnnouncement(t('editor.removed', { name: nameOf(item, index) }));
      return;
    }
    const target = action === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= items.length) return;
    const next = items.filter((other) => other.key !== item.key);
    next.splice(target, 0, item);
    onChange(next);
    // At either end the same button becomes inert; continue from its opposite.
    const atEdge = target === 0 || target === items.length - 1;
    const opposite = action === 'up' ? 'down' : 'up';
    focusNext.current = rowButtonId(item.key, atEdge ? opposite : action);
    setAnnouncement(
      t('editor.moved', { name: nameOf(item, index), position: target + 1, count: items.length }),
    );
  }

  function add(): void {
    const item = newItem();
    onChange([...items, item]);
    focusNext.current = itemInputId(item.key, 'label');
    setAnnouncement(t('editor.added', { noun, position: items.length + 1 }));
  }

  return (
    <fieldset className="items-editor">
      <legend className="items-editor__title">
        {title} <span className="items-editor__count">{items.length}</span>
      </legend>
      <p className="field__hint">{hint}</p>
      {items.length === 0 ? (
        <p className="items-editor__empty">{t('editor.none')}</p>
      ) : (
        <ol className="items-editor__list">
          {items.map((item, index) => (
            <LabelledItemRow
              key={item.key}
              item={item}
              position={index + 1}
              count={items.length}
              noun={noun}
              onEdit={(edited) =>
                onChange(items.map((other) => (other.key === edited.key ? edited : other)))
              }
              onAction={(action) => act(action, index)}
            />
          ))}
        </ol>
      )}
      <button id={addId} type="button" className="button button--small" onClick={add}>
        <LineIcon name="add" />{' '}
        {noun === t('nouns.objective') ? t('editor.addAn', { noun }) : t('editor.addA', { noun })}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
