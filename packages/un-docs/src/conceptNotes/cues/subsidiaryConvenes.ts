import { BODY_NAMES } from './bodyNames.js';
import { candidate, type Cue } from './Candidate.js';

// Round h13t: a body's subsidiary group or committee as the subject of the verb that convenes the
// meeting (“the Ad Hoc Advisory Group on Haiti of the Economic and Social Council will convene a
// meeting”, `el Grupo Asesor Especial sobre Haití del Consejo Económico y Social convocará una
// reunión`, `le Comité … du Conseil économique et social tiendra`) convenes it, named as the note
// names it, as a body holding its own meeting does (convenerCues.ts, `bodyConvenes`); an opening
// occasion before it (`Durante la Semana de Alto Nivel …,`) is passed over.
const BODY = BODY_NAMES.map(([, pattern]) => pattern.source).join('|');
const ORGAN = String.raw`(?:Group|Committee|Grupo|Groupe|Comité)`;
const OF = String.raw`(?:of\s+the|du|de\s+la|de\s+l['’]|del)`;
const WILL_CONVENE = String.raw`(?:will\s+(?:convene|hold|organi[sz]e|host)|convoquera|tiendra|organisera|convocará|celebrará|organizará)`;
const SUBSIDIARY_CONVENES = new RegExp(
  String.raw`(?:^|,\s+)((?:the|le|la|el)\s+(?:[\p{L}-]+\s+){0,3}?${ORGAN}(?:\s+[^,.;]{0,80}?)?\s+${OF}\s+(?:${BODY}))\s+${WILL_CONVENE}(?![\p{L}])`,
  'iu',
);

export const subsidiaryConvenes: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const organ = SUBSIDIARY_CONVENES.exec(text)?.[1];
    const named = organ?.replace(/^(?:The|La|Le|El)\b/u, (article) => article.toLowerCase());
    return named ? [candidate(named, 0.7, text, 'subsidiaryConvenes')] : [];
  });
