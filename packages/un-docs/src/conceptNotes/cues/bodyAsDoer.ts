import { MEETING_WORD } from './themeHeadingCues.js';

// Round w38at: a body named as the doer of something other than the meeting (“Completing the
// current 2020 Treaty Body Review by the General Assembly, …”, “the 2025 review of the
// peacebuilding architecture by the Security Council and the General Assembly”, `l'examen … par
// l'Assemblée générale`, `la revisión … por la Asamblea General`) is not the body whose meeting
// it is, as a resolution the background cites is not (round 17b): the first mention passes it
// over, and the body joined to it by “and”. A meeting or an act of convening just before “by”
// (“a panel convened by the Human Rights Council”, “an open debate organized by …”) still
// names the meeting's body.

const BY = String.raw`(?:by|par|por)\s+(?:the\s+|l['’]|la\s+|le\s+|el\s+)?`;
const JOINED = String.raw`(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+(?:and|et|y)\s+(?:the\s+|l['’]|la\s+|le\s+|el\s+)?)?`;
const DOER = new RegExp(String.raw`(?<![\p{L}])${BY}${JOINED}$`, 'u');
const MEETING_BEFORE = new RegExp(
  String.raw`${MEETING_WORD}|(?:conven|organi[sz]|host|chair|held|hold|convoqu|organis|convoc|organiz|celebr|tenu|sponsor|request|demand|solicit|mandat|adopt)\p{L}*\s+(?:\p{L}+\s+)?${BY}${JOINED}$`,
  'iu',
);

/** Whether the body at `index` in `text` is named as the doer of another act than the meeting. */
export function bodyAsDoer(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 120), index);
  if (!DOER.test(before)) return false;
  const near = before.slice(Math.max(0, before.length - 60));
  return !MEETING_BEFORE.test(near);
}
