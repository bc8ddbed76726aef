// The outcome document of a debate: creating it, appointing the penholder, reading where the
// negotiation stands, and marking paragraph status. Revisions: RevisionService; the text itself:
// OutcomeDocument.
import { randomBytes } from 'node:crypto';
import type { OutcomeKind, OutcomeRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { can, type Action } from '../auth/policy.js';
import { auditedChange } from '../audit/auditedChange.js';
import { AppError } from '../errors/AppError.js';
import { statementModel } from '../statements/statementModel.js';
import { notInDebate, outcomeNotFound } from './outcomeErrors.js';
import type { OutcomeDocument } from './OutcomeDocument.js';
import { outcomeResource } from './outcomeResource.js';
import type { OutcomeNotices } from './OutcomeNotices.js';

const KIND_TITLES: Record<OutcomeKind, string> = {
  presidential_statement: 'Presidential statement',
  resolution: 'Draft resolution',
  chairs_summary: 'Chair’s summary',
  training_outcome: 'Common text',
};

/** What the actor may do, so the web app shows only the actions that will work. */
const ABILITIES = [
  'outcome.editText',
  'outcome.suggest',
  'outcome.decide',
  'outcome.circulate',
  'outcome.silence',
  'outcome.markParagraph',
  'outcome.appoint',
] as const satisfies readonly Action[];

export class OutcomeService {
  constructor(
    private readonly stores: Stores,
    /** The text itself, which the amendments, silence and exports read too. */
    readonly text: OutcomeDocument,
    private readonly notices: OutcomeNotices,
  ) {}

  /** The outcome and its revisions, amendments and paragraphs, for a participant. */
  async overview(actor: Actor, debateId: string) {
    const outcome = await this.readable(actor, debateId);
    const [debate, delegations, revisions, amendments, marks, paragraphs] = await Promise.all([
      this.stores.debates.get(debateId),
      this.stores.delegations.listByDebate(debateId),
      this.stores.outcomes.revisions(outcome.id),
      this.stores.amendments.list(outcome.id),
      this.stores.amendments.paragraphStatuses(outcome.id),
      this.text.paragraphsWithIds(outcome),
    ]);
    const statusOf = new Map(marks.map((mark) => [mark.paragraphId, mark]));
    const numbered = paragraphs.map(({ id, text }, i) => {
      const mark = id === null ? undefined : statusOf.get(id);
      return {
        number: i + 1,
        id,
        text,
        status: mark?.status ?? 'open',
        holders: mark?.holders ?? [],
      };
    });
    const mine = delegations.flatMap((d) => {
      const role = actor.roles.get(d.id);
      return role ? [{ id: d.id, name: d.name, role }] : [];
    });
    return {
      outcome: { ...outcome, title: KIND_TITLES[outcome.kind] },
      trainingExercise: debate?.trainingExercise ?? false,
      delegations: delegations.map(({ id, name, kind }) => ({ id, name, kind })),
      /** The actor's own delegations and role there: they act in these names only. */
      myDelegations: mine,
      paragraphs: numbered,
      summary: {
        total: numbered.length,
        agreed: numbered.filter((p) => p.status === 'agreed').length,
        bracketed: numbered.filter((p) => p.status === 'bracketed').length,
        open: numbered.filter((p) => p.status === 'open').length,
      },
      revisions,
      amendments,
      abilities: Object.fromEntries(
        ABILITIES.map((action) => [action, can(actor, action, outcomeResource(outcome))]),
      ),
    };
  }

  async create(
    actor: Actor,
    debateId: string,
    input: { kind: OutcomeKind; penholderDelegationId: string | null; paragraphs: string[] },
  ): Promise<OutcomeRecord> {
    const debate = await this.stores.debates.get(debateId);
    if (!debate) throw outcomeNotFound();
    authorize(
      actor,
      'outcome.create',
      { kind: 'debate', debateId },
      can(actor, 'debate.read', { kind: 'debate', debateId }),
    );
    if (await this.stores.outcomes.byDebate(debateId))
      throw new AppError(
        'outcome.exists',
        409,
        'This debate already has an outcome document. Open it from the debate page.',
      );
    await this.checkDelegation(debateId, input.penholderDelegationId);
    const statementId = randomBytes(9).toString('base64url');
    const outcome = await auditedChange(
      this.stores,
      async (tx) => {
        await tx.statements.create({
          id: statementId,
          debateId,
          title: `${KIND_TITLES[input.kind]} — ${debate.theme}`.slice(0, 300),
          delegationIds: [],
          createdBy: actor.user.id,
        });
        return tx.outcomes.create({
          id: randomBytes(9).toString('base64url'),
          debateId,
          statementId,
          kind: input.kind,
          penholderDelegationId: input.penholderDelegationId,
          createdBy: actor.user.id,
        });
      },
      (created) => ({
        actorId: actor.user.id,
        action: 'outcome.created',
        debateId,
        subjectType: 'outcome',
        subjectId: created.id,
        data: { kind: input.kind, penholderDelegationId: input.penholderDelegationId },
      }),
    );
    if (input.paragraphs.length > 0) await this.text.writeParagraphs(outcome, input.paragraphs);
    return outcome;
  }

  async appoint(actor: Actor, debateId: string, penholderDelegationId: string | null) {
    const outcome = await this.readable(actor, debateId);
    authorize(actor, 'outcome.appoint', outcomeResource(outcome));
    await this.checkDelegation(debateId, penholderDelegationId);
    await auditedChange(
      this.stores,
      (tx) => tx.outcomes.setPenholder(outcome.id, penholderDelegationId),
      {
        actorId: actor.user.id,
        action: 'outcome.penholder_appointed',
        debateId,
        subjectType: 'outcome',
        subjectId: outcome.id,
        data: { penholderDelegationId },
      },
    );
    // Who may write changed: open editors reconnect with their new rights.
    this.notices.rightsChanged(outcome);
  }

  async markParagraph(
    actor: Actor,
    debateId: string,
    paragraph: number,
    input: { status: 'agreed' | 'open' | 'bracketed'; holders: string[] },
  ): Promise<void> {
    const outcome = await this.readable(actor, debateId);
    authorize(actor, 'outcome.markParagraph', outcomeResource(outcome));
    for (const holder of input.holders) await this.checkDelegation(debateId, holder);
    const holders = input.status === 'bracketed' ? input.holders : [];
    // The status follows the paragraph's own id, given on its first mark.
    const fresh = randomBytes(9).toString('base64url');
    let paragraphId: string | undefined;
    const { identifyParagraph } = await statementModel();
    await this.text.change(outcome, (doc) => {
      paragraphId = identifyParagraph(doc, paragraph - 1, fresh);
    });
    if (paragraphId === undefined)
      throw new AppError('paragraph.not_found', 404, `The text has no paragraph ${paragraph}.`);
    const id = paragraphId;
    await auditedChange(
      this.stores,
      (tx) =>
        tx.amendments.setParagraphStatus({
          outcomeId: outcome.id,
          paragraphId: id,
          status: input.status,
          holders,
          userId: actor.user.id,
        }),
      {
        actorId: actor.user.id,
        action: 'outcome.paragraph_marked',
        debateId,
        subjectType: 'outcome',
        subjectId: outcome.id,
        data: { paragraph, paragraphId: id, status: input.status, holders },
      },
    );
  }

  /** The outcome of the debate if the actor takes part in it; otherwise not found. */
  async readable(actor: Actor, debateId: string): Promise<OutcomeRecord> {
    const outcome = await this.stores.outcomes.byDebate(debateId);
    if (!outcome || !can(actor, 'outcome.read', outcomeResource(outcome))) throw outcomeNotFound();
    return outcome;
  }

  async checkDelegation(debateId: string, delegationId: string | null): Promise<void> {
    if (delegationId === null) return;
    const delegation = await this.stores.delegations.get(delegationId);
    if (delegation?.debateId !== debateId) throw notInDebate();
  }
}
