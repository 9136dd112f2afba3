#!/usr/bin/env node
// Finds every *.test.ts (unit tests beside the code, integration tests in test/) and runs each file in its
// own Node test-runner process, one at a time: the integration tests share one Redis and spawn real
// child processes. A file that hangs (a handle left open) is killed after a deadline and counted failed,
// so CI never waits forever. Prints totals as "ℹ pass N" / "ℹ fail N".
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const unitOnly = process.argv.includes('--unit');
const roots = unitOnly ? ['services', 'workers'] : ['services', 'workers', 'test'];
const FILE_DEADLINE_MS = Number(process.env.TEST_FILE_TIMEOUT_MS ?? 600_000);
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(p);
  }
}
for (const r of roots) {
  try {
    walk(r);
  } catch {
    /* a root may not exist */
  }
}
files.sort();
const filter = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
if (chosen.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

let pass = 0;
let fail = 0;
const failedFiles = [];
for (const [i, file] of chosen.entries()) {
  const started = Date.now();
  // --test-force-exit: a handle left open must not hold the run; the spec summary is read from stdout.
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter=spec', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let text = '';
  child.stdout.on('data', (c) => {
    process.stdout.write(c);
    text += c.toString();
    if (text.length > 200_000) text = text.slice(-100_000);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, FILE_DEADLINE_MS);
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearTimeout(timer);
  const last = (name) => Number([...text.matchAll(new RegExp(`^ℹ ${name} (\\d+)$`, 'gm'))].pop()?.[1] ?? 0);
  const p = last('pass');
  let f = last('fail') + last('cancelled');
  if (timedOut) {
    console.log(`✖ ${file}: still running after ${FILE_DEADLINE_MS} ms (a hung test or a handle left open); killed`);
    f = Math.max(f, 1);
  } else if (code !== 0 && f === 0) {
    console.log(`✖ ${file}: exited ${code} without a failing test`);
    f = 1;
  }
  console.log(`  ${f ? '✖' : '✔'} file ${file}: ${p} passed, ${f} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  pass += p;
  fail += f;
  if (f) failedFiles.push(file);
}
if (failedFiles.length) console.log(`failed files:\n  ${failedFiles.join('\n  ')}`);
console.log(`ℹ pass ${pass}`);
console.log(`ℹ fail ${fail}`);
process.exit(fail ? 1 : 0);
