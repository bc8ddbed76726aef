import { findDates } from '../../dates/findDates.js';
import { parseLabel } from '../../text/parseLabel.js';
import { findMeeting } from '../findMeeting.js';
import { findMemberState } from '../findMemberState.js';
import type { LayoutBlock } from '../layout/NoteLayout.js';
import { bodiesIn } from './bodyNames.js';
import { isBareMeetingKind, namesNothingElse } from './meetingKinds.js';
import { candidate, type Cue } from './Candidate.js';
import { titleKind } from './titleKind.js';
import { titleQuotation, unquote } from './quoted.js';
import { subjectOf } from './subjectOf.js';
import { isSkipLink } from './skipLink.js';
import { isPageChrome } from '../layout/pageChrome.js';
import { isPageMetadataLine } from './pageMetadata.js';
import { isSquashedByline } from './listedMeeting.js';
import { namesWeekdayOfOwnWeek } from './weekdayOfTextDate.js';

// Themes that are headings of their own: a title in large type, a heading that opens a
// dated note, or the line after "Concept note", "Annex" or a bare meeting name ("Security
// Council Open Debate"), when that line reads like a theme rather than a label.

// Whole words only: "preventing" holds "event", "prevention" too, and themes often name them.
export const MEETING_WORD = String.raw`(?<![\p{L}])(?:debate|briefing|meeting|dialogue|discussion|event|session|segment|hearing|round[\s-]?table|table[\s-]ronde|mesa[\s-]redonda|Arria|débat|réunion|séance|reunión|diálogo|sesión|evento)(?:s|es)?(?![\p{L}])`;

/** A theme candidate, without the quotation marks around it. */
function themed(value: string, confidence: number, source: string, cue: string) {
  return candidate(unquote(value), confidence, source, cue);
}

/**
 * Lines that label a note rather than name its theme. Round 31b: with the section's number too
 * ("I. Antecedentes", "1. Background", "A. Contexte"), as the layout's sections are read
 * (layout/NoteLayout.ts): a numbered heading under "Nota conceptual" opens the note's first
 * section, it does not title the meeting.
 */
// Round h14t: and a section of general information or an overview (`Informations générales`,
// `Información general`, "1. Brief overview").
const GENERIC =
  /^(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])\.\s+)?(?:concept\s+note|background\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual|annex|annexe|anexo|background|context|introduction|objectives?|guiding questions|contexte|antecedentes|draft|programme|agenda|summary|(?:(?:brief\s+)?overview|general\s+information|informations\s+générales|información\s+general)$)\b/iu;
