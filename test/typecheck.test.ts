// The tests and the web app are type-checked as part of the test command: `pnpm build` checks
// the packages and the server (tsc -b) but not these two, which Vite and vitest only strip.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));

function typecheck(project: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsc, '-p', project, '--noEmit', '--pretty', 'false'],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe('type checking', () => {
  it.each(['test/tsconfig.json', 'apps/web/tsconfig.json'])(
    '%s has no type errors',
    async (project) => {
      const { code, output } = await typecheck(project);
      expect(output.trim(), output).toBe('');
      expect(code).toBe(0);
    },
    180_000,
  );
});
