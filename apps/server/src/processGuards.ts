// The process-level policy for errors nothing else caught: a rejected promise is logged with
// its context and the server carries on; an uncaught exception leaves the process in an
// unknown state, so it is logged and the server shuts down through the graceful path that
// stores and compacts every open document before exiting.
import type { Logger } from './logger.js';

/** How long the graceful shutdown may take after an uncaught exception before a hard exit. */
const SHUTDOWN_GRACE_MS = 15_000;

export interface GuardedServer {
  logger: Logger;
  close(): Promise<void>;
}

export function installProcessGuards(server: GuardedServer, exit = process.exit): () => void {
  let stopping = false;
  const onRejection = (reason: unknown): void => {
    server.logger.error({ err: reason }, 'unhandled promise rejection (the server carries on)');
  };
  const onException = (error: Error, origin: string): void => {
    server.logger.fatal({ err: error, origin }, 'uncaught exception: shutting down gracefully');
    if (stopping) return;
    stopping = true;
    setTimeout(() => exit(1), SHUTDOWN_GRACE_MS).unref();
    server.close().then(
      () => exit(1),
      (closeError: unknown) => {
        server.logger.error({ err: closeError }, 'graceful shutdown failed');
        exit(1);
      },
    );
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
