// The Trash: what was deleted in a debate, and bringing it back. Deleting lives with each
// kind's service (statements, debates, references, comments); restoring is here.
import type { Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { can } from '../auth/policy.js';
import { auditedChange } from '../audit/auditedChange.js';
import type { DebateService } from '../debates/DebateService.js';
import { AppError } from '../errors/AppError.js';
import { statementResource } from '../statements/statementResource.js';
import type { StatementService } from '../statements/StatementService.js';

const notInTrash = (what: string): AppError =>
  new AppError(
    'trash.not_found',
    404,
    `This ${what} is not in the Trash: it was restored already, its days in the Trash are over, or you do not have access to it.`,
  );

export class TrashService {
  constructor(
    private readonly stores: Stores,
    private readonly debates: DebateService,
    private readonly statements: StatementService,
    readonly retentionDays: number,
  ) {}

  /** What the actor may restore in the debate: statements, references and comments. */
  async list(actor: Actor, debateId: string) {
    await this.debates.get(actor, debateId);
    authorize(actor, 'debate.trash', { kind: 'debate', debateId });
    const [statements, references] = await Promise.all([
      this.stores.statements.listTrash(debateId),
      this.stores.references.list(debateId, true),
    ]);
    const live = await this.stores.statements.listByDebate(debateId);
    const readable = live.filter((s) => can(actor, 'statement.readText', statementResource(s)));
    const comments = await this.stores.comments.trashOf(readable.map((s) => s.id));
    const byId = new Map(readable.map((s) => [s.id, s]));
    return {
      retentionDays: this.retentionDays,
      statements: statements.filter((s) => can(actor, 'statement.untrash', statementResource(s))),
      references: references.filter((r) =>
        can(actor, 'reference.delete', { kind: 'reference', debateId, uploadedBy: r.uploadedBy }),
      ),
      comments: comments
        .filter((c) => {
          const statement = byId.get(c.statementId);
          return (
            statement !== undefined &&
            can(actor, 'comment.restore', {
              ...statementResource(statement),
              kind: 'comment',
              authorId: c.authorId,
            })
          );
        })
        .map((c) => ({ ...c, statementTitle: byId.get(c.statementId)?.title ?? '' })),
    };
  }

  /** Debates in the Trash that the actor organizes (every one, for an administrator). */
  async debatesInTrash(actor: Actor) {
    return this.stores.debates.listTrash(actor.user.isAdmin ? null : actor.user.id);
  }

  async restoreStatement(actor: Actor, id: string) {
    const statement = await this.stores.statements.getIncludingTrash(id);
    if (!statement?.deletedAt || !(await this.debateVisible(actor, statement.debateId)))
      throw notInTrash('statement');
    // Those who may not see the statement learn nothing about it, not even that it exists.
    if (!can(actor, 'statement.readMeta', statementResource(statement)))
      throw notInTrash('statement');
    authorize(actor, 'statement.untrash', statementResource(statement));
    await this.restore(actor, 'statement', id, statement.debateId, (tx) =>
      tx.statements.untrash(id),
    );
    const restored = (await this.stores.statements.get(id))!;
    this.statements.emit('restored', restored);
    return restored;
  }

  async restoreReference(actor: Actor, id: string) {
    const reference = await this.stores.references.get(id, true);
    if (!reference?.deletedAt || !(await this.debateVisible(actor, reference.debateId)))
      throw notInTrash('reference');
    authorize(actor, 'reference.delete', {
      kind: 'reference',
      debateId: reference.debateId,
      uploadedBy: reference.uploadedBy,
    });
    await this.restore(actor, 'reference', id, reference.debateId, (tx) =>
      tx.references.untrash(id),
    );
    const { paragraphs: _p, footnotes: _f, ...restored } = reference;
    return { ...restored, deletedAt: null };
  }

  async restoreDebate(actor: Actor, id: string) {
    const debate = await this.stores.debates.getIncludingTrash(id);
    if (!debate?.deletedAt) throw notInTrash('debate');
    const organizerIds = await this.stores.debates.organizerIds(id);
    if (!can(actor, 'debate.restore', { kind: 'trashedDebate', debateId: id, organizerIds }))
      throw notInTrash('debate');
    await this.restore(actor, 'debate', id, id, (tx) => tx.debates.untrash(id));
    await this.debates.recheckEveryone(id);
    return (await this.stores.debates.get(id))!;
  }

  private async debateVisible(actor: Actor, debateId: string): Promise<boolean> {
    return this.debates.get(actor, debateId).then(
      () => true,
      () => false,
    );
  }

  private async restore(
    actor: Actor,
    subjectType: 'statement' | 'reference' | 'debate',
    subjectId: string,
    debateId: string,
    untrash: (tx: Stores) => Promise<boolean>,
  ): Promise<void> {
    const restored = await auditedChange(this.stores, untrash, (done) =>
      done
        ? {
            actorId: actor.user.id,
            action: `${subjectType}.restored`,
            debateId,
            subjectType,
            subjectId,
          }
        : null,
    );
    if (!restored) throw notInTrash(subjectType);
  }
}
