import { Router, type Response } from 'express';
import type { Stores } from '@plenary/storage';
import { z } from 'zod';
import { validate } from '../errors/validate.js';
import { requireActor } from '../http/requestAuth.js';
import { StatementId } from '../statements/statementSchemas.js';
import { EXPORT_FORMATS, type ExportedFile, type ExportService } from './ExportService.js';

const ExportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
  })
  .strict();

/** Sends a file for download, with a name safe in any browser. */
export function sendFile(res: Response, file: ExportedFile): void {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  res.setHeader('Content-Type', file.contentType);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}

/** Routes under /api for exporting a statement and its submission pack. */
export function exportRouter(stores: Stores, exports: ExportService): Router {
  const router = Router();

  router.get('/statements/:id/export', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const { format } = validate(ExportQuery, req.query, 'export');
    sendFile(
      res,
      await exports.export(actor, validate(StatementId, req.params.id, 'statement id'), format),
    );
  });

  router.get('/statements/:id/submission-pack', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const id = validate(StatementId, req.params.id, 'statement id');
    const pack = await exports.submissionPack(actor, id);
    res.json({ ...pack, docxUrl: `/api/statements/${id}/export?format=docx` });
  });

  return router;
}
