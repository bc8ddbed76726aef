// The field shapes every answer schema is built from (zod/mini).
import * as z from 'zod/mini';

export const text = z.string();
export const maybe = <T extends z.core.SomeType>(schema: T) => z.nullable(schema);

/** The formats a document is read from (the importer's and the library's). */
export const DOCUMENT_FORMATS = ['text', 'markdown', 'docx', 'pdf'] as const;
