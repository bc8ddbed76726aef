// Round t42c: how Russian, Arabic and Chinese notes name the standing bodies of
// `standingBodies.ts`, by their official names in those languages, as `bodyNamesRuAr.ts` and
// `bodyNamesZh.ts` do for the principal organs: Russian declines the commission (`Комиссия по
// народонаселению и развитию`, `сессии Комиссии …`, `в Комиссии …`); Arabic joins a preposition
// or a conjunction to the name, which the patterns, unanchored, read inside the word.

const COMMISSION = String.raw`(?<![\p{L}])Комисси(?:я|и|ю|ей)`;

export const RU_AR_ZH_STANDING_BODIES: Readonly<Record<string, string>> = {
  'Commission on the Status of Women': String.raw`${COMMISSION}\s+по\s+положению\s+женщин|لجنة\s+وضع\s+المرأة|妇女地位委员会`,
  'Commission for Social Development': String.raw`${COMMISSION}\s+социального\s+развития|لجنة\s+التنمية\s+الاجتماعية|社会发展委员会`,
  'Commission on Population and Development': String.raw`${COMMISSION}\s+по\s+народонаселению\s+и\s+развитию|لجنة\s+السكان\s+والتنمية|人口与发展委员会`,
  'Statistical Commission': String.raw`(?<![\p{L}])Статистическ(?:ая|ой|ую)\s+комисси(?:я|и|ю|ей)|اللجنة\s+الإحصائية|统计委员会`,
  'Commission on Narcotic Drugs': String.raw`${COMMISSION}\s+по\s+наркотическим\s+средствам|لجنة\s+المخدرات|麻醉药品委员会`,
  'Commission on Crime Prevention and Criminal Justice': String.raw`${COMMISSION}\s+по\s+предупреждению\s+преступности\s+и\s+уголовному\s+правосудию|لجنة\s+منع\s+الجريمة\s+والعدالة\s+الجنائية|预防犯罪和刑事司法委员会`,
  'Commission on Science and Technology for Development': String.raw`${COMMISSION}\s+по\s+науке\s+и\s+технике\s+в\s+целях\s+развития|لجنة\s+تسخير\s+العلم\s+والتكنولوجيا\s+لأغراض\s+التنمية|科学和技术促进发展委员会`,
};
