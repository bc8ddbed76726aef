import { listNames, type LanguageTemplate } from '../LanguageTemplate.js';

// English, as delivered at UN Headquarters. Sources: docs/languages.md#english.

export const en: LanguageTemplate = {
  language: 'en',
  salutation: { man: 'Mr. President,', woman: 'Madam President,' },
  checkAgainstDelivery: 'Check against delivery',
  closing: 'I thank you.',
  headerLine({ speaker, delegations, meeting }) {
    const by = speaker?.trim() || `the delegation of ${listNames('en-GB', delegations)}`;
    const name = [meeting.body, meeting.format].filter(Boolean).join(' ') || 'meeting';
    return `Statement by ${by} at the ${name} on “${meeting.theme}”`;
  },
  onBehalfOf: (delegations) => `Delivered on behalf of ${listNames('en-GB', delegations)}`,
  opening({ presidency, format }) {
    const who = presidency ? `the presidency of ${presidency}` : 'the presidency';
    return `I thank ${who} for convening this ${format ?? 'meeting'} and the briefers for their insights.`;
  },
  thanksBriefers: 'I thank the briefers for their insights.',
  placeAndDate: (place, date) => [place, date].filter(Boolean).join(', ') || null,
  places: { 'New York': 'New York', Geneva: 'Geneva' },
  patterns: {
    byline: /^(?:joint )?statement (?:by|of|delivered by)\s/i,
    onBehalfOf: /^(?:delivered )?on behalf of\s/i,
    notice: /^check against delivery\.?$/i,
  },
};
