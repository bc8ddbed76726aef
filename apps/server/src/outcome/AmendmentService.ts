// Amendments to the outcome document: a delegation proposes, others support or object, the
// penholder accepts (as proposed or reformulated) or rejects. Accepting edits the shared text.
import { randomBytes } from 'node:crypto';
import { amendParagraphs, locateParagraph } from '@plenary/statement-model';
import type { AmendmentRecord, OutcomeRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { auditedChange } from '../audit/auditedChange.js';
import { AppError } from '../errors/AppError.js';
import { amendmentNotFound, notDrafting } from './outcomeErrors.js';
import { inTheNameOf, outcomeResource } from './outcomeResource.js';
import type { OutcomeService } from './OutcomeService.js';

const stale = (): AppError =>
  new AppError(
    'amendment.stale',
    409,
    'The paragraph this amendment changes has been edited since it was proposed. Accept it with your own wording, or reject it.',
  );

export class AmendmentService {
  constructor(
    private readonly stores: Stores,
    private readonly outcomes: OutcomeService,
  ) {}

  async propose(
    actor: Actor,
    debateId: string,
    input: {
      delegationId: string;
      paragraph: number;
      action: 'replace' | 'insert_after' | 'delete';
      proposedText: string;
      justification: string;
    },
  ): Promise<AmendmentRecord> {
    const outcome = await this.outcomes.readable(actor, debateId);
    await this.outcomes.checkDelegation(debateId, input.delegationId);
    if (outcome.status !== 'drafting') throw notDrafting(outcome.status);
    authorize(actor, 'outcome.propose', inTheNameOf(outcome, input.delegationId));
    const paragraphs = await this.outcomes.paragraphs(outcome);
    if (input.paragraph > paragraphs.length)
      throw new AppError(
        'paragraph.not_found',
        422,
        `The text has no paragraph ${input.paragraph}.`,
      );
    const id = randomBytes(9).toString('base64url');
    await auditedChange(
      this.stores,
      (tx) =>
        tx.amendments.create({
          id,
          outcome_id: outcome.id,
          delegation_id: input.delegationId,
          paragraph: input.paragraph,
          action: input.action,
          original_text: input.paragraph === 0 ? '' : paragraphs[input.paragraph - 1]!,
          proposed_text: input.action === 'delete' ? '' : input.proposedText,
          justification: input.justification,
          created_by: actor.user.id,
        }),
      {
        actorId: actor.user.id,
        action: 'amendment.proposed',
        debateId,
        subjectType: 'amendment',
        subjectId: id,
        data: { delegationId: input.delegationId, paragraph: input.paragraph },
      },
    );
    return (await this.stores.amendments.get(id))!;
  }

  async position(
    actor: Actor,
    amendmentId: string,
    input: { delegationId: string; stance: 'support' | 'object'; comment: string },
  ): Promise<AmendmentRecord> {
    const { outcome, amendment } = await this.load(actor, amendmentId);
    await this.outcomes.checkDelegation(outcome.debateId, input.delegationId);
    if (outcome.status !== 'drafting') throw notDrafting(outcome.status);
    authorize(actor, 'outcome.position', inTheNameOf(outcome, input.delegationId));
    if (input.delegationId === amendment.delegationId)
      throw new AppError(
        'amendment.own',
        409,
        'A delegation does not support or object to its own amendment.',
      );
    await this.stores.amendments.setPosition({ amendmentId, ...input, userId: actor.user.id });
    return (await this.stores.amendments.get(amendmentId))!;
  }

  /** The penholder's decision; accepting puts the text (or the reformulation) into the document. */
  async decide(
    actor: Actor,
    amendmentId: string,
    input: { decision: 'accept' | 'reject'; text?: string | undefined },
  ): Promise<AmendmentRecord> {
    const { outcome, amendment } = await this.load(actor, amendmentId);
    if (outcome.status !== 'drafting') throw notDrafting(outcome.status);
    authorize(actor, 'outcome.decide', outcomeResource(outcome));
    if (amendment.status !== 'proposed')
      throw new AppError('amendment.decided', 409, 'This amendment has already been decided.');
    const text = input.decision === 'accept' ? (input.text ?? amendment.proposedText) : null;
    if (input.decision === 'accept') await this.apply(outcome, amendment, text ?? '');
    const status = input.decision === 'accept' ? 'accepted' : 'rejected';
    await auditedChange(
      this.stores,
      (tx) => tx.amendments.decide(amendmentId, { status, text, userId: actor.user.id }),
      {
        actorId: actor.user.id,
        action: `amendment.${status}`,
        debateId: outcome.debateId,
        subjectType: 'amendment',
        subjectId: amendmentId,
        data: { reformulated: input.text !== undefined },
      },
    );
    return (await this.stores.amendments.get(amendmentId))!;
  }

  private async apply(outcome: OutcomeRecord, amendment: AmendmentRecord, text: string) {
    const paragraphs = await this.outcomes.paragraphs(outcome);
    const index =
      amendment.paragraph === 0
        ? -1
        : locateParagraph(paragraphs, amendment.paragraph - 1, amendment.originalText);
    if (index === -1 && amendment.paragraph !== 0) throw stale();
    const next =
      amendment.action === 'delete'
        ? amendParagraphs(paragraphs, { action: 'delete', index })
        : amendParagraphs(paragraphs, { action: amendment.action, index, text });
    await this.outcomes.writeParagraphs(outcome, next);
  }

  private async load(actor: Actor, amendmentId: string) {
    const amendment = await this.stores.amendments.get(amendmentId);
    const outcome = amendment && (await this.stores.outcomes.get(amendment.outcomeId));
    if (!amendment || !outcome) throw amendmentNotFound();
    await this.outcomes.readable(actor, outcome.debateId).catch(() => {
      throw amendmentNotFound();
    });
    return { outcome, amendment };
  }
}
