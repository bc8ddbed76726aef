// Round 24 (decided at round 21's merge: "a report" is an outcome's usual name): a report the
// note says someone will prepare ("OHCHR will prepare a report on the panel", "A report on the
// panel discussion will be prepared", `Le Haut-Commissariat établira un rapport`, `se preparará
// un informe`) is the product `report`, by its name without what will be done with it. Only a
// new report, with the indefinite article, that will be made: "the Secretary-General's report"
// or "his report on X", which a background cites, is none. A summary report keeps its own name
// (`findExpectedOutcome.ts` reads it first).

// In the future, as the meeting's product is: "requested the Office to prepare a report on the
// topic", a resolution's request a background recalls, is another document.
const MADE = String.raw`(?:will|shall)\s+(?:[\p{L}]+ly\s+|also\s+)?(?:prepare|produce|issue|publish|compile|draft|write)`;
const KIND = String.raw`(?:(?:brief|short|written|final)\s+)?`;
export const REPORT_PRODUCT = new RegExp(
  [
    String.raw`\b${MADE}\s+an?\s+${KIND}report\b`,
    String.raw`\ban?\s+${KIND}report\b[^.;]{0,80}?\bwill\s+be\s+(?:prepared|produced|issued|published|compiled|drafted|written)\b`,
    String.raw`(?<![\p{L}])(?:établira|élaborera|préparera|rédigera|publiera)\s+un\s+rapport(?![\p{L}])`,
    String.raw`(?<![\p{L}])un\s+rapport\b[^.;]{0,80}?\bsera\s+(?:établi|élaboré|préparé|rédigé|publié)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:preparará|elaborará|redactará|publicará)\s+un\s+informe(?![\p{L}])`,
    String.raw`(?<![\p{L}])se\s+(?:preparará|elaborará|redactará|publicará)\s+un\s+informe(?![\p{L}])`,
    String.raw`(?<![\p{L}])un\s+informe\b[^.;]{0,80}?\b(?:será\s+(?:preparado|elaborado|redactado|publicado)|se\s+(?:preparará|elaborará))(?![\p{L}])`,
  ].join('|'),
  'iu',
);
