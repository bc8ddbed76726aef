import { actorList } from './actorList.js';
import { candidate, type Cue } from './Candidate.js';

// Round w36at (by the convention decided at round 21's merge: a body that convenes in the
// sentence that convenes is the convener): English news and event pages put the Organization
// before the body's name ("The UN General Assembly (UNGA) will convene a high-level plenary
// meeting on …", "The United Nations Economic and Social Council (ECOSOC) will hold …"), where
// `convenerCues.ts` reads it after (`of the United Nations`). Named as the note names it, the
// acronym in brackets an aside; the Security Council is not among the bodies, its meetings
// being its presidency's.

const UN_BODY_CONVENES =
  /^(?:[^.]*?,\s+)?((?:the|The)\s+(?:UN|United\s+Nations)\s+(?:General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Peacebuilding\s+Commission))(?:\s+\([A-Z]{2,8}\))?\s+(?:will|plans?\s+to|intends?\s+to|shall)\s+(?:co-?)?(?:convene|hold|organi[sz]e|host)(?![\p{L}])/u;

export const unBodyConvenes: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const body = UN_BODY_CONVENES.exec(text)?.[1];
    const list = body ? actorList(body.replace(/^The\b/u, 'the')) : null;
    return list ? [candidate(list, 0.7, text, 'unBodyConvenes')] : [];
  });
