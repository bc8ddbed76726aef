// Round 31a: a letter's writer may hold a product open by suggesting it ("I would therefore
// suggest that after the debate a short procedural resolution be adopted", "I propose that a
// short presidential statement be issued after the meeting", `je propose qu'une résolution soit
// adoptée`, `propongo que se apruebe una resolución`): the product proposed for the meeting is its
// outcome, held open as one that "may be adopted" is (the outcome convention names the product,
// without what will be done with it).

const SUGGESTS_PRODUCT =
  /\b(?:suggest|suggests|propose|proposes|recommend|recommends)\s+that\s+[^.]{0,200}?\bbe\s+(?:adopted|issued|agreed|approved|circulated|prepared)\b|(?<![\p{L}])(?:suggère|suggérons|propose|proposons|recommande|recommandons)\s+qu(?:e\s+|['’])[^.]{0,200}?(?<![\p{L}])(?:soit|soient)\s+(?:adoptée?s?|publiée?s?|approuvée?s?|diffusée?s?)(?![\p{L}])|(?<![\p{L}])(?:sugiero|sugerimos|propongo|proponemos|recomiendo|recomendamos)\s+que\s+[^.]{0,200}?(?<![\p{L}])(?:se\s+)?(?:apruebe|aprueben|adopte|adopten|emita|emitan|publique|publiquen)(?![\p{L}])/iu;

/** Whether `sentence` suggests that a product be adopted or issued. */
export function suggestsProduct(sentence: string): boolean {
  return SUGGESTS_PRODUCT.test(sentence);
}
