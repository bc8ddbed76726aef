import type { Candidate } from './Candidate.js';

// Round w36ct: a meeting held ahead of a body's session, to prepare for it (a regional
// consultation "ahead of the 68th session of the Commission on the Status of Women", "in
// preparation for CSW68", `en vue de la 68e session`, `con miras al 68.º período de sesiones`),
// is not held at that session nor on its margins: by the convention on the body, that body is
// not the meeting's when the text names it only so, and the theme the text quotes for that
// session ("the main theme of the 68th session – “…”") is the session's, not the meeting's (the
// convention on a meeting within a larger event: the occasion's theme is not its own).
const AHEAD =
  /(?<![\p{L}])(?:ahead\s+of|in\s+preparation\s+for|in\s+the\s+(?:lead-?up|run-?up)\s+to|preparatory\s+to|en\s+vue\s+d[eu]|en\s+préparation\s+d[eu]|con\s+miras\s+a|en\s+preparación\s+(?:de|del|para))(?![\p{L}])/iu;
const SESSION_OF = String.raw`(?:the\s+|la\s+|le\s+|el\s+|al\s+|del\s+)?[\p{L}\d.ºª-]+\s+(?:session|período\s+de\s+sesiones)\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?`;
const SESSIONS_THEME =
  /(?<![\p{L}])(?:(?:main|priority|review|overall|central)\s+)?theme\s+of\s+the\s+[\p{L}\d-]+\s+session(?![\p{L}])|(?<![\p{L}])thème\s+(?:principal\s+)?de\s+la\s+[\p{L}\d-]+\s+session(?![\p{L}])|(?<![\p{L}])tema\s+(?:principal\s+|prioritario\s+)?del\s+[\p{L}\d.ºª-]+\s+período\s+de\s+sesiones(?![\p{L}])/iu;

function escaped(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Whether every mention of `body` in the text is the session a meeting is held ahead of. */
function namedOnlyAhead(body: string, text: string): boolean {
  const mentions = [...text.matchAll(new RegExp(escaped(body), 'giu'))];
  if (mentions.length === 0) return false;
  return mentions.every(({ index }) => {
    const before = text.slice(Math.max(0, index - 80), index);
    return new RegExp(String.raw`${AHEAD.source}\s+${SESSION_OF}$`, 'iu').test(before);
  });
}

/** Whether the text's meeting is held ahead of a session. */
export function heldAheadOfSession(text: string): boolean {
  return new RegExp(String.raw`${AHEAD.source}\s+${SESSION_OF}`, 'iu').test(text);
}

/** Body candidates without a body the text names only as the session its meeting prepares. */
export function withoutSessionAhead(
  candidates: Candidate<string>[],
  text: string,
): Candidate<string>[] {
  return candidates.filter(({ value }) => !namedOnlyAhead(value, text));
}

/** Theme candidates without the theme of the session the meeting is held ahead of. */
export function withoutThemeOfSessionAhead(
  candidates: Candidate<string>[],
  text: string,
): Candidate<string>[] {
  if (!heldAheadOfSession(text)) return candidates;
  return candidates.filter(({ source }) => !SESSIONS_THEME.test(source));
}
