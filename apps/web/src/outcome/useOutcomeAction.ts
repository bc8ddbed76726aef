import { useState } from 'react';
import { errorMessage } from '../api/ApiError';

/** Runs one command at a time, shows its error, and reloads the outcome once it succeeds. */
export function useOutcomeAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(command: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await command();
      onDone();
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
