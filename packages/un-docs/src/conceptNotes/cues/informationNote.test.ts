import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parseDocument.js';
import { headedAsInformationNote } from './informationNote.js';

// Session 26: a meeting's information or logistics note is its partial note, not a report.
describe('headedAsInformationNote', () => {
  it.each([
    ['Logistics Note Introduction 1. This note addresses administrative issues.'],
    ['Information note for delegations'],
    ['Practical information'],
    ["Note d'information à l'intention des délégations"],
    ['Note logistique'],
    ['Nota informativa para las delegaciones'],
    ['Nota logística'],
  ])('reads an information note heading: %s', (block) => {
    expect(headedAsInformationNote({ blocks: [block] })).toBe(true);
  });

  it.each([
    ['Report of the Secretary-General'],
    ['Information and communications technologies for development'],
    ['Notes on the programme of work'],
  ])('reads none in: %s', (block) => {
    expect(headedAsInformationNote({ blocks: [block] })).toBe(false);
  });

  const text = (heading: string, ahead = true) =>
    [
      heading,
      '',
      ahead
        ? '1. La presente nota trata de las cuestiones administrativas relativas a la Ministerial de Mantenimiento de la Paz de las Naciones Unidas, que tendrá lugar el 12 de mayo de 2027. La reunión será inaugurada por la Vicesecretaria General.'
        : '1. La presente nota trata de las cuestiones administrativas relativas a la Ministerial de Mantenimiento de la Paz de las Naciones Unidas, que tuvo lugar el 12 de mayo de 2027. La reunión fue inaugurada por la Vicesecretaria General.',
      '',
      '2. Los Estados Miembros han sido invitados a enviar una delegación encabezada a nivel ministerial.',
      '',
      '3. Los pases de acceso se entregarán en la oficina de acreditación, situada en la Calle 45.',
    ].join('\n');

  it('reads its numbered paragraphs as a partial note, not a report', () => {
    const read = parseDocument(text('Nota informativa para las delegaciones'));
    expect(read.kind).toBe('concept-note');
    expect(read.kind === 'concept-note' && read.meetingDate).toBe('2027-05-12');
  });

  it('leaves the note on a meeting held no concept note', () => {
    let kind = 'refused';
    try {
      kind = parseDocument(text('Nota informativa para las delegaciones', false)).kind;
    } catch {
      // refused
    }
    expect(kind).not.toBe('concept-note');
  });
});
