// "Findings", computed from the run: which goals were met or missed and by how much, where
// the server's time went (the profile's top entries), how loaded the machine was, and for each
// latency goal not plainly met, whether the server or the load generators paused.
import type { ServerKind } from '../benchOptions.js';
import type { BenchResults } from './BenchResults.js';
import { documentCounts, documentsCell, editorCounts, editorsCell } from './cells.js';
import type { Goal } from './goals.js';
import { pausedBy, pausesText, type Pauses } from './pauses.js';
import { fmt, pct } from './reportFormat.js';
import type { Spread } from './spread.js';

export function findings(results: BenchResults, list: Goal[]): string {
  const lines: string[] = [];
  const by = (prefix: string) => list.filter((g) => g.verdict.startsWith(prefix));
  const named = (goals: Goal[]) =>
    goals
      .map(
        (g) => `${g.goal} (${g.plenary}${g.ratio === undefined ? '' : `, ${g.ratio.toFixed(2)}×`})`,
      )
      .join('; ');
  const met = by('met');
  const missed = by('missed');
  const noisy = list.filter((g) => g.verdict.endsWith('within noise'));
  lines.push(
    `- **Goals**: ${met.length} met, ${missed.length} missed, ${list.length - met.length - missed.length} not measured in this run.`,
  );
  if (missed.length) lines.push(`- **Missed**: ${named(missed)}.`);
  if (noisy.length)
    lines.push(
      `- **Within noise** (the repeats' ranges overlap, so another run could decide either way): ${noisy.map((g) => g.goal).join('; ')}.`,
    );
  lines.push(...pauseFindings(results, list));
  const busiest = [...results.stamps].sort(
    (a, b) => b.loadBefore + b.loadAfter - (a.loadBefore + a.loadAfter),
  )[0];
  if (busiest) {
    const load = Math.max(busiest.loadBefore, busiest.loadAfter);
    lines.push(
      `- **Machine load**: the busiest scenario was ${busiest.scenario} (repeat ${busiest.repeat + 1}), load average up to ${load.toFixed(1)} on ${busiest.cores} cores${load > busiest.cores ? ': more work than cores, so its latency cells measure the machine as much as the servers' : ''}.`,
    );
  }
  const merged = results.stamps.filter((s) => s.mergedFrom);
  if (merged.length)
    lines.push(
      `- **Merged**: ${[...new Set(merged.map((s) => s.scenario))].join(', ')} come from an earlier run (${[...new Set(merged.map((s) => s.mergedFrom))].join(', ')}), not from this one.`,
    );
  const profile = results.profile?.summary;
  if (profile) {
    const top = profile.functions.slice(0, 3).map((f) => `\`${f.name}\` ${pct(100 * f.share)}`);
    const packages = profile.packages.slice(0, 3).map((p) => `${p.name} ${pct(100 * p.share)}`);
    lines.push(
      `- **Where Plenary's time went** (${results.profile?.editors} editors, CPU profile): by package ${packages.join(', ')}; top functions ${top.join(', ')}.`,
    );
  }
  return `## Findings\n\nComputed from this run's data. What to do about them is in [performance.md](performance.md), written by hand.\n\n${lines.join('\n')}`;
}

const NAMES: Partial<Record<ServerKind, string>> = {
  plenary: 'Plenary',
  hocuspocus: 'Hocuspocus',
  ywebsocket: 'y-websocket',
};

/** For each latency goal not plainly met: each server's p99 beside its and its clients' pauses. */
function pauseFindings(results: BenchResults, list: Goal[]): string[] {
  const cells: Array<{ goal?: Goal; label: string; cells: Array<[ServerKind, Spread?, Pauses?]> }> =
    [];
  const has = (server: ServerKind) => results.options.servers.includes(server);
  for (const n of editorCounts(results).filter((x) => [10, 50, 100].includes(x))) {
    cells.push({
      goal: list.find((g) => g.goal.startsWith(`p99 propagation at ${n} editors`)),
      label: `p99 at ${n} editors`,
      cells: (['plenary', 'hocuspocus'] as const).filter(has).map((server) => {
        const c = editorsCell(results, server, n);
        return [server, c.p99, c.pauses];
      }),
    });
  }
  const d = Math.max(0, ...documentCounts(results));
  if (d > 0)
    cells.push({
      goal: list.find((g) => g.goal.startsWith(`${d.toLocaleString('en')} statements: p99`)),
      label: `p99 with ${d.toLocaleString('en')} statements`,
      cells: (['plenary', 'ywebsocket'] as const).filter(has).map((server) => {
        const c = documentsCell(results, server, d);
        return [server, c.p99, c.pauses];
      }),
    });
  return cells
    .filter(
      (entry) =>
        entry.goal && entry.goal.verdict !== 'met' && entry.goal.verdict !== 'not measured',
    )
    .map((entry) => {
      const parts = entry.cells.map(([server, p99, pauses]) => {
        if (!p99 || !pauses) return `${NAMES[server]}: not measured`;
        return `${NAMES[server]} ${fmt(p99, 'ms')}, event-loop delay p99 / longest: ${pausesText(pauses)}; paused as long as the p99: ${pausedBy(p99, pauses)}`;
      });
      return `- **Pauses behind the ${entry.label}** (${entry.goal?.verdict}): ${parts.join('. ')}.`;
    });
}
