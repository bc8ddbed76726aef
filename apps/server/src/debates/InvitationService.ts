// One-time invitation links. The link carries a random token; the database keeps its hash.
import { randomBytes } from 'node:crypto';
import type { InvitationRecord, InvitationRole, Stores, UserRecord } from '@plenary/storage';
import type { AccountService } from '../accounts/AccountService.js';
import { Password } from '@plenary/api/requests';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import type { ClientInfo, CredentialCheck } from '../auth/CredentialCheck.js';
import { hashToken } from '../auth/SessionService.js';
import { AppError } from '../errors/AppError.js';
import { validate } from '../errors/validate.js';
import type { AccessRevoker } from '../live/AccessRevoker.js';
import type { DebateService } from './DebateService.js';
import { auditedChange } from '../audit/auditedChange.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const invalidLink = (): AppError =>
  new AppError(
    'invitation.invalid',
    404,
    'This invitation link is not valid. Check that you opened the whole link from the message, or ask the organizer for a new one.',
  );

/** Why a link that exists cannot be used, each with what to do next. */
function unusable(invitation: InvitationRecord, signedInId: string | undefined): AppError | null {
  if (invitation.acceptedAt && invitation.acceptedBy === signedInId) {
    return new AppError(
      'invitation.already_member',
      409,
      'You have already joined with this invitation. Open Plenary to continue where you left off.',
    );
  }
  if (invitation.acceptedAt) {
    return new AppError(
      'invitation.used',
      410,
      'This invitation has already been used: each link works once. If it was sent to you, sign in with the account you created; otherwise ask the organizer for a new one.',
    );
  }
  if (invitation.revokedAt) {
    return new AppError(
      'invitation.revoked',
      410,
      'The organizer withdrew this invitation. Ask them for a new one if you still need access.',
    );
  }
  if (Date.parse(invitation.expiresAt) <= Date.now()) {
    return new AppError(
      'invitation.expired',
      410,
      'This invitation has expired. Ask the organizer to send a new one.',
    );
  }
  return null;
}

export interface InvitationPreview {
  email: string;
  role: InvitationRole;
  debateTheme: string;
  delegationName: string | null;
  expiresAt: string;
}

export interface Acceptance {
  user: UserRecord;
  /** Whether accepting created the account (else an existing one, or the signed-in one, joined). */
  accountCreated: boolean;
}

export class InvitationService {
  constructor(
    private readonly stores: Stores,
    private readonly debates: DebateService,
    private readonly accounts: AccountService,
    private readonly credentials: CredentialCheck,
    private readonly revoker: AccessRevoker,
  ) {}

