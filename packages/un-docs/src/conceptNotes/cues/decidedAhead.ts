// Session 25 (round t40): a decision to hold a meeting looks ahead to it whatever the tense of
// the deciding verb. A chair's letter ("the informal meeting … held this morning, where it was
// decided that the sixty-fourth session of the Commission will convene on 9 March"), a news item
// (`قررت الدول الأعضاء … عقد المناقشة العامة …`, "Member States decided to hold the general
// debate … virtually") or a resolution recalled ("the Assembly decided to convene a high-level
// meeting") record a decision, not the meeting: the meeting decided on is ahead. The decision
// must govern the holding ("decided to hold / convene / organize", `a décidé de tenir`,
// `decidió celebrar`, `решил провести`, `قرر … عقد`, `决定举行`) or a clause in the future
// ("agreed that the meeting will be of a procedural nature", `acordó que … se celebrará`).

const HOLDING_EN = String.raw`(?:hold|convene|organi[sz]e|host|schedule)`;
const DECIDED_EN = String.raw`(?:decided|agreed|resolved)`;
const DECIDED_FR = String.raw`(?:décidé|convenu|résolu)`;
const DECIDED_ES = String.raw`(?:decidió|decidieron|acordó|acordaron|resolvió|resolvieron|decidido|acordado)`;

const PATTERNS = [
  new RegExp(
    String.raw`(?<![\p{L}])${DECIDED_EN}\s+(?:(?:unanimously|today|also)\s+)?(?:to\s+${HOLDING_EN}|that\s+[^.;!?]{0,200}?(?<![\p{L}])(?:will|shall)(?![\p{L}]))`,
    'iu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])${DECIDED_FR}\s+(?:de\s+(?:tenir|convoquer|organiser)|que\s+[^.;!?]{0,200}?\p{L}+(?:era|ira|eront|iront|ra)(?![\p{L}]))`,
    'iu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])${DECIDED_ES}\s+(?:(?:por\s+unanimidad|hoy)\s+)?(?:celebrar|convocar|organizar|realizar|que\s+[^.;!?]{0,200}?\p{L}+(?:rá|rán)(?![\p{L}]))`,
    'iu',
  ),
  /(?<![\p{L}])(?:решил[аи]?|решили|постановил[аи]?|постановили)\s+(?:провести|созвать|организовать)(?![\p{L}])/iu,
  /(?<![\p{L}])[وف]?(?:قرر|قررت|قرروا|اتفق|اتفقت|اتفقوا)(?![\p{L}])[^.؟!\n]{0,80}?(?<![\p{L}])(?:عقد|إجراء|تنظيم)(?![\p{L}])/u,
  /决定(?:于[^。，]{0,20})?(?:举行|召开)/u,
];

/** Whether the sentence decides on holding a meeting, which is then ahead. */
export function decidesAhead(sentence: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(sentence));
}
