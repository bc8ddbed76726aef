// Round 35p: a body named as the one that grants NGOs their status ("NGOs in consultative status
// with the ECOSOC", `dotées du statut consultatif auprès de l'ECOSOC`, `reconocidas como entidades
// consultivas por el ECOSOC`, "accredited to the Economic and Social Council") says who may
// attend, not which body meets: a modalities page names it before the meeting's own body.
const ACCREDITS =
  /(?<![\p{L}])(?:consultative\s+status\s+with|accredited\s+to|statut\s+consultatif\s+auprès\s+(?:du|de\s+l['’]|de\s+la)|accréditées?\s+auprès\s+(?:du|de\s+l['’]|de\s+la)|(?:estatus|estatuto|carácter|condición)\s+consultiv[oa]\s+(?:ante|con|en)|entidades\s+consultivas\s+(?:del|de\s+la|por\s+el|por\s+la|ante\s+el|ante\s+la))\s*(?:the\s+|el\s+|la\s+)?$/iu;

// Round t42c: or the body's name compounded with the participle, after it ("ECOSOC-accredited
// NGOs", "Economic and Social Council accredited organizations", "HRC-accredited").
const ACCREDITED_AFTER = /^[\p{L}\s]{2,40}?[\s-]accredited(?![\p{L}])/u;

/** Whether the body named at `index` of `text` is named as the one accrediting NGOs. */
export function accreditingBody(text: string, index: number): boolean {
  return (
    ACCREDITS.test(text.slice(Math.max(0, index - 60), index)) ||
    ACCREDITED_AFTER.test(text.slice(index, index + 60))
  );
}