  async create(
    actor: Actor,
    debateId: string,
    input: { email: string; role: InvitationRole; delegationId?: string; expiresInDays: number },
  ): Promise<{ invitation: InvitationRecord; token: string }> {
    await this.debates.get(actor, debateId);
    authorize(actor, 'invitation.manage', { kind: 'debate', debateId });
    const delegationId = input.role === 'organizer' ? null : (input.delegationId ?? null);
    if (delegationId) {
      const delegation = await this.stores.delegations.get(delegationId);
      if (delegation?.debateId !== debateId) {
        throw new AppError('request.invalid', 400, 'The delegation is not part of this debate.');
      }
    }
    const token = randomBytes(32).toString('base64url');
    const invitation = await auditedChange(
      this.stores,
      (tx) =>
        tx.invitations.create({
          id: randomBytes(9).toString('base64url'),
          tokenHash: hashToken(token),
          debateId,
          delegationId,
          email: input.email,
          role: input.role,
          invitedBy: actor.user.id,
          expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS).toISOString(),
        }),
      (created) => ({
        actorId: actor.user.id,
        action: 'invitation.created',
        debateId,
        subjectType: 'invitation',
        subjectId: created.id,
        data: { email: input.email, role: input.role, delegationId },
      }),
    );
    return { invitation, token };
  }

  async list(actor: Actor, debateId: string): Promise<InvitationRecord[]> {
    await this.debates.get(actor, debateId);
    authorize(actor, 'invitation.manage', { kind: 'debate', debateId });
    return this.stores.invitations.listByDebate(debateId);
  }

  async revoke(actor: Actor, invitationId: string): Promise<void> {
    const invitation = await this.stores.invitations.get(invitationId);
    if (!invitation) throw invalidLink();
    await this.debates.get(actor, invitation.debateId);
    authorize(actor, 'invitation.manage', { kind: 'debate', debateId: invitation.debateId });
    await auditedChange(this.stores, (tx) => tx.invitations.revoke(invitationId), {
      actorId: actor.user.id,
      action: 'invitation.revoked',
      debateId: invitation.debateId,
      subjectType: 'invitation',
      subjectId: invitationId,
    });
  }

  /** A usable invitation for this token; otherwise an error saying which case it is. */
  private async usable(token: string, signedInId?: string): Promise<InvitationRecord> {
    const invitation = await this.stores.invitations.findByTokenHash(hashToken(token));
    if (!invitation) throw invalidLink();
    const problem = unusable(invitation, signedInId);
    if (problem) throw problem;
    return invitation;
  }

  async preview(token: string, signedInId?: string): Promise<InvitationPreview> {
    const invitation = await this.usable(token, signedInId);
    const debate = await this.stores.debates.get(invitation.debateId);
    const delegation = invitation.delegationId
      ? await this.stores.delegations.get(invitation.delegationId)
      : undefined;
    return {
      email: invitation.email,
      role: invitation.role,
      debateTheme: debate?.theme ?? '',
      delegationName: delegation?.name ?? null,
      // Whether the email has an account is deliberately not said: the inviter would learn it.
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * Accepts for the signed-in user (whose email must match), for an existing account by its
   * password, or by creating the account. Returns the user who now holds the role.
   */
  async accept(
    token: string,
    signedIn: UserRecord | undefined,
    body: { displayName?: string; password?: string },
    client: ClientInfo,
  ): Promise<Acceptance> {
    const invitation = await this.usable(token, signedIn?.id);
    const { user, accountCreated } = await this.resolveUser(invitation, signedIn, body, client);
    await auditedChange(
      this.stores,
      async (tx) => {
        if (!(await tx.invitations.markAccepted(invitation.id, user.id))) throw invalidLink();
        if (invitation.role === 'organizer')
          await tx.debates.addOrganizer(invitation.debateId, user.id);
        else if (invitation.delegationId) {
          await tx.delegations.setMember(
            invitation.delegationId,
            user.id,
            invitation.role,
            invitation.invitedBy,
          );
        }
      },
      {
        actorId: user.id,
        action: 'invitation.accepted',
        debateId: invitation.debateId,
        subjectType: 'invitation',
        subjectId: invitation.id,
        data: { role: invitation.role, delegationId: invitation.delegationId },
      },
    );
    if (invitation.role !== 'organizer' && invitation.delegationId)
      await this.debates.memberGranted(invitation.delegationId, user.id);
    await this.revoker.recheckUser(user.id);
    return { user, accountCreated };
  }

  private async resolveUser(
    invitation: InvitationRecord,
    signedIn: UserRecord | undefined,
    body: { displayName?: string; password?: string },
    client: ClientInfo,
  ): Promise<Acceptance> {
    if (signedIn) {
      if (signedIn.email !== invitation.email) {
        throw new AppError(
          'invitation.wrong_account',
          403,
          `This invitation is for ${invitation.email}. Sign out and open the link again to accept it.`,
        );
      }
      return { user: signedIn, accountCreated: false };
    }
    if (await this.stores.users.findByEmail(invitation.email)) {
      if (!body.password) throw validationError('password', 'is required to accept');
      // The same limiter as sign-in: an invitation is not a second door for guessing.
      const user = await this.credentials.verify(
        invitation.email,
        body.password,
        client,
        `${invitation.email} already has a Plenary account and this is not its password. Enter that account's password to accept.`,
      );
      return { user, accountCreated: false };
    }
    if (!body.displayName)
      throw validationError('displayName', 'is required to create your account');
    const password = validate(Password, body.password, 'password');
    const user = await this.accounts.createUser({
      email: invitation.email,
      displayName: body.displayName,
      password,
    });
    return { user, accountCreated: true };
  }
}

function validationError(field: string, message: string): AppError {
  return new AppError('request.invalid', 400, `The form is not valid (${field}: ${message}).`, {
    fields: [{ field, message }],
  });
}
