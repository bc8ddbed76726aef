// Round zh (session 19): the words of sentences about a meeting in Chinese, added to the
// English, French, Spanish, Russian and Arabic of `meetingWords.ts` and `sentenceTense.ts`.
// Chinese writes no spaces and its characters are letters to `\p{L}`, so these patterns stand
// outside the other languages' `(?<![\p{L}])…(?![\p{L}])` guards and need none of their own.

// The words that name a meeting: `会议`, `辩论`, `通报会`, `磋商`, `对话`, `讨论会`; `活动` only in
// `高级别活动` (a high-level event), as alone it names any activity.
export const ZH_MEETING = String.raw`(?:会议|辩论会?|通报会|磋商|对话会?|讨论会|研讨会|圆桌会|边会|届会|高级别活动)`;

// A meeting ahead: `将于`, `将举行`, `将召开`, `定于`, `拟于`, `计划于`, `即将`; not `将` alone,
// which also marks an object (`请将本信…分发`).
export const ZH_FUTURE = String.raw`(?:将(?:于|在|举行|召开|举办|主持|就|围绕|以|出席|审议|讨论|作|向|召集)|定于|拟于|计划于|预定于?|即将|将要)`;

// A meeting held: `举行了`, `召开了`, `已举行`, `已召开`, and a news item's day before the verb
// in its past (`10日举行`, `10日在…举行`, `当天举行`).
export const ZH_HELD = String.raw`(?:(?:举行|召开|举办|主持)了|已(?:经)?(?:举行|召开|举办)|(?<![月年\d])\d{1,2}日(?:在[^，。]{1,20})?(?:举行|召开|举办)|当天(?:举行|召开))`;

// Verbs that report what was said: `表示`, `说`, `指出`, `强调`.
export const ZH_REPORTED = String.raw`(?:表示|指出|强调|呼吁|发言说|说，)`;

// A meeting placed by a period, not a day (`将于下周举行`, `拟于本月晚些时候`, `将于今年晚些时候`).
export const ZH_PERIOD =
  /(?:将于|定于|拟于|将在|计划于)(?:下周|本周|下个?月|本月(?:晚些时候|下旬|中旬)?|今年(?:晚些时候|下半年)|月底|月内)/u;
