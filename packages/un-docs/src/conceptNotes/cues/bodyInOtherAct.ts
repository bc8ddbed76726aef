// Round t43c: a body named as the author or the subject of a review or a reform, in a title or
// a sentence about a meeting held by others (“a policy dialogue … on Geneva's contribution to the
// General Assembly's 2021-2026 review of the Human Rights Council”, `la réforme de la Commission
// de consolidation de la paix`, `la revisión del Consejo de Derechos Humanos por la Asamblea`), is
// not the body whose meeting it is, as a body doing another act after “by” is not (round w38at,
// bodyAsDoer.ts): the first mention passes over both. A body's own meeting in the possessive
// (“the General Assembly's high-level meeting”) is no act of this list and still counts.

const ACT = String.raw`(?:review|reform|revitali[sz]ation|evaluation|assessment|examen|réforme|revitalisation|évaluation|revisión|reforma|revitalización|evaluación)`;
const OF = String.raw`(?:of|du|de\s+la|de\s+l['’]|del|de)\s+(?:the\s+)?`;

// “… review of the Human Rights Council”, `la réforme du Conseil`: the body under review.
const UNDER_ACT = new RegExp(String.raw`(?<![\p{L}])${ACT}\s+${OF}$`, 'iu');
// “the General Assembly's 2021-2026 review”: the body reviewing, up to three words before the act.
const AUTHOR_OF_ACT = new RegExp(
  String.raw`^['’]s\s+(?:[\p{L}\p{N}–-]+\s+){0,3}?${ACT}(?![\p{L}])`,
  'iu',
);

/** Whether the body named at `index` (`length` characters) reviews or is reviewed, not meets. */
export function bodyInOtherAct(text: string, index: number, length: number): boolean {
  return (
    UNDER_ACT.test(text.slice(Math.max(0, index - 40), index)) ||
    AUTHOR_OF_ACT.test(text.slice(index + length, index + length + 60))
  );
}
