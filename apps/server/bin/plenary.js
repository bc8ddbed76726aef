#!/usr/bin/env node
// The `plenary` command. A file that exists before the first build, so installing the
// workspace can link it (the compiled CLI in dist/ does not exist yet at that point).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('Plenary is not built yet: run "pnpm build" in the repository first.\n');
  process.exit(1);
}
await import(cli.href);
