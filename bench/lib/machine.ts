import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
export const REPO_DIR = join(BENCH_DIR, '..');

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  totalMemoryMb: number;
  node: string;
  os: string;
  /** 1/5/15-minute load averages at the start and end of the run: the machine is shared and noisy. */
  loadAverageStart: number[];
  loadAverageEnd?: number[];
}

export function machineInfo(): MachineInfo {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    totalMemoryMb: Math.round(totalmem() / 1024 / 1024),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverageStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function describeMachine(m: MachineInfo): string {
  return `${m.cpuModel}, ${m.cores} cores, ${Math.round(m.totalMemoryMb / 1024)} GB RAM, Node ${m.node}, load ${m.loadAverageStart.join('/')}`;
}

export const isSmoke = (): boolean => process.argv.includes('--smoke');

/** Writes bench/results/<name>.json (smoke runs go to <name>.smoke.json so they never overwrite full results). */
export async function writeResult(name: string, smoke: boolean, machine: MachineInfo, data: Record<string, unknown>): Promise<string> {
  const out = join(RESULTS_DIR, `${name}${smoke ? '.smoke' : ''}.json`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const body = { bench: name, date: new Date().toISOString(), smoke, machine: { ...machine, loadAverageEnd: loadavg().map((x) => Math.round(x * 100) / 100) }, ...data };
  await writeFile(out, JSON.stringify(body, null, 2) + '\n');
  console.log(`wrote ${out}`);
  return out;
}

export async function readResult<T>(name: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(join(RESULTS_DIR, `${name}.json`), 'utf8')) as T;
  } catch {
    return null;
  }
}

/** A plain aligned text table: first column left-aligned, the rest right-aligned. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map((c) => String(c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n== ${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}
