import { BODY_NAMES } from './bodyNames.js';

// Round 28: where a sentence's subject runs on into what a press item says about the meeting
// itself. Each is a phrase a theme does not end on: when the meeting is scheduled ("…, scheduled
// for 14 May", `…, prévu le 24 juin`, `…, previsto para el 21 de septiembre`), who presents the
// briefing ("… presented by the Special Envoy", `… présentée par le Représentant spécial`,
// `… presentada por …`), and the body the meeting is held at, named last ("… at the Security
// Council", `… au Conseil de sécurité`, `… en el Consejo de Seguridad de la ONU`), and the agenda
// item it is held under.

const SCHEDULED_AFTER_COMMA =
  /\s*,\s*(?:(?:scheduled|planned|slated|set)\s+(?:for|on)|(?:prévue?s?|programmée?s?)\s+(?:le|pour|en)|(?:previst[oa]s?|programad[oa]s?)\s+(?:para|el|en))(?![\p{L}])[\s\S]*$/iu;
// The agenda item it is held under, after a comma ("…, under the agenda item …", `…, bajo el
// punto del orden del día …`, `…, bajo el habitual punto de …`, `…, au titre du point …`), is the
// Council's filing, not its subject ("bajo el tema" may name the theme itself, so not alone).
const AGENDA_ITEM_AFTER_COMMA =
  /\s*,\s*(?:under\s+(?:the\s+)?(?:agenda\s+)?item|(?:bajo|en\s+relación\s+con)\s+(?:el\s+)?(?:\p{L}+\s+)?(?:punto(?![\p{L}])|tema\s+del\s+orden)|(?:au\s+titre\s+du|sous\s+le|dans\s+le\s+cadre\s+du)\s+point)(?![\p{L}])[\s\S]*$/iu;
const PRESENTED_BY =
  /\s+(?:(?:presented|introduced|delivered)\s+by|(?:présentée?s?|introduite?s?)\s+par|(?:presentad[oa]s?|introducid[oa]s?)\s+por)(?![\p{L}])[\s\S]*$/iu;
const OF_UN = String.raw`(?:\s+(?:of\s+the\s+United\s+Nations|of\s+the\s+UN|de\s+l['’]ONU|des\s+Nations\s+Unies|de\s+la\s+ONU|de\s+las\s+Naciones\s+Unidas))?`;
// "in the Security Council" may be the subject's own place ("representation in the Security
// Council"); "at", `au`, `en el` and `ante el` before the body's name, last, say where it meets.
const AT_BODY = new RegExp(
  String.raw`\s+(?:at\s+the\s+(?:UN\s+|United\s+Nations\s+)?|au\s+|devant\s+le\s+|(?:en|ante)\s+el\s+)(?:${BODY_NAMES.map(([, pattern]) => pattern.source).join('|')})${OF_UN}$`,
  'iu',
);

/** A sentence's subject without the meeting's schedule, agenda item or presenter after it. */
export function withoutRunOn(subject: string): string {
  return subject
    .replace(SCHEDULED_AFTER_COMMA, '')
    .replace(AGENDA_ITEM_AFTER_COMMA, '')
    .replace(PRESENTED_BY, '');
}

/** The subject without the body the meeting is held at, named last (in a headline too). */
export function withoutBodyLast(subject: string): string {
  return subject.replace(AT_BODY, '');
}
