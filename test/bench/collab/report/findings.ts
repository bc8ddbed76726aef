// "Findings", computed from the run: which goals were met or missed and by how much, where
// the server's time went (the profile's top entries), and how loaded the machine was.
import type { BenchResults } from './BenchResults.js';
import type { Goal } from './goals.js';
import { pct } from './reportFormat.js';

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
