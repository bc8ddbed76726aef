// A comment's plain text cut into what is shown differently: mentions, web links, and the
// rest. Rendering these as React text nodes and checked links means no HTML ever comes
// from a comment.

export type CommentSegment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; userId: string }
  | { kind: 'link'; text: string; href: string };

export interface MentionedPerson {
  userId: string;
  displayName: string;
}

const LINK = /\bhttps?:\/\/[^\s<>"]+/giu;
// Closing punctuation usually ends the sentence, not the address.
const TRAILING = /[.,;:!?)\]}'"’”»]+$/u;

function links(text: string): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    const href = match[0].replace(TRAILING, '');
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: href, href });
    last = start + href.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Splits `body` around `@Name` for the people it mentions, then around links. */
export function commentSegments(body: string, mentioned: MentionedPerson[]): CommentSegment[] {
  // Longest names first, so "@Le Van Nam" is not read as "@Le Van".
  const people = [...mentioned].sort((a, b) => b.displayName.length - a.displayName.length);
  const segments: CommentSegment[] = [];
  let rest = body;
  while (rest) {
    let found: { index: number; person: MentionedPerson } | null = null;
    for (const person of people) {
      const index = rest.indexOf(`@${person.displayName}`);
      if (index !== -1 && (found === null || index < found.index)) found = { index, person };
    }
    if (!found) break;
    const text = `@${found.person.displayName}`;
    segments.push(...links(rest.slice(0, found.index)));
    segments.push({ kind: 'mention', text, userId: found.person.userId });
    rest = rest.slice(found.index + text.length);
  }
  segments.push(...links(rest));
  return segments;
}
