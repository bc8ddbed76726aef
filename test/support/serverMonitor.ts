// Watches a child server from outside: /api/health latency and resident memory, sampled
// continuously in a worker thread, so that work the test itself does (building a hostile
// document, say) cannot be mistaken for the server stalling.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

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
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

// Plain JavaScript: the worker runs without the test's TypeScript loader.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
let { url, pid } = workerData;
const rss = () => {
  try { return Math.round(Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync('/proc/' + pid + '/status', 'utf8'))?.[1] ?? 0) / 1024); }
  catch { return 0; }
};
let window = { worstHealthMs: 0, peakRssMiB: 0, startRssMiB: 0, failedHealthChecks: 0, opened: Date.now() };
let inFlightSince;
let running = true;
const current = () => {
  const pending = inFlightSince === undefined ? 0 : Date.now() - Math.max(inFlightSince, window.opened);
  const { opened, ...figures } = window;
  return { ...figures, worstHealthMs: Math.max(window.worstHealthMs, pending) };
};
parentPort.on('message', ({ id, kind, target }) => {
  if (kind === 'retarget') ({ url, pid } = target);
  if (kind === 'reset') {
    const start = rss();
    window = { worstHealthMs: 0, peakRssMiB: start, startRssMiB: start, failedHealthChecks: 0, opened: Date.now() };
  }
  if (kind === 'stop') running = false;
  parentPort.postMessage({ id, window: current() });
});
// A sampler, not a wait: every 100 ms it reads RSS and, unless one is still pending, sends a
// health probe; a probe that hangs is measured as pending by current().
const probe = async () => {
  const started = Date.now();
  inFlightSince = started;
  try {
    const response = await fetch(url + '/api/health', { signal: AbortSignal.timeout(5000) });
    await response.text();
    if (!response.ok) window.failedHealthChecks += 1;
  } catch { window.failedHealthChecks += 1; }
  inFlightSince = undefined;
  window.worstHealthMs = Math.max(window.worstHealthMs, Date.now() - Math.max(started, window.opened));
};
const sampler = setInterval(() => {
  if (!running) { clearInterval(sampler); parentPort.close(); return; }
  window.peakRssMiB = Math.max(window.peakRssMiB, rss());
  if (inFlightSince === undefined) void probe();
}, 100);
`;

export class ServerMonitor {
  private readonly worker: Worker;
  private serial = 0;

  constructor(url: string, pid: number) {
    this.worker = new Worker(WORKER, { eval: true, workerData: { url, pid } });
  }

  private ask(kind: string, target?: { url: string; pid: number }): Promise<MonitorWindow> {
    const id = (this.serial += 1);
    return new Promise((resolve) => {
      const onMessage = (message: { id: number; window: MonitorWindow }): void => {
        if (message.id !== id) return;
        this.worker.off('message', onMessage);
        resolve(message.window);
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage({ id, kind, target });
    });
  }

  /** Points the monitor at a restarted server. */
  retarget(url: string, pid: number): Promise<MonitorWindow> {
    return this.ask('retarget', { url, pid });
  }

  /** Starts a fresh window. */
  reset(): Promise<MonitorWindow> {
    return this.ask('reset');
  }

  current(): Promise<MonitorWindow> {
    return this.ask('current');
  }

  async stop(): Promise<void> {
    await this.ask('stop');
    await this.worker.terminate();
  }
}
