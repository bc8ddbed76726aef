// A summary named by its authors, as the outcome convention writes it: "Co-chairs' summary",
// whatever language the note names it in (findExpectedOutcome.ts).

// Round 12a: a summary named with its author in the possessive ("Co-chairs' summary",
// "Co-hosts’ summary", "Co-facilitators' summary") is that product by its own name, author
// kept (the 2026-12-05 convention), not another office's "Chair's summary".
const AUTHORED_SUMMARY =
  /(?<![\p{L}-])((?:co-?)?(?:chair|host|facilitator|organi[sz]er|convener|moderator)(?:['’]s|s['’]))\s+summary\b/iu;

// Round 15a: French and Spanish name the authors after the summary (`un résumé des
// co-organisateurs`, `un resumen de los copresidentes`); by the outcome convention the usual
// name is given in English, the authors' office kept ("Co-organizers' summary").
const ROMANCE_AUTHORED_SUMMARY =
  /(?<![\p{L}])(?:résumé|resumen)\s+(?:des|de\s+los|de\s+las)\s+co-?(organisat(?:eur|rice)s|organizador[ae]s|présidente?s|presidentes|president[ae]s|facilitat(?:eur|rice)s|facilitador[ae]s|hôtes|anfitrion(?:e|a)s)(?![\p{L}])/iu;
const ROMANCE_OFFICES: readonly [RegExp, string][] = [
  [/^organi/iu, "Co-organizers'"],
  [/^pr/iu, "Co-chairs'"],
  [/^facilita/iu, "Co-facilitators'"],
  [/^(?:hôte|anfitri)/iu, "Co-hosts'"],
];

/** A summary named with its authors ("Co-chairs' summary"), in English, or null. */
export function authoredSummary(text: string): string | null {
  const author = AUTHORED_SUMMARY.exec(text)?.[1];
  if (!author) {
    const office = ROMANCE_AUTHORED_SUMMARY.exec(text)?.[1] ?? '';
    const english = ROMANCE_OFFICES.find(([pattern]) => pattern.test(office))?.[1];
    return english ? `${english} summary` : null;
  }
  const name = author.replace(/’/gu, "'");
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} summary`;
}
