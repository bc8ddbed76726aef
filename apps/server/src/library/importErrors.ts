import { DocumentReadError, type DocumentReadErrorCode } from '@plenary/un-docs/errors';
import { AppError } from '../errors/AppError.js';

const STATUS: Partial<Record<DocumentReadErrorCode, number>> = {
  'document.too_large': 413,
  'document.busy': 429,
};

/** Runs a document import, turning reader errors into 422s that say what to do. */
export async function asImportError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DocumentReadError)
      throw new AppError(error.code, STATUS[error.code] ?? 422, error.message);
    throw error;
  }
}
