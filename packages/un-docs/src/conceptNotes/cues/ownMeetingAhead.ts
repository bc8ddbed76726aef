import { isEnglishQualifier, qualifiedFormat } from './formatQualifiers.js';

// Round t42a: a page about one meeting held within a forum or a segment, which it names only in
// passing, calls that meeting by a bare kind under a demonstrative, as the subject of a sentence
// looking ahead ("This session will launch the preparations for the Summit", `Cette séance
// permettra …`, `Esta sesión examinará …`): that meeting, not the setting it is held in, is the one
// the text is about. "The meeting will be webcast" refers back to the forum itself, and is not
// read. A Spanish `sesión` or `reunión` and a French `séance` or `réunion` are meetings, a
// `session` a session (the convention of cues/bareKind.ts). The kind opens its sentence and its
// verb follows at once: in the future, or "aims to", "is intended to"; the words between the
// demonstrative and the kind may only say how it is held ("this virtual session") or be its
// qualifiers ("this thematic session"): "this opening session" is a part of the forum.
const OWN_MEETING = new RegExp(
  String.raw`^(?:this|cette|cet|ce|esta|este)\s+(?<between>(?:[\p{L}-]+\s+){0,2}?)(?:(?<session>session)|(?<meeting>meeting|séance|réunion|sesión|reunión))\s+(?:will|shall|aims\s+to|is\s+intended\s+to|\p{L}+(?:era|ira|ra|rá)(?:n|nt)?)(?![\p{L}])`,
  'iu',
);
const HELD = /^(?:in-person|virtual|hybrid|online)$/iu;

/** The bare kind a sentence opens on as the subject of its verb looking ahead, or null. */
export function ownMeetingAhead(sentence: string): string | null {
  const own = OWN_MEETING.exec(sentence);
  if (!own?.groups) return null;
  const between = own.groups.between?.split(/\s+/u).filter((word) => word !== '') ?? [];
  if (!between.every((word) => isEnglishQualifier(word) || HELD.test(word))) return null;
  const kind = own.groups.session === undefined ? 'meeting' : 'session';
  const word = own.groups.session ?? own.groups.meeting ?? '';
  // The kind stands after the demonstrative, its space and the words between.
  const demonstrative = /^\S+\s+/u.exec(own[0])?.[0] ?? '';
  const start = own.index + demonstrative.length + (own.groups.between ?? '').length;
  return qualifiedFormat(sentence, start, start + word.length, kind);
}
