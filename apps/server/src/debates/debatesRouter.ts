import { Router } from 'express';
import { validate } from '../errors/validate.js';
import type { PublicUrl } from '../http/publicUrl.js';
import { actorOf } from '../http/requestAuth.js';
import {
  CreateDebateBody,
  CreateDelegationBody,
  CreateInvitationBody,
  Id,
  SetMemberBody,
  UpdateDebateBody,
} from '@plenary/api/requests';
import type { DebateService } from './DebateService.js';
import type { InvitationService } from './InvitationService.js';

/** Routes under /api for debates, delegations, members and invitations (organizer side). */
export function debatesRouter(
  debates: DebateService,
  invitations: InvitationService,
  publicUrl: PublicUrl,
): Router {
  const router = Router();
  const id = (value: unknown, what: string): string => validate(Id, value, what);

  router.get('/debates', async (req, res) => {
    res.json({ debates: await debates.list(actorOf(res)) });
  });

  router.post('/debates', async (req, res) => {
    const actor = actorOf(res);
    res.status(201).json({
      debate: await debates.create(actor, validate(CreateDebateBody, req.body, 'debate')),
    });
  });

  router.get('/debates/:debateId', async (req, res) => {
    res.json(await debates.detail(actorOf(res), id(req.params.debateId, 'debate id')));
  });

  router.patch('/debates/:debateId', async (req, res) => {
    const actor = actorOf(res);
    const fields = validate(UpdateDebateBody, req.body, 'debate');
    res.json({ debate: await debates.update(actor, id(req.params.debateId, 'debate id'), fields) });
  });

  router.delete('/debates/:debateId', async (req, res) => {
    await debates.remove(actorOf(res), id(req.params.debateId, 'debate id'));
    res.status(204).end();
  });

  router.get('/debates/:debateId/audit', async (req, res) => {
    const actor = actorOf(res);
    res.json({ events: await debates.auditTrail(actor, id(req.params.debateId, 'debate id')) });
  });

  router.post('/debates/:debateId/delegations', async (req, res) => {
    const actor = actorOf(res);
    const input = validate(CreateDelegationBody, req.body, 'delegation');
    res.status(201).json({
      delegation: await debates.createDelegation(
        actor,
        id(req.params.debateId, 'debate id'),
        input,
      ),
    });
  });

  router.delete('/delegations/:delegationId', async (req, res) => {
    await debates.removeDelegation(actorOf(res), id(req.params.delegationId, 'delegation id'));
    res.status(204).end();
  });

  router.get('/delegations/:delegationId/members', async (req, res) => {
    const actor = actorOf(res);
    res.json({
      members: await debates.members(actor, id(req.params.delegationId, 'delegation id')),
    });
  });

  router.put('/delegations/:delegationId/members/:userId', async (req, res) => {
    const actor = actorOf(res);
    const { role } = validate(SetMemberBody, req.body, 'membership');
    await debates.setMember(
      actor,
      id(req.params.delegationId, 'delegation id'),
      id(req.params.userId, 'user id'),
      role,
    );
    res.status(204).end();
  });

  router.delete('/delegations/:delegationId/members/:userId', async (req, res) => {
    const actor = actorOf(res);
    await debates.removeMember(
      actor,
      id(req.params.delegationId, 'delegation id'),
      id(req.params.userId, 'user id'),
    );
    res.status(204).end();
  });

  router.get('/debates/:debateId/invitations', async (req, res) => {
    const actor = actorOf(res);
    res.json({ invitations: await invitations.list(actor, id(req.params.debateId, 'debate id')) });
  });

  router.post('/debates/:debateId/invitations', async (req, res) => {
    const actor = actorOf(res);
    const input = validate(CreateInvitationBody, req.body, 'invitation');
    const { invitation, token } = await invitations.create(
      actor,
      id(req.params.debateId, 'debate id'),
      input,
    );
    res.status(201).json({ invitation, url: publicUrl(`/invite/${token}`, req) });
  });

  router.delete('/invitations/:invitationId', async (req, res) => {
    await invitations.revoke(actorOf(res), id(req.params.invitationId, 'invitation id'));
    res.status(204).end();
  });

  return router;
}
