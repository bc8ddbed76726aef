// Round ruar (session 18): the words of the Council's presidency in Russian and Arabic, added
// to `presidencyCues.ts`: the presidency (`председательство`, `председательствует`; `رئاسة`),
// what makes it current (`председательствует`, `в рамках председательства`, `в период
// председательства`; `تتولى`, `في إطار رئاسة`, `خلال رئاسة`, and the future of either language),
// and the State it is "of", named right after it (`председательство России`, `رئاسة روسيا`).
import { AR_PREFIX, RU_AR_FUTURE } from '../meetingWordsRuAr.js';

export const RU_AR_PRESIDENCY = String.raw`(?<![\p{L}])(?:председательств\p{L}*|${AR_PREFIX}رئاس(?:ة|ته|تها))(?![\p{L}])`;

export const RU_AR_CURRENT = String.raw`(?<![\p{L}])(?:председательству(?:ет|ют)|председательствующ\p{L}*|в\s+рамках\s+председательства|в\s+период\s+председательства|во\s+время\s+председательства|[وف]?(?:تتولى|يتولى|تترأس|يترأس)|في\s+إطار\s+رئاسة|خلال\s+رئاسة|${RU_AR_FUTURE})(?![\p{L}])`;

export const RU_AR_PRESIDENCY_OF = String.raw`(?<![\p{L}])(?:председательств(?:о|а|е|у|ом)|${AR_PREFIX}رئاسة)\s+`;
