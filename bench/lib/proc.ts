/** Linux /proc readings for child processes: peak RSS and CPU time, no dependencies. */
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = 100;

/** VmHWM (peak RSS) and VmRSS of a process in MB; null once it has gone. */
export function memoryOf(pid: number): { hwmMb: number; rssMb: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0);
    return { hwmMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** CPU seconds of a process plus its reaped children (utime + stime + cutime + cstime). */
export function cpuSecondsOf(pid: number): number {
  const f = statFields(pid);
  if (!f) return 0;
  // Fields after "pid (comm) ": index 11..14 = utime, stime, cutime, cstime.
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / CLK_TCK;
}

/** Every live descendant of `pid` (ffmpeg, pocketsphinx_continuous under a worker). */
export function descendantsOf(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const f = statFields(Number(d));
    if (f) parent.set(Number(d), Number(f[1]));
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [c, pp] of parent) if (pp === p) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

export interface RssSample {
  at: number;
  workerMb: number;
  /** Worker plus its live descendants. */
  treeMb: number;
}

/** Samples a process's RSS (and its tree's) every `everyMs` until stopped. */
export function watchMemory(pid: number, everyMs = 200): { samples: RssSample[]; stop(): { peakHwmMb: number; peakTreeMb: number; samples: RssSample[] } } {
  const samples: RssSample[] = [];
  let peakHwmMb = 0;
  const tick = () => {
    const m = memoryOf(pid);
    if (!m) return;
    peakHwmMb = Math.max(peakHwmMb, m.hwmMb);
    let tree = m.rssMb;
    for (const d of descendantsOf(pid)) tree += memoryOf(d)?.rssMb ?? 0;
    samples.push({ at: Date.now(), workerMb: Math.round(m.rssMb), treeMb: Math.round(tree) });
  };
  const timer = setInterval(tick, everyMs);
  tick();
  return {
    samples,
    stop() {
      clearInterval(timer);
      tick();
      return { peakHwmMb: Math.round(peakHwmMb), peakTreeMb: Math.max(0, ...samples.map((s) => s.treeMb)), samples };
    },
  };
}
