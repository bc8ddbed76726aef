import { listNames, translated, type LanguageTemplate } from '../LanguageTemplate.js';

// French, as francophone delegations deliver it at the UN. Sources: docs/languages.md#french.
// The header avoids articles before country names ("du Mali", "de la France"), which a
// template cannot know, by naming delegations after a colon.

const BODIES: Record<string, string> = {
  'security council': 'Conseil de sécurité',
  'general assembly': 'Assemblée générale',
  'economic and social council': 'Conseil économique et social',
  'human rights council': 'Conseil des droits de l’homme',
};
const FORMATS: Record<string, string> = {
  'open debate': 'débat public',
  'high-level open debate': 'débat public de haut niveau',
  'arria-formula meeting': 'réunion selon la formule Arria',
  briefing: 'séance d’information',
  debate: 'débat',
};

export const fr: LanguageTemplate = {
  language: 'fr',
  salutation: { man: 'Monsieur le Président,', woman: 'Madame la Présidente,' },
  checkAgainstDelivery: 'Seul le prononcé fait foi',
  closing: 'Je vous remercie.',
  headerLine({ speaker, delegations, meeting }) {
    const by = speaker?.trim()
      ? `Déclaration de ${speaker.trim()}`
      : `Déclaration de la délégation : ${listNames('fr-FR', delegations)}`;
    const where = [translated(BODIES, meeting.body), translated(FORMATS, meeting.format)];
    const name = where.filter(Boolean).join(', ');
    return [by, name, meeting.theme ? `« ${meeting.theme} »` : ''].filter(Boolean).join(' — ');
  },
  onBehalfOf: (delegations) =>
    `Au nom des délégations suivantes : ${listNames('fr-FR', delegations)}`,
  opening: () =>
    'Je remercie la présidence d’avoir organisé cette réunion et les intervenants de leurs exposés.',
  thanksBriefers: 'Je remercie les intervenants de leurs exposés.',
  placeAndDate: (place, date) =>
    place && date ? `${place}, le ${date}` : place || (date ? `Le ${date}` : null),
  places: { 'New York': 'New York', Geneva: 'Genève' },
  patterns: {
    byline: /^D[ée]claration\s/,
    onBehalfOf: /^Au nom des délégations suivantes\s?:/,
    notice: /^Seul le prononcé fait foi\.?$/i,
  },
};
