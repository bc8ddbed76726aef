import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { AppError } from '../errors/AppError.js';

interface HttpParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** Maps any error thrown by a route to `{ error: { code, message } }` with its status. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const appError = toAppError(error);
    if (appError.status >= 500) logger.error({ err: error, path: req.path }, 'request failed');
    const retryAfter = (appError.details as { retryAfterSeconds?: unknown } | undefined)
      ?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(appError.status).json({ error: appError.toJSON() });
  };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const parserError = error as HttpParserError;
  if (parserError.type === 'entity.too.large') {
    const limit = parserError.limit
      ? `${Math.round(parserError.limit / (1024 * 1024))} MB`
      : 'the limit';
    return new AppError(
      'request.too_large',
      413,
      `The request is too large (over ${limit}). Send a smaller file or text.`,
    );
  }
  if (parserError.type === 'entity.parse.failed') {
    return new AppError('request.malformed_json', 400, 'The request body is not valid JSON.');
  }
  if (parserError.type === 'encoding.unsupported' || parserError.type === 'charset.unsupported') {
    return new AppError(
      'request.unsupported_encoding',
      415,
      'The request body encoding is not supported.',
    );
  }
  return new AppError(
    'server.internal',
    500,
    'Something went wrong on the server. Your text is safe; try again.',
  );
}
