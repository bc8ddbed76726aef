// Round ruar (session 18): the formats' names in Russian and Arabic, added to the kinds of
// `formatVocabulary.ts` they name. Russian declines its nouns (`открытые дебаты`, `открытых
// дебатов`, `открытыми дебатами`) and Arabic joins its article and prepositions to the word
// (`المناقشة المفتوحة`, `بصيغة آريا`, `اجتماعا رفيع المستوى`), so each kind is read in its cases
// and forms, between letters of neither script's word (JavaScript's `\b` knows ASCII only).

const BEFORE = String.raw`(?<![\p{L}])`;
const AFTER = String.raw`(?![\p{L}])`;
// An Arabic word's joined prefixes: a conjunction (و, ف), a preposition (ب, ل, ك) and the article.
const AR = String.raw`(?<![\p{L}])(?:[وف]?[بلك]?(?:ال|ل)?)`;
// Round t39a: the masculine `نقاش` ("debate") takes its adjectives in the masculine, and a
// newspaper's how-often word may stand between them (`نقاشًا فصليًا مفتوحًا`, a quarterly open
// debate, in the accusative with its tanween).
const AR_FREQUENCY = String.raw`(?:ال)?(?:سنوي|شهري|فصلي)[اً]*`;

// Round t40c: the feminine `مناقشة` takes them in the feminine (`مناقشة فصلية مفتوحة`, a quarterly
// open debate).
const AR_FREQUENCY_F = String.raw`(?:ال)?(?:سنوية|شهرية|فصلية)`;

export const RU_AR = {
  arria: String.raw`${BEFORE}формул[аеыуой]+\s+Арриа${AFTER}|${AR}صيغة\s+[آأا]ري[ّ]?ا${AFTER}`,
  highLevel: String.raw`${BEFORE}заседани[еяюим]+\s+(?:на\s+)?высок(?:ого|ом)\s+уровн[яе]${AFTER}|${AR}اجتماع[اً]*\s+(?:ال)?رفيع\s+المستوى${AFTER}`,
  openDebate: String.raw`${BEFORE}открыт(?:ые|ых|ыми|ым)\s+дебат(?:ы|ов|ах|ам|ами)${AFTER}|${AR}مناقشة\s+(?:${AR_FREQUENCY_F}\s+)?(?:ال)?(?:مفتوحة|علنية)${AFTER}|${AR}نقاش[اً]*\s+(?:${AR_FREQUENCY}\s+)?(?:ال)?(?:مفتوح|علني)[اً]*${AFTER}`,
  briefing: String.raw`${BEFORE}брифинг(?:а|е|у|ом|и|ов)?${AFTER}|${AR}إحاطة${AFTER}(?!\s+علم)`,
  // Round t43a: a panel discussion is a `групповая дискуссия` (in its cases) in Russian UN news.
  panel: String.raw`${BEFORE}группов(?:ая|ой|ую)\s+дискусси(?:я|и|ю|ей)${AFTER}`,
  ministerial: String.raw`${BEFORE}министерск(?:ое|ого|ом|ому|им)\s+заседани[еяюим]+${AFTER}|${BEFORE}заседани[еяюим]+\s+на\s+уровне\s+министров${AFTER}|${AR}اجتماع[اً]*\s+(?:ال)?وزاري[اً]*${AFTER}`,
};
