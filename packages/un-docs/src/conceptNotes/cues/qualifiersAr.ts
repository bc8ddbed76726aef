// Round h13t: a meeting's level in Arabic, which follows the kind as French and Spanish
// qualifiers do (formatQualifiers.ts): `رفيع المستوى`, `رفيعة المستوى` ("high-level"), `على
// المستوى الوزاري` ("ministerial-level"): `مناقشة مفتوحة على المستوى الوزاري` is a
// ministerial-level open debate, as `débat public au niveau ministériel` is, and `مناقشة مفتوحة
// رفيعة المستوى` a high-level open debate.
export const AR_QUALIFIERS: readonly [string, RegExp][] = [
  ['high-level', /^(?:ال)?رفيع(?:ة)?\s+المستوى$/u],
  ['ministerial-level', /^على\s+المستوى\s+الوزاري$/u],
  // Decided in session 19: how often a meeting is held qualifies it in Arabic too (`مناقشة مفتوحة
  // فصلية`, a quarterly open debate; `سنوية`, annual; `شهرية`, monthly).
  ['annual', /^(?:ال)?سنوي(?:ة)?$/u],
  ['monthly', /^(?:ال)?شهري(?:ة)?$/u],
  ['quarterly', /^(?:ال)?فصلي(?:ة)?$/u],
];

/** The same words, to put among the qualifiers read after a kind. */
export const AR_QUALIFIER_WORD = String.raw`(?:(?:ال)?رفيع(?:ة)?\s+المستوى|على\s+المستوى\s+الوزاري|(?:ال)?(?:سنوي|شهري|فصلي)(?:ة)?(?![\p{L}]))`;
