import { Router, type Response } from 'express';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import { CompilationBody, ExportQuery, Id, StatementId } from '@plenary/api/requests';
import type { CompilationService } from './CompilationService.js';
import type { ExportedFile, ExportService } from './ExportService.js';

/** Sends a file for download; the name is encoded for every browser by content-disposition. */
export function sendFile(res: Response, file: ExportedFile): void {
  res.attachment(file.fileName);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}

/** Routes under /api for exports: a statement, its submission pack, the debate's compilation. */
export function exportRouter(exports: ExportService, compilations: CompilationService): Router {
  const router = Router();

  router.post('/debates/:debateId/compilations', async (req, res) => {
    const actor = actorOf(res);
    const input = validate(CompilationBody, req.body, 'compilation');
    res.status(202).json({
      job: await compilations.start(actor, validate(Id, req.params.debateId, 'debate id'), input),
    });
  });

  router.get('/exports/:jobId', async (req, res) => {
    const actor = actorOf(res);
    res.json({ job: await compilations.job(actor, validate(Id, req.params.jobId, 'export id')) });
  });

  router.get('/exports/:jobId/download', async (req, res) => {
    const actor = actorOf(res);
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
    const actor = actorOf(res);
    const { format, suggestions } = validate(ExportQuery, req.query, 'export');
    const id = validate(StatementId, req.params.id, 'statement id');
    sendFile(res, await exports.export(actor, id, format, suggestions));
  });

  router.get('/statements/:id/submission-pack', async (req, res) => {
    const actor = actorOf(res);
    const id = validate(StatementId, req.params.id, 'statement id');
    const pack = await exports.submissionPack(actor, id);
    res.json({ ...pack, docxUrl: `/api/statements/${id}/export?format=docx` });
  });

  return router;
}
