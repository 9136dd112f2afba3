/**
 * Bad input on the ops dashboard, from a real pipeline: a file that is not audio and a silent
 * recording (both delivered with a note) and an object no mailbox takes (rejected) are counted by
 * reason and listed by id in the page (headless Chromium), /api/overview and /metrics, and nothing
 * of the caller or the object names reaches any of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { startDashboard, type RunningDashboard } from '../services/dashboard/server.ts';
import { voicemailIdFor } from '../services/intake/voicemail-id.ts';
import { voicemailRecords } from './helpers/doors-records.ts';
import { startStack, type Stack } from './helpers/stack.ts';
import { waitFor } from './helpers/wait.ts';

const CALLER = '+15558675309';
const CALLER_DIGITS = '5558675309';
/** A phone system that names files after the caller: the name must never reach the dashboard. */
const NAMED_KEY = `incoming/${CALLER_DIGITS}/zebulon-quackenbush/voicemail-${CALLER_DIGITS}.wav`;
const CANARIES = [CALLER_DIGITS, 'zebulon', 'quackenbush', 'voicemail-'];
const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function silence(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'ql-sil-'));
  try {
    const out = join(dir, 's.wav');
    const r = spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-t', '3', '-c:a', 'pcm_s16le', out]);
    if (r.status !== 0) throw new Error('ffmpeg failed');
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface IntakeView {
  byReason: { reason: string; outcome: string; count: number }[];
  total: number;
  recent: { id: string; practiceId: string | null; mailboxId: string | null; reason: string; outcome: string }[];
}

describe('dashboard: bad input at intake', () => {
  let stack: Stack;
  let dash: RunningDashboard;
  let browser: Browser;
  let rejectedId: string;

  before(async () => {
    stack = await startStack({ keepDays: 1 });
    await stack.submit(Buffer.from('%PDF-1.4\n% not a recording\n%%EOF\n'), 'main', { ext: 'wav', caller: CALLER });
    await stack.submit(silence(), 'main', { caller: CALLER });
    await stack.ctx.store.put(NAMED_KEY, Buffer.from('RIFF'));
    const head = await stack.ctx.store.head(NAMED_KEY);
    rejectedId = voicemailIdFor(stack.ctx.sealed, 's3', `${NAMED_KEY}\n${head!.etag}`);
    await stack.scanNow();
    await stack.waitForMail(4, 180_000);
    dash = await startDashboard(stack.ctx, { host: '127.0.0.1', port: 0, refreshMs: 500 });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await dash?.close();
    await stack?.close();
  });

  it('counts by reason and lists each by id in /api/overview', async () => {
    const ids = new Map((await voicemailRecords(stack)).map((r) => [r.sizeBytes < 100 ? 'not-audio' : 'silence', r.id]));
    const o = await waitFor('three issues on the dashboard', 20_000, async () => {
      const v = ((await (await fetch(`${dash.url}/api/overview`)).json()) as { intake: IntakeView }).intake;
      return v.total === 3 ? v : null;
    });
    const counts = Object.fromEntries(o.byReason.map((r) => [`${r.outcome}:${r.reason}`, r.count]));
    assert.deepEqual(counts, { 'delivered-with-note:audio-not-audio': 1, 'delivered-with-note:no-speech': 1, 'rejected:unknown-mailbox': 1 });
    const row = (id: string | undefined) => o.recent.find((r) => r.id === id);
    assert.deepEqual(row(ids.get('not-audio')), { ...row(ids.get('not-audio')), practiceId: 'testprac', mailboxId: 'main', reason: 'audio-not-audio', outcome: 'delivered-with-note' });
    assert.deepEqual(row(ids.get('silence')), { ...row(ids.get('silence')), practiceId: 'testprac', mailboxId: 'main', reason: 'no-speech', outcome: 'delivered-with-note' });
    // The rejected object by id only: its key named a practice and mailbox nobody configured.
    assert.deepEqual(row(rejectedId), { ...row(rejectedId), practiceId: null, mailboxId: null, reason: 'unknown-mailbox', outcome: 'rejected' });
  });

  it('shows them on the page, and in /metrics by reason', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(dash.url);
    await page.waitForSelector('li[data-intake-reason="unknown-mailbox"]', { timeout: 15_000 });
    assert.match((await page.textContent('li[data-intake-reason="audio-not-audio"]')) ?? '', /audio-not-audio\s*1[\s\S]*delivered with a note/);
    assert.match((await page.textContent('li[data-intake-reason="no-speech"]')) ?? '', /no-speech\s*1[\s\S]*delivered with a note/);
    assert.match((await page.textContent('li[data-intake-reason="unknown-mailbox"]')) ?? '', /unknown-mailbox\s*1[\s\S]*rejected/);
    assert.match((await page.textContent(`tr[data-intake-id="${rejectedId}"]`)) ?? '', /unknown[\s\S]*unknown-mailbox[\s\S]*rejected/);
    assert.equal(await page.locator('tr[data-intake-id][data-outcome="delivered-with-note"]').count(), 2);
    for (const c of CANARIES) assert.ok(!(await page.content()).toLowerCase().includes(c), `rendered page contains "${c}"`);
    assert.deepEqual(errors, []);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-intake.png'), fullPage: true });
    await page.close();

    const metrics = await (await fetch(`${dash.url}/metrics`)).text();
    assert.match(metrics, /quietline_intake_issues_total\{reason="audio-not-audio",outcome="delivered-with-note",practice="testprac"\} 1/);
    assert.match(metrics, /quietline_intake_issues_total\{reason="no-speech",outcome="delivered-with-note",practice="testprac"\} 1/);
    assert.match(metrics, /quietline_intake_issues_total\{reason="unknown-mailbox",outcome="rejected",practice=""\} 1/);
  });

  it('carries no caller number or object name in the HTML, /api/overview or /metrics', async () => {
    for (const path of ['/', '/api/overview', '/metrics']) {
      const text = (await (await fetch(`${dash.url}${path}`)).text()).toLowerCase();
      for (const c of CANARIES) assert.ok(!text.includes(c), `${path} contains "${c}"`);
    }
  });
});
