import { candidate, type Cue } from './Candidate.js';

// Round 22: the President of the General Assembly convenes a plenary by letter, and news items
// say so with the act as a noun: "El nuevo presidente de la Asamblea, Csaba Korösi, comunicó la
// convocatoria en una carta", "announced the convening of the meeting", `a adressé la lettre de
// convocation`. The office that communicates the convening convenes the meeting, named as the
// convener convention names it: by its full title ("the Assembly" is the General Assembly), in
// the note's language and the title's gender, without "new" or the holder.

const OFFICE_ANNOUNCES =
  /(?<![\p{L}])(?:(?:the|la|le|el)\s+)?(?:(?:new(?:ly\s+elected)?|nuev[oa]|nouvel(?:le)?|nouveau)\s+)?(President|Presidente|Presidenta|Président|Présidente)\s+(?:of\s+the|de\s+la|de\s+l['’]|del?)\s*(?:General\s+Assembly|Assembly|Asamblea(?:\s+General)?|Assemblée(?:\s+générale)?)(?![\p{L}])[^.]{0,200}?(?<![\p{L}])(?:announced|sent|issued|circulated|communicated|comunicó|anunció|envió|remitió|circuló|a\s+(?:annoncé|adressé|envoyé|communiqué|diffusé))\s+(?:(?:the|a|an|la|una?|une|sa|su|his|her)\s+)?(?:convening|convocation|convocatoria|letter\s+of\s+convocation|carta\s+de\s+convocatoria|lettre\s+de\s+convocation)(?![\p{L}])/iu;

const TITLES: Readonly<Record<string, string>> = {
  president: 'the President of the General Assembly',
  presidente: 'el Presidente de la Asamblea General',
  presidenta: 'la Presidenta de la Asamblea General',
  président: "le Président de l'Assemblée générale",
  présidente: "la Présidente de l'Assemblée générale",
};

export const announcedConvening: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const office = OFFICE_ANNOUNCES.exec(text)?.[1]?.toLowerCase();
    const title = office ? TITLES[office] : undefined;
    return title ? [candidate(title, 0.6, text, 'announcedConvening')] : [];
  });
