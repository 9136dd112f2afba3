#!/usr/bin/env node
// Finds every *.test.ts (unit tests beside the code, integration tests in test/) and runs each file in its
// own Node test-runner process, one at a time: the integration tests share one Redis and spawn real
// child processes. A file that hangs (a handle left open) is killed after a deadline and counted failed,
// so CI never waits forever. Prints totals as "ℹ pass N" / "ℹ fail N".
//
// The whole run is one PHI canary sweep's material. A suite directory outside the repo holds
//   artifacts/  QUIETLINE_SUITE_ARTIFACTS: every file's stdout + stderr (logs/), and what each test stack
//               saved before cleaning up (stacks/: Redis keys, S3 files, emails, child output, dashboard)
//   tmp/        TMPDIR of every test file and of the processes it starts: whatever is left there is seen
// and every file gets the same QUIETLINE_CANARY_SEED (the run's canary numbers, test/helpers/canaries.ts).
// After the last file, test/canary-sweep.ts searches all of it and the whole Redis for the canaries; it is
// counted like any test file. The directory is removed at the end unless the sweep failed (its path is
// printed then) or --keep-artifacts is given.
//
//   node scripts/run-tests.mjs [--unit] [--checks] [--with-load] [--no-sweep] [--keep-artifacts] [path-substring ...]
//
// --checks runs `npm run -s typecheck` and `npm run -s lint` first, each counted as one test (CI: they
// are single-threaded, so they too leave room for the load test).
//
// Load tests (test/load/*.load.ts: minutes of real speech recognition) run in turn when a substring
// names them. With --with-load (CI) every load test runs beside the unit tests, which leave a core idle,
// and the integration tests wait for it: they time fault recovery and must not share the CPU with a
// 200-voicemail burst. Substrings then choose among the *.test.ts files only.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const unitOnly = flag('--unit');
const roots = unitOnly ? ['services', 'workers'] : ['services', 'workers', 'test'];
const FILE_DEADLINE_MS = Number(process.env.TEST_FILE_TIMEOUT_MS ?? 600_000);
const LOAD_DEADLINE_MS = Number(process.env.LOAD_FILE_TIMEOUT_MS ?? 1_200_000);
/** How long a test file may keep running after it printed its summary (every verdict is in by then). */
const SUMMARY_GRACE_MS = 15_000;
const SWEEP_FILE = 'test/canary-sweep.ts';

function walk(dir, suffix, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, suffix, out);
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}
function find(suffix, dirs) {
  const out = [];
  for (const r of dirs) {
    try {
      walk(r, suffix, out);
    } catch {
      /* a root may not exist */
    }
  }
  return out.sort();
}
// Unit tests first (services/, workers/), then integration tests (test/).
const isIntegration = (f) => f.startsWith('test/');
const files = find('.test.ts', roots).sort((a, b) => Number(isIntegration(a)) - Number(isIntegration(b)) || a.localeCompare(b));
const loadFiles = unitOnly ? [] : find('.load.ts', ['test/load']);
const filter = args.filter((a) => !a.startsWith('--'));
const matches = (f) => filter.some((x) => f.includes(x));
const chosen = filter.length ? files.filter(matches) : files;
// --with-load: every load file, beside the unit tests; else only those a substring names, in turn.
const background = flag('--with-load') ? loadFiles : [];
const chosenLoad = flag('--with-load') ? loadFiles : loadFiles.filter((f) => filter.length && matches(f));
if (chosen.length === 0 && chosenLoad.length === 0 && !flag('--checks')) {
  console.error('no test files found');
  process.exit(1);
}

// The suite directory (see the header).
const suiteDir = mkdtempSync(join(tmpdir(), 'quietline-suite-'));
const artifacts = join(suiteDir, 'artifacts');
const suiteTmp = join(suiteDir, 'tmp');
mkdirSync(join(artifacts, 'logs'), { recursive: true });
mkdirSync(suiteTmp);
// tsx keeps its compile cache under TMPDIR; point the suite's at the usual one so files start warm.
const tsxCache = `tsx-${userInfo().uid}`;
if (existsSync(join(tmpdir(), tsxCache))) symlinkSync(join(tmpdir(), tsxCache), join(suiteTmp, tsxCache));
const canarySeed = randomBytes(8).toString('hex');
writeFileSync(join(artifacts, 'files.json'), JSON.stringify([...chosenLoad, ...chosen], null, 1));

