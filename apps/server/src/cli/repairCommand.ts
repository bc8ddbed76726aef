// `plenary repair-statement ID`: flattens a statement stored before the nesting limit, as an
// ordinary stored change. The server also does this when it opens such a statement; the
// command is for repairing (or checking) one without opening it.
import { Command } from 'commander';
import { applyStoredUpdates } from '@plenary/collab';
import {
  flattenDeepNesting,
  STATEMENT_LIMITS,
  statementDepth,
} from '@plenary/statement-model/document';
import * as Y from 'yjs';
import { loadConfig } from '../config.js';
import { openStores } from '../openStores.js';

export function createRepairCommand(): Command {
  return (
    new Command('repair-statement')
      .description(`flatten a statement nested deeper than ${STATEMENT_LIMITS.maxDepth} levels`)
      .argument('<id>', 'the statement id')
      // Statement ids are base64url and may begin with '-': taken as the id, not as an option.
      .allowUnknownOption()
      .action(async (id: string) => {
        const stores = await openStores(loadConfig());
        try {
          if (!(await stores.statements.get(id))) {
            process.exitCode = 1;
            process.stderr.write(`No statement ${id}. Check the id in the statement's address.\n`);
            return;
          }
          const doc = new Y.Doc();
          applyStoredUpdates(doc, await stores.documents.load(id));
          const depth = statementDepth(doc);
          if (depth <= STATEMENT_LIMITS.maxDepth) {
            process.stdout.write(
              `Statement ${id} is nested ${depth} levels deep: nothing to repair.\n`,
            );
            return;
          }
          const updates: Uint8Array[] = [];
          doc.on('update', (update: Uint8Array) => updates.push(update));
          flattenDeepNesting(doc);
          for (const update of updates) await stores.documents.append(id, update);
          process.stdout.write(
            `Statement ${id} was nested ${depth} levels deep; what lay deeper than ${STATEMENT_LIMITS.maxDepth} is now plain paragraphs (${statementDepth(doc)} levels). Editors open it as usual.\n`,
          );
        } finally {
          await stores.close();
        }
      })
  );
}
