// The goals of issue 20, judged on this run's data: medians of the repeats, "within noise"
// when the ranges overlap. Every figure here comes from the results, none is written by hand.
import type { ServerKind } from '../benchOptions.js';
import type { BenchResults } from './BenchResults.js';
import {
  burst,
  coldCell,
  deployedIdleCollected,
  deployedIdleRss,
  documentCounts,
  documentsCell,
  editorsCell,
  idleRss,
} from './cells.js';
import { fmt } from './reportFormat.js';
import { scaled, verdict, verdictAgainst, type Spread, type Verdict } from './spread.js';

export interface Goal {
  goal: string;
  plenary: string;
  reference: string;
  /** Plenary's median over the reference's median, when there is a reference. */
  ratio?: number;
  verdict: Verdict;
}

const ratioOf = (a?: Spread, b?: Spread): number | undefined =>
  a && b && b.median > 0 ? a.median / b.median : undefined;

function against(
  goal: string,
  plenary: Spread | undefined,
  reference: Spread | undefined,
  referenceName: string,
  factor: number,
  unit: string,
  higherIsBetter = false,
): Goal {
  return {
    goal,
    plenary: fmt(plenary, unit),
    reference: reference
      ? `${referenceName} ${fmt(reference, unit)}`
      : `${referenceName}: not measured`,
    ratio: ratioOf(plenary, reference),
    verdict: verdict(plenary, reference && scaled(reference, factor), higherIsBetter),
  };
}

/** Worst of several verdicts (each N must meet the goal). */
function worst(verdicts: Verdict[]): Verdict {
  const order: Verdict[] = [
    'not measured',
    'missed',
    'missed, within noise',
    'met, within noise',
    'met',
  ];
  return verdicts.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? 'not measured';
}

export function goals(results: BenchResults): Goal[] {
  const list: Goal[] = [];
  const has = (server: ServerKind): boolean => results.options.servers.includes(server);
  list.push(
    against(
      'Throughput with durability: end-to-end updates/s ≥ 1.0 × Hocuspocus',
      burst(results, 'plenary'),
      has('hocuspocus') ? burst(results, 'hocuspocus') : undefined,
      'Hocuspocus',
      1.0,
      'updates/s',
      true,
    ),
  );
  const editorNs = [10, 50, 100].filter((n) =>
    results.repeats.some((run) => run.editors.some((r) => r.editors === n)),
  );
  for (const n of [50, 100].filter((x) => editorNs.includes(x))) {
    list.push(
      against(
        `CPU per delivered update at ${n} editors ≤ 1.1 × y-websocket`,
        editorsCell(results, 'plenary', n).cpuPerDelivery,
        has('ywebsocket') ? editorsCell(results, 'ywebsocket', n).cpuPerDelivery : undefined,
        'y-websocket',
        1.1,
        'µs',
      ),
    );
  }
  for (const n of editorNs) list.push(p99EachRepeat(results, n));
  const cold = coldCell(results, 'plenary');
  list.push({
    goal: `Cold open ≤ 50 ms after kill -9 (${cold.chars?.toLocaleString('en') ?? '?'} characters)`,
    plenary: fmt(cold.afterKill, 'ms'),
    reference: `Hocuspocus ${fmt(coldCell(results, 'hocuspocus').afterStop, 'ms')}`,
    verdict: verdictAgainst(cold.afterKill, 50),
  });
  list.push({
    goal: 'Cold open ≤ 50 ms after a graceful stop',
    plenary: fmt(cold.afterStop, 'ms'),
    reference: `Hocuspocus ${fmt(coldCell(results, 'hocuspocus').afterStop, 'ms')}`,
    verdict: verdictAgainst(cold.afterStop, 50),
  });
  const d = Math.max(0, ...documentCounts(results));
  if (d > 0) {
    const plenary = documentsCell(results, 'plenary', d);
    const yws = has('ywebsocket') ? documentsCell(results, 'ywebsocket', d) : undefined;
    list.push(
      against(
        `${d.toLocaleString('en')} statements: connect all ≤ y-websocket`,
        plenary.connectS,
        yws?.connectS,
        'y-websocket',
        1,
        's',
      ),
    );
    list.push(
      against(
        `${d.toLocaleString('en')} statements: p99 with ${results.options.activeDocuments} typing ≤ y-websocket`,
        plenary.p99,
        yws?.p99,
        'y-websocket',
        1,
        'ms',
      ),
    );
  }
  const rss = deployedIdleRss(results);
  const collected = deployedIdleCollected(results);
  list.push({
    goal: 'Idle server RSS ≤ 120 MiB (as deployed: plain Node, at rest, no collection forced)',
    plenary: `${fmt(rss, 'MiB')}; its own idle collection ran in ${collected.collected} of ${collected.of}; 1 s after listening ${fmt(deployedIdleRss(results, 'started'), 'MiB')}`,
    reference: `after a full GC, in the benchmark's launcher: Plenary ${fmt(idleRss(results, 'plenary'), 'MiB')}, Hocuspocus ${fmt(idleRss(results, 'hocuspocus'), 'MiB')}, y-websocket ${fmt(idleRss(results, 'ywebsocket'), 'MiB')}, floor ${fmt(idleRss(results, 'floor'), 'MiB')}`,
    verdict: verdictAgainst(rss, 120),
  });
  list.push({
    goal: 'Idle statement memory, measured on the real statement (document + one editor)',
    plenary: fmt(cold.statementKiB, 'KiB'),
    reference: `Hocuspocus ${fmt(coldCell(results, 'hocuspocus').statementKiB, 'KiB')}, y-websocket ${fmt(coldCell(results, 'ywebsocket').statementKiB, 'KiB')}`,
    ratio: ratioOf(cold.statementKiB, coldCell(results, 'hocuspocus').statementKiB),
    verdict: cold.statementKiB ? 'met' : 'not measured',
  });
  return list;
}

/** p99 ≤ Hocuspocus's at N, in each repeat (paired by repeat). */
function p99EachRepeat(results: BenchResults, n: number): Goal {
  const pairs = results.repeats.map((run) => {
    const at = (s: ServerKind) =>
      run.editors.find((r) => r.server === s && r.editors === n)?.round?.latency.p99;
    return [at('plenary'), at('hocuspocus')] as const;
  });
  const measured = pairs.filter(
    (p): p is readonly [number, number] => p[0] !== undefined && p[1] !== undefined,
  );
  const cell = editorsCell(results, 'plenary', n).p99;
  const reference = editorsCell(results, 'hocuspocus', n).p99;
  const wins = measured.filter(([p, h]) => p <= h).length;
  const base = verdict(cell, reference);
  return {
    goal: `p99 propagation at ${n} editors ≤ Hocuspocus, in each repeat`,
    plenary: fmt(cell, 'ms'),
    reference: `Hocuspocus ${fmt(reference, 'ms')}; Plenary lower in ${wins} of ${measured.length} repeats`,
    ratio: ratioOf(cell, reference),
    verdict:
      measured.length === 0
        ? 'not measured'
        : wins === measured.length
          ? base.startsWith('met')
            ? base
            : 'met, within noise'
          : worst([base.startsWith('missed') ? base : 'missed, within noise']),
  };
}
