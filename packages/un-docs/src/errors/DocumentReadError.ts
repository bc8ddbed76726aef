// One error for everything that can go wrong between an uploaded file and a parsed
// document. The code is stable (the server maps it to an HTTP status and the UI may
// branch on it); the message tells the person what was wrong and what to do.

export type DocumentReadErrorCode =
  | 'document.empty'
  | 'document.unsupported_type'
  | 'document.corrupt'
  | 'document.encrypted'
  | 'document.too_large'
  | 'document.too_complex'
  | 'document.busy'
  | 'document.no_structure';

export class DocumentReadError extends Error {
  override readonly name = 'DocumentReadError';

  constructor(
    readonly code: DocumentReadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
