import { Router } from 'express';
import { validate } from '../errors/validate.js';
import { actorOf } from '../http/requestAuth.js';
import type { AmendmentService } from './AmendmentService.js';
import {
  AppointBody,
  Id,
  BreakSilenceBody,
  CreateOutcomeBody,
  DecisionBody,
  OutcomeExportQuery,
  ParagraphNumber,
  ParagraphStatusBody,
  PositionBody,
  ProposeBody,
  SilenceBody,
} from '@plenary/api/requests';
import type { OutcomeService } from './OutcomeService.js';
import type { RevisionService } from './RevisionService.js';
import type { SilenceProcedure } from './SilenceProcedure.js';
import { sendFile } from '../export/exportRouter.js';
import type { OutcomeExports } from './OutcomeExports.js';

/** Routes under /api: /debates/:debateId/outcome/* and /amendments/*. */
export function outcomeRouter(
  outcomes: OutcomeService,
  revisions: RevisionService,
  amendments: AmendmentService,
  silence: SilenceProcedure,
  exports: OutcomeExports,
): Router {
  const router = Router();
  const base = '/debates/:debateId/outcome';
  const debateOf = (params: { debateId?: string }) => validate(Id, params.debateId, 'debate id');

  router.get(base, async (req, res) => {
    const actor = actorOf(res);
    res.json(await outcomes.overview(actor, debateOf(req.params)));
  });

  router.post(base, async (req, res) => {
    const actor = actorOf(res);
    const input = validate(CreateOutcomeBody, req.body, 'outcome document');
    res.status(201).json({ outcome: await outcomes.create(actor, debateOf(req.params), input) });
  });

  router.put(`${base}/penholder`, async (req, res) => {
    const actor = actorOf(res);
    const { penholderDelegationId } = validate(AppointBody, req.body, 'penholder');
    await outcomes.appoint(actor, debateOf(req.params), penholderDelegationId);
    res.status(204).end();
  });

  router.post(`${base}/revisions`, async (req, res) => {
    const actor = actorOf(res);
    res.status(201).json({ revision: await revisions.circulate(actor, debateOf(req.params)) });
  });

  router.get(`${base}/revisions/:revisionId`, async (req, res) => {
    const actor = actorOf(res);
    const revisionId = validate(Id, req.params.revisionId, 'revision id');
    res.json(await revisions.revision(actor, debateOf(req.params), revisionId));
  });

  router.get(`${base}/export`, async (req, res) => {
    const actor = actorOf(res);
    const query = validate(OutcomeExportQuery, req.query, 'export');
    sendFile(res, await exports.export(actor, debateOf(req.params), query));
  });

  router.put(`${base}/paragraphs/:paragraph`, async (req, res) => {
    const actor = actorOf(res);
    const paragraph = validate(ParagraphNumber, req.params.paragraph, 'paragraph number');
    const input = validate(ParagraphStatusBody, req.body, 'paragraph status');
    await outcomes.markParagraph(actor, debateOf(req.params), paragraph, input);
    res.status(204).end();
  });

  router.post(`${base}/amendments`, async (req, res) => {
    const actor = actorOf(res);
    const input = validate(ProposeBody, req.body, 'amendment');
    res
      .status(201)
      .json({ amendment: await amendments.propose(actor, debateOf(req.params), input) });
  });

  router.post('/amendments/:amendmentId/positions', async (req, res) => {
    const actor = actorOf(res);
    const id = validate(Id, req.params.amendmentId, 'amendment id');
    const input = validate(PositionBody, req.body, 'position');
    res.json({ amendment: await amendments.position(actor, id, input) });
  });

  router.post('/amendments/:amendmentId/decision', async (req, res) => {
    const actor = actorOf(res);
    const id = validate(Id, req.params.amendmentId, 'amendment id');
    const input = validate(DecisionBody, req.body, 'decision');
    res.json({ amendment: await amendments.decide(actor, id, input) });
  });

  router.post(`${base}/silence`, async (req, res) => {
    const actor = actorOf(res);
    const { deadline } = validate(SilenceBody, req.body, 'silence');
    res.json({ outcome: await silence.start(actor, debateOf(req.params), deadline) });
  });

  router.post(`${base}/silence/break`, async (req, res) => {
    const actor = actorOf(res);
    const input = validate(BreakSilenceBody, req.body, 'break of silence');
    res.json({ outcome: await silence.break(actor, debateOf(req.params), input) });
  });

  return router;
}
