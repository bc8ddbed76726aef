// The benchmarked servers start from JavaScript, as a deployed server does: the launcher and the
// few local modules it loads are transpiled once per run (types stripped, no type check) into
// test/node_modules/.cache/bench-launcher/, so that no server process carries the TypeScript
// loader, whose hooks thread and esbuild child would otherwise run beside every server.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../benchOptions.js';

const SOURCE = join(repoRoot, 'test/bench/collab/servers/launchServer.ts');
const SOURCE_ROOT = join(repoRoot, 'test/bench/collab');
// Inside test/, so that the launcher resolves the same packages (the peers, @plenary/server)
// as it does from its source folder.
const OUT_ROOT = join(repoRoot, 'test/node_modules/.cache/bench-launcher');

// Relative imports, static or dynamic, written with their .js extension as the sources do.
const LOCAL_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)\.js'/g;

let compiled: string | undefined;

/** The launcher's JavaScript entry; transpiled on the first call of a run. */
export function compiledLauncher(): string {
  compiled ??= transpileFrom(SOURCE);
  return compiled;
}

function transpileFrom(entry: string): string {
  mkdirSync(OUT_ROOT, { recursive: true });
  // Without a package.json of its own, a folder under node_modules is read as CommonJS.
  writeAtomically(join(OUT_ROOT, 'package.json'), '{ "type": "module" }\n');
  const pending = [entry];
  const done = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (done.has(file)) continue;
    done.add(file);
    const source = readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const out = outputPath(file);
    mkdirSync(dirname(out), { recursive: true });
    writeAtomically(out, outputText);
    // Type-only imports are gone from the output; follow what it still loads.
    for (const match of outputText.matchAll(LOCAL_IMPORT))
      pending.push(resolve(dirname(file), `${match[1]}.ts`));
  }
  return outputPath(entry);
}

function outputPath(source: string): string {
  return join(OUT_ROOT, relative(SOURCE_ROOT, source).replace(/\.ts$/, '.js'));
}

/** Another run (a soak beside a benchmark) may be starting a server from the same file. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
