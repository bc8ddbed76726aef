// After a crash (kill -9, a power cut) each statement edited since its last compaction has a
// log of a snapshot and the rows stored after it. Its first open would replay those rows and
// encode the document again for the reply, where an open after a graceful stop sends the one
// stored snapshot as read: 84 ms against 44 ms for the 90,000-character benchmark statement
// (docs/performance.md). An embedded start therefore compacts those logs before it listens,
// the most recently written first, for at most a time budget; a log it does not reach is
// compacted when its statement is next opened, as before. Only the embedded store: it has one
// process, so nobody is editing yet. In scaled mode the other processes hold and compact the
// rooms they serve, and a start would only compete with them.
import type { DocumentLog } from '@plenary/storage';
import type { Logger } from '../logger.js';

export interface StartCompaction {
  /** Logs compacted into one snapshot. */
  compacted: number;
  /** Logs not reached within the budget, or that could not be compacted. */
  left: number;
  ms: number;
}

export async function compactCrashLogs(
  log: Pick<DocumentLog, 'uncompacted' | 'compact'>,
  budgetMs: number,
  logger: Logger,
): Promise<StartCompaction> {
  const started = performance.now();
  const ids = budgetMs > 0 ? await log.uncompacted() : [];
  let compacted = 0;
  for (const documentId of ids) {
    if (performance.now() - started >= budgetMs) break;
    try {
      await log.compact(documentId);
      compacted += 1;
    } catch (err) {
      // That statement still opens from its log (and repairs or reports itself there); the
      // start goes on.
      logger.warn({ err, documentId }, 'could not compact a log left by a crash');
    }
  }
  const result = { compacted, left: ids.length - compacted, ms: performance.now() - started };
  if (ids.length > 0)
    logger.info(
      { ...result, ms: Math.round(result.ms) },
      'compacted the statement logs a crash left before listening',
    );
  return result;
}
