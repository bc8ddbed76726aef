import type { NoteSentence } from '../NoteText.js';

// Round 17b (decided at round 17's merge): views invited from civil society are no submission.
// When a note asks civil society, NGOs, experts or the public for their views ("would like to
// hear from non-governmental organizations", `souhaite recueillir l'avis des organisations de
// la société civile`, "invites civil society organizations … to submit questions"), an address
// or date for contributions, comments or questions is theirs, not a delegation's; one for
// statements, interventions or the list of speakers still is.

const PUBLIC =
  /\b(?:civil society|non-governmental|NGOs?|academi\w*|individuals|the public|stakeholders)\b|(?<![\p{L}])(?:société civile|non gouvernementales|ONG|sociedad civil|no gubernamentales|particuliers|particulares)(?![\p{L}])/iu;
const INVITES =
  /\b(?:invites?|hear from|welcomes?|seeks?|consult\w*|views|submit)\b|(?<![\p{L}])(?:recueillir|l['’]avis|consulter|invite|recabar|opiniones|invita)(?![\p{L}])/iu;
const PUBLIC_INPUT =
  /\b(?:contributions?|comments?|questions?|views|inputs?)\b|(?<![\p{L}])(?:contributions?|commentaires?|avis|aportes?|aportaciones?|comentarios?|opiniones|preguntas)(?![\p{L}])/iu;
const DELEGATION_WORDS =
  /\b(?:statements?|interventions?|speakers?|delegations?|Member States|floor)\b|(?<![\p{L}])(?:déclarations?|orateurs?|délégations?|États Membres|declaraciones|intervenciones|oradores|delegaciones|Estados Miembros)(?![\p{L}])/iu;

/** Whether the note asks civil society or the public for their views. */
export function invitesPublicViews(sentences: readonly NoteSentence[]): boolean {
  return sentences.some(({ text }) => PUBLIC.test(text) && INVITES.test(text));
}

/** Whether `text` sends the public's input (contributions, comments, questions), not a delegation's words. */
export function sendsPublicInput(text: string): boolean {
  return PUBLIC_INPUT.test(text) && !DELEGATION_WORDS.test(text);
}

// Round w37bt: organizations that write in their own views (“Organizations wishing to share their
// views with our delegation … may write to”, `Les associations qui souhaitent transmettre leurs
// contributions à notre délégation peuvent écrire à`, `Las organizaciones que deseen compartir sus
// opiniones … pueden escribir a`) are the public, whoever they write to: the address is theirs,
// not a delegation's, though no sentence invites their views.
const ORGANIZATIONS_WRITE =
  /(?<![\p{L}])(?:(?:civil\s+society\s+|non-governmental\s+)?organi[sz]ations|NGOs|associations|organisations|ONG|organizaciones|asociaciones)(?:\s+[\p{L}-]+){0,4}?\s+(?:wishing|who\s+wish|that\s+wish|interested\s+in|qui\s+souhaitent|qui\s+désirent|désireuses?\s+de|que\s+deseen|que\s+quieran|interesadas\s+en)\s+(?:to\s+|de\s+)?(?:share|send|submit|convey|transmettre|partager|faire\s+part\s+de|communiquer|compartir|enviar|hacer\s+llegar|transmitir)\s+(?:their|leurs?|sus)\s+(?:own\s+)?(?:views|comments|contributions|inputs?|observations|avis|opinions|commentaires|opiniones|comentarios|aportes|aportaciones|contribuciones)(?![\p{L}])/iu;

/** Whether `text` has organizations send in their own views, contributions or comments. */
export function organizationsSendViews(text: string): boolean {
  return ORGANIZATIONS_WRITE.test(text);
}
