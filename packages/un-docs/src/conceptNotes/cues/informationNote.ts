import type { NoteText } from '../NoteText.js';

// Session 26 (round t41a): a text headed as a meeting's information or logistics note ("Logistics
// Note", "Information note for delegations", "Practical information", `Note d'information`,
// `Note logistique`, `Informations pratiques`, `Nota informativa`, `Nota logística`,
// `Información práctica`) tells participants how a meeting ahead is arranged: it numbers its
// paragraphs as a report does ("1. This note addresses administrative issues related to the UN
// Peacekeeping Ministerial on 29 March 2019. …"), but no report is headed so. When it names its
// meeting (cues/leaningToNote.ts), it is read as that meeting's partial note before its numbered
// paragraphs can make it a report. The heading opens one of the text's first blocks (a flattened
// extraction runs it into the first paragraph: "Logistics Note Introduction 1. …").

const HEAD_BLOCKS = 3;
const INFORMATION_NOTE =
  /^(?:logistics?|logistical|information|informative|administrative|practical|organizational)\s+note(?![\p{L}])|^(?:practical\s+information|information\s+for\s+(?:participants|delegations|delegates))(?![\p{L}])|^note\s+(?:d['’]information|logistique|administrative|pratique)(?![\p{L}])|^informations\s+pratiques(?![\p{L}])|^nota\s+(?:informativa|log[íi]stica|administrativa)(?![\p{L}])|^informaci[óo]n\s+pr[áa]ctica(?![\p{L}])/iu;

/** Whether one of the text's first blocks opens on a heading calling it an information or logistics note. */
export function headedAsInformationNote({ blocks }: Pick<NoteText, 'blocks'>): boolean {
  return blocks
    .slice(0, HEAD_BLOCKS)
    .some((block) => INFORMATION_NOTE.test(block.trim().replace(/^[#*\s]+/u, '')));
}
