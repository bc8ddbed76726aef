// Amendments to the outcome document: a delegation proposes, others support or object, the
// penholder accepts (as proposed or reformulated) or rejects. Accepting edits the shared text.
import { randomBytes } from 'node:crypto';
import type { SuggestedAmendment } from '@plenary/statement-model';
import type { AmendmentRecord, OutcomeRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { auditedChange } from '../audit/auditedChange.js';
import { AppError } from '../errors/AppError.js';
import { amendmentNotFound, notDrafting } from './outcomeErrors.js';
import { inTheNameOf, outcomeResource } from './outcomeResource.js';
import type { OutcomeService } from './OutcomeService.js';
import { statementModel } from '../statements/statementModel.js';

/** How long a proposal waits for its suggestion marks to reach the room. */
const MARK_PATIENCE_MS = 3_000;

const stale = (): AppError =>
  new AppError(
    'amendment.stale',
    409,
    'The paragraph this amendment changes has been edited since it was proposed. Accept it with your own wording, or reject it.',
  );

type ProposeInput =
  | { delegationId: string; suggestionId: string; justification: string }
  | {
      delegationId: string;
      paragraph: number;
      action: 'replace' | 'insert_after' | 'delete';
      proposedText: string;
      justification: string;
    };

export class AmendmentService {
  constructor(
    private readonly stores: Stores,
    private readonly outcomes: OutcomeService,
  ) {}

  /** An amendment made in the text (its suggestion marks) or, by form, to one paragraph. */
  async propose(actor: Actor, debateId: string, input: ProposeInput): Promise<AmendmentRecord> {
    const outcome = await this.outcomes.readable(actor, debateId);
    await this.outcomes.checkDelegation(debateId, input.delegationId);
    if (outcome.status !== 'drafting') throw notDrafting(outcome.status);
    authorize(actor, 'outcome.propose', inTheNameOf(outcome, input.delegationId));
    const amendment =
      'suggestionId' in input
        ? await this.marked(outcome, input.delegationId, input.suggestionId)
        : await this.byForm(outcome, input);
    const id = randomBytes(9).toString('base64url');
    await auditedChange(
      this.stores,
      (tx) =>
        tx.amendments.create({
          id,
          outcome_id: outcome.id,
          delegation_id: input.delegationId,
          paragraph: amendment.paragraph,
          action: amendment.action,
          original_text: amendment.originalText,
          proposed_text: amendment.proposedText,
          suggestion_id: 'suggestionId' in input ? input.suggestionId : null,
          justification: input.justification,
          created_by: actor.user.id,
        }),
      {
        actorId: actor.user.id,
        action: 'amendment.proposed',
        debateId,
        subjectType: 'amendment',
        subjectId: id,
        data: { delegationId: input.delegationId, paragraph: amendment.paragraph },
      },
    );
    return (await this.stores.amendments.get(id))!;
  }

  /** The amendment a delegation's suggestion marks make, once: they must name that delegation. */
  private async marked(
    outcome: OutcomeRecord,
    delegationId: string,
    suggestionId: string,
  ): Promise<SuggestedAmendment> {
    // Proposed as soon as it is typed, the suggestion may still be on its way to the room.
    const { suggestedAmendment } = await statementModel();
    const amendment = await this.outcomes.text.readWhenThere(
      outcome,
      (doc) => suggestedAmendment(doc, suggestionId),
      // A mark's attributes travel as JSON text, so an update setting it holds the id verbatim.
      {
        patienceMs: MARK_PATIENCE_MS,
        mayHold: (update) => Buffer.from(update).includes(suggestionId),
      },
    );
    if (!amendment)
      throw new AppError(
        'amendment.no_mark',
        422,
        'The text has no suggestion with this id: it may have been withdrawn or decided, or not reached the server (check the connection).',
      );
    if (amendment.delegationId !== delegationId)
      throw new AppError(
        'amendment.not_own_delegation',
        422,
        'This suggestion is not in the name of the delegation you propose it for.',
      );
    const listed = await this.stores.amendments.list(outcome.id);
    if (listed.some((a) => a.suggestionId === suggestionId))
      throw new AppError('amendment.exists', 409, 'This suggestion is already an amendment.');
    return amendment;
  }

  private async byForm(
    outcome: OutcomeRecord,
    input: Extract<ProposeInput, { paragraph: number }>,
  ): Promise<Omit<SuggestedAmendment, 'delegationId'>> {
    const paragraphs = await this.outcomes.text.paragraphs(outcome);
    if (input.paragraph > paragraphs.length)
      throw new AppError(
        'paragraph.not_found',
        422,
        `The text has no paragraph ${input.paragraph}.`,
      );
    return {
      paragraph: input.paragraph,
      action: input.action,
      originalText: input.paragraph === 0 ? '' : paragraphs[input.paragraph - 1]!,
      proposedText: input.action === 'delete' ? '' : input.proposedText,
    };
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
    if (amendment.suggestionId !== null) await this.settle(outcome, amendment, input);
    else if (input.decision === 'accept') await this.apply(outcome, amendment, text ?? '');
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

  /** Accepts or rejects the amendment's marks in the text, keeping everything else as it is. */
  private async settle(
    outcome: OutcomeRecord,
    amendment: AmendmentRecord,
    input: { decision: 'accept' | 'reject'; text?: string | undefined },
  ) {
    if (input.text !== undefined)
      throw new AppError(
        'amendment.in_text',
        422,
        'This amendment is in the text: accept it, then reword it there.',
      );
    let settled = 0;
    const { settleStatement } = await statementModel();
    await this.outcomes.text.change(outcome, (doc) => {
      settled = settleStatement(doc, input.decision, (s) => s.id === amendment.suggestionId);
    });
    if (settled === 0) throw stale();
  }

  private async apply(outcome: OutcomeRecord, amendment: AmendmentRecord, text: string) {
    const paragraphs = await this.outcomes.text.paragraphs(outcome);
    const { amendParagraphs, locateParagraph } = await statementModel();
    const index =
      amendment.paragraph === 0
        ? -1
        : locateParagraph(paragraphs, amendment.paragraph - 1, amendment.originalText);
    if (index === -1 && amendment.paragraph !== 0) throw stale();
    const next =
      amendment.action === 'delete'
        ? amendParagraphs(paragraphs, { action: 'delete', index })
        : amendParagraphs(paragraphs, { action: amendment.action, index, text });
    await this.outcomes.text.writeParagraphs(outcome, next);
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
