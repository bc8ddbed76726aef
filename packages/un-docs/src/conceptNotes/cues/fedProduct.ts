// Round t43d: what a meeting "will inform", "feed into" or "contribute to" is another occasion's
// product, not its own ("The dialogue will inform the resolution to be adopted by the Council at
// the end of the segment", `Le débat alimentera le projet de déclaration politique`, `El diálogo
// contribuirá a la resolución que aprobará el Consejo`): the product named after the verb is
// passed over, and the sentence is the outcome as the note words it (as "The discussion will
// inform the preparations for …" already was). A product named before the verb is still the
// meeting's ("A summary … will feed into the forum").
const FEEDS =
  /(?<![\p{L}])(?:(?:will|would|shall|to|is\s+(?:expected|intended)\s+to)\s+(?:help\s+)?(?:inform|feed\s+into|contribute\s+to)|alimentera|nourrira|éclairera|contribuera\s+à|alimentará|nutrirá|contribuirá\s+a|servirá\s+de\s+insumo\s+(?:para|a))(?![\p{L}])[^.;]*/giu;

/** `text` without the products a meeting feeds (those named after "will inform", "feed into" …). */
export function withoutFedProducts(text: string): string {
  return text.replace(FEEDS, ' ');
}
