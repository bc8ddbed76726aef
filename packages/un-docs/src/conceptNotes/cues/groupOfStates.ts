// Round w37bt: a group of States (“the Group of Friends of Water”, `el Grupo de Amigos de …`, `le
// Groupe des amis de …`, “the core group on …”) organizes as the States in it do, so a State named
// “together with” it (`junto con`, `conjointement avec`) co-organizes with it, as one named with
// other States does (actorList.ts, PARTNERS). The group's name and the words describing it (“,
// co-chaired by Tajikistan and the Netherlands”) are the note's, so the organizers are kept as
// written: “the Group of Friends of Water, co-chaired by …, together with Senegal”.

export const GROUP_OF_STATES =
  /^(?:the\s+|el\s+|le\s+)?(?:Group\s+of\s+Friends|Grupo\s+de\s+Amigos|Groupe\s+des\s+amis|core\s+group|grupo\s+básico|groupe\s+restreint)(?![\p{L}])/iu;

/** The group and its partners as the note writes them, or null when `first` names no group. */
export function groupWithPartners(text: string, first: string, partners: string): string | null {
  if (!GROUP_OF_STATES.test(first.trim())) return null;
  const at = text.indexOf(partners, first.length);
  if (at < 0) return null;
  const words = `${text.slice(0, at)}${partners}`.trim();
  return words.length <= 240
    ? words.replace(/^(?:The|El|Le)\b/u, (article) => article.toLowerCase())
    : null;
}
