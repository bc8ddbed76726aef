// Round t40b: a title line may end on the month it is dated ("Security Council Open Debate on
// the Maintenance of International Peace and Security, September 2015", `…, septembre 2015`,
// `… – marzo de 2027`). A month with its year, set off by a comma, dash or bracket, is a date,
// however short: the subject stops before it (findDates reads a date only with its day, and
// the title's year alone was cut, leaving ", September").

const MONTHS = [
  'January|February|March|April|May|June|July|August|September|October|November|December',
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
].join('|');

const MONTH_YEAR_END = new RegExp(
  `\\s*(?:[,–—(]|\\s-)\\s*(?:${MONTHS})\\.?(?:\\s+(?:de\\s+)?(?:19|20)\\d{2})?\\)?\\s*$`,
  'iu',
);

/** The subject without the month (and year) it ends on after a comma, dash or bracket. */
export function withoutMonthYearEnd(subject: string): string {
  return subject.replace(MONTH_YEAR_END, '');
}
