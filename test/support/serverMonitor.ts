// Watches a child server from outside: /api/health latency and resident memory, sampled
// continuously, so a test can tell whether an input stalled or bloated the process.
import { readFileSync } from 'node:fs';

export interface MonitorWindow {
  /** Slowest /api/health answer (or pending request) in ms. */
  worstHealthMs: number;
  /** Highest resident set size seen, in MiB. */
  peakRssMiB: number;
  /** RSS when the window opened, in MiB. */
  startRssMiB: number;
  failedHealthChecks: number;
}

export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

export class ServerMonitor {
  private window: MonitorWindow = { worstHealthMs: 0, peakRssMiB: 0, startRssMiB: 0, failedHealthChecks: 0 };
  private running = true;
  private inFlightSince: number | undefined;
  private readonly loop: Promise<void>;

  constructor(
    private url: string,
    private pid: number,
  ) {
    this.loop = this.run();
  }

  /** Points the monitor at a restarted server. */
  retarget(url: string, pid: number): void {
    this.url = url;
    this.pid = pid;
  }

  /** Starts a fresh window and returns the one that ended. */
  reset(): MonitorWindow {
    const ended = this.current();
    const rss = rssMiB(this.pid);
    this.window = { worstHealthMs: 0, peakRssMiB: rss, startRssMiB: rss, failedHealthChecks: 0 };
    return ended;
  }

  current(): MonitorWindow {
    const pending = this.inFlightSince === undefined ? 0 : Date.now() - this.inFlightSince;
    return { ...this.window, worstHealthMs: Math.max(this.window.worstHealthMs, pending) };
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.window.peakRssMiB = Math.max(this.window.peakRssMiB, rssMiB(this.pid));
      const started = Date.now();
      this.inFlightSince = started;
      try {
        const response = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
        await response.text();
        if (!response.ok) this.window.failedHealthChecks += 1;
      } catch {
        this.window.failedHealthChecks += 1;
      }
      this.inFlightSince = undefined;
      this.window.worstHealthMs = Math.max(this.window.worstHealthMs, Date.now() - started);
      // Pacing between samples, not a wait for a condition.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
