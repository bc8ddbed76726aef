// A thin wrapper around the native <dialog>: showModal() gives focus trapping, the
// inert backdrop and Escape handling that a hand-rolled overlay would have to imitate.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  title: string;
  /** Called on Escape; omit to make the dialog impossible to dismiss without acting. */
  onCancel?: () => void;
  children: ReactNode;
  className?: string;
}

export function Modal({ open, title, onCancel, children, className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      {open ? children : null}
    </dialog>
  );
}
