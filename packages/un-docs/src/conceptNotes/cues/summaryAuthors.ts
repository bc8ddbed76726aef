// Decided at round 25's merge (session 10): a summary whose authors the note names is
// `<authors>' summary`, whether they are the verb's subject ("The co-hosts will circulate a
// summary", `Los coorganizadores prepararán un resumen`, `Les coorganisateurs établiront un
// résumé`) or named after "by" ("A summary … will be prepared by the co-hosts", `por los
// coorganizadores`, `par les coorganisateurs`). Co-hosts and co-organizers hold no office, so
// the English usual name is in lower case. Offices (Chair, President) keep their own products
// (findExpectedOutcome.ts); States named without "co-hosts" keep the note's words.
// Decided in session 13 (the ninth holdout's writer and two readers, against round 13's "a
// summary only described is a Chair's summary"): co-chairs who will prepare a summary make a
// `co-chairs' summary`, its own authors' product, as the outcome convention names one.

const AUTHORS = String.raw`(?:the|les|los|las)\s+(co-?hosts|co-?hôtes|co-?anfitrion(?:e|a)s|co-?organi[sz]ers|co-?organisat(?:eur|rice)s|co-?organizador[ae]s|co-?chairs|co-?pr[ée]sident(?:e|a)?s)`;
const SUMMARY = String.raw`(?:summary|résumé|resumen)`;

// The authors, then a verb in the future within a few words, then the summary.
const AUTHORS_THEN_SUMMARY = new RegExp(
  String.raw`(?<![\p{L}])${AUTHORS}(?![\p{L}])\s+(?:will|shall|\p{L}+(?:ront|rán))(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])${SUMMARY}(?![\p{L}])`,
  'iu',
);
// The summary, then "by the authors" in the same clause.
const SUMMARY_BY_AUTHORS = new RegExp(
  String.raw`(?<![\p{L}])${SUMMARY}(?![\p{L}])[^.;]{0,120}?(?<![\p{L}])(?:by|par|por)\s+${AUTHORS}(?![\p{L}])`,
  'iu',
);

/** `co-hosts' summary` or `co-organizers' summary` when a sentence names who makes its summary. */
export function summaryAuthors(text: string): string | null {
  const authors =
    AUTHORS_THEN_SUMMARY.exec(text)?.[1] ?? SUMMARY_BY_AUTHORS.exec(text)?.[1] ?? null;
  if (!authors) return null;
  if (/chair|pr[ée]sident/iu.test(authors)) return "co-chairs' summary";
  return /h[oô]te|host|anfitri/iu.test(authors) ? "co-hosts' summary" : "co-organizers' summary";
}
