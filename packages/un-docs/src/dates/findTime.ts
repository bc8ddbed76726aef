import { westernDigits } from './westernDigits.js';
import { chineseTime } from './chineseTime.js';
import { hourInWords } from './hourInWords.js';
import { twoDigits } from './twoDigits.js';

// Meeting times by their grammar, whatever the sentence says around them: 12-hour clocks
// ("10 a.m.", "3.30 p.m.", "3pm-6pm", "10:00am", "noon"), 24-hour ones with ":", ".", "h" or
// "H" ("15:00", "10.00 – 13.00 horas", "15 h 30", "10h00", "1500-1800 hrs"), French,
// Spanish and Russian hours in words ("de 15 heures à 18 heures", "a las 3 de la tarde",
// "в 10 ч. 00 м."); time zones are ignored. The first one in the text is the start time,
// returned as 24-hour "HH:MM".

// Round 31b: a PDF flattened with a space after every full stop prints "10. 00 a. m.": its
// minutes after a spaced dot belong to the hour when the half of the day is spaced too, so
// "00 a. m." alone is not read as a clock (at midnight) nor "30 p. m." as 6 p.m.
const CLOCK =
  /\b(\d{1,2})(?:[.:](\d{2})|\.\s(\d{2})(?=\s*[ap]\.\s[mM]\.))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?=$|[\s,;)–-])/i;
// Round 15a: a clock with seconds ("2018-08-29 05:56:27") is a timestamp, when a page or a
// message was posted; meetings are never announced to the second.
const TWENTY_FOUR = /(?<!\d:)\b([01]?\d|2[0-3])[:h]([0-5]\d)\b(?!:\d)(?!\s*(?:a\.?m|p\.?m))/i;
const NOON =
  /\b(?:12\s+)?noon\b|\bmidday\b|(?<![\p{L}])(?:à\s+midi|a\s+mediodía|al\s+mediodía)(?![\p{L}])/iu;
// "1500-1800 hrs", "1500 hrs", as field missions and militaries write the hour.
const MILITARY =
  /(?<![\d.,:/-])([01]\d|2[0-3])([0-5]\d)\s*(?:[–-]\s*(?:[01]\d|2[0-3])[0-5]\d\s*)?(?:hrs?|hours|horas|heures|h)(?![\p{L}])/iu;
// "15.00 h", "14.30 hrs", "10.00 Uhr": a dotted 24-hour time with its unit.
const DOTTED_UNIT =
  /(?<![\d.,:])([01]?\d|2[0-3])\.([0-5]\d)\s*(?:h|hrs?|hours|heures|uhr)(?![\p{L}])/iu;
// Russian: "в 10 ч. 00 м.", "в 15 ч."
const RUSSIAN = /(?<![\d.:])([01]?\d|2[0-3])\s*ч\.(?:\s*([0-5]\d)\s*м(?:ин)?\.)?/u;
// "10.00 – 13.00", as Geneva and many capitals write a meeting's hours.
// "will begin at 14.30", "from 10.30": a dotted 24-hour time after "at" or "from".
// Round w36ct: nor when it opens a range whose end carries the half of the day ("from 1.15 to
// 2.30 p.m."), a 12-hour range RANGE reads.
const DOTTED_AT =
  /\b(?:at|from|starting at|beginning at|à partir de)\s+([01]?\d|2[0-3])\.([0-5]\d)(?![\d.,]\d)(?!\s*(?:a\.?\s?m|p\.?\s?m))(?!\s*(?:[–-]|to|until)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m|p\.?\s?m))/i;
// Round 25a: the range in words too, "de 10.00 a 13.00 y de 15.00 a 18.00 horas", "de 10.00 à
// 13.00 et de 15.00 à 18.00 heures", "from 10.00 to 13.00": a day in two sittings starts with
// the first, though only the last carries the unit. Round w36ct: a range whose end carries the
// half of the day is a 12-hour one ("from 1.15 to 2.30 p.m."), read by RANGE.
const DOTTED_RANGE =
  /(?<![\d.:,])([01]?\d|2[0-3])\.([0-5]\d)(?:\s*[–-]\s*|\s+(?:a|à|to|until)\s+(?:las\s+)?)(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,]\d)(?!\s*(?:a\.?\s?m|p\.?\s?m)\.?(?![\p{L}]))/iu;
