import { inNoteLanguage } from './bilingualTitle.js';
import { SYMBOL_LINE } from '../../symbols/findSymbol.js';
import { withoutThemeOfSessionAhead } from './aheadOfSession.js';
import { withoutBodyNameTail } from './bodyNameTail.js';
import { withoutCoChairPartner } from './coChairPartner.js';
import { thisTopicHeading } from './thisTopicHeading.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import type { Candidate, Cue } from './Candidate.js';
import { themed } from './themed.js';
import { quotedTitle, titleSubject } from './titleLineCues.js';
import { heldToday } from './heldToday.js';
import { consideredSubject } from './underConsideration.js';
import { recurringSubject } from './recurringMeeting.js';
import { firstOfMeetings } from './firstOfMeetings.js';
import { countedMeetingsOn } from './countedMeetingsOn.js';
import { firstOfMeetingsZh } from './firstOfMeetingsZh.js';
import { listedMeeting } from './listedMeeting.js';
import { headingRunOn } from './headingRunOn.js';
import { namedInFull, themeInFull } from './themeInFull.js';
import { colonTitleInFull } from './colonTitleInFull.js';
import { onTheMargins } from './marginsLine.js';
import { titleLineInFull } from './titleLineInFull.js';
import { acronymSpelledOut } from './acronymSpelledOut.js';
import { themeAfterName } from './themeAfterName.js';

import { subjectOf } from './subjectOf.js';
import { focusSubject } from './themeFocus.js';
import { pronounFocus } from './pronounFocus.js';
import { focusThisYear } from './focusThisYear.js';
import { putBeforeSubject } from './putBefore.js';
import { holdsPartOfOccasion } from './partOfOccasion.js';
import { aboutNumberedPart } from './partOfMeeting.js';
import { mandatedMeetingAt } from './mandateSentence.js';
import { facilitatedProcess, processNamedInFull } from './themeOfProcess.js';
import { firstNumberedMeeting } from './laterNumberedMeeting.js';
import { titleBesideKind } from './titleTheme.js';
import { labelledTitle, lineAfterLabel, titleHeading } from './themeHeadingCues.js';
import { inOtherScript } from './skipLink.js';
import { isPageChrome } from '../layout/pageChrome.js';
import { isByline } from './byline.js';
import { subjectOfOtherMeeting } from './otherMeetingInSentence.js';
import { lowerHalfOfHeadline } from './splitHeadline.js';
import { subheadingTheme } from './subheadingTheme.js';
import { reportNamedEarlier } from './reportNamedEarlier.js';
import { invitedTitle } from './invitedEvent.js';
import { preparedMeeting } from './preparedMeeting.js';
import { conceptNoteFor } from './conceptNoteFor.js';
import { proposedMeeting } from './proposedMeeting.js';
import { upcomingMeeting } from './upcomingMeeting.js';
import { underEventDateLine } from './eventPageHeadline.js';
import { questionsForMeeting } from './questionsForMeeting.js';
import { countryMeetingSubtitle } from './countryMeetingSubtitle.js';
import { convenedInRelative } from './convenedInRelative.js';
import { restatedInFull } from './restatedInFull.js';
import { thisYearsFocus } from './thisYearsFocus.js';
import { heardBriefing } from './heardBriefing.js';
import { meetQuoted } from './willMeet.js';
import { recurringFocus } from './recurringFocus.js';
import { themeField, themeIs, themeNamely, themeUnderHeading } from './themeFieldCues.js';
import {
  entitledAfterItem,
  meetingQuoted,
  onTheTheme,
  purposeQuoted,
  quotedLineAfterMeeting,
} from './quotedThemeCues.js';
import { ANNOUNCES } from './themePlaced.js';
import { kindTitleZh, quotedThemeZh } from './themeZh.js';
import { occasionQuotedTitle } from './occasionQuotedTitle.js';
import { meetingQuotedAr } from './meetingQuotedAr.js';
import { meetingAboutRuAr } from './meetingAboutRuAr.js';
import { titleUnderDateLine } from './titleUnderDateLine.js';
import { formatSubject } from './formatSubject.js';
import { isKindAlone } from './kindAlone.js';
import { bodyHeadlineInFull } from './bodyHeadlineInFull.js';
import { capitalsInFull } from './capitalsInFull.js';
import { devotedClause } from './devotedClause.js';
import { discussQuoted } from './discussQuoted.js';
import { isItemNumberAlone } from './itemNumberAlone.js';
import { isNumberedSection } from './numberedSection.js';
import { shortTitleInFull } from './shortTitleInFull.js';
import { panelBeforeRoles } from './panelBeforeRoles.js';
import { followingThemeInSentence, followingThemeLine } from './followingTheme.js';
import { belowOtherSubjects } from './umbrellaItem.js';
import { namesTextPartAlone } from './titleTextTail.js';
import { isMeetingNumberLine } from './meetingNumberLine.js';
import { quotedThenTheme } from './quotedThenTheme.js';
import { bodyMeetsOn } from './bodyMeetsOn.js';

