// Round zh (session 19): how Chinese notes name the Member States that most often preside over
// the Council or convene its meetings, mapped to the official English short name, as
// `memberStateRuAr.ts` does for Russian and Arabic. Longer names come first, so that `中非`
// (the Central African Republic) is not read inside a longer name and `中国` not inside it.

const NAMES: Readonly<Record<string, readonly string[]>> = {
  'Russian Federation': ['俄罗斯联邦', '俄罗斯', '俄方'],
  China: ['中华人民共和国', '中国', '中方'],
  'United States of America': ['美利坚合众国', '美国', '美方'],
  'United Kingdom of Great Britain and Northern Ireland': [
    '大不列颠及北爱尔兰联合王国',
    '联合王国',
    '英国',
    '英方',
  ],
  France: ['法兰西共和国', '法国', '法方'],
  Algeria: ['阿尔及利亚'],
  Pakistan: ['巴基斯坦'],
  Denmark: ['丹麦'],
  Greece: ['希腊'],
  Panama: ['巴拿马'],
  Somalia: ['索马里'],
  'Republic of Korea': ['大韩民国', '韩国'],
  'Sierra Leone': ['塞拉利昂'],
  Slovenia: ['斯洛文尼亚'],
  Guyana: ['圭亚那'],
  Bahrain: ['巴林'],
  Colombia: ['哥伦比亚'],
  'Democratic Republic of the Congo': ['刚果民主共和国'],
  Latvia: ['拉脱维亚'],
  Liberia: ['利比里亚'],
  Japan: ['日本'],
  Mozambique: ['莫桑比克'],
  Ecuador: ['厄瓜多尔'],
  Malta: ['马耳他'],
  Switzerland: ['瑞士'],
  'United Arab Emirates': ['阿拉伯联合酋长国', '阿联酋'],
  Brazil: ['巴西'],
  Ghana: ['加纳'],
  Gabon: ['加蓬'],
  India: ['印度'],
  Kenya: ['肯尼亚'],
  Mexico: ['墨西哥'],
  Egypt: ['埃及'],
  Germany: ['德国'],
  Kazakhstan: ['哈萨克斯坦'],
  Norway: ['挪威'],
  Ireland: ['爱尔兰'],
  Albania: ['阿尔巴尼亚'],
  Niger: ['尼日尔'],
  'Viet Nam': ['越南'],
  Tunisia: ['突尼斯'],
  Indonesia: ['印度尼西亚', '印尼'],
  'South Africa': ['南非'],
  Belgium: ['比利时'],
  'Dominican Republic': ['多米尼加共和国'],
  Estonia: ['爱沙尼亚'],
  Kuwait: ['科威特'],
  Nigeria: ['尼日利亚'],
  Ethiopia: ['埃塞俄比亚'],
  'Saudi Arabia': ['沙特阿拉伯', '沙特'],
  Qatar: ['卡塔尔'],
  Italy: ['意大利'],
  Spain: ['西班牙'],
  'Netherlands (Kingdom of the)': ['荷兰'],
  Sweden: ['瑞典'],
  Poland: ['波兰'],
  Ukraine: ['乌克兰'],
  Uruguay: ['乌拉圭'],
  Peru: ['秘鲁'],
  Chile: ['智利'],
  Argentina: ['阿根廷'],
  'Bolivia (Plurinational State of)': ['多民族玻利维亚国', '玻利维亚'],
  "Côte d'Ivoire": ['科特迪瓦'],
  'Equatorial Guinea': ['赤道几内亚'],
  Senegal: ['塞内加尔'],
};

const PAIRS = Object.entries(NAMES)
  .flatMap(([state, names]) => names.map((name) => [name, state] as const))
  .sort(([a], [b]) => b.length - a.length);

/** The Chinese State names, longest first, as an alternation. */
export const ZH_STATE = PAIRS.map(([name]) => name).join('|');

/** The English short name of the State named in Chinese as `name`. */
export function stateOfChineseName(name: string): string | null {
  return PAIRS.find(([chinese]) => chinese === name)?.[1] ?? null;
}
