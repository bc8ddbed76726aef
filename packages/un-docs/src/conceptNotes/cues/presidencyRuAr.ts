// Round ruar (session 18): the words of the Council's presidency in Russian and Arabic, added
// to `presidencyCues.ts`: the presidency (`председательство`, `председательствует`; `رئاسة`),
// what makes it current (`председательствует`, `в рамках председательства`, `в период
// председательства`; `تتولى`, `في إطار رئاسة`, `خلال رئاسة`, and the future of either language),
// and the State it is "of", named right after it (`председательство России`, `رئاسة روسيا`).
import { AR_PREFIX, RU_AR_FUTURE } from '../meetingWordsRuAr.js';

export const RU_AR_PRESIDENCY = String.raw`(?<![\p{L}])(?:председательств\p{L}*|${AR_PREFIX}رئاس(?:ة|ته|تها))(?![\p{L}])`;

export const RU_AR_CURRENT = String.raw`(?<![\p{L}])(?:председательству(?:ет|ют)|председательствующ\p{L}*|в\s+рамках\s+председательства|в\s+период\s+председательства|во\s+время\s+председательства|[وف]?(?:تتولى|يتولى|تترأس|يترأس)|في\s+إطار\s+رئاسة|خلال\s+رئاسة|${RU_AR_FUTURE})(?![\p{L}])`;

export const RU_AR_PRESIDENCY_OF = String.raw`(?<![\p{L}])(?:председательств(?:о|а|е|у|ом)|${AR_PREFIX}رئاسة)\s+`;

// The presidency named by its State's adjective: Russian sets it before the noun, in any case
// (`российского председательства`, `под китайским председательством`), Arabic after it, with
// the article (`الرئاسة الجزائرية`, `للرئاسة الروسية`).
const RUSSIAN_ADJECTIVES: Readonly<Record<string, string>> = {
  российск: 'Russian Federation',
  китайск: 'China',
  американск: 'United States of America',
  британск: 'United Kingdom of Great Britain and Northern Ireland',
  французск: 'France',
  алжирск: 'Algeria',
  пакистанск: 'Pakistan',
  датск: 'Denmark',
  греческ: 'Greece',
  панамск: 'Panama',
  сомалийск: 'Somalia',
  словенск: 'Slovenia',
  гайанск: 'Guyana',
  южнокорейск: 'Republic of Korea',
  японск: 'Japan',
  швейцарск: 'Switzerland',
  мальтийск: 'Malta',
  эквадорск: 'Ecuador',
  мозамбикск: 'Mozambique',
  бразильск: 'Brazil',
  индийск: 'India',
};
const ARABIC_ADJECTIVES: Readonly<Record<string, string>> = {
  الروسية: 'Russian Federation',
  الصينية: 'China',
  الأمريكية: 'United States of America',
  الأميركية: 'United States of America',
  البريطانية: 'United Kingdom of Great Britain and Northern Ireland',
  الفرنسية: 'France',
  الجزائرية: 'Algeria',
  الباكستانية: 'Pakistan',
  الدنماركية: 'Denmark',
  اليونانية: 'Greece',
  البنمية: 'Panama',
  الصومالية: 'Somalia',
  السلوفينية: 'Slovenia',
  الغيانية: 'Guyana',
  اليابانية: 'Japan',
  السويسرية: 'Switzerland',
  المالطية: 'Malta',
  الإكوادورية: 'Ecuador',
  البرازيلية: 'Brazil',
  الهندية: 'India',
};
const RUSSIAN_ADJECTIVE = new RegExp(
  String.raw`(?<![\p{L}])(${Object.keys(RUSSIAN_ADJECTIVES).join('|')})\p{L}{1,3}\s+председательств\p{L}*`,
  'iu',
);
const ARABIC_ADJECTIVE = new RegExp(
  String.raw`(?<![\p{L}])${AR_PREFIX}رئاسة\s+(${Object.keys(ARABIC_ADJECTIVES).join('|')})(?![\p{L}])`,
  'u',
);

/** The State whose adjective names the presidency, in Russian or Arabic. */
export function ruArAdjectiveState(text: string): string | null {
  const russian = RUSSIAN_ADJECTIVE.exec(text)?.[1]?.toLowerCase();
  if (russian) return RUSSIAN_ADJECTIVES[russian] ?? null;
  const arabic = ARABIC_ADJECTIVE.exec(text)?.[1];
  return arabic ? (ARABIC_ADJECTIVES[arabic] ?? null) : null;
}
