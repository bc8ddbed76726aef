import { candidate, type Cue } from './Candidate.js';

// Round w36ct: a letter whose writer invites or convenes in an office's capacity ("In my
// capacity as Chair of the Kalvora configuration of the Peacebuilding Commission, I have the
// honour to invite you …", `En ma qualité de Présidente de …, j'ai l'honneur de vous inviter`,
// `En mi calidad de Presidente de …, tengo el honor de invitarle`): the office convenes, named by
// its title as the sentence gives it, without the holder (the convention on conveners), whatever
// State the signatory represents. The office must be one that chairs or presides; "in my capacity
// as Permanent Representative" names a State's envoy, which other cues read.
const CAPACITY =
  /^(?:In\s+my\s+capacity\s+as|As|En\s+ma\s+qualité\s+de|En\s+tant\s+que|En\s+mi\s+(?:calidad|condición)\s+de|Como)\s+((?:Co-?)?(?:Chair|Chairperson|President|Coordinator|Facilitator|Présidente?|Coprésidente?|Coordonnatrice|Coordonnateur|President[ae]|Copresident[ae]|Coordinador[a]?)(?![\p{L}])[^,]{0,150}?),\s+(?:I\s+(?:have\s+the\s+(?:honour|pleasure)\s+to|am\s+pleased\s+to|will|would\s+like\s+to)\s+(?:invite|convene|host|organi[sz]e)|j['’]ai\s+l['’](?:honneur|plaisir)\s+de\s+(?:vous\s+)?(?:inviter|convoquer)|je\s+(?:convoquerai|vous\s+invite)|tengo\s+el\s+(?:honor|placer|agrado|gusto)\s+de\s+(?:invitar|convocar)|convocaré|organizaré)/iu;

// The article a title takes in its language: feminine titles in French and Spanish take "la".
function withArticle(office: string, lead: string): string {
  if (/^(?:In|As)\b/iu.test(lead)) return `the ${office}`;
  const feminine =
    /^(?:Co-?)?(?:Présidente|Coprésidente|Coordonnatrice|Presidenta|Copresidenta|Coordinadora)\b/iu;
  if (feminine.test(office)) return `la ${office}`;
  return /^(?:En\s+ma|En\s+tant)/iu.test(lead) ? `le ${office}` : `el ${office}`;
}

export const capacityAsOffice: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = CAPACITY.exec(text);
    const office = match?.[1]?.trim();
    return office ? [candidate(withArticle(office, text), 0.75, text, 'capacityAsOffice')] : [];
  });
