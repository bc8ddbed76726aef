import { readFileSync } from 'node:fs';
import { toNoteLayout } from './conceptNotes/layout/NoteLayout.js';
import { findFormat } from './conceptNotes/findFormat.js';
import { findMeeting } from './conceptNotes/findMeeting.js';
import { meetingAhead, recordsMeeting, mainClause } from './conceptNotes/meetingAhead.js';
const note = toNoteLayout(readFileSync(process.argv[2], 'utf8'));
const f = findFormat(note);
console.log(f, findMeeting(note), f && meetingAhead(note, findMeeting(note), f.source), recordsMeeting(note));
for (const s of note.sentences) console.log('>', mainClause(s.text).slice(0,120));
