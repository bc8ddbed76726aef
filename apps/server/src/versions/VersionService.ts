// Named and automatic versions of a statement (full Yjs state + plain text), the redline
// between two texts, and restoring a version as a new change on top.
import { randomBytes } from 'node:crypto';
import { localDoc, type RoomRegistry } from '@plenary/collab';
import type { StatementRecord, Stores, VersionKind, VersionRecord } from '@plenary/storage';
import { diffWordsWithSpace } from 'diff';
import * as Y from 'yjs';
import type { Actor } from '../auth/Actor.js';
import { authorize } from '../auth/authorize.js';
import { AppError } from '../errors/AppError.js';
import { QuietTimers } from '../collab/QuietTimers.js';
import type { Logger } from '../logger.js';
import { statementResource } from '../statements/statementResource.js';
import type { StatementService } from '../statements/StatementService.js';
import { statementModel } from '../statements/statementModel.js';

export interface RedlinePart {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

/** After this long without edits, an automatic version is taken (if the text changed). */
const AUTO_VERSION_AFTER_MS = 2 * 60 * 1000;

const versionNotFound = (): AppError =>
  new AppError(
    'version.not_found',
    404,
    'This version does not exist, or you do not have access to it.',
  );

export class VersionService {
  private readonly idle: QuietTimers;

  constructor(
    private readonly stores: Stores,
    private readonly rooms: RoomRegistry,
    private readonly statements: StatementService,
    autoVersionAfterMs = AUTO_VERSION_AFTER_MS,
    private readonly logger?: Logger,
  ) {
    this.idle = new QuietTimers(autoVersionAfterMs, (statementId) => {
      this.autoVersion(statementId).catch((err: unknown) =>
        this.logger?.error({ err, statementId }, 'automatic version failed'),
      );
    });
  }

  async list(actor: Actor, statementId: string): Promise<VersionRecord[]> {
    await this.readable(actor, statementId);
    return this.stores.versions.list(statementId);
  }

  async get(actor: Actor, versionId: string): Promise<VersionRecord> {
    const version = await this.stores.versions.get(versionId);
    if (!version) throw versionNotFound();
    await this.readable(actor, version.statementId).catch(() => {
      throw versionNotFound();
    });
    return version;
  }

  async createNamed(actor: Actor, statementId: string, name: string): Promise<VersionRecord> {
    const statement = await this.readable(actor, statementId);
    authorize(actor, 'statement.version', statementResource(statement));
    return this.take(statement, 'named', name, actor.user.id);
  }

  /** Word-by-word redline from one version to another version or to the current text. */
  async redline(actor: Actor, versionId: string, against: string): Promise<RedlinePart[]> {
    const version = await this.get(actor, versionId);
    const newer =
      against === 'current'
        ? await this.currentText(version.statementId)
        : (await this.get(actor, against)).text;
    return diffWordsWithSpace(version.text, newer).map((part) => ({
      kind: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
      text: part.value,
    }));
  }

  /** Brings the version's text back as edits on top; the text before is kept as a version. */
  async restore(actor: Actor, versionId: string): Promise<VersionRecord> {
    const version = await this.get(actor, versionId);
    const statement = await this.readable(actor, version.statementId);
    authorize(actor, 'statement.restore', statementResource(statement));
    const state = await this.stores.versions.state(versionId);
    if (!state) throw versionNotFound();
    await this.take(statement, 'restore', `Before restoring “${version.name}”`, actor.user.id);
    const { restoreStatement } = await statementModel();
    await this.rooms.withRoom(statement.id, (room) =>
      room.applyChange((doc) => restoreStatement(doc, state)),
    );
    await this.stores.audit.record({
      actorId: actor.user.id,
      action: 'version.restored',
      debateId: statement.debateId,
      subjectType: 'statement',
      subjectId: statement.id,
      data: { versionId, name: version.name },
    });
    return version;
  }

  /** Takes a version of the statement's current text (after every queued update). */
  async take(
    statement: StatementRecord,
    kind: VersionKind,
    name: string,
    userId: string | null,
  ): Promise<VersionRecord> {
    const state = await this.rooms.withRoom(statement.id, (room) => room.snapshot());
    const { statementText } = await statementModel();
    const doc = localDoc(statement.id);
    Y.applyUpdate(doc, state);
    const id = randomBytes(9).toString('base64url');
    await this.stores.versions.create({
      id,
      statement_id: statement.id,
      revision: statement.revision,
      kind,
      name,
      state,
      text: statementText(doc),
      created_by: userId,
    });
    doc.destroy();
    return (await this.stores.versions.get(id))!;
  }

  /** Called for every stored batch: schedules an automatic version after a pause. */
  textChanged(statementId: string): void {
    this.idle.changed(statementId);
  }

  private async autoVersion(statementId: string): Promise<void> {
    const statement = await this.stores.statements.get(statementId);
    if (!statement) return;
    const text = await this.currentText(statementId);
    if (text !== (await this.stores.versions.latestText(statementId))) {
      await this.take(statement, 'auto', 'Automatic version after editing', null);
    }
  }

  private async currentText(statementId: string): Promise<string> {
    const state = await this.rooms.withRoom(statementId, (room) => room.snapshot());
    const { statementText } = await statementModel();
    const doc = localDoc(statementId);
    Y.applyUpdate(doc, state);
    const text = statementText(doc);
    doc.destroy();
    return text;
  }

  private readable(actor: Actor, statementId: string): Promise<StatementRecord> {
    return this.statements.workspace(actor, statementId);
  }

  dispose(): void {
    this.idle.dispose();
  }
}
