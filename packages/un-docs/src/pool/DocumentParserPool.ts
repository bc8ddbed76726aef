// Reading and parsing uploads happens in worker threads, never on the server's event loop:
// each task has a memory cap, a time limit, and only a few run (or wait) at once. Whatever
// breaks a limit ends as a DocumentReadError with a clear message, never as a crash.
import type { Piscina } from 'piscina';
import type { ConceptNote } from '../conceptNotes/ConceptNote.js';
import { DocumentReadError } from '../errors/DocumentReadError.js';
import type { DocumentFormat } from '../readers/DocumentFormat.js';
import { tooComplex } from '../readers/limits.js';
import type { Report } from '../reports/Report.js';
import type { ParseOptions } from '../parseDocument.js';
import type { ParseOutcome, ParseTask } from './parseTask.js';

export interface ParserPoolOptions {
  /** Worker threads; the machine's other cores keep serving. */
  threads?: number;
  /** Uploads waiting for a worker before new ones are turned away. */
  maxQueue?: number;
  /** Per task. */
  timeoutMs?: number;
  /** Heap of one worker, in MiB. */
  maxHeapMb?: number;
}

export const PARSER_LIMITS = { threads: 2, maxQueue: 8, timeoutMs: 20_000, maxHeapMb: 256 };

export interface ParsedDocument {
  format: DocumentFormat;
  text: string;
  document: ConceptNote | Report;
}

// From TypeScript sources (development, tests) the worker needs the same loader as the
// parent; from the built package it is plain JavaScript.
const fromSource = import.meta.url.endsWith('.ts');

type Workers = Piscina<ParseTask, ParseOutcome>;

export class DocumentParserPool {
  /** Made on the first upload: the pool's library (≈ 8 MiB of RSS) is not loaded before. */
  private workers: Promise<Workers> | undefined;
  private readonly limits: typeof PARSER_LIMITS;

  constructor(options: ParserPoolOptions = {}) {
    this.limits = { ...PARSER_LIMITS, ...options };
  }

  private pool(): Promise<Workers> {
    const limits = this.limits;
    this.workers ??= import('piscina').then(
      ({ Piscina }) =>
        new Piscina<ParseTask, ParseOutcome>({
          filename: new URL(`./parseWorker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href,
          minThreads: 0,
          maxThreads: limits.threads,
          maxQueue: limits.maxQueue,
          idleTimeout: 30_000,
          resourceLimits: {
            maxOldGenerationSizeMb: limits.maxHeapMb,
            maxYoungGenerationSizeMb: 32,
            stackSizeMb: 4,
          },
          ...(fromSource ? { execArgv: ['--conditions=source', '--import', 'tsx'] } : {}),
        }),
    );
    return this.workers;
  }

  /** Reads and parses an upload; throws DocumentReadError for anything wrong with it. */
  async parse(
    bytes: Uint8Array,
    fileName?: string,
    maxBytes?: number,
    { asConceptNote = false }: ParseOptions = {},
  ): Promise<ParsedDocument> {
    const pool = await this.pool();
    if (pool.queueSize >= pool.options.maxQueue) throw busy();
    let outcome: ParseOutcome;
    try {
      outcome = await pool.run(
        { bytes, fileName, maxBytes, asConceptNote },
        { signal: AbortSignal.timeout(this.limits.timeoutMs) },
      );
    } catch (error) {
      // Timed out, out of memory, or the worker died: the file was too much to read.
      throw tooComplex(fileName, error);
    }
    if (!outcome.ok) throw new DocumentReadError(outcome.code, outcome.message);
    return { format: outcome.format, text: outcome.text, document: outcome.document };
  }

  async close(): Promise<void> {
    if (this.workers) await (await this.workers).destroy();
  }
}

function busy(): DocumentReadError {
  return new DocumentReadError(
    'document.busy',
    'Plenary is reading several documents right now. Wait a minute and upload the file again.',
  );
}
