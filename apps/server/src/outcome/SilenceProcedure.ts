// The silence procedure: the penholder puts the latest revision under silence until a
// deadline; any other delegation may break silence with a reason before it; if none does, the
// revision is adopted at the deadline and the text is frozen. The deadline lives in the
// database, so it survives restarts; every process checks it, and a conditional UPDATE lets
// exactly one of them adopt the revision.
import type { OutcomeRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { auditedChange } from '../audit/auditedChange.js';
import { AppError } from '../errors/AppError.js';
import type { Logger } from '../logger.js';
import type { OutcomeNotices } from './OutcomeNotices.js';
import { notDrafting } from './outcomeErrors.js';
import { inTheNameOf, outcomeResource } from './outcomeResource.js';
import type { OutcomeService } from './OutcomeService.js';

export const SILENCE_JOB = 'outcome.silence';

export class SilenceProcedure {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<string[]> | undefined;

  constructor(
    private readonly stores: Stores,
    private readonly outcomes: OutcomeService,
    private readonly notices: OutcomeNotices,
    private readonly options: { checkEveryMs: number; now?: () => Date },
    private readonly logger: Logger,
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async start(actor: Actor, debateId: string, deadline: string): Promise<OutcomeRecord> {
    const outcome = await this.outcomes.readable(actor, debateId);
    if (outcome.status !== 'drafting') throw notDrafting(outcome.status);
    authorize(actor, 'outcome.silence', outcomeResource(outcome));
    const at = new Date(deadline);
    if (at.getTime() <= this.now().getTime())
      throw new AppError('silence.deadline_past', 422, 'The deadline must be in the future.');
    const latest = (await this.stores.outcomes.revisions(outcome.id)).at(-1);
    const current = (await this.outcomes.text.paragraphs(outcome)).join('\n\n');
    const circulated = latest && (await this.stores.versions.get(latest.versionId))?.text;
    if (
      !latest ||
      circulated
        ?.split('\n\n')
        .filter((p) => p.trim() !== '')
        .join('\n\n') !== current
    )
      throw new AppError(
        'silence.uncirculated',
        409,
        'The text has changes that were not circulated. Circulate a revision first, then put it under silence.',
      );
    const started = await auditedChange(
      this.stores,
      (tx) => tx.outcomes.startSilence(outcome.id, latest.id, at.toISOString()),
      (ok) =>
        ok
          ? {
              actorId: actor.user.id,
              action: 'outcome.silence_started',
              debateId,
              subjectType: 'outcome',
              subjectId: outcome.id,
              data: { revisionId: latest.id, deadline: at.toISOString() },
            }
          : null,
    );
    if (!started) throw notDrafting('silence');
    this.notices.rightsChanged(outcome);
    await this.notices.tell(
      outcome,
      'outcome_silence',
      actor.user.id,
      `${latest.name} is under silence until ${at.toISOString()}`,
    );
    return (await this.stores.outcomes.get(outcome.id))!;
  }

  /** Breaks silence in a delegation's name: the text goes back to negotiation. */
  async break(
    actor: Actor,
    debateId: string,
    input: { delegationId: string; reason: string },
  ): Promise<OutcomeRecord> {
    const outcome = await this.outcomes.readable(actor, debateId);
    await this.outcomes.checkDelegation(debateId, input.delegationId);
    authorize(actor, 'outcome.breakSilence', inTheNameOf(outcome, input.delegationId));
    const revisionId = outcome.silenceRevisionId!;
    const broken = await auditedChange(
      this.stores,
      async (tx) => {
        if (!(await tx.outcomes.endSilence(outcome.id, 'drafting', this.now().toISOString())))
          return false;
        await tx.outcomes.setRevisionStatus(revisionId, 'silence_broken', input);
        return true;
      },
      (ok) =>
        ok
          ? {
              actorId: actor.user.id,
              action: 'outcome.silence_broken',
              debateId,
              subjectType: 'outcome',
              subjectId: outcome.id,
              data: { revisionId, delegationId: input.delegationId, reason: input.reason },
            }
          : null,
    );
    if (!broken)
      throw new AppError(
        'silence.over',
        409,
        'The silence deadline has passed: the text was adopted and can no longer be reopened.',
      );
    const delegation = await this.stores.delegations.get(input.delegationId);
    this.notices.rightsChanged(outcome);
    await this.notices.tell(
      outcome,
      'outcome_silence_broken',
      actor.user.id,
      `${delegation?.name ?? 'A delegation'} broke silence: ${input.reason}`,
    );
    return (await this.stores.outcomes.get(outcome.id))!;
  }

  startTimer(): void {
    const check = (): void => void this.tick();
    check();
    this.timer = setInterval(check, this.options.checkEveryMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Adopts every revision whose silence passed by `now`; returns the outcomes this process adopted. */
  tick(now = this.now()): Promise<string[]> {
    this.running ??= this.adoptDue(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async adoptDue(now: Date): Promise<string[]> {
    const adopted: string[] = [];
    try {
      for (const outcome of await this.stores.outcomes.silencesDue(now.toISOString())) {
        if (await this.adopt(outcome, now)) adopted.push(outcome.id);
      }
    } catch (err) {
      this.logger.error({ err, job: SILENCE_JOB }, 'silence check failed; it runs again next time');
    }
    return adopted;
  }

  private async adopt(outcome: OutcomeRecord, now: Date): Promise<boolean> {
    const revisionId = outcome.silenceRevisionId!;
    const won = await auditedChange(
      this.stores,
      async (tx) => {
        if (!(await tx.outcomes.claimPassedSilence(outcome.id, now.toISOString()))) return false;
        await tx.outcomes.setRevisionStatus(revisionId, 'adopted');
        return true;
      },
      (ok) =>
        ok
          ? {
              actorId: null,
              action: 'outcome.adopted',
              debateId: outcome.debateId,
              subjectType: 'outcome',
              subjectId: outcome.id,
              data: { revisionId },
            }
          : null,
    );
    if (!won) return false;
    this.logger.info(
      { job: SILENCE_JOB, outcomeId: outcome.id, revisionId },
      'silence passed: adopted',
    );
    const revision = await this.stores.outcomes.revision(revisionId);
    this.notices.rightsChanged(outcome);
    await this.notices.tell(
      outcome,
      'outcome_adopted',
      revision?.circulatedBy ?? outcome.createdBy,
      `Silence passed: ${revision?.name ?? 'the revision'} is adopted`,
    );
    return true;
  }
}
