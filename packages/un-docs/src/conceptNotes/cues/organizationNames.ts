// Round w36bt: United Nations entities and intergovernmental organizations that organize meetings
// with or without States, by the names notes give them in English, French and Spanish ("the
// Inter-Parliamentary Union and UN Women", `l'Union interparlementaire et ONU-Femmes`, `la Unión
// Interparlamentaria y ONU Mujeres`): an organizer list naming one is an organizer list, as one
// naming a Member State or an office is. A closed list, as the bodies are (standingBodies.ts).

export const ORGANIZATION = new RegExp(
  String.raw`(?<![\p{L}])(?:UN[\s-]Women|ONU[\s-](?:Femmes|Mujeres|Habitat)|UN-Habitat|UNDP|PNUD|UNICEF|UNFPA|UNHCR|ACNUR|HCR|OHCHR|HCDH|ACNUDH|UNESCO|FAO|WHO|OMS|ILO|OIT|UNEP|PNUMA|IOM|OIM|WFP|PAM|UNODC|ONUDD|UNODD|UNITAR|Inter-Parliamentary\s+Union|Union\s+interparlementaire|Unión\s+Interparlamentaria|IPU|UIP|African\s+Union|Union\s+africaine|Unión\s+Africana|European\s+Union|Union\s+européenne|Unión\s+Europea|Organisation\s+internationale\s+de\s+la\s+Francophonie|International\s+Organization\s+for\s+Migration|Organización\s+Internacional\s+para\s+las\s+Migraciones)(?![\p{L}])`,
  'u',
);
// The occasion a meeting is held on ("on the occasion of the session"), set after its organizers
// in a title line, ends their list: `en ocasión de`, `con ocasión de`, `à l'occasion de`.
export const ON_THE_OCCASION = String.raw`\s+(?:en|con)\s+ocasi[óo]n\s+d(?:e|el)\b|\s+à\s+l['’]occasion\s+d(?:e|u|es)\b`;

/** Whether an organizer list names a United Nations entity or an intergovernmental organization. */
export function namesOrganization(list: string): boolean {
  return ORGANIZATION.test(list);
}
