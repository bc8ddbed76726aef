// The deployment example in docs/deploy/: there is no Docker engine in CI, so the files are
// checked statically — the Dockerfile linted, the build context trimmed, compose buildable.
import { readFileSync } from 'node:fs';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { nodeFlagsOf } from './bench/collab/servers/deployedFlags.js';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('deployment files', () => {
  it('has a Dockerfile without lint problems, running as a non-root user with a health check', () => {
    const dockerfile = read('docs/deploy/Dockerfile');
    const problems = validate(dockerfile, {
      instructionCasing: 2,
      instructionJSONInSingleQuotes: 2,
      emptyContinuationLine: 2,
    }).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
    expect(problems).toEqual([]);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/api\/health/m);
    expect(dockerfile).toContain('pnpm install --frozen-lockfile');
    // The pnpm the image installs is the one the repository pins.
    const pinned = (JSON.parse(read('package.json')) as { packageManager: string }).packageManager;
    expect(dockerfile).toContain(`npm install -g ${pinned}`);
  });

  it('keeps dependencies, builds, data and test output out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.git', '**/node_modules', '**/dist', 'data', 'test-results', '*.sqlite'])
      expect(ignored).toContain(entry);
  });

  it('builds the image the compose file runs, with the command written beside it', () => {
    const compose = read('docs/deploy/docker-compose.yml');
    expect(compose).toContain('docker compose -f docs/deploy/docker-compose.yml build');
    expect(compose).toMatch(
      /build:\n\s+context: \.\.\/\.\.\n\s+dockerfile: docs\/deploy\/Dockerfile/,
    );
  });

  it('starts the server with the node flags of the `plenary` script wherever it starts it', () => {
    const script = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
      .plenary;
    const flags = nodeFlagsOf(script ?? '');
    expect(flags).toContain('--no-memory-reducer');
    const cmd = /^CMD (\[.*\])$/m.exec(read('docs/deploy/Dockerfile'))?.[1] ?? '[]';
    expect(nodeFlagsOf(JSON.parse(cmd) as string[])).toEqual(flags);
    const serve = /command: (\[.*'serve'\])/.exec(read('docs/deploy/docker-compose.yml'))?.[1];
    expect(nodeFlagsOf(JSON.parse((serve ?? '[]').replaceAll("'", '"')) as string[])).toEqual(
      flags,
    );
  });
});
