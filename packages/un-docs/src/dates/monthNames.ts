// Month names as UN documents print them in their six languages — in full and in the
// abbreviations drafters use, with or without a full stop — each mapped to its month number.
// Russian names are in the genitive a date takes ("9 марта 2027 года"). Round t43c: and the
// Maghreb's Arabic names Moroccan and Algerian news print (`شتنبر`, `غشت`, `يوليوز`, `نونبر`, `دجنبر`, `ماي`).

const NAMES: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'janvier',
    'janv',
    'enero',
    'ene',
    'января',
    'январь',
    'يناير',
    'كانون الثاني',
  ],
  [
    'february',
    'feb',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'febrero',
    'февраля',
    'февраль',
    'فبراير',
    'شباط',
  ],
  ['march', 'mar', 'mars', 'marzo', 'марта', 'март', 'مارس', 'آذار'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'апреля', 'апрель', 'أبريل', 'ابريل', 'نيسان'],
  ['may', 'mai', 'mayo', 'мая', 'май', 'مايو', 'أيار', 'ماي'],
  ['june', 'jun', 'juin', 'junio', 'июня', 'июнь', 'يونيو', 'حزيران'],
  ['july', 'jul', 'juillet', 'juil', 'julio', 'июля', 'июль', 'يوليو', 'تموز', 'يوليوز'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'августа', 'август', 'أغسطس', 'آب', 'غشت'],
  [
    'september',
    'sept',
    'sep',
    'septembre',
    'septiembre',
    'setiembre',
    'сентября',
    'сентябрь',
    'سبتمبر',
    'أيلول',
    'شتنبر',
  ],
  ['october', 'oct', 'octobre', 'octubre', 'октября', 'октябрь', 'أكتوبر', 'تشرين الأول'],
  [
    'november',
    'nov',
    'novembre',
    'noviembre',
    'ноября',
    'ноябрь',
    'نوفمبر',
    'تشرين الثاني',
    'نونبر',
  ],
  [
    'december',
    'dec',
    'décembre',
    'decembre',
    'déc',
    'diciembre',
    'dic',
    'декабря',
    'декабрь',
    'ديسمبر',
    'كانون الأول',
    'دجنبر',
  ],
];

const NUMBERS = new Map(
  NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** An alternation of every month name, longest first so "septembre" wins over "sept". */
export const MONTH_NAMES = [...NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|');

/** 1–12, or 0 for a word that is not a month. */
export function monthNumber(name: string): number {
  return NUMBERS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}
