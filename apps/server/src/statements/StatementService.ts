// Statement commands. Routes and socket handlers stay thin and call these.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { CloseCode, type RoomRegistry } from '@plenary/collab';
import type { StatementRecord, StatementRepository } from '@plenary/storage';
import { statementNotFound } from '../errors/AppError.js';

export interface StatementServiceEvents {
  updated: [statement: StatementRecord];
  deleted: [statementId: string];
}

/** How often a statement's `updatedAt` follows its text while someone types. */
const TOUCH_INTERVAL_MS = 5_000;

export class StatementService extends EventEmitter<StatementServiceEvents> {
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly statements: StatementRepository,
    private readonly rooms: RoomRegistry,
  ) {
    super();
  }

  list(): Promise<StatementRecord[]> {
    return this.statements.list();
  }

  async get(id: string): Promise<StatementRecord> {
    const statement = await this.statements.get(id);
    if (!statement) throw statementNotFound(id);
    return statement;
  }

  exists(id: string): Promise<boolean> {
    return this.statements.get(id).then(Boolean);
  }

  create(title: string): Promise<StatementRecord> {
    return this.statements.create({ id: randomBytes(9).toString('base64url'), title });
  }

  async rename(id: string, title: string): Promise<StatementRecord> {
    const statement = await this.statements.rename(id, title);
    if (!statement) throw statementNotFound(id);
    this.emit('updated', statement);
    return statement;
  }

  async remove(id: string): Promise<void> {
    await this.get(id);
    // Close editors first so no update is stored after the text is removed.
    await this.rooms.evict(id, CloseCode.StatementDeleted);
    await this.statements.remove(id);
    this.lastTouched.delete(id);
    this.emit('deleted', id);
  }

  /** Called for every stored update; throttled so typing does not rewrite the row each keystroke. */
  async textChanged(id: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastTouched.get(id) ?? 0) < TOUCH_INTERVAL_MS) return;
    this.lastTouched.set(id, now);
    await this.statements.touch(id);
  }
}
