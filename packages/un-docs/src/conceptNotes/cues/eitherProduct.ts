// Session 14 (round 34p), on `r33-sc-lithuaniatribune-arria-crimea-mission`: products offered as
// alternatives that "may follow" the meeting ("A presentation of the discussion results or a
// summary might follow.", `Une déclaration conjointe ou un résumé des débats pourrait suivre`,
// `Un resumen o una declaración podría seguir`) name no one product. By the outcome convention
// the outcome is then the note's words, whole; and a product that "may" come is held open as the
// meeting's, as one that "may be adopted" is. Each alternative must name a product.

const PRODUCT =
  /(?<![\p{L}])(?:summary|statement|declaration|report|presentation|communiqué|résumé|déclaration|rapport|compte rendu|resumen|declaración|informe)(?![\p{L}])/iu;
const OR = /\s(?:or|ou|o)\s/u;
const FOLLOWS =
  /\s(?:(?:will|may|might|could|should|is\s+expected\s+to)\s+(?:also\s+)?follow(?:\s+the\s+(?:meeting|discussion|debate))?|(?:suivra|pourrait\s+suivre|pourraient\s+suivre)|(?:seguirá|podría\s+seguir|podrían\s+seguir))\.?$/iu;

/** Whether `sentence` offers two products as alternatives that may follow the meeting. */
export function offersEitherProduct(sentence: string): boolean {
  const follows = FOLLOWS.exec(sentence);
  if (!follows) return false;
  const alternatives = sentence.slice(0, follows.index).split(OR);
  return alternatives.length >= 2 && alternatives.every((words) => PRODUCT.test(words));
}
