// Round t41b: a news item's sentence that gives the theme to its end may close on who reported
// it, the verb before the source ("… will be “The Future We Want …”, reports Xinhua news agency",
// "…”, writes the agency", `…», rapporte l'AFP`, `…», indique le communiqué`, `…”, informa la
// agencia`, `…”, señaló el portavoz`) or a source before the verb ("…”, the spokesperson said").
// The clause names the reporter, not the theme: the value ends at its comma, the quotation mark
// before it included, as the reporting clause after a meeting's subject already does
// (REPORTED_AFTER_COMMA in subjectOf.ts, whose verbs come after their source).

const REPORTING_TAIL =
  /\s*["”»]?\s*,\s*(?:(?:reports|reported|writes|wrote|says|said|notes|noted|adds|added|according\s+to|rapporte|écrit|indique|précise|ajoute|selon|informa|informó|señala|señaló|dice|dijo|añade|añadió|según)(?![\p{L}])[^“”"«»]{0,80}|(?:the\s+|l[ae]\s+|el\s+)?[^,“”"«»]{2,60}?\s+(?:said|reported|told\s+reporters|a\s+(?:dit|indiqué|précisé)|dijo|informó|señaló))\.?$/iu;

/** A theme given to its sentence's end, without the reporting clause it closes on. */
export function withoutReportingTail(value: string): string {
  return value.replace(REPORTING_TAIL, '');
}
