import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { findFormat } from '../findFormat.js';
import { mandatesMeeting } from './mandatedQualifiers.js';

describe('mandatesMeeting', () => {
  it.each([
    [
      'In its resolution 57/21, the Human Rights Council requested OHCHR to organize, before its fifty-ninth session, a one-day intersessional panel discussion on wildfires.',
      true,
    ],
    [
      'Dans sa résolution 58/3, le Conseil a décidé de tenir une réunion-débat annuelle sur les droits des peuples autochtones.',
      true,
    ],
    ['En su resolución 55/4, el Consejo decidió celebrar una mesa redonda anual.', true],
    ['The panel discussion will be held on Tuesday, 8 June 2027.', false],
    ['The Council requested a report on the panel.', false],
  ])('%s → %s', (sentence, mandates) => {
    expect(mandatesMeeting(sentence)).toBe(mandates);
  });
});

describe('a bare kind announced ahead takes its mandate’s qualifiers', () => {
  it.each([
    [
      'In its resolution 57/21, the Human Rights Council requested OHCHR to organize a one-day intersessional panel discussion on wildfires and human rights.\n\nThe panel discussion will be held on Tuesday, 8 June 2027, in Room XX.',
      'one-day intersessional panel discussion',
    ],
    [
      'In resolution 60/4, the Human Rights Council decided to hold an annual interactive dialogue on the rights of older persons.\n\nThe interactive dialogue will take place on 4 March 2027.',
      'annual interactive dialogue',
    ],
  ])('%s → %s', (text, format) => {
    expect(findFormat(toNoteLayout(text))?.value).toBe(format);
  });
});
