import { findMemberState } from '../findMemberState.js';
import { articleForContraction, contractedArticle } from './contractedArticle.js';
import { JOINTLY } from './jointlyWith.js';
import { insideEntityName } from './entityFor.js';
import { insideStandingBody } from './standingBodyName.js';
import { withoutSeatInList } from './missionSeat.js';
import { groupWithPartners } from './groupOfStates.js';
import { ON_THE_OCCASION } from './organizationNames.js';

// The organizers a phrase names, cut where the sentence moves on: "Ireland, the Niger and
// Norway", "the President of the General Assembly", "la Suisse et le Sénégal".

// Round 15b: a French or Spanish date after the organizers ("… par la Présidente de la
// Commission le mercredi 14 avril") ends them, as "on" does in English.
// Round 13b: an office's holder, named after a comma with an honorific ("the Chair of the
// Peacebuilding Commission, H.E. Mr. …", `la Présidente …, S.E. Mme …`), ends the office.
// A partner named after the organizers helps them; it does not convene ("El Presidente …, en
// colaboración con la UNESCO, convoca"): the list ends before it unless all are States (PARTNERS).
// Round 29: so does one named after a participle ("…, supported by UN DESA, …", `appuyée par`,
// `con el respaldo de`, `apoyada por`).
// Round w36ct: so does the session the meeting prepares ("… Regional Service Centre for Africa
// ahead of the 62nd session of …", "in preparation for").
// Round 31c: an office's session after it (`el presidente de la Asamblea en su 68 Período de
// Sesiones, John Ashe`, `à sa soixante-dix-neuvième session`): the office convenes, as the
// 2026-12-05 convention names it, without its session or holder.
const STOP =
  /\s+(?:en\s+su|à\s+sa)\s+[\p{L}\d.ºª-]+\s+(?:período\s+de\s+sesiones|session)(?![\p{L}])|,?\s+(?:in (?:close )?(?:cooperation|partnership|collaboration) with|with the support of|(?:supported|assisted|backed) by|(?:appuyée?s?|soutenue?s?) par|(?:apoyad[oa]s?|respaldad[oa]s?) por|con el respaldo de|together with|en (?:collaboration|coopération|partenariat) avec|avec le soutien d(?:u|e|es)|en colaboración con|con el apoyo d(?:e|el)|junto con|will|shall|would|is|are|was|to|pursuant|ahead of|in preparation for|in accordance with|en application d(?:e|u|es)|en aplicación d(?:e|el)|de conformidad con|in|on|under|with|which|who|whose|as|at|from|during|through|qui|que|dont|cuy[oa]s?|quien(?:es)?|pour|afin|dans|conformément|para|durante|conforme|con arreglo)\b|\s*[(;:]|[.](?:\s|$)|,\s+(?:le|el|the)\s+\d|,?\s+(?:le|el)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}])|,\s+(?:H\.\s?E\.|S\.\s?E\.|His\s+Excellency|Her\s+Excellency|Son\s+Excellence|Su\s+Excelencia|Mr\.|Ms\.|Mrs\.|Mme\b|M\.|Sr\.|Sra\.|Ambassador\b)|,\s+(?:se|sera|será|aura|tendrá|habrá)\s/iu;

/** The actor phrase at the start of `text`, or null when there is none. */
// "the Permanent Missions of Estonia and Niger to the United Nations" names Estonia and Niger;
// round 13a: "the Representative of Portugal", `el Representante de Portugal`, names Portugal.
const ENVOYS =
  /^(?:the\s+|la\s+|le\s+|el\s+)?(?:Permanent\s+Missions?|Permanent\s+Representatives?|Governments?|delegations?|Missions?\s+permanentes?|Représentants?\s+permanents?|Misi[oó]n(?:es)?\s+Permanentes?|Representantes?\s+Permanentes?|les\s+Missions?\s+permanentes?|las\s+Misiones\s+Permanentes|Representatives?|Representantes?|Représentants?)\s+(of|del|de|du|des)\s+/iu;
