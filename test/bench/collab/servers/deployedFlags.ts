// The node flags a server runs with as deployed. Plenary's are those of the `plenary` script in
// the root package.json, which `pnpm start` and `pnpm plenary serve` run (the Dockerfile and the
// compose file start it with the same; test/deployFiles.test.ts holds them to it). The peers run
// as their own documentation starts them: plain `node`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, type ServerKind } from '../benchOptions.js';

let plenaryFlags: string[] | undefined;

export function deployedNodeFlags(kind: ServerKind): string[] {
  if (kind !== 'plenary') return [];
  // Read once per run: every cell starts a server.
  plenaryFlags ??= nodeFlagsOf(plenaryScript());
  return plenaryFlags;
}

function plenaryScript(): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return manifest.scripts.plenary ?? '';
}

/** The options between `node` and the script in a command: `node --a --b x.js` → `--a --b`. */
export function nodeFlagsOf(command: string | readonly string[]): string[] {
  const words = typeof command === 'string' ? command.trim().split(/\s+/) : [...command];
  if (words[0] !== 'node') return [];
  const script = words.findIndex((word, i) => i > 0 && !word.startsWith('-'));
  return words.slice(1, script === -1 ? words.length : script);
}
