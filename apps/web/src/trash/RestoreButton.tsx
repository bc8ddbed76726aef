// "Restore" on an item of a Trash (the debate's, or the deleted debates), busy while it runs.
interface RestoreButtonProps {
  busy: boolean;
  /** Another restore is under way. */
  disabled: boolean;
  onRestore: () => void;
}

export function RestoreButton({ busy, disabled, onRestore }: RestoreButtonProps) {
  return (
    <button type="button" className="button" disabled={disabled} onClick={onRestore}>
      {busy ? 'Restoring…' : 'Restore'}
    </button>
  );
}
