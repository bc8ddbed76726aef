export type DocumentFormat = 'text' | 'markdown' | 'docx' | 'pdf';

export interface ReadDocumentOptions {
  /** The uploaded file's name; used only to word messages and to recognize Markdown. */
  fileName?: string;
  /** Largest accepted upload in bytes (default 20 MB). */
  maxBytes?: number;
}

export interface ReadDocumentResult {
  format: DocumentFormat;
  text: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
