import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function plenary(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'apps/server/src/cli.ts', ...args],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('plenary parse', () => {
  it('prints a concept note in the documented JSON shape', async () => {
    const { code, stdout } = await plenary(
      'parse',
      'apps/server/samples/000_c04e87125c8fdf9b.txt',
      '--json',
    );
    expect(code).toBe(0);
    const note = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(note).sort()).toEqual(
      [
        'kind',
        'symbol',
        'theme',
        'body',
        'meetingDate',
        'meetingTime',
        'presidency',
        'convener',
        'format',
        'objectives',
        'discussionPoints',
        'speakingLimitMinutes',
        'submission',
        'expectedOutcome',
        'confidence',
        'sources',
        'missing',
        'notice',
      ].sort(),
    );
    expect(note).toMatchObject({
      kind: 'concept-note',
      meetingDate: '2021-04-19',
      presidency: 'Viet Nam',
      convener: null,
    });
  });

  it('prints the convener of a meeting not held under the Council presidency', async () => {
    const { code, stdout } = await plenary(
      'parse',
      'packages/un-docs/fixtures/corpus/arria-wiki-subbullets.md',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('presidency: —; convener: Estonia and Niger');
  });

  it('prints a report with its numbered paragraphs', async () => {
    const { code, stdout } = await plenary(
      'parse',
      'apps/server/samples/001_ab5ec06419877e47.txt',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { kind: string; paragraphs: { number: number }[] };
    expect(report.kind).toBe('report');
    expect(report.paragraphs.map((p) => p.number)).toEqual(
      Array.from({ length: 101 }, (_, i) => i + 1),
    );
  });

  it('explains a file it cannot read, with a non-zero exit', async () => {
    const { code, stderr } = await plenary(
      'parse',
      'apps/server/samples/003_4e2620be06bd6a9f.txt',
      '--json',
    );
    expect(code).toBe(1);
    expect(stderr).toContain('document.no_structure');
  });

  it('reads a report as a concept note with --as-note, every field to check', async () => {
    const { code, stdout } = await plenary(
      'parse',
      'apps/server/samples/001_ab5ec06419877e47.txt',
      '--as-note',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Concept note /);
    expect(stdout).toContain('it was read as one because you asked');
  });
});
