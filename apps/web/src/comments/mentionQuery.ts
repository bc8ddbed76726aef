// @mentions in a comment being typed: the `@query` before the caret, the members it may
// name, and the text once one is chosen. A mention is written `@Display Name` in the body.
import type { Member } from './commentsApi';

export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  /** Index of the caret. */
  end: number;
  query: string;
}

const LONGEST_QUERY = 40;

/** The `@query` being typed just before the caret, if any. */
export function mentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start === -1) return null;
  // "un.org@mission" is an address, not a mention: `@` must start a word.
  const previous = before[start - 1];
  if (previous !== undefined && !/[\s([{"'“‘«]/u.test(previous)) return null;
  const query = before.slice(start + 1);
  if (query.length > LONGEST_QUERY || /^\s|\s\s|\n/u.test(query)) return null;
  return { start, end: caret, query };
}

/** Members whose name, or one of its later words, starts with the query. */
export function matchingMembers(members: Member[], query: string, limit = 6): Member[] {
  const wanted = query.trimEnd().toLocaleLowerCase();
  return members
    .filter((member) => {
      const name = member.displayName.toLocaleLowerCase();
      if (name.startsWith(wanted)) return true;
      return [...name.matchAll(/\s+/gu)].some((gap) =>
        name.startsWith(wanted, (gap.index ?? 0) + gap[0].length),
      );
    })
    .slice(0, limit);
}

/** The text with the query replaced by `@Name `, and where the caret goes next. */
export function insertMention(
  text: string,
  query: MentionQuery,
  member: Member,
): { text: string; caret: number } {
  const mention = `@${member.displayName} `;
  const after = text.slice(query.end).replace(/^ /u, '');
  return {
    text: text.slice(0, query.start) + mention + after,
    caret: query.start + mention.length,
  };
}

const isNameChar = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Ids of the members named `@Display Name` in a comment, each once. */
export function mentionedIn(body: string, members: Member[]): string[] {
  const ids = new Set<string>();
  for (const member of members) {
    const mention = `@${member.displayName}`;
    let index = body.indexOf(mention);
    while (index !== -1) {
      if (!isNameChar(body[index + mention.length])) {
        ids.add(member.userId);
        break;
      }
      index = body.indexOf(mention, index + 1);
    }
  }
  return [...ids];
}
