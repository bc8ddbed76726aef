/** `text` with its combining marks dropped ("Côte d'Ivoire" → "Cote d'Ivoire"): how names, labels
 * and patterns are compared when notes drop or add accents. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
