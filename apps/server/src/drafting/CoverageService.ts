// Coverage of the discussion points and speaking time, per statement, from its Yjs text.
// Pushed (debounced) to the statement's room while people write.
import { EventEmitter } from 'node:events';
import type { RoomRegistry } from '@plenary/collab';
import { coverage, timingSummary } from '@plenary/drafting-metrics';
import type { StatementRecord, Stores } from '@plenary/storage';
import type { Actor } from '../auth/Actor.js';
import { can } from '../auth/policy.js';
import type { DebateService } from '../debates/DebateService.js';
import { QuietTimers } from '../collab/QuietTimers.js';
import type { Logger } from '../logger.js';
import { statementResource } from '../statements/statementResource.js';
import { statementModel } from '../statements/statementModel.js';
import { statementRate } from './statementRate.js';

export interface StatementCoverage {
  statementId: string;
  title: string;
  status: string;
  delegationIds: string[];
  points: { label: string; words: number; paragraphs: number }[];
  unaddressed: string[];
  unknownPoints: string[];
  /** Words, or characters for a Chinese statement (see `rate.unit`). */
  words: number;
  seconds: number;
  language: string;
  rate: { perMinute: number; unit: 'words' | 'characters' };
  limitMinutes: number | null;
  overSeconds: number | null;
  /** Point-tagged paragraphs (the template's sections) still empty, by point label. */
  emptySections: string[];
}

const PUSH_AFTER_MS = 2_000;

export class CoverageService extends EventEmitter<{ coverage: [summary: StatementCoverage] }> {
  /**
   * Whether anyone may be listening for a statement's pushes; unset, everyone may. With several
   * processes the listeners of a statement can be on any of them, so only a single process can
   * tell that a statement has none.
   */
  private audience: ((statementId: string) => boolean) | undefined;
  private readonly pauses = new QuietTimers(PUSH_AFTER_MS, (statementId) => {
    this.push(statementId).catch((err: unknown) =>
      this.logger?.error({ err, statementId }, 'coverage push failed'),
    );
  });

  constructor(
    private readonly stores: Stores,
    private readonly rooms: RoomRegistry,
    private readonly debates: DebateService,
    private readonly logger?: Logger,
  ) {
    super();
  }

  /** Coverage of every statement of the debate whose text the actor may read. */
  async forDebate(actor: Actor, debateId: string): Promise<StatementCoverage[]> {
    await this.debates.get(actor, debateId);
    const statements = await this.stores.statements.listByDebate(debateId);
    const readable = statements.filter((s) =>
      can(actor, 'statement.readText', statementResource(s)),
    );
    return Promise.all(readable.map((statement) => this.summarize(statement)));
  }

  /** How many suggestions are open in the statement's current text. */
  async openSuggestions(statement: StatementRecord): Promise<number> {
    const { statementNode, suggestionsIn } = await statementModel();
    return this.rooms.withRoom(statement.id, async (room) => {
      await room.flush();
      return suggestionsIn(statementNode(room.doc)).length;
    });
  }

  async summarize(statement: StatementRecord): Promise<StatementCoverage> {
    const { statementParagraphs } = await statementModel();
    const [points, debate, delegation, paragraphs] = await Promise.all([
      this.stores.points.list(statement.debateId),
      this.stores.debates.get(statement.debateId),
      this.stores.delegations.get(statement.delegationIds[0] ?? ''),
      // Read from the room's own document once every queued update is in, in one synchronous
      // pass: encoding it and applying the copy to a new document cost more than the reading
      // (a 90,000-character statement: milliseconds per push).
      this.rooms.withRoom(statement.id, async (room) => {
        await room.flush();
        return statementParagraphs(room.doc);
      }),
    ]);
    const covered = coverage(paragraphs, points.discussionPoints);
    const limitMinutes = debate?.speakingLimitMinutes ?? null;
    const rate = statementRate(statement, delegation);
    const timing = timingSummary(paragraphs, { wordsPerMinute: rate.perMinute, limitMinutes });
    return {
      statementId: statement.id,
      title: statement.title,
      status: statement.status,
      delegationIds: statement.delegationIds,
      points: covered.points.map((p) => ({
        label: p.label,
        words: p.words,
        paragraphs: p.paragraphIds.length,
      })),
      unaddressed: covered.unaddressed,
      unknownPoints: covered.unknown.map((u) => u.label),
      words: timing.words,
      seconds: timing.seconds,
      language: statement.language,
      rate,
      limitMinutes,
      overSeconds: timing.limit ? timing.limit.overSeconds : null,
      emptySections: paragraphs
        .filter((p) => p.text.trim() === '' && p.points.length > 0)
        .flatMap((p) => p.points),
    };
  }

  /** Called for every stored batch: recomputes once the typing pauses. */
  textChanged(statementId: string): void {
    this.pauses.changed(statementId);
  }

  /**
   * Pushes are computed only for statements `watched` says someone follows: with thousands of
   * statements edited at once (a benchmark's editors write as they connect), their pushes fell
   * due together and held up the edits behind them for 0.7 s, for nobody.
   */
  pushOnlyWhen(watched: (statementId: string) => boolean): void {
    this.audience = watched;
  }

  private async push(statementId: string): Promise<void> {
    if (this.audience && !this.audience(statementId)) return;
    const statement = await this.stores.statements.get(statementId);
    if (statement) this.emit('coverage', await this.summarize(statement));
  }

  dispose(): void {
    this.pauses.dispose();
  }
}
