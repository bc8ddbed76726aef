import { describe, expect, it } from 'vitest';
import { parseConceptNote } from '../parseConceptNote.js';
import { isKindAlone } from './kindAlone.js';
import { themeField } from './themeFieldCues.js';
import { toNoteLayout } from '../layout/NoteLayout.js';

// Session 24: three general rules drawn from how the theme failed on holdouts 4–14 as written
// (docs/importing.md, "Errors on unseen text"). The texts here are invented for these tests.

describe("a message's subject line is the theme's last resort", () => {
  const message = [
    'From: Office of the Chair <chair.office@example.org>',
    'Sent: Monday, 10 May 2027 08:30',
    'To: All delegations',
    'Subject: Informal dialogue on glaciers and rivers, 2 June',
    '',
    'Dear colleagues,',
    '',
    'I am pleased to inform you that I will convene an informal interactive dialogue on the retreat of mountain glaciers and the rivers that depend on them on Wednesday, 2 June 2027, at 10 a.m., in Conference Room 1.',
    '',
    'Guiding questions',
    '1. How can downstream States plan for shrinking river flows?',
    '2. What data should basin commissions share?',
  ].join('\n');

  it('takes the theme from the sentence that convenes the meeting', () => {
    expect(parseConceptNote(message).theme).toBe(
      'the retreat of mountain glaciers and the rivers that depend on them',
    );
  });

  it('still reads the subject line, highlighted, when nothing else names a theme', () => {
    const bare = [
      'From: Office of the Chair <chair.office@example.org>',
      'To: All delegations',
      'Subject: Arria-formula meeting on glacier retreat',
      '',
      'Please find the arrangements for next Wednesday below.',
      'The meeting will take place on 2 June 2027 at 10 a.m. in Conference Room 1.',
    ].join('\n');
    const note = parseConceptNote(bare);
    expect(note.theme).toBe('glacier retreat');
    expect(note.confidence.theme).toBeLessThan(0.5);
  });

  it('ranks a message\'s subject below a "Subject:" field of the note\'s own header', () => {
    const ofMessage = themeField(
      toNoteLayout(
        [
          'From: Office of the Chair <chair.office@example.org>',
          'To: All delegations',
          'Subject: Shared aquifers and the prevention of disputes',
        ].join('\n'),
      ),
    );
    const ofNote = themeField(
      toNoteLayout(
        [
          '# Expert meeting',
          '',
          '**Subject:** Shared aquifers and the prevention of disputes',
          '**Date:** 14 June 2027, 15:00–18:00',
        ].join('\n'),
      ),
    );
    expect(ofMessage.map(({ value }) => value)).toEqual([
      'Shared aquifers and the prevention of disputes',
    ]);
    expect(ofMessage[0]?.confidence).toBeLessThan(0.5);
    expect(ofNote[0]?.confidence).toBe(0.58);
  });
});

describe("the subject after the kind in the format's own sentence", () => {
  it('is the theme whatever verb the sentence uses', () => {
    const news =
      'Ciudad de Panamá, 2 jun (Agencia) — El Consejo de Seguridad sesionará el martes en un debate abierto sobre la seguridad de las rutas marítimas del Caribe, bajo la presidencia de Norlandia.';
    const note = parseConceptNote(news);
    expect(note.format).toBe('open debate');
    expect(note.theme).toBe('la seguridad de las rutas marítimas del Caribe');
  });

  it('is not read from a later sentence naming another kind inside a bare "segment"', () => {
    const programme = [
      'The Humanitarian Affairs Segment will take place from 21 to 23 June 2027 in Geneva.',
      'Delegations will also join a panel discussion on anticipatory financing for disasters.',
    ].join(' ');
    expect(parseConceptNote(programme).theme).toBeNull();
  });
});

describe('a kind of meeting alone is no theme', () => {
  it.each([
    'ambassadorial-level meeting',
    'the open debate',
    'Arria-formula meeting',
    'une réunion-débat',
    'el debate abierto',
  ])('%s names only the kind', (value) => {
    expect(isKindAlone(value)).toBe(true);
  });

  it.each([
    'open debate on river basins',
    'Meeting the needs of displaced children',
    'Debate and dissent in public life',
  ])('%s names a subject', (value) => {
    expect(isKindAlone(value)).toBe(false);
  });

  it('leaves the title line above for the theme', () => {
    const note = parseConceptNote(
      [
        'Keeping schools open through displacement',
        '',
        'Concept note',
        '',
        'Peacebuilding Commission – ambassadorial-level meeting',
        'Tuesday, 8 June 2027, 10 a.m. – 1 p.m., Conference Room 6',
        '',
        'I. Background',
        '',
        'Displaced children lose on average two years of schooling.',
      ].join('\n'),
    );
    expect(note.format).toBe('ambassadorial-level meeting');
    expect(note.theme).toBe('Keeping schools open through displacement');
  });
});
