// The field shapes every answer schema is built from (zod/mini).
import * as z from 'zod/mini';

export const text = z.string();
export const maybe = <T extends z.core.SomeType>(schema: T) => z.nullable(schema);

/** The formats a document is read from (the importer's and the library's). */
export const DOCUMENT_FORMATS = ['text', 'markdown', 'docx', 'pdf'] as const;

/**
 * What a meeting is, as a concept note states it and a debate keeps it: shared by the
 * importer's `ConceptNote` and the `Debate` record. Whatever is not known is null.
 */
export const meetingFields = {
  body: maybe(text),
  /** "YYYY-MM-DD" */
  meetingDate: maybe(text),
  /** As the concept note gives it, usually 24-hour "HH:MM", local time of the meeting. */
  meetingTime: maybe(text),
  /** The Security Council presidency; null for meetings it does not convene. */
  presidency: maybe(text),
  /** Who convenes a meeting the presidency does not: "Estonia and Niger", "the President of the General Assembly". */
  convener: maybe(text),
  /** "open debate", "briefing", "Arria-formula meeting", … */
  format: maybe(text),
  speakingLimitMinutes: maybe(z.number()),
  expectedOutcome: maybe(text),
};
