// What the server sends about documents: a concept note as the importer read it, the debate's
// points, and the reference library's documents and search hits (zod/mini, like records.ts).
import * as z from 'zod/mini';
import { DOCUMENT_FORMATS, maybe, meetingFields, text } from './fields.js';

/** An objective or a discussion point, with the note's own label ("12(a)"). */
export const LabelledText = z.object({ label: text, text });
export const DebatePoints = z.object({
  objectives: z.array(LabelledText),
  discussionPoints: z.array(LabelledText),
});

/** What the importer read from a concept note; whatever the note does not state is null. */
export const ConceptNote = z.object({
  symbol: maybe(text),
  theme: maybe(text),
  ...meetingFields,
  submission: z.object({ email: maybe(text), deadline: maybe(text) }),
  objectives: z.array(LabelledText),
  discussionPoints: z.array(LabelledText),
  /** How sure the importer is of each field it filled (0–1), by field name. */
  confidence: z.record(text, z.number()),
  /** The sentence each field was read from, by field name. */
  sources: z.record(text, text),
  /** Set for a partial import (points without a meeting header): what to fill in. */
  notice: z.optional(maybe(text)),
});

export const ConceptNotePreview = z.object({
  fileName: text,
  format: z.enum(DOCUMENT_FORMATS),
  /** The document's text as read, sent back on confirmation to be kept with the debate. */
  text,
  note: ConceptNote,
});

export const Reference = z.object({
  id: text,
  debateId: text,
  /** "S/2011/552", or null when the document does not print one. */
  symbol: maybe(text),
  title: text,
  /** Date of issue, "YYYY-MM-DD". */
  date: maybe(text),
  fileName: text,
  paragraphCount: z.number(),
  uploadedBy: text,
  createdAt: text,
  deletedAt: z.optional(maybe(text)),
});

export const ReferenceDocument = z.extend(Reference, {
  paragraphs: z.array(
    z.object({
      number: z.number(),
      /** The section the paragraph stands under ("II. The changing landscape"). */
      heading: maybe(text),
      text,
    }),
  ),
  footnotes: z.array(z.object({ number: z.number(), text })),
});

export const SearchHit = z.object({
  documentId: text,
  symbol: maybe(text),
  title: text,
  number: z.number(),
  heading: maybe(text),
  /** The whole paragraph, for quoting. */
  text,
  /** An excerpt around the matches, as plain text parts; matched parts are highlighted. */
  snippet: z.array(z.object({ text, match: z.boolean() })),
  /** "S/2011/552, para. 12" */
  citation: text,
});

export type LabelledText = z.infer<typeof LabelledText>;
export type DebatePoints = z.infer<typeof DebatePoints>;
export type ConceptNote = z.infer<typeof ConceptNote>;
export type ConceptNotePreview = z.infer<typeof ConceptNotePreview>;
export type Reference = z.infer<typeof Reference>;
export type ReferenceDocument = z.infer<typeof ReferenceDocument>;
export type SearchHit = z.infer<typeof SearchHit>;
