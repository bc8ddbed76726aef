// Round w36bt: a summary named with its author the Chair-Rapporteur (who chairs a Human Rights
// Council working group or intersessional meeting) is that product by its own name ("Outcome:
// Chair-Rapporteur's summary, to be presented to the Council", `un résumé de la
// Présidente-Rapporteuse`, `el resumen del Presidente-Relator`), not another office's `Chair's
// summary`, by the outcome convention; named in English. A sentence saying the Chair-Rapporteur
// "will prepare a summary" names no product and is still read as the Chair's summary, as the corpus
// reads it (`hrc-intersessional-subject-field`).

const ENGLISH = String.raw`(?<![\p{L}])Chair(?:person)?-Rapporteur['’]s\s+summary(?![\p{L}])`;
const ROMANCE = String.raw`(?<![\p{L}])(?:résumé|resumen)\s+(?:du|de\s+la|del|de\s+la)\s+(?:Présidente?-Rapporteu(?:r|se)|President[ea]-Relator(?:a)?)(?![\p{L}])`;

/** Pattern and name of the Chair-Rapporteur's summary, for the list of products. */
export const CHAIR_RAPPORTEUR_SUMMARY: [RegExp, string] = [
  new RegExp(`${ENGLISH}|${ROMANCE}`, 'iu'),
  "Chair-Rapporteur's summary",
];
