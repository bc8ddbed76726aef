// Round 15a: an association's or network's own general assembly, named with a first-person
// possessive ("Our General Assembly will be held on 15 May", `Notre assemblée générale annuelle
// aura lieu le 24 avril`, `Nuestra asamblea general anual se celebrará el 3 de junio`), is the
// meeting of its members that a newsletter announces beside the questions it quotes: neither the
// United Nations General Assembly nor the meeting the questions are for.

const OWN_ASSEMBLY =
  /(?<![\p{L}])(?:our|notre|nos|nuestra|nuestro)\s+(?:(?:annual|ordinary|extraordinary|prochaine|próxima)\s+)?(?:general assembly|assemblée générale|asamblea general)(?:\s+(?:annual|annuelle|anual|ordinaire|ordinaria|extraordinaire|extraordinaria))?/giu;

/** The text with an organization's own general assembly blanked out. */
export function withoutOwnAssembly(text: string): string {
  return text.replace(OWN_ASSEMBLY, (words) => ' '.repeat(words.length));
}

/** Whether `text` names the writer's own general assembly. */
export function namesOwnAssembly(text: string): boolean {
  return withoutOwnAssembly(text) !== text;
}
