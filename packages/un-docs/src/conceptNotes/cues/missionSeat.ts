// Round 29: a mission named with its seat inside a list of organizers ("the Permanent Mission of
// Norway to the United Nations, the United Nations Development Programme (UNDP) and the
// International Civil Society Action Network", `la Mission permanente de la Tunisie auprès de
// l'Organisation des Nations Unies, ONU-Femmes et …`, `la Misión Permanente de Chile ante las
// Naciones Unidas, ONU Mujeres y …`). The seat says where the mission sits; it does not end the
// list, so the organizers named after its comma convene too. (A seat followed by "and" keeps the
// note's words whole, round 13b's reading, in actorList.ts.)

const CITY = String.raw`(?:New York|Nueva York|Geneva|Genève|Ginebra|Vienna|Vienne|Viena|Nairobi)`;
const SEAT_IN_LIST = new RegExp(
  String.raw`\s+(?:to|auprès de|auprès des|ante)\s+(?:the\s+|l['’]|las\s+)?(?:United Nations|Organisation des Nations Unies|Nations Unies|Naciones Unidas)(?:\s+(?:in|at|à|en)\s+${CITY})?(?=,\s+(?!${CITY}\b)(?:the\s+|l['’]|la\s+|le\s+|les\s+|el\s+|los\s+|las\s+)?\p{Lu})`,
  'u',
);

// In a sentence an organizer's acronym in brackets is an aside (the convener convention): "the
// United Nations Development Programme (UNDP) and …" names the Programme.
const ACRONYM_ASIDE = /\s+\(\p{Lu}[\p{L}-]{1,11}\)(?=,\s|\s+(?:and|et|y)\s)/gu;

/** The organizers with a mission's seat taken out where more organizers follow it. */
export function withoutSeatInList(text: string): string {
  const seat = SEAT_IN_LIST.exec(text);
  if (!seat) return text;
  const rest = text.slice(seat.index + seat[0].length).replace(ACRONYM_ASIDE, '');
  return text.slice(0, seat.index) + rest;
}

const MISSION_FIRST =
  /^(?:the\s+|la\s+|le\s+|el\s+)?(?:Permanent\s+Mission|Mission\s+permanente|Misi[oó]n\s+Permanente)\s+(?:of|de|du|del)\s/iu;

/**
 * A subject that opens with a State's Permanent Mission names organizers, whatever follows it:
 * the agencies and networks listed after the mission convene with it.
 */
export function opensWithMission(subject: string): boolean {
  return MISSION_FIRST.test(subject.trim());
}
