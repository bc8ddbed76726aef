import { listNames, translated, type LanguageTemplate } from '../LanguageTemplate.js';

// Spanish, as hispanophone delegations deliver it at the UN. Sources: docs/languages.md#spanish.

const BODIES: Record<string, string> = {
  'security council': 'Consejo de Seguridad',
  'general assembly': 'Asamblea General',
  'economic and social council': 'Consejo Económico y Social',
  'human rights council': 'Consejo de Derechos Humanos',
};
const FORMATS: Record<string, string> = {
  'open debate': 'debate abierto',
  'high-level open debate': 'debate abierto de alto nivel',
  'arria-formula meeting': 'reunión con arreglo a la fórmula Arria',
  briefing: 'sesión informativa',
  debate: 'debate',
};

export const es: LanguageTemplate = {
  language: 'es',
  salutation: { man: 'Señor Presidente,', woman: 'Señora Presidenta,' },
  checkAgainstDelivery: 'Cotejar con el discurso pronunciado',
  closing: 'Muchas gracias.',
  headerLine({ speaker, delegations, meeting }) {
    const by = speaker?.trim()
      ? `Declaración de ${speaker.trim()}`
      : `Declaración de la delegación: ${listNames('es-ES', delegations)}`;
    const where = [translated(BODIES, meeting.body), translated(FORMATS, meeting.format)];
    const name = where.filter(Boolean).join(', ');
    return [by, name, meeting.theme ? `«${meeting.theme}»` : ''].filter(Boolean).join(' — ');
  },
  onBehalfOf: (delegations) =>
    `En nombre de las delegaciones siguientes: ${listNames('es-ES', delegations)}`,
  opening: () =>
    'Agradezco a la presidencia la convocatoria de esta sesión y a los ponentes sus exposiciones informativas.',
  thanksBriefers: 'Agradezco a los ponentes sus exposiciones informativas.',
  placeAndDate: (place, date) => [place, date].filter(Boolean).join(', ') || null,
  places: { 'New York': 'Nueva York', Geneva: 'Ginebra' },
  patterns: {
    byline: /^Declaraci[óo]n\s/,
    onBehalfOf: /^En nombre de las delegaciones siguientes:/,
    notice: /^Cotejar con el discurso pronunciado\.?$/i,
  },
};
