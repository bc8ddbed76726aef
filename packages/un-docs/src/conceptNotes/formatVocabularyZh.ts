// Round zh (session 19): the formats' names in Chinese, added to the kinds of
// `formatVocabulary.ts` they name. Chinese puts the level before the kind with no space
// (`高级别公开辩论`, `部长级会议`), so the open debate is read with its level, which
// `formatQualifiers.ts` reports as it does `débat public de haut niveau`'s.

export const ZH = {
  arria: String.raw`阿里亚办法(?:会议)?`,
  highLevel: String.raw`高级别会议`,
  openDebate: String.raw`(?:(?:高级别|部长级)?公开辩论会?)`,
  briefing: String.raw`通报会`,
  ministerial: String.raw`部长级会议`,
  special: String.raw`特别会议`,
  panel: String.raw`(?:专题)?小组讨论会?`,
  roundTable: String.raw`圆桌会议?`,
  interactive: String.raw`互动对话`,
  sideEvent: String.raw`边会`,
  workshop: String.raw`研讨会|讲习班`,
  informal: String.raw`非正式会议`,
  ambassadorial: String.raw`大使级会议`,
  forum: String.raw`论坛`,
  highLevelEvent: String.raw`高级别活动`,
  commemorative: String.raw`纪念(?:会议|大会)`,
};
