import { DocumentReadError } from '@plenary/un-docs';
import { AppError } from '../errors/AppError.js';

/** Runs a document import, turning reader errors into 422s that say what to do. */
export async function asImportError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DocumentReadError)
      throw new AppError(
        error.code,
        error.code === 'document.too_large' ? 413 : 422,
        error.message,
      );
    throw error;
  }
}
