import express, { Router, type RequestHandler } from 'express';
import {
  ConfirmConceptNoteBody,
  Id,
  PreviewQuery,
  SearchQuery,
  UpdateReferenceBody,
} from '@plenary/api/requests';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import type { LibraryService } from './LibraryService.js';
import { uploadBody, uploadedBytes, uploadedFileName } from './uploadBody.js';

/**
 * `?as=concept-note`: the organizer asks for a refused file to be read as a note anyway. Checked
 * before the body is read, as sign-in and role are; the answer waits in `res.locals`.
 */
const previewQuery: RequestHandler = (req, res, next) => {
  res.locals.asConceptNote = validate(PreviewQuery, req.query, 'preview').as === 'concept-note';
  next();
};
const asConceptNote = (locals: Record<string, unknown>): boolean => locals.asConceptNote === true;

/** Routes under /api for concept-note import, discussion points and the reference library. */
export function libraryRouter(library: LibraryService): Router {
  const router = Router();
  const debateId = (value: unknown): string => validate(Id, value, 'debate id');
  // Sign-in and role come before the body: nobody may make the server read 20 MB for nothing.
  const mayUpload =
    (action: 'conceptNote.import' | 'reference.upload'): RequestHandler =>
    async (req, res, next) => {
      const actor = actorOf(res);
      await library.checkUpload(actor, debateId(req.params.debateId), action);
      next();
    };

  router.post(
    '/debates/:debateId/concept-note/preview',
    mayUpload('conceptNote.import'),
    previewQuery,
    uploadBody,
    async (req, res) => {
      const actor = actorOf(res);
      const fileName = uploadedFileName(req.get('x-file-name'));
      res.json({
        preview: await library.previewConceptNote(
          actor,
          debateId(req.params.debateId),
          uploadedBytes(req.body),
          fileName,
          asConceptNote(res.locals),
        ),
      });
    },
  );

  // Before the debate exists: anyone who may start a debate may read a note to start it from
  // (the actor middleware has refused anyone signed out before the body is read).
  router.post('/concept-notes/preview', previewQuery, uploadBody, async (req, res) => {
    const actor = actorOf(res);
    const fileName = uploadedFileName(req.get('x-file-name'));
    const bytes = uploadedBytes(req.body);
    const asked = asConceptNote(res.locals);
    res.json({ preview: await library.previewNewConceptNote(actor, bytes, fileName, asked) });
  });

  router.post(
    '/debates/:debateId/concept-note',
    express.json({ limit: '3mb' }),
    async (req, res) => {
      const actor = actorOf(res);
      const input = validate(ConfirmConceptNoteBody, req.body, 'concept note');
      res.json(await library.confirmConceptNote(actor, debateId(req.params.debateId), input));
    },
  );

  router.get('/debates/:debateId/points', async (req, res) => {
    const actor = actorOf(res);
    res.json(await library.points(actor, debateId(req.params.debateId)));
  });

  router.get('/debates/:debateId/references', async (req, res) => {
    const actor = actorOf(res);
    res.json({ references: await library.listReferences(actor, debateId(req.params.debateId)) });
  });

  router.post(
    '/debates/:debateId/references',
    mayUpload('reference.upload'),
    uploadBody,
    async (req, res) => {
      const actor = actorOf(res);
      const fileName = uploadedFileName(req.get('x-file-name'));
      const reference = await library.addReference(
        actor,
        debateId(req.params.debateId),
        uploadedBytes(req.body),
        fileName,
      );
      res.status(201).json({ reference });
    },
  );

  router.get('/debates/:debateId/references/search', async (req, res) => {
    const actor = actorOf(res);
    const { q } = validate(SearchQuery, req.query, 'search');
    res.json({ hits: await library.search(actor, debateId(req.params.debateId), q) });
  });

  router.get('/references/:referenceId', async (req, res) => {
    const actor = actorOf(res);
    res.json({
      reference: await library.getReference(
        actor,
        validate(Id, req.params.referenceId, 'reference id'),
      ),
    });
  });

  router.patch('/references/:referenceId', async (req, res) => {
    const actor = actorOf(res);
    const input = validate(UpdateReferenceBody, req.body, 'document details');
    const id = validate(Id, req.params.referenceId, 'reference id');
    res.json({ reference: await library.updateReference(actor, id, input) });
  });

  router.delete('/references/:referenceId', async (req, res) => {
    const actor = actorOf(res);
    await library.removeReference(actor, validate(Id, req.params.referenceId, 'reference id'));
    res.status(204).end();
  });

  return router;
}