// Where notes state their theme, surest first: a "Theme:" field; "on the theme “…”"; a
// meeting named with a quotation ("open debate on “…”"); a quoted title line; a title line
// that is itself the theme ("High-level meeting of the General Assembly on X"); the subject
// of the sentence announcing the meeting.

// Round 20: the meeting named after the verb that announces it, not one named before it in the
// sentence ("Briefing reporters on the program of work, Woodward said … will preside over an
// open debate on climate security").
const announcedSubject: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const verb = ANNOUNCES.exec(text);
    // Round 33: or the meeting a recalled mandate names ("the Council requested the organization
    // of an intersessional seminar on X", cues/mandateSentence.ts).
    const mandated = verb ? -1 : mandatedMeetingAt(text);
    const at = verb ? verb.index : mandated;
    const subject =
      at >= 0 ? (subjectOf(text.slice(at), false) ?? (verb ? subjectOf(text, false) : null)) : null;
    return subject ? [themed(subject, 0.5, text, 'announcedSubject')] : [];
  });

export const THEME_CUES: readonly Cue<string>[] = [
  themeField,
  thisTopicHeading,
  themeUnderHeading,
  onTheTheme,
  // Round t41b: the line after a sentence ending on "the following theme:" (followingTheme.ts).
  followingThemeLine,
  // Round t43b: "the following theme: X" within the sentence, whatever verb names it.
  followingThemeInSentence,
  // Round zh: a Chinese theme, quoted or after its kind in a title line (themeZh.ts).
  quotedThemeZh,
  kindTitleZh,
  thisYearsFocus,
  themeIs,
  // Round t42b: "“X” is the theme for this year" (quotedThenTheme.ts).
  quotedThenTheme,
  themeNamely,
  entitledAfterItem,
  meetingQuoted,
  meetingQuotedAr,
  meetQuoted,
  quotedLineAfterMeeting,
  // Round t40b: a quotation a meeting or forum "will discuss … on" (discussQuoted.ts).
  discussQuoted,
  quotedTitle,
  occasionQuotedTitle,
  titleSubject,
  titleUnderDateLine,
  countryMeetingSubtitle,
  headingRunOn,
  themeInFull,
  themeAfterName,
  titleBesideKind,
  titleHeading,
  labelledTitle,
  lineAfterLabel,
  announcedSubject,
  // Round t42b: a body said to meet ahead on a subject (bodyMeetsOn.ts).
  bodyMeetsOn,
  meetingAboutRuAr,
  heardBriefing,
  conceptNoteFor,
  proposedMeeting,
  upcomingMeeting,
  subheadingTheme,
  firstOfMeetings,
  // Round t43b: meetings counted or named in the plural, their subjects in turn (countedMeetingsOn.ts).
  countedMeetingsOn,
  // Round t43b: and in Chinese, `两场公开辩论。一是X公开辩论` (firstOfMeetingsZh.ts).
  firstOfMeetingsZh,
  listedMeeting,
  heldToday,
  consideredSubject,
  purposeQuoted,
  recurringSubject,
  focusSubject,
  // Round t43b: "It will focus on X" after the sentence announcing the meeting (pronounFocus.ts).
  pronounFocus,
  recurringFocus,
  focusThisYear,
  putBeforeSubject,
  facilitatedProcess,
  invitedTitle,
  preparedMeeting,
  questionsForMeeting,
  convenedInRelative,
  // Round t40b: a relative clause after the day and place names the subject (devotedClause.ts).
  devotedClause,
  // Round t41b: a panel run together with its roles in a programme (panelBeforeRoles.ts).
  panelBeforeRoles,
];

