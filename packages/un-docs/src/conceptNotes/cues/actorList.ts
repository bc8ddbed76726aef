// The organizers a phrase names, cut where the sentence moves on: "Ireland, the Niger and
// Norway", "the President of the General Assembly", "la Suisse et le Sénégal".

const STOP =
  /,?\s+(?:will|shall|would|is|are|was|to|pursuant|in|on|under|with|which|who|as|at|from|during|through|qui|que|pour|afin|dans|conformément|para|durante|conforme|con arreglo)\b|\s*[(;:]|[.](?:\s|$)|,\s+(?:le|el|the)\s+\d/iu;

/** The actor phrase at the start of `text`, or null when there is none. */
export function actorList(text: string): string | null {
  const stop = STOP.exec(text);
  const words = (stop ? text.slice(0, stop.index) : text).replace(/[\s,.]+$/, '').trim();
  if (words.length < 3 || words.length > 160) return null;
  return words.replace(/^(?:The|La|Le|Les|El|Los|Las)\b/u, (article) => article.toLowerCase());
}

/** "Estonia and Niger" → ["Estonia", "Niger"]. */
export function splitActors(list: string): string[] {
  return list
    .split(/\s*,\s*|\s+(?:and|et|y|e)\s+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
