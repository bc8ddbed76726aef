// useEditorState (@tiptap/react) compares what its selector returns with fast-equals'
// deepEqual (14 KB before compression) unless given another comparison. Plenary's
// selectors return plain objects, arrays and primitives, so the build gives @tiptap/react
// this comparison instead (the "fast-equals" alias in vite.config.ts). Like fast-equals:
// NaN equals NaN, and objects compare by their own enumerable properties.

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b || (a !== a && b !== b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => deepEqual(value, other[index]));
  }
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    if (a.size !== other.size) return false;
    for (const [key, value] of a) {
      if (!other.has(key) || !deepEqual(value, other.get(key))) return false;
    }
    return true;
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && [...a].every((value) => other.has(value));
  }
  const keys = Object.keys(a);
  const record = a as Record<string, unknown>;
  const otherRecord = b as Record<string, unknown>;
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && deepEqual(record[key], otherRecord[key]))
  );
}
