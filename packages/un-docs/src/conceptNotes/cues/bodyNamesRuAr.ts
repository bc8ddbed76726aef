// Round ruar (session 18): how Russian and Arabic notes name the bodies of `bodyNames.ts`.
// Russian declines the names (`Совет Безопасности`, `Совета Безопасности`, `в Совете
// Безопасности`) and news shorten the Council (`Совбез`, `СБ ООН`); Arabic joins a preposition
// or a conjunction to the name (`لمجلس الأمن`, `ومجلس الأمن`), which the patterns, unanchored,
// read inside the word. Russia's own Security Council (`Совет безопасности России`, `Совбез
// РФ`) is not the United Nations'.

const COUNCIL = String.raw`Совет(?:а|е|у|ом)?`;

export const RU_AR_BODIES = {
  securityCouncil: String.raw`(?<![\p{L}])(?:${COUNCIL}\s+Безопасности|Совбез(?:а|е|у|ом)?|СБ\s+ООН)(?!\s+(?:России|РФ|Российской))(?![\p{L}])|مجلس\s+الأمن(?!\s+القومي)`,
  generalAssembly: String.raw`(?<![\p{L}])Генеральн(?:ая|ой|ую)\s+Ассамбле(?:я|и|ю|ей)(?![\p{L}])|الجمعية\s+العامة`,
  ecosoc: String.raw`(?<![\p{L}])Экономическ(?:ий|ого|ом|ому)\s+и\s+Социальн(?:ый|ого|ом|ому)\s+${COUNCIL}(?![\p{L}])|(?<![\p{L}])ЭКОСОС|المجلس\s+الاقتصادي\s+والاجتماعي`,
  humanRights: String.raw`(?<![\p{L}])${COUNCIL}\s+по\s+правам\s+человека(?![\p{L}])|مجلس\s+حقوق\s+الإنسان`,
  peacebuilding: String.raw`(?<![\p{L}])Комисси(?:я|и|ю|ей)\s+по\s+миростроительству(?![\p{L}])|لجنة\s+بناء\s+السلام`,
  trusteeship: String.raw`(?<![\p{L}])${COUNCIL}\s+по\s+опеке(?![\p{L}])|مجلس\s+الوصاية`,
};

// A meeting room named after a body (`в Зале Совета Безопасности`, `قاعة مجلس الأمن`).
export const RU_AR_VENUE = String.raw`(?<![\p{L}])Зал(?:е|а)?\s+(?:Совета\s+Безопасности|Генеральной\s+Ассамблеи|Экономического\s+и\s+Социального\s+Совета|Совета\s+по\s+опеке)|قاعة\s+(?:مجلس\s+الأمن|الجمعية\s+العامة|المجلس\s+الاقتصادي\s+والاجتماعي|مجلس\s+الوصاية)`;
