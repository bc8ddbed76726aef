import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { invitedTitle, invitesToEvent } from './invitedEvent.js';
import { hoursUnderDay } from './hoursAfterDays.js';

const INVITATION = [
  'The Permanent Mission of Ghana and the',
  'International Water Law Institute are delighted to invite you to the launch of the book:',
  'Rivers Without Borders:',
  'Water diplomacy in West Africa',
  'Tuesday 9 April',
  "Delegates' Lounge, United Nations Headquarters",
  '18.00 - 19.30',
  'Speakers',
  'H.E. Ms Ama Owusu, Permanent Representative of Ghana',
  'Mr. Pieter de Vries, Director, International Water Law Institute',
  'Copies of the book will be available at the event',
].join('\n');

describe('invitedEvent', () => {
  it('takes an invitation to an event on a day at an hour for a meeting, its title for the theme', () => {
    const note = toNoteLayout(INVITATION);
    expect(invitesToEvent(note)).toBe(true);
    expect(invitedTitle(note).map(({ value }) => value)).toEqual([
      'Rivers Without Borders: Water diplomacy in West Africa',
    ]);
    expect(hoursUnderDay(note.sentences)?.text).toMatch(/18\.00 - 19\.30$/u);
  });

  it('takes no invitation without its hours, nor one that does not open the text', () => {
    expect(
      invitesToEvent(
        toNoteLayout(INVITATION.replace(' 18.00 - 19.30', '').replace('18.00 - 19.30', 'Room 7')),
      ),
    ).toBe(false);
    const late = [
      'Report',
      '',
      'Para one.',
      '',
      'Para two.',
      '',
      'Para three.',
      '',
      'Para four.',
      '',
      INVITATION,
    ].join('\n');
    expect(invitesToEvent(toNoteLayout(late))).toBe(false);
  });
});
