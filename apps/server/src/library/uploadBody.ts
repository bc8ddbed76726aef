import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../errors/AppError.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Raw file bytes for upload routes: any content type, up to 20 MB (type is sniffed later). */
export const uploadBody: RequestHandler = express.raw({
  type: () => true,
  limit: MAX_UPLOAD_BYTES,
});

const FileName = z.string().trim().min(1).max(255);

/** The original file name, sent URI-encoded in `X-File-Name` (headers are ASCII). */
export function uploadedFileName(header: string | undefined): string {
  if (header === undefined) return 'upload';
  try {
    const parsed = FileName.safeParse(decodeURIComponent(header));
    if (parsed.success) return parsed.data.replace(/[\\/]/g, '_');
  } catch {
    // fall through
  }
  throw new AppError(
    'request.invalid',
    400,
    'The X-File-Name header is not a valid URI-encoded file name.',
  );
}

export function uploadedBytes(body: unknown): Uint8Array {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError(
      'document.empty',
      422,
      'The file is empty. Choose the document again and upload it.',
    );
  }
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}
