#!/usr/bin/env node
// Finds every *.test.ts (unit tests beside the code, integration tests in test/) and runs them with
// Node's test runner, one file at a time: the integration tests share one Redis and real child processes.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const unitOnly = process.argv.includes('--unit');
const roots = unitOnly ? ['services', 'workers'] : ['services', 'workers', 'test'];
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
  try { walk(r); } catch { /* root may not exist yet */ }
}
files.sort();
const filter = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
if (chosen.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...chosen], { stdio: 'inherit' });
process.exit(res.status ?? 1);