/** Runs one test file; resolves with its counts. `echo` false buffers its output until it ends. */
function runFile(file, { deadlineMs = FILE_DEADLINE_MS, echo = true, logPath } = {}) {
  const started = Date.now();
  const log = createWriteStream(logPath ?? join(artifacts, 'logs', `${file.replace(/[^A-Za-z0-9._-]+/g, '_')}.log`));
  // No --test-force-exit: under it Node drops verdicts of tests that already ran from the report and still exits 0
  // (nodejs/node#64833; seen here as 44 of 47 tests reported). A handle left open is handled below instead: once the
  // spec summary is out, every verdict is in, and a file still running SUMMARY_GRACE_MS later is killed and named.
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: {
      ...process.env,
      QUIETLINE_SUITE_ARTIFACTS: artifacts,
      QUIETLINE_SUITE_FILE: file,
      QUIETLINE_SUITE_TMP: suiteTmp,
      QUIETLINE_CANARY_SEED: canarySeed,
      TMPDIR: suiteTmp,
    },
  });
  let text = '';
  let lingering;
  let lingered = false;
  const held = [];
  child.stdout.on('data', (c) => {
    log.write(c);
    if (echo) process.stdout.write(c);
    else held.push(c);
    text += c.toString();
    if (text.length > 200_000) text = text.slice(-100_000);
    if (!lingering && /^ℹ duration_ms /m.test(text)) {
      lingering = setTimeout(() => {
        lingered = true;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, SUMMARY_GRACE_MS);
    }
  });
  child.stderr.on('data', (c) => {
    log.write(c);
    if (echo) process.stderr.write(c);
    else held.push(c);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, deadlineMs);
  const closed = new Promise((r) => child.on('close', r));
  return new Promise((resolve) => {
    child.on('exit', async (c) => {
      clearTimeout(timer);
      clearTimeout(lingering);
      // The last output may still be in the pipes; a process the file left behind may hold them open, so
      // 'close' gets a bounded wait.
      await Promise.race([closed, new Promise((r) => setTimeout(r, 5_000).unref())]);
      log.end();
      if (!echo) process.stdout.write(Buffer.concat(held));
      // Killed after its summary: the verdicts stand; the open handle is reported, not counted as a failure.
      if (lingered) console.log(`  note: ${file} still running ${SUMMARY_GRACE_MS / 1000} s after its last test (a handle left open); stopped`);
      const code = lingered ? 0 : c ?? 1;
      const last = (name) => Number([...text.matchAll(new RegExp(`^ℹ ${name} (\\d+)$`, 'gm'))].pop()?.[1] ?? 0);
      const p = last('pass');
      let f = last('fail') + last('cancelled');
      if (timedOut) {
        console.log(`✖ ${file}: still running after ${deadlineMs} ms (a hung test or a handle left open); killed`);
        f = Math.max(f, 1);
      } else if (code !== 0 && f === 0) {
        console.log(`✖ ${file}: exited ${code} without a failing test`);
        f = 1;
      }
      const secs = (Date.now() - started) / 1000;
      console.log(`  ${f ? '✖' : '✔'} file ${file}: ${p} passed, ${f} failed, ${secs.toFixed(1)} s`);
      resolve({ file, pass: p, fail: f, secs });
    });
  });
}

/** One whole command counted as one test, as scripts/test.sh counts its checks; output shown only if it fails. */
function runCheck(name, command, commandArgs) {
  const started = Date.now();
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const secs = (Date.now() - started) / 1000;
      if (code === 0) console.log(`ok   ${name} (${secs.toFixed(1)} s)`);
      else console.log(`FAIL ${name} (${secs.toFixed(1)} s)\n${out.split('\n').slice(-40).join('\n')}`);
      resolve({ file: name, pass: code === 0 ? 1 : 0, fail: code === 0 ? 0 : 1, secs });
    });
  });
}

let pass = 0;
let fail = 0;
const failedFiles = [];
const count = (r) => {
  pass += r.pass;
  fail += r.fail;
  if (r.fail) failedFiles.push(r.file);
};
const runStarted = Date.now();

// Load files beside the unit tests (CI), or in turn like any file.
let loadLane = Promise.resolve([]);
if (background.length) {
  console.log(`load tests running beside the checks and unit tests (output shown when they end): ${background.join(', ')}`);
  loadLane = (async () => {
    const out = [];
    for (const f of background) out.push(await runFile(f, { deadlineMs: LOAD_DEADLINE_MS, echo: false }));
    return out;
  })();
}
let loadJoined = background.length === 0;
const joinLoad = async () => {
  if (loadJoined) return;
  loadJoined = true;
  const waitStarted = Date.now();
  for (const r of await loadLane) count(r);
  console.log(`  (waited ${((Date.now() - waitStarted) / 1000).toFixed(1)} s for the load tests after the checks and unit tests)`);
};
if (flag('--checks')) {
  count(await runCheck('typecheck', 'npm', ['run', '-s', 'typecheck']));
  count(await runCheck('lint', 'npm', ['run', '-s', 'lint']));
}
for (const f of background.length ? [] : chosenLoad) count(await runFile(f, { deadlineMs: LOAD_DEADLINE_MS }));
for (const file of chosen) {
  if (isIntegration(file)) await joinLoad();
  count(await runFile(file));
}
await joinLoad();

let sweepFailed = false;
if (!flag('--no-sweep')) {
  console.log('\nwhole-suite PHI canary sweep over every file above:');
  const r = await runFile(SWEEP_FILE, { logPath: join(artifacts, 'sweep.log') });
  count(r);
  sweepFailed = r.fail > 0;
}
if (failedFiles.length) console.log(`failed files:\n  ${failedFiles.join('\n  ')}`);
if (sweepFailed || flag('--keep-artifacts')) console.log(`suite artefacts kept (synthetic PHI, remove when done): ${suiteDir}`);
else rmSync(suiteDir, { recursive: true, force: true });
console.log(`total ${((Date.now() - runStarted) / 1000).toFixed(1)} s`);
console.log(`ℹ pass ${pass}`);
console.log(`ℹ fail ${fail}`);
process.exit(fail ? 1 : 0);
