// CPU time and resident memory of another process, read from /proc (Linux).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU time of the process so far, in ms. */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks();
}

/** Resident set size in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

/** Samples a process's RSS while a measurement runs; CPU is taken at both ends. */
export class ProcessMonitor {
  private readonly startCpu: number;
  private readonly startedAt = performance.now();
  private readonly timer: NodeJS.Timeout;
  private peakRss = 0;
  private rssSum = 0;
  private samples = 0;

  constructor(
    private readonly pid: number,
    intervalMs = 250,
  ) {
    this.startCpu = cpuTimeMs(pid);
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    try {
      const rss = rssBytes(this.pid);
      this.peakRss = Math.max(this.peakRss, rss);
      this.rssSum += rss;
      this.samples += 1;
    } catch {
      // The process has exited; keep what was sampled.
    }
  }

  stop(): { cpuPercent: number; peakRss: number; meanRss: number } {
    clearInterval(this.timer);
    this.sample();
    const wallMs = performance.now() - this.startedAt;
    let cpu = 0;
    try {
      cpu = cpuTimeMs(this.pid) - this.startCpu;
    } catch {
      cpu = Number.NaN;
    }
    return {
      cpuPercent: (100 * cpu) / wallMs,
      peakRss: this.peakRss,
      meanRss: this.samples ? this.rssSum / this.samples : 0,
    };
  }
}

/**
 * Busy time per core so far, in ms (from /proc/stat): user, nice, system, irq, softirq and
 * steal. Loopback networking is largely softirq work that no process is charged for, so a
 * core can be saturated while its process shows well under 100%.
 */
export function coreBusyMs(): number[] {
  return readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((line) => /^cpu\d+ /.test(line))
    .map((line) => {
      const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
        .trim()
        .split(/\s+/)
        .slice(1)
        .map(Number);
      return ((user + nice + system + irq + softirq + steal) * 1000) / clockTicks();
    });
}

/** Busy time of the whole machine so far, in ms summed over cores. */
export function machineBusyMs(): number {
  return coreBusyMs().reduce((sum, ms) => sum + ms, 0);
}
