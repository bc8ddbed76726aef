import { AR_PLANNED } from './cues/plannedAr.js';
import { AR_PRESENT_TODAY } from './cues/presentTodayAr.js';
import { AR_NOT_AFTER_PREPOSITION } from './cues/verbalNounAr.js';

// Round ruar (session 18): the words of sentences about a meeting in Russian and Arabic, added
// to the English, French and Spanish of `meetingWords.ts` and `sentenceTense.ts`. Russian
// declines and conjugates (`заседание`, `заседании`; `проведет`, `провел`), so words are read by
// their stems and endings; Arabic joins its conjunctions, prepositions and article to the word
// (`والاجتماع`, `بالجلسة`), and writes its future with a prefix (`سيعقد`, `ستعقد`). Each pattern
// is an alternation to put between letters of neither script's word.

// An Arabic word's joined prefixes: a conjunction (و, ف), a preposition (ب, ل, ك), the article.
export const AR_PREFIX = String.raw`(?:[وف]?[بلك]?(?:ال|ل)?)`;

// The words that name a meeting: `заседание`, `дебаты`, `брифинг`, `встреча`, `сессия`;
// `اجتماع`, `جلسة`, `مناقشة`, `إحاطة`, `دورة`; round t39a: `نقاش` (a debate, also in the
// accusative a newspaper's verb takes: `يعقد المجلس نقاشًا مفتوحًا`).
export const RU_AR_MEETING = String.raw`(?:заседани[еяюий]|заседаниях?|заседаниям|дебат(?:ы|ов|ах|ам|ами)|брифинг(?:а|е|у|ом|и|ов)?|встреч[аеиуы]|сесси[яиюей]|${AR_PREFIX}(?:اجتماع[اًه]*|اجتماعات|جلس(?:ة|ته|تها)|مناقشة|نقاش[اً]*|إحاطة|دورة))`;

// A meeting ahead: the Russian future of the verbs that hold, convene, open or chair one
// (`проведет`, `состоится`, `созовет`, `пройдет`, `возглавит`, `начнется`) and what is
// scheduled (`запланировано`); the Arabic future prefix on those verbs (`سيعقد`, `ستُعقد`,
// `سيترأس`, `ستبدأ`), `سوف`, and what is scheduled (`من المقرر`, `المقرر`); round h13t: what
// is expected, planned or intended in Arabic (cues/plannedAr.ts); round t39a: a present with
// “today” or “tomorrow” (cues/presentTodayAr.ts).
export const RU_AR_FUTURE = String.raw`(?:${AR_PLANNED}|${AR_PRESENT_TODAY}|провед[её]т|проведут|состоится|состоятся|пройд[её]т|пройдут|созов[её]т|созовут|организует|организуют|возглавит|возглавят|начн[её]тся|откро[её]тся|будет|будут|запланирован[аоы]?|планирует|планируют|намерен[аы]?|[وف]?س(?:ي|ت)(?:عقد|ُعقد|نعقد|ترأس|بدأ|جتمع|نظم|ُنظم|ستضيف|كون|دعو)\p{L}*|[وف]?سوف|(?:من\s+)?المقرر)`;

// A meeting held: the Russian past of those verbs (`провел`, `состоялись`, `прошли`, `был
// проведен`) and the Arabic past (`عقد`, `عُقدت`, `انعقدت`, `جرت`); session 26: not the verbal noun
// after a preposition (`في عقد`, "in holding", cues/verbalNounAr.ts).
export const RU_AR_HELD = String.raw`(?:провел[аи]?|провели|состоял(?:ся|ась|ось|ись)|прош(?:ел|ёл|ла|ло|ли)|был[аио]?\s+проведен\p{L}*|${AR_NOT_AFTER_PREPOSITION}[وف]?(?:عقد|عقدت|عُقد|عُقدت|انعقد|انعقدت|جرت|جرى))`;

// Verbs that report what was said: `заявил`, `сказал`, `отметил`, `подчеркнул`, `сообщил`;
// `قال`, `أكد`, `أضاف`, `أوضح`, `شدد`.
export const RU_AR_REPORTED = String.raw`(?:заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|сообщил[аи]?|добавил[аи]?|[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|شدد|شددت))`;
