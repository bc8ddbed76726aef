// Round w36bt: applying for a place at a training, a course or a workshop, or being nominated to
// one ("Deadline for application:", `Date limite de candidature :`, `Plazo de postulación:`,
// "Nominations must be submitted by …"), is registering to attend: its deadline is no
// submission's (the convention that registering to attend is not a submission).

const APPLYING =
  /(?<![\p{L}])(?:appl(?:y|ying|ications?)|nominat(?:e|ed|ing|ions?)|candidatures?|candidaturas?|postulaci[óo]n(?:es)?|postular(?:se)?|solicitudes?\s+de\s+(?:admisi[óo]n|participaci[óo]n))(?![\p{L}])/iu;

/** Whether `text` is about applying or being nominated to take part. */
export function aboutApplying(text: string): boolean {
  return APPLYING.test(text);
}