// Round w36bt: the range in French and Spanish words with a bare first hour, only the last
// carrying the unit ("de 10 a 18.00 horas", `de 10 à 13 heures`, `de 15 a 18 h`): it starts at
// the first, as the dotted range does.
const BARE_HOUR_RANGE =
  /(?<![\p{L}])(?:de|desde)\s+([01]?\d|2[0-3])\s+(?:a|à|hasta)\s+(?:las\s+)?(?:[01]?\d|2[0-3])(?:[.:h]\s?[0-5]\d)?\s*(?:horas|heures|hrs?|h)(?![\p{L}])/iu;
// "3–6 p.m.", "from 3 to 6 p.m.": the start shares the end's half of the day, unless it is
// the later hour on the clock face, when the range crosses noon ("12 - 3 p.m." starts at
// noon, "11 - 1 p.m." at 11 a.m.).
const RANGE =
  /\b(\d{1,2})(?:[.:](\d{2}))?\s*(?:[–-]|to|until)\s*(\d{1,2})(?:[.:]\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?=$|[\s,;)–-])/i;
// French and Spanish clocks: "10 heures", "15 h 30", "10.00 horas", "a las 10.00".
const HEURES = /(?<![\d.:])([01]?\d|2[0-3])\s*(?:heures?|h)(?:\s*([0-5]\d))?(?![\p{L}\d])/iu;
const HORAS =
  /(?:\b(?:a|de|desde)\s+las\s+([01]?\d|2[0-3])(?:[.:]([0-5]\d))?|(?<![\d.:])([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s*(?:horas|hrs?)\b|(?=\s+a\s+(?:las\s+)?\d{1,2}[.:]\d{2}\s*horas)))/iu;

// "a las 3 de la tarde", "à 3 heures de l'après-midi": the half of the day in words.
const DAY_PART =
  /(?:\b(?:a|de|desde)\s+las\s+|(?<![\d.:]))(\d{1,2})(?:[.:]([0-5]\d))?(?:\s*(?:heures?|h|horas))?\s+(de la mañana|du matin|de la tarde|de la noche|de l['’]après-midi|du soir)(?![\p{L}])/iu;

// Round 12a: the hour in "o'clock", in figures or in words, as the General Assembly's Journal
// long wrote it ("10 o'clock", "at three o'clock in the afternoon"); the half of the day, when
// given, puts an hour before noon after it.
const HOUR_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const O_CLOCK = new RegExp(
  `(?<![\\d.:\\p{L}])(\\d{1,2}|${HOUR_WORDS.join('|')})\\s*o['’]\\s?clock(?![\\p{L}])(?:\\s+(in the morning|in the afternoon|in the evening|at night))?`,
  'iu',
);

function oClock(text: string): { index: number; value: string } | null {
  const match = O_CLOCK.exec(text);
  if (!match?.[1]) return null;
  const word = HOUR_WORDS.indexOf(match[1].toLowerCase());
  const hour = word >= 0 ? word + 1 : Number(match[1]);
  if (hour > 23) return null;
  const later = match[2] !== undefined && !/morning/iu.test(match[2]) && hour < 12;
  return { index: match.index, value: `${twoDigits(hour + (later ? 12 : 0))}:00` };
}

// Round 17: an hour with the half of the day in words and no "o'clock", after "at" ("at 3 in
// the afternoon", "beginning at ten in the morning"), as a news item or a letter writes it.
const AT_DAY_PART = new RegExp(
  `(?<![\\p{L}])at\\s+(\\d{1,2}|${HOUR_WORDS.join('|')})\\s+(in the morning|in the afternoon|in the evening)(?![\\p{L}])`,
  'iu',
);

function atDayPart(text: string): { index: number; value: string } | null {
  const match = AT_DAY_PART.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const word = HOUR_WORDS.indexOf(match[1].toLowerCase());
  const hour = word >= 0 ? word + 1 : Number(match[1]);
  if (hour < 1 || hour > 12) return null;
  const later = !/morning/iu.test(match[2]) && hour < 12;
  return { index: match.index, value: `${twoDigits(hour + (later ? 12 : 0))}:00` };
}

export function findTime(printed: string): string | null {
  const text = westernDigits(printed);
  const candidates: { index: number; value: string }[] = [];
  const clock = CLOCK.exec(text);
  if (clock?.[1]) {
    const hour = Number(clock[1]) % 12;
    const afternoon = (clock[4] ?? '').toLowerCase().startsWith('p');
    candidates.push({
      index: clock.index,
      value: `${twoDigits(afternoon ? hour + 12 : hour)}:${clock[2] ?? clock[3] ?? '00'}`,
    });
  }
  const range = RANGE.exec(text);
  if (range?.[1] && Number(range[1]) <= 12) {
    const start = Number(range[1]) % 12;
    const end = Number(range[3]) % 12;
    const endAfternoon = (range[4] ?? '').toLowerCase().startsWith('p');
    // Crossing noon: the start is in the morning when the end is after noon, and after noon
    // when the end is in the morning (a night range), which meetings never are.
    const afternoon = start > end ? !endAfternoon : endAfternoon;
    candidates.push({
      index: range.index,
      value: `${twoDigits(start + (afternoon ? 12 : 0))}:${range[2] ?? '00'}`,
    });
  }
  const twentyFour = TWENTY_FOUR.exec(text);
  if (twentyFour?.[1] && twentyFour[2]) {
    candidates.push({
      index: twentyFour.index,
      value: `${twoDigits(Number(twentyFour[1]))}:${twentyFour[2]}`,
    });
  }
  const dayPart = DAY_PART.exec(text);
  if (dayPart?.[1] && dayPart[3] && Number(dayPart[1]) <= 12) {
    const later = !/mañana|matin/iu.test(dayPart[3]) && Number(dayPart[1]) < 12;
    // Listed before the bare "a las 3" read at the same place, so it wins the tie.
    candidates.push({
      index: dayPart.index,
      value: `${twoDigits(Number(dayPart[1]) + (later ? 12 : 0))}:${dayPart[2] ?? '00'}`,
    });
  }
  const heures = HEURES.exec(text);
  if (heures?.[1]) {
    candidates.push({
      index: heures.index,
      value: `${twoDigits(Number(heures[1]))}:${heures[2] ?? '00'}`,
    });
  }
  const horas = HORAS.exec(text);
  const hour = horas?.[1] ?? horas?.[3];
  if (horas && hour) {
    candidates.push({
      index: horas.index,
      value: `${twoDigits(Number(hour))}:${horas[2] ?? horas[4] ?? '00'}`,
    });
  }
  const dotted = DOTTED_RANGE.exec(text);
  if (dotted?.[1] && dotted[2]) {
    candidates.push({ index: dotted.index, value: `${twoDigits(Number(dotted[1]))}:${dotted[2]}` });
  }
  const bare = BARE_HOUR_RANGE.exec(text);
  if (bare?.[1]) candidates.push({ index: bare.index, value: `${twoDigits(Number(bare[1]))}:00` });
  const dottedAt = DOTTED_AT.exec(text);
  if (dottedAt?.[1] && dottedAt[2]) {
    candidates.push({
      index: dottedAt.index,
      value: `${twoDigits(Number(dottedAt[1]))}:${dottedAt[2]}`,
    });
  }
  for (const pattern of [MILITARY, DOTTED_UNIT, RUSSIAN]) {
    const match = pattern.exec(text);
    if (match?.[1]) {
      candidates.push({
        index: match.index,
        value: `${twoDigits(Number(match[1]))}:${match[2] ?? '00'}`,
      });
    }
  }
  const clockWords = oClock(text);
  if (clockWords) candidates.push(clockWords);
  const dayPartWords = atDayPart(text);
  if (dayPartWords) candidates.push(dayPartWords);
  // Round t43d: a Spanish or French hour in words (`a las cuatro de la tarde`, hourInWords.ts).
  const spelled = hourInWords(text);
  if (spelled) candidates.push(spelled);
  const noon = NOON.exec(text);
  if (noon) candidates.push({ index: noon.index, value: '12:00' });
  // Round zh: a Chinese clock (`下午3时`, chineseTime.ts).
  const chinese = chineseTime(text);
  if (chinese) candidates.push(chinese);
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.value ?? null;
}
