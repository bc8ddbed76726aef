// The server's password rule, run in the browser as people type, so they learn why a
// password would be refused before they submit it. Its dictionaries load on first use.
import { loadPasswordCheck, type PasswordCheck } from '@plenary/accounts';
import { useEffect, useState } from 'react';

export { PASSWORD_MIN_LENGTH } from '@plenary/accounts';

/** Why the password would be refused, or null; undefined until the rule has loaded. */
export function usePasswordProblem(
  password: string,
  context: readonly string[],
): string | null | undefined {
  const [check, setCheck] = useState<PasswordCheck | null>(null);
  useEffect(() => {
    let live = true;
    // Offline or a failed chunk load: the server still checks on submit.
    loadPasswordCheck().then(
      (loaded) => live && setCheck(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!check) return undefined;
  return check(password, context)?.message ?? null;
}
