import { listNames, translated, type LanguageTemplate } from '../LanguageTemplate.js';

// Arabic, as the Arab Group's delegations deliver it at the UN (right to left).
// Sources: docs/languages.md#arabic.

const BODIES: Record<string, string> = {
  'security council': 'مجلس الأمن',
  'general assembly': 'الجمعية العامة',
  'economic and social council': 'المجلس الاقتصادي والاجتماعي',
  'human rights council': 'مجلس حقوق الإنسان',
};
const FORMATS: Record<string, string> = {
  'open debate': 'مناقشة مفتوحة',
  'high-level open debate': 'مناقشة مفتوحة رفيعة المستوى',
  'arria-formula meeting': 'اجتماع بصيغة آريا',
  briefing: 'جلسة إحاطة',
  debate: 'مناقشة',
};

export const ar: LanguageTemplate = {
  language: 'ar',
  salutation: { man: 'السيد الرئيس،', woman: 'السيدة الرئيسة،' },
  checkAgainstDelivery: 'يرجى المراجعة عند الإلقاء',
  closing: 'شكراً.',
  headerLine({ speaker, delegations, meeting }) {
    const by = speaker?.trim()
      ? `كلمة ${speaker.trim()}`
      : `كلمة وفد ${listNames('ar-SA', delegations)}`;
    const where = [translated(BODIES, meeting.body), translated(FORMATS, meeting.format)];
    const name = where.filter(Boolean).join('، ');
    return [by, name, meeting.theme ? `«${meeting.theme}»` : ''].filter(Boolean).join(' — ');
  },
  onBehalfOf: (delegations) => `باسم الوفود التالية: ${listNames('ar-SA', delegations)}`,
  opening: () => 'أشكر الرئاسة على عقد هذه الجلسة، وأشكر مقدمي الإحاطات على إحاطاتهم.',
  thanksBriefers: 'أشكر مقدمي الإحاطات على إحاطاتهم.',
  placeAndDate: (place, date) => [place, date].filter(Boolean).join('، ') || null,
  places: { 'New York': 'نيويورك', Geneva: 'جنيف' },
  patterns: {
    byline: /^كلمة\s/,
    onBehalfOf: /^باسم الوفود التالية:/,
    notice: /^يرجى المراجعة عند الإلقاء\.?$/,
  },
};
