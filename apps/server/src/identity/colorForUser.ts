// The caret and avatar colour of an account. The web app computes the same colour for its own
// user (apps/web/src/identity/colorForName.ts; test/identityColor.test.ts keeps them equal), so
// a person's colour is the same on their screen and everyone else's.
const USER_PALETTE = [
  '#1f5f99',
  '#a03a16',
  '#2e6b3c',
  '#6a3d9a',
  '#a1304f',
  '#0d6b70',
  '#76560a',
  '#44548f',
] as const;

export function colorForUser(userId: string): string {
  let hash = 0;
  for (const char of userId.trim().toLowerCase()) {
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  }
  return USER_PALETTE[hash % USER_PALETTE.length] ?? USER_PALETTE[0];
}
