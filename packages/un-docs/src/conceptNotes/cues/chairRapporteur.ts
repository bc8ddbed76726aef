// Round w36bt: a summary named with its author the Chair-Rapporteur (who chairs a Human Rights
// Council working group or intersessional meeting) is that product by its own name ("Outcome:
// Chair-Rapporteur's summary, to be presented to the Council", `un résumé de la
// Présidente-Rapporteuse`, `el resumen del Presidente-Relator`), not another office's `Chair's
// summary`, by the outcome convention; named in English. Session 16 (decided by the coordinator):
// a summary the Chair-Rapporteur will prepare is that author's too ("The Chair-Rapporteur will
// prepare a summary", `La Presidenta-Relatora preparará un resumen`), as any summary whose author
// the note names; until then it was read as the Chair's summary.

const OFFICE = String.raw`(?:Chair(?:person)?-Rapporteur|Présidente?-Rapporteu(?:r|se)|President[ea]-Relator(?:a)?)`;
const ENGLISH = String.raw`(?<![\p{L}])Chair(?:person)?-Rapporteur['’]s\s+summary(?![\p{L}])`;
const ROMANCE = String.raw`(?<![\p{L}])(?:résumé|resumen)\s+(?:du|de\s+la|del|de\s+la)\s+${OFFICE}(?![\p{L}])`;
// The office, then within the clause the summary it will write.
const AUTHOR_FIRST = String.raw`(?<![\p{L}])${OFFICE}(?![\p{L}])[^.;]{0,80}(?<![\p{L}])(?:summary|résumé|resumen)(?![\p{L}])`;

/** Pattern and name of the Chair-Rapporteur's summary, for the list of products. */
export const CHAIR_RAPPORTEUR_SUMMARY: [RegExp, string] = [
  new RegExp(`${ENGLISH}|${ROMANCE}|${AUTHOR_FIRST}`, 'iu'),
  "Chair-Rapporteur's summary",
];
