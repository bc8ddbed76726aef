// Round t41b: a meeting named in a phrase put before the sentence's own clause ("En vue du
// prochain dialogue interactif informel de l'Assemblée générale sur la réduction des risques de
// catastrophe dans les villes côtières, la Représentation permanente a réuni jeudi …", "Ahead of
// next week's open debate on X, the Mission has invited …", `De cara al debate abierto sobre X, la
// Misión ha convocado …`) has its subject end at the comma where that clause begins: a subject,
// an article or pronoun and up to five words, then a finite verb. A theme is a noun phrase and
// holds no clause of its own after a comma; a list in it ("peace, security and development")
// goes on with no verb, and a relative clause ("…, the region that has …") is left to the
// subject (RELATIVE_CLAUSE in subjectOf.ts cuts only one after the comma itself).

const NOT_RELATIVE = String.raw`(?!(?:that|which|who|whose|where|qui|que|dont|où|lequel|laquelle|cuy[oa]s?|donde)(?![\p{L}]))`;
const WORDS = String.raw`(?:${NOT_RELATIVE}[\p{L}'’-]+\s+){0,5}?`;

const ENGLISH = String.raw`(?:the|this|these|our|its|their|we|I|he|she|they)\s+${WORDS}(?:has|have|had|is|are|was|were|will|would|met|held|convened|hosted|gathered|invited|organi[sz]ed|brought)`;
const FRENCH = String.raw`(?:la|le|les|l['’]|ce|cette|ces|notre|nos|sa|son|ses|nous|je|il|elle|ils|elles|on)\s*${WORDS}(?:(?:a|ont|avait|avaient)\s+(?:(?:déjà|aussi|également|ainsi)\s+)?\p{L}+(?:é|i|u|is|it)e?s?|est|sont|était|sera|seront|va|vont|réunit|réunira|organise|organisera|tiendra|invite|invitera)`;
const SPANISH = String.raw`(?:el|la|los|las|este|esta|nuestr[oa]s?|su|sus|nosotros)\s+${WORDS}(?:(?:ha|han|había|habían)\s+\p{L}+(?:ado|ido)|es|son|era|será|serán|reunió|reunirá|celebró|organizó|organizará|invitó|invita|convocó)`;

const MAIN_CLAUSE_AFTER_COMMA = new RegExp(
  String.raw`\s*,\s+(?:${ENGLISH}|${FRENCH}|${SPANISH})(?![\p{L}])[\s\S]*$`,
  'u',
);

/** A sentence's subject without the main clause that follows the phrase it was named in. */
export function withoutMainClause(subject: string): string {
  return subject.replace(MAIN_CLAUSE_AFTER_COMMA, '');
}
