import { listNames, translated, type LanguageTemplate } from '../LanguageTemplate.js';

// Russian, as delivered at the UN. Sources: docs/languages.md#russian. The header names
// the speaker after a colon: a template cannot decline a name into the genitive.

const BODIES: Record<string, string> = {
  'security council': 'Совет Безопасности',
  'general assembly': 'Генеральная Ассамблея',
  'economic and social council': 'Экономический и Социальный Совет',
  'human rights council': 'Совет по правам человека',
};
const FORMATS: Record<string, string> = {
  'open debate': 'открытые прения',
  'high-level open debate': 'открытые прения высокого уровня',
  'arria-formula meeting': 'заседание по формуле Аррии',
  briefing: 'брифинг',
  debate: 'прения',
};

export const ru: LanguageTemplate = {
  language: 'ru',
  salutation: { man: 'Господин Председатель,', woman: 'Госпожа Председатель,' },
  checkAgainstDelivery: 'Сверять с произносимым текстом',
  closing: 'Благодарю вас.',
  headerLine({ speaker, delegations, meeting }) {
    const by = speaker?.trim()
      ? `Выступление: ${speaker.trim()}`
      : `Выступление делегации: ${listNames('ru-RU', delegations)}`;
    const where = [translated(BODIES, meeting.body), translated(FORMATS, meeting.format)];
    const name = where.filter(Boolean).join(', ');
    return [by, name, meeting.theme ? `«${meeting.theme}»` : ''].filter(Boolean).join(' — ');
  },
  onBehalfOf: (delegations) => `От имени следующих делегаций: ${listNames('ru-RU', delegations)}`,
  opening: () =>
    'Благодарю председательство за созыв этого заседания, а докладчиков — за их брифинги.',
  thanksBriefers: 'Благодарю докладчиков за их брифинги.',
  placeAndDate: (place, date) => [place, date].filter(Boolean).join(', ') || null,
  places: { 'New York': 'Нью-Йорк', Geneva: 'Женева' },
  patterns: {
    byline: /^Выступление(?: делегации)?:/,
    onBehalfOf: /^От имени следующих делегаций:/,
    notice: /^Сверять с произносимым текстом\.?$/i,
  },
};
