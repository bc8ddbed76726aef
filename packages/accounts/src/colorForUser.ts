// Carets, avatars and selection tints use these colours. Each carries white text at
// 6:1 or better (WCAG AA); eight clearly different hues beat more, muddier ones.
export const USER_PALETTE = [
  '#1f5f99',
  '#a03a16',
  '#2e6b3c',
  '#6a3d9a',
  '#a1304f',
  '#0d6b70',
  '#76560a',
  '#44548f',
] as const;

/**
 * A stable colour for a key (an account id, or a name): the same person gets the same colour
 * on every device and in every session. The server names carets with it, the web app draws
 * avatars with it, so a person's colour is the same on their screen and everyone else's.
 */
export function colorForUser(key: string): string {
  let hash = 0;
  for (const char of key.trim().toLowerCase()) {
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  }
  return USER_PALETTE[hash % USER_PALETTE.length] ?? USER_PALETTE[0];
}
