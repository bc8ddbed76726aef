// Round 29: a lead-in saying what the exchange itself takes in ("through an interactive dialogue
// that includes:", "a discussion which will address:", `un diálogo interactivo … que incluye:`,
// `un débat qui portera sur :`) introduces the points the delegations take up, as "invited to
// address the following:" does. Only an exchange among delegations counts (a dialogue, debate,
// discussion, exchange or its clause): what a meeting, an event or a programme "includes" is its
// segments and speakers.
const EXCHANGE_INCLUDES =
  /(?<![\p{L}])(?:dialogues?|debates?|discussions?|exchanges?|diálogos?|débats?|échanges?|discusi(?:ón|ones)|intercambios?)(?:\s+[^\s:;.]+){0,10}?,?\s+(?:that|which|qui|que)\s+(?:will\s+)?(?:includes?|include|cover(?:s)?|address(?:es)?|focus(?:es)?\s+on|comprend(?:ra)?|inclu(?:t|ra)|porte(?:ra)?\s+sur|abordera|incluye|incluirá|abarca(?:rá)?|abordará)\s*:\s*$/iu;

/** Whether the lead-in ends saying what the dialogue or debate includes. */
export function exchangeIncludes(leadIn: string): boolean {
  return EXCHANGE_INCLUDES.test(leadIn.trim());
}
