/**
 * Runs every bench in turn (each in its own process, so one's memory and handles never colour the
 * next), then writes docs/benchmarks.md and docs/bench-chart.svg from the results.
 *
 *   npx tsx bench/index.ts            full runs (about 45 minutes on 2 cores), then the report
 *   npx tsx bench/index.ts --smoke    every bench in smoke mode (under a minute; no report)
 *   npx tsx bench/index.ts --only=crypto,memory
 *
 * bench/asr.ts and bench/redaction.ts keep their own scripts; the report reads their results.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR, isSmoke } from './lib/machine.ts';

const ALL = ['crypto', 'overhead', 'e2e', 'throughput', 'memory'] as const;
const smoke = isSmoke();
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const benches = only ? ALL.filter((b) => only.includes(b)) : [...ALL];

function runScript(name: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH_DIR, `${name}.ts`), ...args], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const t0 = Date.now();
const failed: string[] = [];
for (const b of benches) {
  const started = Date.now();
  const code = await runScript(b, smoke ? ['--smoke'] : []);
  console.log(`-- ${b}: ${code === 0 ? 'ok' : `exit ${code}`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (code !== 0) failed.push(b);
}
if (!smoke && failed.length === 0) await runScript('report', []);
console.log(`${benches.length - failed.length}/${benches.length} benches ok in ${((Date.now() - t0) / 1000).toFixed(1)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exitCode = failed.length ? 1 : 0;
