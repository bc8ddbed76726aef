import { latestTextDate } from './cues/textDateYear.js';
import { invitationBody } from './cues/invitedEvent.js';
import { conceptNoteSymbol } from '../symbols/conceptNoteSymbol.js';
import { jobNumberSymbol } from '../symbols/jobNumberSymbol.js';
import { findSymbol } from '../symbols/findSymbol.js';
import type { ConceptNote } from './ConceptNote.js';
import { bodyCandidates } from './cues/bodyCues.js';
import { pickBest } from './cues/Candidate.js';
import { bodyOfEntityMeeting } from './cues/entityBody.js';
import { simulatedMeeting } from './cues/simulatedMeeting.js';
import { themeCandidates } from './cues/themeCues.js';
import { findConvening } from './findConvening.js';
import { findDiscussionPoints } from './findDiscussionPoints.js';
import { uniqueLabels } from './uniqueLabels.js';
import { findExpectedOutcome } from './findExpectedOutcome.js';
import { findFormat } from './findFormat.js';
import { findInlineList, findListSections } from './findListSections.js';
import { findMeeting } from './findMeeting.js';
import { findSpeakingLimit } from './findSpeakingLimit.js';
import { findSubmission } from './findSubmission.js';
import { toNoteLayout, type NoteLayout } from './layout/NoteLayout.js';
import { NoteEvidence, type KindEvidence } from './NoteEvidence.js';

// Layout first (title blocks, headings, header fields), then every field from the surest of
// its candidates; the confidence and the source sentence of each travel with the note so
// the review form can show what to check first.

/** Parses a concept note; every field the note does not state is null (lists empty). */
export function parseConceptNote(text: string): ConceptNote {
  return conceptNoteFrom(toNoteLayout(text));
}

/**
 * The same, from the note's layout when it is already made (`parseDocument` makes it to decide
 * the kind, and says on what evidence).
 */
export function conceptNoteFrom(note: NoteLayout, kind: KindEvidence = 'stated'): ConceptNote {
  const evidence = new NoteEvidence(kind);
  const bodyCandidate = pickBest(bodyCandidates(note));
  const found = findFormat(note, bodyCandidate?.value ?? null);
  const format = evidence.take('format', found);
  const meeting = findMeeting(note, format);
  // Round w37ct: a course's simulated meeting is no body's and under no presidency.
  const simulated = simulatedMeeting(note);
  const convening = findConvening(
    note,
    simulated ? null : (bodyCandidate?.value ?? null),
    format,
    simulated,
  );
  // Round 31e: an invited event outside the vocabulary is no body's unless its invitation says so.
  const body = evidence.take(
    'body',
    simulated
      ? null
      : invitationBody(note, format, bodyOfEntityMeeting(bodyCandidate, convening.convener)),
  );
  const points = findDiscussionPoints(note.blocks);
  const objectives = findListSections(note.blocks, 'objectives');
  const discussionPoints = uniqueLabels(points.items);
  // Round w38bt: a yearless deadline of a meeting without a date (cues/textDateYear.ts).
  const reference = meeting.date ?? latestTextDate(note.blocks);
  const submission = findSubmission(note, reference, note.footnotes);
  const result: Omit<ConceptNote, 'confidence' | 'sources' | 'missing' | 'notice'> = {
    kind: 'concept-note',
    // Round t43b: or the symbol a flattened footer prints beside the job number (jobNumberSymbol.ts).
    symbol:
      findSymbol(note.normalized.split('\n')) ??
      jobNumberSymbol(note.normalized) ??
      conceptNoteSymbol(note.normalized),
    theme: evidence.take('theme', pickBest(themeCandidates(note, format, found?.source ?? null))),
    body,
    meetingDate: evidence.meeting('meetingDate', meeting.date, meeting),
    meetingTime: evidence.meeting('meetingTime', meeting.time, meeting),
    presidency: evidence.take('presidency', convening.presidency),
    convener: evidence.take('convener', convening.convener),
    format,
    objectives: uniqueLabels(
      objectives.length > 0 ? objectives : findInlineList(note.blocks, 'objectives'),
    ),
    discussionPoints,
    speakingLimitMinutes: evidence.take('speakingLimitMinutes', findSpeakingLimit(note)),
    submission,
    expectedOutcome: evidence.take('expectedOutcome', findExpectedOutcome(note, meeting.date)),
  };
  evidence.lists(result.objectives, result.discussionPoints, points.sectioned);
  evidence.submission(submission);
  return { ...result, ...evidence.report(result) };
}