// "United Nations" atop a UN document is its letterhead, a heading in a Word or Markdown copy;
// so is an office alone on its line ("THE PRESIDENT" / "OF THE" / "GENERAL ASSEMBLY").
const NOT_A_THEME =
  /\b(?:session|período de sesiones)\b|@|:$|^(?:United Nations|Nations Unies|Naciones Unidas)$|^(?:the\s+|le\s+|la\s+|el\s+)?(?:president|chair|chairperson|co-chairs?|secretary-general|président|présidente|presidente|presidenta)(?:\s+(?:of|du|de|del)(?:\s+(?:the|la|l['’]|el))?)?$/iu;
const YEAR = /\b(?:19|20)\d{2}\b/;
// Round 15b: a title that ends on the session its subject belongs to ("Progress made on SDG
// implementation during 71st Session", `… durante el 81.º período de sesiones`) names a theme;
// only a line whose words are the session itself ("Sixty-fourth session of the …") does not.
const DURING_SESSION =
  /\s+(?:during|at|in|pendant|lors\s+de|à|durante|en)\s+(?:the\s+|its\s+|la\s+|sa\s+|el\s+|su\s+)?[\p{L}\d.º°-]+\s+(?:session|período de sesiones)$/iu;

/** "Ghana", "Malta Presidency – May 2027", "Programme 2027": a name or a year, not a theme. */
function mostlyNamesOrYear(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (YEAR.test(text) && words < 5) return true;
  const titled = text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (word) => word.toUpperCase());
  const state = findMemberState(text) ?? findMemberState(titled);
  if (!state) return false;
  const rest = text.replace(new RegExp(state.split(' ')[0] ?? state, 'iu'), '').trim();
  return (
    rest.split(/\s+/).filter((word) => /\p{L}{3,}/u.test(word)).length < 3 ||
    /\bpr[eé]siden/iu.test(text)
  );
}

// A meeting word names a meeting when the line opens with it, a format or a body qualifies it
// ("open debate", "Council briefing") or its subject follows ("dialogue on …"); in "Sustaining
// peace through interfaith dialogue" it is part of the theme.
const QUALIFIED_MEETING = new RegExp(
  String.raw`^(?:[\p{L}'’-]+\s+){0,1}${MEETING_WORD}|(?:open|high-level|ministerial|Arria(?:-formula)?|formula|annual|special|informal|interactive|plenary|thematic|joint|panel|Council|Assembly|ECOSOC|Commission|ambassadorial-level|signature|intersessional|commemorative|virtual|hybrid|public|private|formal|general|segment|level)\s+${MEETING_WORD}|${MEETING_WORD}\s+(?:of|on|with|du|de|des|sur|sobre|del|at)\b|${MEETING_WORD}\s*$(?<=^.{0,40})`,
  'iu',
);

function namesMeeting(text: string): boolean {
  return QUALIFIED_MEETING.test(text);
}

/**
 * `bodiesAllowed`: round 12a: under a bare meeting kind ("TRAINING WORKSHOP" / "Drafting and
 * Negotiating General Assembly Resolutions") a line naming a body among other words is the
 * theme; only a line of body names and meeting words ("Security Council") heads the note.
 */
// Round 31d: a line naming a briefing to the press ("POINT DE PRESSE DU PORTE-PAROLE DU PRÉSIDENT
// DE L'ASSEMBLÉE GÉNÉRALE", "Rueda de prensa diaria de la Oficina del Portavoz", "Press conference
// by the Spokesperson") names the text's occasion, as "Highlights of the noon briefing by the
// Spokesperson" does by its meeting word: no theme, even when a PDF's wrap cuts off the body it
// names (“… DE L'ASSEMBLÉE” / “GÉNÉRALE”).
const PRESS_BRIEFING =
  /(?<![\p{L}])(?:points?\s+de\s+presse|conférences?\s+de\s+presse|ruedas?\s+de\s+prensa|conferencias?\s+de\s+prensa|press\s+(?:conferences?|briefings?|encounters?))(?![\p{L}])/iu;

export function themeLike(block: LayoutBlock, bodiesAllowed = false): boolean {
  const { text } = block;
  return (
    block.field === null &&
    !PRESS_BRIEFING.test(text) &&
    text.length >= 8 &&
    text.length <= 200 &&
    // A line ending in a comma is a salutation ("Dear colleagues,"), not a title.
    !/[.;,]$/.test(text) &&
    !GENERIC.test(text) &&
    !NOT_A_THEME.test(text.replace(DURING_SESSION, '')) &&
    !namesMeeting(text) &&
    (bodiesIn(text).length === 0 || (bodiesAllowed && !namesNothingElse(text))) &&
    findDates(text).length === 0 &&
    // Round 35p: nor a day of the text's week (cues/weekdayOfTextDate.ts).
    !namesWeekdayOfOwnWeek(text) &&
    !/\b(?:permanent missions?|missions? permanentes?|misi[oó]n(?:es)? permanentes?)\b/iu.test(
      text,
    ) &&
    !mostlyNamesOrYear(text)
  );
}

// What may follow the meeting word in a bare name: nothing, the body it belongs to
// ("Arria-formula meeting of the Security Council") or who holds it ("Side event hosted by
// Jordan and Uganda", "Evento paralelo auspiciado por Colombia y España", its adjectives
// after the noun). "dialogue as prevention" and "meeting the commitments of …" go on
// with a subject of their own: they are part of a theme.
const AFTER_MEETING_WORD =
  /^(?:\s*\([^)]*\))?\s*(?:(?:of|du|de la|de|del)\s+(?:the\s+|l['’])?.*|(?:\s+[\p{L}-]+){0,2}?,?\s*(?:co-?)?(?:hosted|convened|organi[sz]ed|chaired|sponsored)\s+by\s.*|(?:\s+[\p{L}-]+){0,2}?,?\s*(?:co-?)?(?:organisée?|accueillie?|convoquée?|auspiciad[oa]|organizad[oa]|convocad[oa]|patrocinad[oa])\s+(?:par|por)\s.*)?$/iu;

/** "Security Council Open Debate", "Arria-formula meeting": a meeting named without its subject. */
function bareMeetingName(text: string): boolean {
  if (numbered(text)) return false;
  const words = [...text.matchAll(new RegExp(MEETING_WORD, 'giu'))];
  const last = words[words.length - 1];
  const after = last ? text.slice(last.index + last[0].length) : '';
  return (
    text.length < 90 &&
    last !== undefined &&
    AFTER_MEETING_WORD.test(after) &&
    (!/^\s*(?:of|du|de|del)\b/iu.test(after) || bodiesIn(after).length > 0) &&
    subjectOf(text, true) === null &&
    !/[“”"«»]/.test(text) &&
    findDates(text).length === 0
  );
}

const BREADCRUMB = /^[^/>»›\n]{1,60}(?:\s[/>»›]\s[^/>»›\n]{1,60}){1,8}$/u;
// Round 15b: a blog's archive header above the post ("Tag Archives | PGA event", "Category
// Archives: News", `Archives de catégorie : Actualités`, `Archivo de la categoría: Noticias`)
// is its chrome too.
const ARCHIVE_HEADER =
  /^(?:(?:tag|category|monthly|author)\s+archives?|archives?\s+(?:for|of)|archives?\s+(?:de\s+(?:la\s+)?catégorie|de\s+l['’]étiquette|du\s+mot-clé|mensuelles)|archivos?\s+de\s+(?:la\s+)?(?:categoría|etiqueta))\s*[:|–—-]?\s+\S.{0,60}$/iu;

// Round 27a: a line naming only what kind of text follows (a press release, a media advisory, a
// background document, a fact sheet) labels the page as "Concept note" labels a note, and a
// screen reader's label for the breadcrumb trail ("Fil d'Ariane", "You are here") is the page's
// chrome: neither is a theme. A closed vocabulary of the kinds of text a UN page is, in the three
// languages.
// Round w36bt: and an information note (`Nota de información`, `Note d'information`), the label
// followed by who issues it after a dash (`Nota de Información - Secretaría GRULAC UIP`).
// Round t42b: and the information note shortened, "Info note to NGOs".
const TEXT_KINDS = String.raw`(?:press\s+release|news\s+release|media\s+advisory|note\s+to\s+correspondents|background\s+(?:document|paper|information)|fact\s+sheet|communiqué(?:\s+de\s+presse)?|note\s+aux\s+(?:médias|correspondants)|document\s+d['’]information|fiche\s+d['’]information|comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa|nota\s+(?:informativa|para\s+los\s+medios|de\s+informaci[óo]n)|info(?:rmation)?\s+note|note\s+d['’]information|(?:documento|nota)\s+de\s+antecedentes|hoja\s+informativa|breadcrumbs?|you\s+are\s+here|fil\s+d['’]ariane|vous\s+êtes\s+ici|ruta\s+de\s+navegación|usted\s+está\s+aquí)`;
const TEXT_KIND_LABEL = new RegExp(
  String.raw`^${TEXT_KINDS}(?:\s+[-–—|]\s+[^.:]{1,60})?\s*:?$`,
  'iu',
);

// Round h14t: or the label followed by whom the text is for ("Information Note for National human
// rights institutions", `Note d'information à l'intention des organisations non gouvernementales`,
// `Nota informativa para las organizaciones de la sociedad civil`), when it names no meeting.
const FOR_READERS = String.raw`\s+(?:for|to|pour|à\s+l['’]intention\s+d(?:es|u|e\s+la|e\s+l['’])|para|destinada\s+a)\s+`;
const ADDRESSED = new RegExp(
  String.raw`^${TEXT_KINDS}${FOR_READERS}(?![^.:]*${MEETING_WORD})[^.:]{2,80}$`,
  'iu',
);

/** Whether `text` names only the kind of text that follows ("Press release", "Note to correspondents"). */
export function isTextKindLabel(text: string): boolean {
  return TEXT_KIND_LABEL.test(text.trim()) || ADDRESSED.test(text.trim());
}

function pageChrome(text: string): boolean {
  return (
    // Round 36h: a web page's own chrome (layout/pageChrome.ts: "Back to top", "Print").
    isPageChrome(text) ||
    BREADCRUMB.test(text) ||
    ARCHIVE_HEADER.test(text) ||
    isTextKindLabel(text) ||
    isSkipLink(text) ||
    // Round 31c: a breadcrumb ending in the page's stamp (cues/pageMetadata.ts).
    isPageMetadataLine(text) ||
    // Round 30: a byline row whose date lost its spaces (cues/listedMeeting.ts).
    isSquashedByline(text)
  );
}

/**
 * A Markdown H1, a Word Title or a PDF title in large type that is the theme itself; or, in a
 * note that dates its meeting, a heading that opens the document.
 */
export const titleHeading: Cue<string> = (note) => {
  const { layout, titleBlocks } = note;
  const title = titleBlocks.map((index) => layout[index]).find((block) => block?.heading === 1);
  // Round 28: a skip link set as the page's first heading is chrome (cues/skipLink.ts).
  if (title && !pageChrome(title.text) && themeLike(title))
    return [themed(title.text, 0.6, title.text, 'titleHeading')];
  // A page's breadcrumb trail ("Spaces / Security Council team / Arria meetings 2020") or
  // archive header is its chrome: the heading under it opens the document.
  const first = layout.find((block, index) => index > 2 || !pageChrome(block.text));
  if (!first || first.heading === null || !themeLike(first)) return [];
  return findMeeting(note).date === null
    ? []
    : [themed(first.text, first.heading <= 2 ? 0.55 : 0.5, first.text, 'openingHeading')];
};

// Rounds 25a and 25b: a line numbered as a list's item ("2. Three questions for the month's
// signature meeting", a newsletter's contents turned into headings) is an entry of a list, not
// a meeting's name: the next entry is no theme under it.
function numbered(line: string): boolean {
  return parseLabel(line)?.kind === 'number';
}

/** "Concept note" (or "Annex"), then a short line of its own: the theme, as a heading. */
export const lineAfterLabel: Cue<string> = ({ layout }) =>
  layout.flatMap((block, index) => {
    // "Annex to the letter dated …" heads an annex as "Annex" alone does.
    const label =
      /^(?:concept\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual|(?:annex|annexe|anexo)(?:\s+(?:to|à|de)\s+(?:the|la|l['’])\s*(?:letter|lettre|carta|note)\b.{0,200})?)$/iu;
    const previous = layout[index - 1]?.text ?? '';
    if (
      index > 0 &&
      !label.test(previous) &&
      !bareMeetingName(previous) &&
      !isBareMeetingKind(previous) &&
      titleKind(previous)?.bare !== true
    )
      return [];
    const next = layout[index];
    // Two numbered lines in a row are a list, whether or not the source marks them as headings.
    if (numbered(previous) && next && numbered(next.text)) return [];
    const underKind = isBareMeetingKind(previous) || titleKind(previous)?.bare === true;
    if (index === 0 || !next || label.test(next.text) || !themeLike(next, underKind)) return [];
    if (next.heading === null && !/^\p{Lu}/u.test(next.text)) return [];
    // "Mesa redonda anual sobre …: "La accesibilidad digital …"": a quotation in the title
    // line is its theme, as in "open debate on “…”"; the words around it name the meeting.
    const quotation = titleQuotation(next.text);
    if (quotation) return [themed(quotation, 0.7, next.text, 'lineAfterLabel')];
    // Under a line naming only the meeting's kind, the line is the meeting's own title: surer
    // than the note's opening heading, often its letterhead ("UNITAR New York Office").
    return [themed(next.text, underKind ? 0.58 : 0.55, next.text, 'lineAfterLabel')];
  });

// "Concept Note: Women's full participation in ceasefire negotiations": the note's label,
// then its theme, on the title line.
const LABEL_THEN_THEME =
  /^(?:concept\s+note|note\s+conceptuelle|note\s+de\s+cadrage|nota\s+conceptual)\s*(?::|\s[–—-])\s*(.{8,200})$/iu;

export const labelledTitle: Cue<string> = ({ layout, titleBlocks }) =>
  titleBlocks.flatMap((index) => {
    const block = layout[index];
    const theme = block ? LABEL_THEN_THEME.exec(block.text)?.[1] : undefined;
    if (!block || !theme) return [];
    const line: LayoutBlock = { text: theme, heading: null, field: null };
    return themeLike(line) ? [themed(theme, 0.62, block.text, 'labelledTitle')] : [];
  });
