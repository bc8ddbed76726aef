// Dialogs and menus that are closed when a page opens load when first opened, so the first
// screen does not download them (the service worker precaches their chunks for offline use).
import { Suspense, useState, type ComponentType, type JSX } from 'react';
import { lazyNamed } from '../routing/lazyNamed';

/**
 * A lazily loaded dialog or menu: nothing is rendered (nor loaded) until `isOpen(props)`
 * is first true; from then on it stays mounted like an eager one, so a native <dialog>
 * closes itself and gives focus back as usual. Nothing shows while the chunk arrives.
 */
export function lazyDialog<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
  isOpen: (props: Props) => boolean,
): (props: Props) => JSX.Element | null {
  const Lazy: ComponentType<Props> = lazyNamed(load, name);
  function Dialog(props: Props) {
    const open = isOpen(props);
    const [opened, setOpened] = useState(open);
    if (open && !opened) setOpened(true);
    if (!opened && !open) return null;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Dialog;
}
