import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { exportData, importData, migrationStatus } from '@plenary/storage';
import { loadConfig } from '../config.js';
import { describeStore } from '../describeStore.js';
import { openStores } from '../openStores.js';

/** `migrate`, `export-data` and `import-data`: schema and whole-installation moves. */
export function createDataCommands(): Command[] {
  const migrate = new Command('migrate')
    .description('apply the database schema (PostgreSQL with DATABASE_URL, else the SQLite file)')
    .action(async () => {
      const config = loadConfig();
      const started = new Date();
      // Opening the store applies whatever is pending; the status then tells which ran now.
      const stores = await openStores(config);
      try {
        const migrations = await migrationStatus(stores.db, stores.dialect, config.databaseSchema);
        process.stdout.write(describeMigrations(migrations, started, describeStore(config)));
      } finally {
        await stores.close();
      }
    });

  const exportCommand = new Command('export-data')
    .description('write every account, debate, statement and document to a JSON-lines file')
    .option('--out <file>', 'file to write (default: standard output)')
    .action(async (options: { out?: string }) => {
      const config = loadConfig();
      const stores = await openStores(config);
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      let rows = -1; // the first line is the header, not a row
      try {
        for await (const line of exportData(stores)) {
          rows += 1;
          if (!out.write(`${line}\n`)) await once(out, 'drain');
        }
      } finally {
        await stores.close();
        if (options.out) out.end();
      }
      if (options.out) await once(out, 'finish');
      // On stderr: standard output may be the export itself.
      process.stderr.write(
        `Exported ${rows} rows from ${describeStore(config)} to ${options.out ?? 'standard output'}.\n`,
      );
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

function describeMigrations(
  migrations: { name: string; executedAt: Date | undefined }[],
  started: Date,
  store: string,
): string {
  // Timestamps come from the database clock; a second of slack covers small skews.
  const appliedNow = migrations.filter(
    (m) => m.executedAt && m.executedAt.getTime() >= started.getTime() - 1000,
  );
  if (appliedNow.length === 0) {
    return `Schema is up to date in ${store} (${migrations.length} migrations, none pending).\n`;
  }
  const names = appliedNow.map((m) => `  ${m.name}\n`).join('');
  return `Applied ${appliedNow.length} migration(s) to ${store}:\n${names}`;
}
