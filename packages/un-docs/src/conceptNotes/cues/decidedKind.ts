import { earliest } from '../kindsNamed.js';
import { announcedBareKind } from './bareKind.js';

// Round t43a: a chair's letter or a press item may name first the meeting where a decision was
// taken (“in follow up to the informal meeting of the Commission held this morning, where it was
// decided that the sixty-fourth session of the Commission will convene on 9 March”, `lors de la
// réunion informelle tenue ce matin, il a été décidé que la session s'ouvrira …`): that meeting
// is recorded, and the meeting decided on, ahead, is the one the text is about (decidedAhead.ts
// reads its tense for the kind decision). Where the sentence naming the first kind goes on to a
// decision that a meeting will be held (“decided that …”, `décidé que …`, `decidió que …`), the
// kind is the one the decided clause names, of the vocabulary or a bare session, segment or
// debate (cues/bareKind.ts). A decision on something else (“decided that the report will be
// issued”) names no kind, and the first kind stays.

const DECIDED_THAT =
  /(?<![\p{L}])(?:decided|agreed|décidé|convenu|decidió|acordó|decidido|acordado)\s+(?:que|that)\s+/iu;

/** The kind the clause after “decided that” in `sentence` names, when it follows `after`. */
export function decidedKind(sentence: string, after: number): string | null {
  const decided = DECIDED_THAT.exec(sentence.slice(after));
  if (!decided) return null;
  const clause = sentence.slice(after + decided.index + decided[0].length);
  return earliest(clause)?.format ?? announcedBareKind(clause);
}
