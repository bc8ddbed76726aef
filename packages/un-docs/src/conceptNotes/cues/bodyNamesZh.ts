// Round zh (session 19): how Chinese notes name the bodies of `bodyNames.ts`: the full name and
// the short one news use (`安全理事会`, `安理会`; `联合国大会`, `联大`; `经济及社会理事会`,
// `经社理事会`). `大会` alone also names congresses and assemblies of other bodies (`世界卫生大会`),
// so only its President or a session ties it to the General Assembly. A national security
// council (`国家安全委员会`) is not the Council.

export const ZH_BODIES = {
  securityCouncil: String.raw`安全理事会|安理会`,
  generalAssembly: String.raw`联合国大会|联大|(?<![\p{L}])大会(?=主席|第[^，。]{1,6}届会议|全体会议|高级别)`,
  ecosoc: String.raw`经济及社会理事会|经社理事会`,
  humanRights: String.raw`人权理事会`,
  peacebuilding: String.raw`建设和平委员会`,
  trusteeship: String.raw`托管理事会`,
};

// A meeting room named after a body (`托管理事会会议厅`, `安理会会议厅`).
export const ZH_VENUE = String.raw`(?:安全理事会|安理会|托管理事会|经济及社会理事会|经社理事会|联合国大会|大会)(?:会议厅|会议室|厅)`;
