// Tells everyone in the debate about each step of the negotiation (the bell), and makes open
// editors of the outcome document reconnect when who may write it changes.
import type { NotificationKind, OutcomeRecord, Stores } from '@plenary/storage';
import type { AccessRevoker } from '../live/AccessRevoker.js';
import type { Logger } from '../logger.js';
import type { StatementService } from '../statements/StatementService.js';

export class OutcomeNotices {
  constructor(
    private readonly stores: Stores,
    private readonly statements: StatementService,
    private readonly revoker: AccessRevoker,
    private readonly logger: Logger,
  ) {}

  /** A notice to every participant but the actor (null: the system, e.g. a deadline passing). */
  async tell(
    outcome: OutcomeRecord,
    kind: Exclude<NotificationKind, 'mention'>,
    actorId: string,
    excerpt: string,
  ): Promise<void> {
    const userIds = (await this.stores.outcomes.participants(outcome.debateId)).filter(
      (id) => id !== actorId,
    );
    await this.stores.notifications.addNotice({
      userIds,
      kind,
      debateId: outcome.debateId,
      statementId: outcome.statementId,
      actorId,
      excerpt,
    });
    if (userIds.length > 0) this.statements.emit('notified', userIds);
  }

  rightsChanged(outcome: OutcomeRecord): void {
    this.revoker
      .recheckStatementEverywhere(outcome.statementId)
      .catch((err: unknown) =>
        this.logger.error({ err, outcomeId: outcome.id }, 'recheck of outcome editors failed'),
      );
  }
}
