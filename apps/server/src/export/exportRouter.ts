import { Router, type Response } from 'express';
import type { Stores } from '@plenary/storage';
import { z } from 'zod';
import { validate } from '../errors/validate.js';
import { requireActor } from '../http/requestAuth.js';
import { StatementId } from '../statements/statementSchemas.js';
import { Id } from '../debates/debateSchemas.js';
import type { CompilationService } from './CompilationService.js';
import {
  EXPORT_FORMATS,
  EXPORT_VERSIONS,
  type ExportedFile,
  type ExportService,
} from './ExportService.js';

const ExportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
    version: z.enum(EXPORT_VERSIONS, { message: 'must be written or delivered' }).optional(),
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

const CompilationBody = z
  .object({
    format: z.enum(['docx', 'pdf']),
    coveringLetter: z
      .object({
        from: z.string().trim().min(1).max(300),
        to: z.string().trim().min(1).max(300),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
        text: z.string().trim().max(20_000).nullable().optional(),
      })
      .strict(),
  })
  .strict();

/** Routes under /api for exports: a statement, its submission pack, the debate's compilation. */
export function exportRouter(
  stores: Stores,
  exports: ExportService,
  compilations: CompilationService,
): Router {
  const router = Router();

  router.post('/debates/:debateId/compilations', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const input = validate(CompilationBody, req.body, 'compilation');
    res.status(202).json({
      job: await compilations.start(actor, validate(Id, req.params.debateId, 'debate id'), input),
    });
  });

  router.get('/exports/:jobId', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    res.json({ job: await compilations.job(actor, validate(Id, req.params.jobId, 'export id')) });
  });

  router.get('/exports/:jobId/download', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const { job, bytes } = await compilations.download(
      actor,
      validate(Id, req.params.jobId, 'export id'),
    );
    const contentType =
      job.format === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    sendFile(res, {
      fileName: job.fileName ?? `compilation.${job.format}`,
      contentType,
      body: bytes,
    });
  });

  router.get('/statements/:id/export', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const { format, version } = validate(ExportQuery, req.query, 'export');
    const id = validate(StatementId, req.params.id, 'statement id');
    sendFile(res, await exports.export(actor, id, format, version));
  });

  router.get('/statements/:id/submission-pack', async (req, res) => {
    const actor = await requireActor(stores, req, res);
    const id = validate(StatementId, req.params.id, 'statement id');
    const pack = await exports.submissionPack(actor, id);
    res.json({ ...pack, docxUrl: `/api/statements/${id}/export?format=docx` });
  });

  return router;
}
