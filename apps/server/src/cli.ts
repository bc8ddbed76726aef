#!/usr/bin/env node
// The `plenary` command: serve, admin, parse, repair-statement, migrate, export-data, import-data.
import { Command } from 'commander';
import { createAdminCommand } from './cli/adminCommand.js';
import { createDataCommands } from './cli/dataCommands.js';
import { createParseCommand } from './cli/parseCommand.js';
import { createRepairCommand } from './cli/repairCommand.js';
import { ConfigError, loadConfig } from './config.js';
import { PlenaryServer } from './PlenaryServer.js';
import { installProcessGuards } from './processGuards.js';
import { version } from './version.js';

const program = new Command('plenary')
  .version(version)
  .description('Plenary collaborative drafting server');

program
  .command('serve')
  .description('start the server (web app, API, socket.io and collab endpoint on one port)')
  .option('-p, --port <port>', 'port to listen on (overrides PORT)')
  .option('-d, --data-dir <dir>', 'data directory (overrides DATA_DIR)')
  .action(async (options: { port?: string; dataDir?: string }) => {
    const env = { ...process.env };
    if (options.port !== undefined) env.PORT = options.port;
    if (options.dataDir !== undefined) env.DATA_DIR = options.dataDir;
    const server = await PlenaryServer.create(loadConfig(env));
    installProcessGuards(server);
    const stop = (signal: string): void => {
      server.logger.info({ signal }, 'shutting down');
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          server.logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    await server.listen();
  });

program.addCommand(createAdminCommand());
program.addCommand(createParseCommand());
program.addCommand(createRepairCommand());
for (const command of createDataCommands()) program.addCommand(command);

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`${describeFailure(error)}\n`);
  process.exit(1);
});

/** The error and each cause under it ("… could not run: connect ECONNREFUSED …"). */
function describeFailure(error: unknown): string {
  if (error instanceof ConfigError || !(error instanceof Error))
    return String(error instanceof Error ? error.message : error);
  const lines = [error.message];
  for (let cause = error.cause, depth = 0; cause !== undefined && depth < 5; depth += 1) {
    const message = cause instanceof Error ? cause.message : String(cause);
    if (!lines.some((line) => line.includes(message))) lines.push(`  caused by: ${message}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return lines.join('\n');
}
