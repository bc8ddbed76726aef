// The registry of statements' collaborative rooms as the server runs it: its store, bus and
// limits from the configuration, what each room admits, and who hears when text is stored.
import { RoomRegistry, type RoomBus } from '@plenary/collab';
import type { Stores } from '@plenary/storage';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { ConnectionAttributions } from './ConnectionAttributions.js';
import { RefusalLog } from './RefusalLog.js';
import { repairOnLoad, statementAdmissions } from './statementAdmission.js';

/** A service told that a statement's text was stored; a rejected promise is logged. */
export interface TextListener {
  /** Ends the log line of a failure: "touch" gives "touch failed". */
  name: string;
  textChanged(statementId: string): Promise<void> | void;
}

export function statementRooms(
  config: Config,
  stores: Stores,
  bus: RoomBus | undefined,
  attributions: ConnectionAttributions,
  logger: Logger,
  /** Read at the first store, so services built after the registry can listen. */
  listeners: () => readonly TextListener[],
): RoomRegistry {
  let heard: readonly TextListener[] | undefined;
  const refusals = new RefusalLog((fields, message) => logger.warn(fields, message));
  return new RoomRegistry({
    store: stores.documents,
    bus,
    compactAfterUpdates: config.compactAfterUpdates,
    compactAfterBytes: config.compactAfterBytes,
    compactAfterMs: config.compactAfterMs,
    unloadAfterMs: config.unloadAfterMs,
    awarenessWindowMs: config.awarenessWindowMs,
    // Runs after every stored update: no allocation beyond the listeners' own.
    onStored: (statementId) => {
      heard ??= listeners();
      for (const listener of heard) {
        listener
          .textChanged(statementId)
          ?.catch((err: unknown) => logger.error({ err, statementId }, `${listener.name} failed`));
      }
    },
    onError: (err, context) => logger.error({ err, ...context }, 'collab room error'),
    onRefused: (refused) => refusals.record(refused),
    admission: statementAdmissions(attributions),
    onLoaded: (room) => repairOnLoad(room, logger),
  });
}
