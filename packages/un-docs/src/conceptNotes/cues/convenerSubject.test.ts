import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { convenerSubject } from './convenerSubject.js';

function convener(text: string): string | null {
  return convenerSubject(toNoteLayout(text))[0]?.value ?? null;
}

describe('convenerSubject', () => {
  it.each([
    [
      'Brazil and Mozambique are delighted to invite all Member States to the meeting.',
      'Brazil and Mozambique',
    ],
    [
      'Ghana, Japan and Malta would like to invite delegations to a briefing.',
      'Ghana, Japan and Malta',
    ],
    [
      'We are pleased to announce that Chile and Sweden will jointly host the dialogue.',
      'Chile and Sweden',
    ],
    [
      'As co-chairs of the Group of Friends, Peru and Qatar are organizing a meeting.',
      'Peru and Qatar',
    ],
    [
      "La Belgique, le Maroc et le Pérou ont le plaisir d'inviter les États Membres.",
      'la Belgique, le Maroc et le Pérou',
    ],
    ['Chile y España convocan una reunión.', 'Chile y España'],
    [
      'This side event is sponsored by Costa Rica, Morocco and Slovenia.',
      'Costa Rica, Morocco and Slovenia',
    ],
    [
      'The event is co-organized by the Permanent Missions of Fiji and Portugal.',
      'Fiji and Portugal',
    ],
    [
      'The President of the General Assembly has the honour to invite delegations.',
      'the President of the General Assembly',
    ],
    [
      "La Présidente de la quatre-vingt-deuxième session de l'Assemblée générale convoquera un débat thématique.",
      "la Présidente de l'Assemblée générale",
    ],
    [
      'La Presidenta del octogésimo tercer período de sesiones de la Asamblea General, Excma. Sra. Lucía Ortega, convocará una reunión.',
      'la Presidenta de la Asamblea General',
    ],
    [
      'We invite your delegation to an Arria-formula meeting on the theme "Oceans", which Ghana and Japan will co-host on Monday.',
      'Ghana and Japan',
    ],
  ])('reads %s', (sentence, expected) => {
    expect(convener(sentence)).toBe(expected);
  });

  it.each([
    ['Member States are invited to address the following questions.'],
    ['The Council held an open debate on the question in 2015.'],
    ['Civil society organizations will host a reception.'],
    ["Mission permanente du Royaume du Maroc auprès de l'Organisation des Nations Unies"],
  ])('finds no convener in %s', (sentence) => {
    expect(convener(sentence)).toBeNull();
  });
});

// Round 32a: a role shared by the States that convene is in the plural.
describe('convenerSubject, a plural role after the States', () => {
  it('reads the States before it, in English, French and Spanish', () => {
    expect(
      convener(
        'Ghana and Japan, members of the Security Council, are hosting an Arria-formula meeting.',
      ),
    ).toBe('Ghana and Japan');
    expect(
      convener(
        'La Grèce et le Panama, membres du Conseil de sécurité, organisent une réunion selon la formule Arria.',
      ),
    ).toBe('la Grèce et le Panama');
    expect(
      convener(
        'Malta y el Ecuador, miembros del Consejo de Seguridad, organizan una reunión con arreglo a la fórmula Arria.',
      ),
    ).toBe('Malta y el Ecuador');
  });
});