// Round w36bt: or to one of its offices, as a mission in Geneva is (`auprès de l'Office des
// Nations Unies à Genève`, `ante la Oficina de las Naciones Unidas en Ginebra`).
const TO_THE_UN =
  /\s+(?:to|auprès de|auprès des|ante)\s+(?:the\s+|l['’]|las\s+|la\s+)?(?:United Nations|Organisation des Nations Unies|Office des Nations Unies|Nations Unies|Oficina de las Naciones Unidas|Naciones Unidas).*$/iu;

// "Permanent Mission of Switzerland, Permanent Mission of Ecuador and …": each one names a State.
const EACH_ENVOY =
  /(,\s+|\s+(?:and|et|y)\s+)(?:the\s+)?(?:Permanent\s+Missions?|Permanent\s+Representatives?|Missions?\s+permanentes?|Misi[oó]n(?:es)?\s+Permanentes?)\s+(of|de|du|del)\s+/giu;

// "Estonia in cooperation with Belgium and Kenya"; "The Permanent Mission of Malta, together
// with the Permanent Missions of Ecuador and Japan": States working together all organize the
// meeting. An office or agency "in collaboration with" helps; it does not convene.
// Round w38at: "jointly with" any partner (cues/jointlyWith.ts).
const PARTNERS =
  /^(.+?),?\s+(in (?:close )?(?:cooperation|partnership|collaboration) with|together with|jointly with|en coopération avec|conjointement avec|conjuntamente con|en colaboración con|junto con)\s+(.+)$/iu;

// Round 27b: each organizer may be described by a relative clause set off by commas before the
// next one is named ("Kyrgyzstan, whose rivers feed …, and Switzerland, which …", `Panamá, cuya
// economía …, y Dinamarca, que …`, `Le Niger, qui …, et la Belgique, dont …`): the clause
// describes, the list goes on after it. The last one's clause ends the list, as "which" does.
const RELATIVE_CLAUSE =
  /,\s+(?:which|who|whose|qui|dont|que|cuy[oa]s?|quien(?:es)?)\s[^,;]{1,200},(?=\s+(?:and|et|y)\s)/giu;

export function actorList(text: string): string | null {
  return listOfActors(text.replace(RELATIVE_CLAUSE, ''));
}

function listOfActors(text: string): string | null {
  const partners = PARTNERS.exec(text);
  if (partners?.[1] && partners[2] && partners[3]) {
    const first = oneActorList(partners[1]);
    const rest = listOfActors(partners[3].replace(/^[,\s]+/, ''));
    const states = first && rest ? [...splitActors(first), ...splitActors(rest)] : [];
    if (states.length > 0 && states.every((part) => findMemberState(part) !== null))
      return joinActors(states, conjunctionOf(text));
    if (first && rest && JOINTLY.test(partners[2]))
      return `${first} ${conjunctionOf(text)} ${rest}`;
    // Round w37bt: a group of States, then States "together with" it (cues/groupOfStates.ts).
    const partnerStates = rest ? splitActors(rest) : [];
    const group =
      rest && partnerStates.every((part) => findMemberState(part) !== null)
        ? groupWithPartners(text, partners[1], rest)
        : null;
    if (group) return group;
  }
  return oneActorList(text);
}

// After "les Missions permanentes de la France", each further State keeps its article without
// the "de" ("de la Grèce et du Mexique" → "la Grèce et le Mexique"; "de Colombia y de España";
// "del Perú y de Costa Rica" → "el Perú y Costa Rica", round 36h).
export function withoutPartitives(list: string): string {
  return list
    .replace(/(,\s+|\s+(?:et|y)\s+)(du|des|del)\s+/gu, (_, joint: string, of: string) =>
      articleAfter(joint, of),
    )
    .replace(/(,\s+|\s+(?:et|y)\s+)de\s+(?=\p{L})/gu, (_, joint: string) => joint)
    .replace(/(,\s+|\s+(?:et|y)\s+)d['’](?=\p{L})/gu, "$1l'");
}

// Round w36bt: the occasion after the organizers ends their list (organizationNames.ts).
const OCCASION_AFTER = new RegExp(String.raw`(?:${ON_THE_OCCASION}).*$`, 'iu');

// Round 13b: missions named with their seat, then a body that is no State ("the Permanent
// Missions of Fiji and Portugal to the United Nations and the Ocean Action Network", `les
// Missions permanentes … auprès de l'Office des Nations Unies à Genève et le Centre …`): the
// organizers are not all States, so the note's words are kept whole, to the comma.
const SEAT = String.raw`(?:the\s+|l['’]|las\s+|la\s+)?(?:United\s+Nations(?:\s+Office)?|Office\s+des\s+Nations\s+Unies|Organisation\s+des\s+Nations\s+Unies|Nations\s+Unies|Oficina\s+de\s+las\s+Naciones\s+Unidas|Naciones\s+Unidas)(?:\s+(?:at|in|à|en)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?`;
const MISSIONS_AND_OTHERS = new RegExp(
  String.raw`^(.*?\s+(?:to|auprès\s+de|auprès\s+des|ante)\s+${SEAT})\s+(and|et|y)\s+((?:the|la|le|l['’]|el|los|las|les)\s*\p{Lu}[^,;(]*?)\s*(?=[,;(]|$)`,
  'u',
);

function missionsAndOthers(text: string): string | null {
  const mixed = MISSIONS_AND_OTHERS.exec(text);
  if (!mixed?.[1] || !mixed[2] || !mixed[3] || findMemberState(mixed[3]) !== null) return null;
  const words = `${mixed[1]} ${mixed[2]} ${mixed[3]}`;
  if (words.length > 240) return null;
  return words.replace(/^(?:The|La|Le|Les|El|Los|Las)\b/u, (article) => article.toLowerCase());
}

function articleAfter(joint: string, preposition: string): string {
  const article = contractedArticle(preposition);
  return article ? `${joint}${article} ` : joint;
}

const STOPS = new RegExp(STOP.source, `${STOP.flags}g`);

// Round w37at: the sentence's own verb in the future after the organizers set off by commas
// (`La reunión, organizada por …, permitirá …`, `La réunion, organisée par …, permettra …`), as
// `, será` and `, sera` already did; in lower case, so no State's name ("Andorra") ends a list.
const FUTURE_VERB = /,\s+(?:\p{Ll}{3,}(?:rá|rán|ront)|\p{Ll}{4,}ra)(?![\p{L}])/u;

/** Where the list ends: the first STOP not inside a UN entity's name (cues/entityFor.ts). */
function firstStop(text: string): RegExpExecArray | null {
  const verb = FUTURE_VERB.exec(text);
  STOPS.lastIndex = 0;
  for (let stop = STOPS.exec(text); stop; stop = STOPS.exec(text)) {
    if (verb && verb.index < stop.index) return verb;
    // Round h13t: nor inside a standing body's name (cues/standingBodyName.ts).
    if (!insideEntityName(text, stop) && !insideStandingBody(text, stop)) return stop;
  }
  return verb;
}

function oneActorList(text: string): string | null {
  const envoys = ENVOYS.exec(text);
  const mixed = envoys ? missionsAndOthers(text) : null;
  if (mixed) return mixed;
  const states = envoys
    ? withoutPartitives(articleForContraction(envoys[1] ?? '', text.slice(envoys[0].length)))
    : text;
  const named = withoutSeatInList(
    states.replace(EACH_ENVOY, (_, joint: string, of: string) => articleAfter(joint, of)),
  )
    .replace(TO_THE_UN, '')
    .replace(OCCASION_AFTER, '');
  const stop = firstStop(named);
  // Round w36ct: a list cut before the sentence's next verb leaves the "and" that joins it
  // ("organized by Norway and will start at 9 a.m."): it joins no further organizer.
  const words = (stop ? named.slice(0, stop.index) : named)
    .replace(/[\s,.]+$/, '')
    .replace(/\s+(?:and|et|y)$/u, '')
    .trim();
  if (words.length < 3 || words.length > 160) return null;
  return words.replace(/^(?:The|La|Le|Les|El|Los|Las)\b/u, (article) => article.toLowerCase());
}

/** ["Estonia", "Ghana", "Niger"] → "Estonia, Ghana and Niger" (or "y", "et": the note's language). */
export function joinActors(names: readonly string[], and = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1] ?? ''}`;
}

/** The "and" of the language `text` is written in, so States stay in the note's language. */
export function conjunctionOf(text: string): string {
  if (
    /\s(?:y|junto con|conjuntamente con|en colaboración con)\s|Misi[oó]n(?:es)?\s+Permanentes?/u.test(
      text,
    )
  )
    return 'y';
  if (/\s(?:et|avec|conjointement avec)\s|Missions?\s+permanentes?/u.test(text)) return 'et';
  return 'and';
}

// Round 20: a list may close with a serial comma (", and Jordan") and describe some of its States
// before naming them ("non-Council members Brazil, Canada"): the States are the actors.
const DESCRIBED = /^(?:non-)?(?:Council\s+)?members?\s+(?=\p{Lu})/u;

/** "Estonia and Niger" → ["Estonia", "Niger"]. */
export function splitActors(list: string): string[] {
  return list
    .split(/\s*,\s*(?:(?:and|et|y|e)\s+)?|\s+(?:and|et|y|e)\s+/u)
    .map((part) => part.trim().replace(DESCRIBED, ''))
    .filter((part) => part !== '');
}
