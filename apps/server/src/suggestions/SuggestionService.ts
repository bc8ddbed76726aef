// Accepting and rejecting suggestions for drafters. Done on the server so that the decision
// is one stored change, recorded in the statement's history, whatever client made it.
import type { RoomRegistry } from '@plenary/collab';
import type { Suggestion } from '@plenary/statement-model';
import type { Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { statementModel } from '../statements/statementModel.js';
import { statementResource } from '../statements/statementResource.js';
import type { StatementService } from '../statements/StatementService.js';
import type { VersionService } from '../versions/VersionService.js';

export interface SuggestionDecisionInput {
  decision: 'accept' | 'reject';
  /** These suggestions; or, without ids, all of them (of one author when `authorId` is set). */
  ids?: string[];
  authorId?: string;
}

export class SuggestionService {
  constructor(
    private readonly stores: Stores,
    private readonly rooms: RoomRegistry,
    private readonly statements: StatementService,
    private readonly versions: VersionService,
  ) {}

  /** The open suggestions of a statement, in the order of the text. */
  async list(actor: Actor, statementId: string): Promise<Suggestion[]> {
    const statement = await this.statements.workspace(actor, statementId);
    const { statementNode, suggestionsIn } = await statementModel();
    const state = await this.rooms.withRoom(statement.id, async (room) => {
      await room.flush();
      return statementNode(room.doc);
    });
    return suggestionsIn(state);
  }

  async decide(
    actor: Actor,
    statementId: string,
    input: SuggestionDecisionInput,
  ): Promise<{ count: number }> {
    const statement = await this.statements.readable(actor, statementId);
    authorize(actor, 'statement.editText', statementResource(statement));
    const ids = input.ids && new Set(input.ids);
    const chosen = (suggestion: Suggestion): boolean =>
      (!ids || ids.has(suggestion.id)) &&
      (!input.authorId || suggestion.authorId === input.authorId);
    const many = !ids || ids.size > 1;
    if (many) {
      // Settling many at once is one click: the text before stays a version to go back to.
      const verb = input.decision === 'accept' ? 'accepting' : 'rejecting';
      await this.versions.take(statement, 'auto', `Before ${verb} suggestions`, actor.user.id);
    }
    let count = 0;
    const { settleStatement } = await statementModel();
    await this.rooms.withRoom(statement.id, (room) =>
      room.applyChange((doc) => {
        count = settleStatement(doc, input.decision, chosen);
      }),
    );
    if (count > 0) {
      await this.stores.audit.record({
        actorId: actor.user.id,
        action: input.decision === 'accept' ? 'suggestions.accepted' : 'suggestions.rejected',
        debateId: statement.debateId,
        subjectType: 'statement',
        subjectId: statement.id,
        data: { count, ...(input.authorId ? { authorId: input.authorId } : {}) },
      });
    }
    return { count };
  }
}
