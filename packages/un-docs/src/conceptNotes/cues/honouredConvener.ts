// Round 13a: a person styled by the protocol of the UN ("His Excellency Mr. Dennis Francis",
// "H.E. Ms. …", `Son Excellence M. …`, `Su Excelencia el Sr. …`) as the subject of a convening
// verb convenes. When appositives give the office they hold ("H.E. Marie Chatardová, Permanent
// Representative of the Czech Republic, President of ECOSOC"), the office convenes, as the
// offices of bodies do elsewhere; otherwise the person, named without the courtesy.

const HONORIFIC =
  /(?:^|,\s+)((?:His|Her)\s+Excellency|H\.\s?E\.|S\.\s?E\.|Son\s+Excellence|Su\s+Excelencia)\s+(?:(?:Mr|Mrs|Ms|Dr|Ambassador|M|Mme|el\s+Sr|la\s+Sra|Sr|Sra|Dña|Don|Doña)\.?\s+)?/u;
const NAME =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|dos|van|von|del|la|bin|al|ibn)){1,4}$/u;
const OFFICE = /^(?:the\s+)?(?:Vice-)?(?:President|Chair)\s+of\s+(?:the\s+)?\p{Lu}/u;

/** The convener a subject phrase names by a styled person, or null. */
export function honouredConvener(subject: string): string | null {
  const styled = HONORIFIC.exec(subject);
  if (!styled) return null;
  const [name = '', ...roles] = subject
    .slice(styled.index + styled[0].length)
    .split(/,\s+/u)
    .map((part) => part.trim());
  const office = [...roles].reverse().find((role) => OFFICE.test(role));
  if (office) return office.startsWith('the ') ? office : `the ${office}`;
  return roles.length === 0 && NAME.test(name) ? name : null;
}
