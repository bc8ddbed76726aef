// Round t42d: the outcome of a meeting's own parts carried back into it ("The outcome of the
// working sessions will be reported back to the Plenary at the end of the meeting", "the
// conclusions of the round tables will be presented in plenary", `les conclusions des tables
// rondes seront présentées en plénière`, `los resultados de los grupos de trabajo se presentarán
// en el plenario`) is how the meeting runs, not a product it leaves: no outcome.
const PARTS =
  /(?:sessions?|groups?|round\s*tables?|roundtables?|panels?|breakouts?|workshops?|tables\s+rondes|ateliers|groupes|sesiones|grupos|mesas\s+redondas|talleres)/iu;
const TO_PLENARY =
  /\b(?:report(?:ed)?|present(?:ed)?|brought|fed)\s+(?:back\s+)?(?:to|in|into)\s+(?:the\s+)?(?:closing\s+)?plenary\b|(?<![\p{L}])(?:présentée?s?|rapportée?s?)\s+(?:en|à\s+la)\s+(?:séance\s+)?plénière(?![\p{L}])|(?<![\p{L}])(?:presentar[aá]n?|presentad[oa]s?|informar[aá]n?)\s+(?:en|al|ante\s+el)\s+(?:el\s+)?plenario(?![\p{L}])/iu;
const OUTCOME_OF_PARTS = new RegExp(
  String.raw`(?:outcomes?|results?|conclusions?|résultats?|conclusions?|resultados?|conclusiones)\s+(?:of|from|des|de\s+(?:los|las))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}${PARTS.source}`,
  'iu',
);

/** Whether the sentence carries the outcome of the meeting's parts back to its plenary. */
export function reportedToPlenary(text: string): boolean {
  return OUTCOME_OF_PARTS.test(text) && TO_PLENARY.test(text);
}
