// Revisions of the outcome document: the penholder circulates the current text as a frozen,
// named revision ("Zero draft", "Rev. 1"…); each is read with its redline against the last.
import { randomBytes } from 'node:crypto';
import { revisionName, type RevisionRecord, type Stores } from '@plenary/storage';
import { diffWordsWithSpace } from 'diff';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { auditedChange } from '../audit/auditedChange.js';
import type { RedlinePart, VersionService } from '../versions/VersionService.js';
import type { OutcomeNotices } from './OutcomeNotices.js';
import { revisionNotFound } from './outcomeErrors.js';
import { outcomeResource } from './outcomeResource.js';
import type { OutcomeService } from './OutcomeService.js';

export class RevisionService {
  constructor(
    private readonly stores: Stores,
    private readonly outcomes: OutcomeService,
    private readonly versions: VersionService,
    private readonly notices: OutcomeNotices,
  ) {}

  /** Freezes the current text as the next revision and tells everyone. */
  async circulate(actor: Actor, debateId: string): Promise<RevisionRecord> {
    const outcome = await this.outcomes.readable(actor, debateId);
    authorize(actor, 'outcome.circulate', outcomeResource(outcome));
    const statement = (await this.stores.statements.get(outcome.statementId))!;
    const count = (await this.stores.outcomes.revisions(outcome.id)).length;
    const version = await this.versions.take(
      statement,
      'named',
      revisionName(count),
      actor.user.id,
    );
    const revision = await auditedChange(
      this.stores,
      (tx) =>
        tx.outcomes.addRevision({
          id: randomBytes(9).toString('base64url'),
          outcomeId: outcome.id,
          versionId: version.id,
          circulatedBy: actor.user.id,
        }),
      (created) => ({
        actorId: actor.user.id,
        action: 'outcome.circulated',
        debateId,
        subjectType: 'outcome',
        subjectId: outcome.id,
        data: { revisionId: created.id, name: created.name },
      }),
    );
    await this.notices.tell(
      outcome,
      'outcome_circulated',
      actor.user.id,
      `${revision.name} circulated`,
    );
    return revision;
  }

  /** The revision's text, and its redline against the revision before it (none for the zero draft). */
  async revision(actor: Actor, debateId: string, revisionId: string) {
    const outcome = await this.outcomes.readable(actor, debateId);
    const revisions = await this.stores.outcomes.revisions(outcome.id);
    const index = revisions.findIndex((r) => r.id === revisionId);
    const revision = revisions[index];
    if (!revision) throw revisionNotFound();
    const previous = index > 0 ? revisions[index - 1] : undefined;
    const text = await this.versionText(revision.versionId);
    const before = previous ? await this.versionText(previous.versionId) : undefined;
    const redline: RedlinePart[] | null =
      before === undefined
        ? null
        : diffWordsWithSpace(before, text).map((part) => ({
            kind: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
            text: part.value,
          }));
    return { revision, previous: previous ?? null, text, redline };
  }

  private async versionText(versionId: string): Promise<string> {
    return (await this.stores.versions.get(versionId))?.text ?? '';
  }
}
