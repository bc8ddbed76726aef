import { twoDigits } from './twoDigits.js';
// Round t43d: a Spanish or French hour written in words with the half of the day, as news prose
// writes it (`a las cuatro de la tarde`, `a la una y media de la tarde`, `à trois heures de
// l'après-midi`, `à dix heures et demie du matin`): the afternoon's and evening's hours after
// noon, as "a las 3 de la tarde" is read in figures. A bare `a las cuatro` is left, as its half of
// the day is a guess.
const ES = [
  'una',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
];
const FR = [
  'une',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
];
const HOUR_IN_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:a|desde)\s+las?\s+(${ES.join('|')})(?:\s+y\s+(media|cuarto))?\s+de\s+la\s+(mañana|tarde|noche)|à\s+(${FR.join('|')})\s+heures?(?:\s+et\s+(demie|quart))?\s+(du\s+matin|de\s+l['’]après-midi|du\s+soir))(?![\p{L}])`,
  'iu',
);

/** The first hour in Spanish or French words of `text` as 24-hour "HH:MM", with where it stands. */
export function hourInWords(text: string): { index: number; value: string } | null {
  const match = HOUR_IN_WORDS.exec(text);
  if (!match) return null;
  const spanish = match[1] !== undefined;
  const word = (spanish ? match[1] : match[4])?.toLowerCase() ?? '';
  const hour = (spanish ? ES : FR).indexOf(word) + 1;
  if (hour < 1) return null;
  const part = (spanish ? match[3] : match[6]) ?? '';
  const fraction = (spanish ? match[2] : match[5])?.toLowerCase();
  const later = !/mañana|matin/iu.test(part) && hour < 12;
  const minutes = fraction === 'media' || fraction === 'demie' ? 30 : fraction ? 15 : 0;
  return {
    index: match.index,
    value: `${twoDigits(hour + (later ? 12 : 0))}:${twoDigits(minutes)}`,
  };
}
