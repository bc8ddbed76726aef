import type { Block } from '../content/Block.js';
import { blocksFromJSON } from '../content/blocksFromJSON.js';
import { cleanBlocks } from '../content/cleanBlocks.js';
import { formatUnDate, languageTemplate } from '@plenary/statement-model';
import type { StatementExport } from '../model/StatementExport.js';
import { documentHeader } from './documentHeader.js';
import { joinNames, meetingDescription, meetingPlace } from './meetingDescription.js';

// The block that opens a statement in UN layout, as text every renderer lays out its own way:
// the document's own header lines where it has them (the template's), generated ones otherwise.

export interface StatementHeader {
  /** "Check against delivery": the text as delivered may differ from the written one. */
  notice: string;
  /** "Viet Nam", or "Brazil, Côte d’Ivoire and Türkiye" for a joint statement. */
  delegation: string;
  /** "Statement by H.E. Mr. … at the Security Council open debate on “…”" */
  byline: string;
  /** "Delivered on behalf of …", when the document says so. */
  onBehalfOf: string | null;
  /** "New York, 19 April 2021", or null when the meeting date is unknown. */
  placeAndDate: string | null;
}

export const CHECK_AGAINST_DELIVERY = 'Check against delivery';

/** "H.E. Mr. X, Permanent Representative" needs a closing comma before "at the …". */
function closeApposition(speaker: string | undefined): string | undefined {
  return speaker?.includes(',') ? `${speaker},` : speaker;
}

function byline(statement: StatementExport, delegation: string): string {
  if (statement.language && statement.language !== 'en') {
    return languageTemplate(statement.language).headerLine({
      speaker: statement.speaker ?? null,
      delegations: statement.delegations,
      meeting: statement.debate,
    });
  }
  const meeting = meetingDescription(statement.debate);
  const speaker = closeApposition(statement.speaker?.trim());
  if (statement.delegations.length > 1) {
    return speaker
      ? `Joint statement delivered by ${speaker} on behalf of ${delegation} at ${meeting}`
      : `Joint statement by ${delegation} at ${meeting}`;
  }
  return `Statement by ${speaker || delegation} at ${meeting}`;
}

function placeAndDate(statement: StatementExport): string | null {
  const { meetingDate, body } = statement.debate;
  if (!meetingDate) return null;
  const wording = languageTemplate(statement.language ?? 'en');
  const place = meetingPlace(body);
  return wording.placeAndDate(
    place && wording.places[place],
    formatUnDate(meetingDate, wording.language),
  );
}

export function statementHeader(statement: StatementExport): StatementHeader {
  const delegation = joinNames(statement.delegations);
  return {
    notice: languageTemplate(statement.language ?? 'en').checkAgainstDelivery,
    delegation,
    byline: byline(statement, delegation),
    onBehalfOf: null,
    placeAndDate: placeAndDate(statement),
  };
}

export interface StatementLayout {
  header: StatementHeader;
  /** The body, without the header lines the document opened with. */
  blocks: Block[];
  /** Whether the byline says more than the debate record alone (own wording or a speaker). */
  bylineIsOwn: boolean;
}

/** The header and body blocks of a statement, as every single-statement renderer lays out. */
export function statementLayout(statement: StatementExport): StatementLayout {
  const all = blocksFromJSON(statement.content);
  const shown = statement.suggestions ? all : cleanBlocks(all);
  const { own, body } = documentHeader(shown, statement.language);
  const generated = statementHeader(statement);
  const header = {
    notice: own.notice ?? generated.notice,
    delegation: generated.delegation,
    byline: own.byline ?? generated.byline,
    onBehalfOf: own.onBehalfOf ?? null,
    placeAndDate: own.placeAndDate ?? generated.placeAndDate,
  };
  const bylineIsOwn = own.byline !== undefined || !!statement.speaker?.trim();
  return { header, blocks: body, bylineIsOwn };
}
