import { describe, expect, it } from 'vitest';
import { letterOffice } from './letterAuthor.js';

describe('letterOffice', () => {
  it.each([
    [
      'Carta de fecha 10 de febrero de 2027 dirigida a los Representantes Permanentes y Observadores Permanentes ante las Naciones Unidas por el Presidente de la Asamblea General',
      'el Presidente de la Asamblea General',
    ],
    [
      "Lettre datée du 3 mars 2027, adressée aux représentants permanents par la Présidente de l'Assemblée générale",
      "la Présidente de l'Assemblée générale",
    ],
    [
      'Letter dated 1 March 2027 from the President of the General Assembly addressed to all Permanent Representatives',
      'the President of the General Assembly',
    ],
  ])('names the office of %s', (title, expected) => {
    expect(letterOffice(['United Nations', title, 'Excellency,'])).toBe(expected);
  });
});

describe('letterOffice from a French or Spanish letterhead', () => {
  it.each([
    ["LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE", "le Président de l'Assemblée générale"],
    [
      'LA PRESIDENTA DEL CONSEJO ECONÓMICO Y SOCIAL',
      'la Presidenta del Consejo Económico y Social',
    ],
    [
      'LE PRÉSIDENT DU CONSEIL DES DROITS DE L’HOMME',
      'le Président du Conseil des droits de l’homme',
    ],
    ['El Presidente de la Asamblea General', 'el Presidente de la Asamblea General'],
  ])('names the office of %s, cased as the UN writes it', (letterhead, expected) => {
    expect(letterOffice([letterhead, '12 de febrero de 2027', 'Excelencia:'])).toBe(expected);
  });
});

describe('letterOffice from a signature block naming the session', () => {
  it.each([
    [
      'Presidente del octogésimo primer período de sesiones de la Asamblea General',
      'el Presidente de la Asamblea General',
    ],
    [
      'Presidenta del 82.º período de sesiones de la Asamblea General',
      'la Presidenta de la Asamblea General',
    ],
    [
      "Présidente de la quatre-vingtième session de l'Assemblée générale",
      "la Présidente de l'Assemblée générale",
    ],
    ['Président du Conseil économique et social', 'le Président du Conseil économique et social'],
    [
      'President of the seventy-ninth session of the General Assembly',
      'the President of the General Assembly',
    ],
  ])('names the office of %s without its session', (signature, expected) => {
    expect(
      letterOffice(['Excelencia:', 'Tengo el honor de …', '(Firmado) Ana Pérez', signature]),
    ).toBe(expected);
  });

  it('names no office for a signature naming none', () => {
    expect(
      letterOffice(['Excelencia:', 'Tengo el honor de …', '(Firmado) Ana Pérez', 'Embajadora']),
    ).toBeNull();
  });
});
