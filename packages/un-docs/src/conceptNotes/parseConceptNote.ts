import { findSymbol } from '../symbols/findSymbol.js';
import { normalizeText } from '../text/normalizeText.js';
import type { ConceptNote } from './ConceptNote.js';
import { findBody } from './findBody.js';
import { findExpectedOutcome } from './findExpectedOutcome.js';
import { findFormat } from './findFormat.js';
import { findListSections } from './findListSections.js';
import { findMeeting } from './findMeeting.js';
import { findPresidency } from './findPresidency.js';
import { findSpeakingLimit } from './findSpeakingLimit.js';
import { findSubmission } from './findSubmission.js';
import { findTheme } from './findTheme.js';
import { toNoteText } from './NoteText.js';

/** Parses a concept note; every field the note does not state is null (lists empty). */
export function parseConceptNote(text: string): ConceptNote {
  const normalized = normalizeText(text);
  const note = toNoteText(normalized);
  const meeting = findMeeting(note);
  return {
    kind: 'concept-note',
    symbol: findSymbol(normalized.split('\n')),
    theme: findTheme(note),
    body: findBody(note),
    meetingDate: meeting.date,
    meetingTime: meeting.time,
    presidency: findPresidency(note),
    format: findFormat(note),
    objectives: findListSections(note.blocks, 'objectives'),
    discussionPoints: findListSections(note.blocks, 'points'),
    speakingLimitMinutes: findSpeakingLimit(note),
    submission: findSubmission(note, meeting.date),
    expectedOutcome: findExpectedOutcome(note),
  };
}
