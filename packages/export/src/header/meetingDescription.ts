import type { DebateDetails } from '../model/StatementExport.js';

// How statements, e-mails and letters name the meeting ("the Security Council open debate on
// “…”"), its place, and the delegations speaking.

function quotedTheme(theme: string): string {
  const bare = theme.trim().replace(/^["“”']+|["“”']+$/g, '');
  return bare === '' ? '' : `“${bare}”`;
}

/** "Security Council open debate"; the format alone when it already names the body. */
export function meetingName(debate: DebateDetails): string {
  const body = debate.body?.trim() ?? '';
  const format = debate.format?.trim() ?? '';
  if (body && format.toLowerCase().includes(body.toLowerCase())) return format;
  return [body, format].filter((part) => part !== '').join(' ');
}

/**
 * "the Security Council open debate on “Theme”", "the debate on “Theme”" when neither the
 * body nor the format is known, "the Security Council open debate" when the theme is empty.
 */
export function meetingDescription(debate: DebateDetails): string {
  const name = meetingName(debate) || 'debate';
  const theme = quotedTheme(debate.theme);
  return theme ? `the ${name} on ${theme}` : `the ${name}`;
}

/** "Brazil, Côte d’Ivoire and Türkiye": UN style, without a serial comma. */
export function joinNames(names: readonly string[]): string {
  const clean = names.map((name) => name.trim()).filter((name) => name !== '');
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1] ?? ''}`;
}

// Where a body meets, for the "New York, 19 April 2021" line. Only bodies whose seat is
// certain are listed; for any other the line gives the date alone rather than a guess.

const SEATS: readonly (readonly [RegExp, 'New York' | 'Geneva'])[] = [
  [
    /security council|general assembly|economic and social council|ecosoc|peacebuilding/i,
    'New York',
  ],
  [/human rights council|conference on disarmament/i, 'Geneva'],
];

export function meetingPlace(body: string | null): 'New York' | 'Geneva' | null {
  if (!body) return null;
  return SEATS.find(([pattern]) => pattern.test(body))?.[1] ?? null;
}
