// V8's full garbage collection, for the two moments the server asks for one: once start-up is
// done, and once it has been at rest for a while (IdleCollector). Plenary runs without
// `--expose-gc`: setting the flag at run time exposes `gc` to contexts created afterwards, so it
// is taken from a new context and this process's own global is not changed.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** The collection, or null where V8 would not give it (then callers simply skip it). */
export function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}
