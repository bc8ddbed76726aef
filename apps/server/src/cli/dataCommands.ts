import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { exportData, importData } from '@plenary/storage';
import { loadConfig } from '../config.js';
import { openStores } from '../openStores.js';

const describeStore = (config: ReturnType<typeof loadConfig>): string =>
  config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`;

/** `migrate`, `export-data` and `import-data`: schema and whole-installation moves. */
export function createDataCommands(): Command[] {
  const migrate = new Command('migrate')
    .description('apply the database schema (PostgreSQL with DATABASE_URL, else the SQLite file)')
    .action(async () => {
      const config = loadConfig();
      const stores = await openStores(config);
      await stores.close();
      process.stdout.write(`Schema is up to date in ${describeStore(config)}.\n`);
    });

  const exportCommand = new Command('export-data')
    .description('write every account, debate, statement and document to a JSON-lines file')
    .option('--out <file>', 'file to write (default: standard output)')
    .action(async (options: { out?: string }) => {
      const stores = await openStores(loadConfig());
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      try {
        for await (const line of exportData(stores)) {
          if (!out.write(`${line}\n`)) await once(out, 'drain');
        }
      } finally {
        await stores.close();
        if (options.out) out.end();
      }
    });

  const importCommand = new Command('import-data')
    .description('load an export into an empty store (all or nothing)')
    .option('--in <file>', 'file to read (default: standard input)')
    .action(async (options: { in?: string }) => {
      const config = loadConfig();
      const stores = await openStores(config);
      try {
        const input = options.in ? createReadStream(options.in) : process.stdin;
        // Iterate from the start: readline drops lines emitted before a consumer attaches.
        const iterator = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
        const counts = await importData(stores, { [Symbol.asyncIterator]: () => iterator });
        const summary = Object.entries(counts)
          .map(([table, n]) => `${table} ${n}`)
          .join(', ');
        process.stdout.write(`Imported into ${describeStore(config)}: ${summary || 'nothing'}.\n`);
      } finally {
        await stores.close();
      }
    });

  return [migrate, exportCommand, importCommand];
}