export function themeCandidates(
  note: NoteLayout,
  format: string | null = null,
  formatSource: string | null = null,
): Candidate<string>[] {
  // Round 28: a theme stays in the note's language, so a line in another script than the text's
  // Latin letters (a mirror's skip link, cues/skipLink.ts) is none.
  // Round 31c: nor is the subject of a meeting held during the session or segment announced
  // (cues/partOfOccasion.ts).
  const whole = note.blocks.join(' ');
  // Round w36ct: nor the theme of a session the meeting is held ahead of (aheadOfSession.ts), nor
  // the end of a body's name (bodyNameTail.ts).
  const cued = withoutBodyNameTail(
    withoutThemeOfSessionAhead(
      // Session 24: last, the subject after the kind in the format's own sentence (formatSubject.ts).
      [...THEME_CUES.flatMap((cue) => cue(note)), ...formatSubject(note, formatSource)],
      whole,
    ),
  );
  // Round w37at: a title in two languages gives the half in the note's (bilingualTitle.ts).
  const read = inNoteLanguage(cued, whole).filter(
    ({ value, source }) =>
      !inOtherScript(value, whole) &&
      // Round 36h (decided in session 15): nor is a line of the page's chrome (layout/pageChrome.ts).
      !isPageChrome(value) &&
      // Round h13t: nor a page's byline (cues/byline.ts).
      !isByline(value) &&
      // Session 24: nor the meeting's kind alone, a title line's "… – ambassadorial-level
      // meeting" once its date is cut (cues/kindAlone.ts).
      !isKindAlone(value) &&
      // Round t40b: nor an agenda item's number alone, "Item 9 (contd)" (cues/itemNumberAlone.ts).
      !isItemNumberAlone(value) &&
      // Round t42b: nor a press release's meeting number, "3rd Meeting (AM)" (meetingNumberLine.ts).
      !isMeetingNumberLine(value) &&
      // Round t41b: nor a numbered section heading, "I. Mandate" (cues/numberedSection.ts).
      !isNumberedSection(value) &&
      // Round t42b: nor what the page holds named alone, "Réunion-débat : les questions soumises
      // aux délégations" (cues/titleTextTail.ts).
      !namesTextPartAlone(value) &&
      // Round w37at: nor a document's symbol alone, a heading in a Markdown export ("## A/81/640").
      !SYMBOL_LINE.test(value.trim()) &&
      !holdsPartOfOccasion(source, format) &&
      // Round 33: nor is a numbered part's (cues/partOfMeeting.ts).
      !aboutNumberedPart(source, format) &&
      // Round 35h: nor the occasion's, from a line naming its margins (cues/marginsLine.ts).
      !onTheMargins(source, value) &&
      // Round 36h: nor another meeting's the sentence names (cues/otherMeetingInSentence.ts).
      !subjectOfOtherMeeting(source, value, format),
  );
  // Round 31e: a meeting "on the report" takes the report's name in full (reportNamedEarlier.ts).
  // Session 14: a title's acronym is spelled out as the text spells it (acronymSpelledOut.ts),
  // and a title line naming no meeting gives way to the sentence naming it in full
  // (titleLineInFull.ts).
  // Round w36ct: a co-chair named after the subject is none of it (coChairPartner.ts).
  // Round t40b: a headline naming a body and no meeting shortens the announced subject
  // (bodyHeadlineInFull.ts).
  // Round t41b: a title's short name of the subject gives way to the sentence naming the same
  // kind of meeting in full (shortTitleInFull.ts).
  const inFull = shortTitleInFull(
    bodyHeadlineInFull(
      titleLineInFull(
        acronymSpelledOut(
          reportNamedEarlier(withoutCoChairPartner(read), note.sentences),
          note.sentences,
        ),
      ),
    ),
  );
  // Round 35h: a headline's subject cut at a colon is named in full by a sentence (colonTitleInFull.ts).
  // Round 36h: and a later sentence opening on the meeting may name it in full (restatedInFull.ts).
  // Round t40b: an umbrella agenda item of the Council is below any other subject (umbrellaItem.ts).
  // Round t40b: a subject in capitals gives way to one naming it in full (capitalsInFull.ts).
  // Round t42b: a subject pointing back to "the process" gives way to its name (themeOfProcess.ts).
  // Round t42b: and a later numbered meeting's subject below the first's (laterNumberedMeeting.ts).
  return firstNumberedMeeting(
    processNamedInFull(
      belowOtherSubjects(
        capitalsInFull(
          namedInFull(
            restatedInFull(colonTitleInFull(inFull, note.sentences), note.sentences),
            (source) =>
              ANNOUNCES.test(source) ||
              lowerHalfOfHeadline(note, source) ||
              // Round w36at: an events calendar's headline under its date line (cues/eventPageHeadline.ts).
              underEventDateLine(note, source),
          ),
        ),
      ),
    ),
    note.sentences,
  );
}
