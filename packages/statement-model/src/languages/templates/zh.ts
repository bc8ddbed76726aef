import { listNames, translated, type LanguageTemplate } from '../LanguageTemplate.js';

// Chinese, as delivered at the UN (full-width punctuation). Sources: docs/languages.md#chinese.

const BODIES: Record<string, string> = {
  'security council': '安理会',
  'general assembly': '联合国大会',
  'economic and social council': '经济及社会理事会',
  'human rights council': '人权理事会',
};
const FORMATS: Record<string, string> = {
  'open debate': '公开辩论会',
  'high-level open debate': '高级别公开辩论会',
  'arria-formula meeting': '阿里亚模式会议',
  briefing: '通报会',
  debate: '辩论会',
};

export const zh: LanguageTemplate = {
  language: 'zh',
  salutation: { man: '主席先生：', woman: '主席女士：' },
  checkAgainstDelivery: '请以实际发言为准',
  closing: '谢谢。',
  headerLine({ speaker, delegations, meeting }) {
    const by = speaker?.trim() || `${listNames('zh-CN', delegations)}代表团`;
    const where = [translated(BODIES, meeting.body), translated(FORMATS, meeting.format)];
    const name = where.filter(Boolean).join('') || '会议';
    return `${by}在${name}上的发言${meeting.theme ? `：“${meeting.theme}”` : ''}`;
  },
  onBehalfOf: (delegations) => `代表以下代表团：${listNames('zh-CN', delegations)}`,
  opening: () => '感谢主席国召开此次会议，感谢各位通报人的通报。',
  // Chinese writes the larger unit first: the date, then the place.
  thanksBriefers: '感谢各位通报人的通报。',
  placeAndDate: (place, date) => [date, place].filter(Boolean).join('，') || null,
  places: { 'New York': '纽约', Geneva: '日内瓦' },
  patterns: {
    byline: /上的发言/,
    onBehalfOf: /^代表以下代表团：/,
    notice: /^请以实际发言为准。?$/,
  },
};
