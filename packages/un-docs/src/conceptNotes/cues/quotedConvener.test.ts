import { describe, expect, it } from 'vitest';
import { toNoteLayout } from '../layout/NoteLayout.js';
import { quotedConvener } from './quotedConvener.js';

function convener(text: string): string | null {
  return quotedConvener(toNoteLayout(text))[0]?.value ?? null;
}

// Round t43c: an office holder a news item quotes convening in the first person.
describe('a quoted first-person convener, by the office the item gives the speaker', () => {
  it.each([
    [
      'The Assembly will meet next week on the flooding in the Sahel, the President of the General Assembly, Ghanaian diplomat Ama Mensah, told reporters.\n\n"Following the request of the African Group, I will convene a plenary meeting on Tuesday," Mensah said.',
      'the President of the General Assembly',
    ],
    [
      'Lena Sorvik, President of the Economic and Social Council, wrote on social media: "I will convene a special meeting on food security on 3 April."',
      'the President of the Economic and Social Council',
    ],
    [
      'La presidenta de la Asamblea General, la diplomática Ana Ruiz, habló con la prensa.\n\n«Convocaré una sesión plenaria el jueves», dijo Ruiz.',
      'la presidenta de la Asamblea General',
    ],
  ])('%s', (text, office) => {
    expect(convener(text)).toBe(office);
  });

  it.each([
    // A first person outside quotation marks is a letter's writer, read elsewhere.
    'Excellency,\n\nI will convene an informal meeting of the plenary on 4 May. Mensah, President of the General Assembly',
    // A quoted speaker the item gives no office.
    'The Council will meet on Friday.\n\n"We will convene a meeting of experts soon," Tanaka said.',
  ])('reads no convener from %s', (text) => {
    expect(convener(text)).toBeNull();
  });
});
