import { isEnglishQualifier } from './cues/formatQualifiers.js';
import type { Candidate } from './cues/Candidate.js';
import { pickBest } from './cues/Candidate.js';
import { convenerCandidates } from './cues/convenerCues.js';
import { presidencyCandidates } from './cues/presidencyCues.js';
import { convenesInOtherCapacity } from './cues/otherCapacity.js';
import { findMemberState } from './findMemberState.js';
import type { NoteLayout } from './layout/NoteLayout.js';

// Who the meeting belongs to. A Security Council meeting (other than an Arria-formula one)
// is held under the Council's presidency; every other meeting has a convener: the States
// that organize it, or an office such as the President of the General Assembly.

export interface Convening {
  presidency: Candidate<string> | null;
  convener: Candidate<string> | null;
}

// "The Council will hold …" in a Human Rights Council or ECOSOC note: that Council, by its
// full name in the note's language.
const COUNCILS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'Human Rights Council': {
    the: 'the Human Rights Council',
    le: "le Conseil des droits de l'homme",
    el: 'el Consejo de Derechos Humanos',
  },
  'Economic and Social Council': {
    the: 'the Economic and Social Council',
    le: 'le Conseil économique et social',
    el: 'el Consejo Económico y Social',
  },
};

function namedCouncil(
  convener: Candidate<string> | null,
  body: string | null,
): Candidate<string> | null {
  if (!convener) return null;
  const bare = /^(the|le|el) (?:Council|Conseil|Consejo)$/i.exec(convener.value)?.[1];
  if (!bare) return convener;
  const name = COUNCILS[body ?? '']?.[bare.toLowerCase()];
  return name ? { ...convener, value: name } : null;
}

// Round 24: and the Council's open meeting (`séance publique`, `sesión pública`), a meeting of
// its own as a briefing is.
const COUNCIL_FORMATS: ReadonlySet<string> = new Set([
  'open debate',
  'open meeting',
  'briefing',
  'debate',
  'high-level meeting',
  'high-level event',
  'ministerial meeting',
  'plenary meeting',
  'special meeting',
  'joint meeting',
  'commemorative meeting',
  'informal meeting',
  'high-level dialogue',
  'interactive dialogue',
]);

function qualifiedBareMeeting(format: string): boolean {
  const words = format.split(' ');
  return words.pop() === 'meeting' && words.every((word) => isEnglishQualifier(word));
}

export function findConvening(
  note: NoteLayout,
  body: string | null,
  format: string | null,
  simulated = false,
): Convening {
  // The presidency holds the Council's own meetings; an Arria-formula meeting, a side event
  // or a workshop beside them belongs to whoever organizes it. Round 24: a bare `meeting` (an
  // emergency one) is the Council's own, though "Arria-formula meeting" ends with the word.
  // Round 36h: a bare meeting with only its qualifiers (`una reunión a nivel ministerial`) too.
  // Round w37ct: a simulated meeting (cues/simulatedMeeting.ts) is under no presidency.
  const underPresidency =
    !simulated &&
    (body === null || body === 'Security Council') &&
    (format === null ||
      qualifiedBareMeeting(format) ||
      [...COUNCIL_FORMATS].some((kind) => format === kind || format.endsWith(` ${kind}`)));
  const presidency = pickBest(presidencyCandidates(note));
  const convener = namedCouncil(pickBest(convenerCandidates(note)), body);
  if (!underPresidency) return { presidency: null, convener };
  if (presidency) return { presidency, convener: null };
  // "The open debate will be convened by Kenya": a single State convening a Council meeting
  // is its presidency.
  const state = convener ? findMemberState(convener.value) : null;
  if (convener && state && convener.value.replace(/^the\s+/i, '') === state) {
    // Round w37at: unless it convenes in another capacity the sentence names (otherCapacity.ts).
    if (convenesInOtherCapacity(convener.source, convener.value))
      return { presidency: null, convener };
    return { presidency: { ...convener, value: state }, convener: null };
  }
  return { presidency: null, convener: body === null ? convener : null };
}
