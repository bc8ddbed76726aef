// Round h13t: a meeting expected, planned or intended, in Arabic, as English's "is expected to",
// "plans to" and "intends to" look forward (sentenceTense.ts, FORWARD) and Russian's `планирует`
// and `намерен` do (meetingWordsRuAr.ts): `من المتوقع أن` ("it is expected that"), `تخطط`/`يخطط`
// ("plans"), `تعتزم`/`يعتزم` ("intends"), with a joined conjunction. A news item on a
// presidency's programme says its meetings so (“من المتوقع أن يرأس وزير الخارجية الاجتماع”,
// “تعتزم روسيا إجراء مناقشة مفتوحة”), in sentences with no future prefix and no date: they look
// ahead all the same.
export const AR_PLANNED = String.raw`(?:(?:[وف]?من\s+)?المتوقع|[وف]?[تي](?:خطط|عتزم))`;
