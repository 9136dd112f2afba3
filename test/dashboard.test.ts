/**
 * The ops dashboard against real Redis, the embedded S3 server and the SMTP sink, looked at in
 * headless Chromium: counts match BullMQ, a dead letter is retried from the page and processed,
 * and no PHI canary reaches the page, the JSON, the metrics or bull-board.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { chromium, type Browser } from 'playwright-core';
import { recordCompleted, recordDeliveryOutcome, recordReceived } from '../services/dashboard/activity.ts';
import { startDashboard, type RunningDashboard } from '../services/dashboard/server.ts';
import { keys } from '../services/voicemail/object-keys.ts';
import { QUEUE_NAMES } from '../workers/queues.ts';
import { CANARY, createDashboardTestContext, TEST_IDS, waitFor, type DashboardTestContext } from './helpers/dashboard-context.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts');
const CANARIES = [CANARY.callerNumber, CANARY.callerDigits, CANARY.callerName, 'Zebulon', 'Quackenbush', CANARY.configName, CANARY.email];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function assertNoCanary(where: string, text: string): void {
  for (const c of CANARIES) assert.ok(!text.includes(c), `${where} contains the PHI canary "${c}"`);
}

const vm = (n: number) => ({ voicemailId: `vm0${n}`, practiceId: 'northside', mailboxId: 'front-desk' });

describe('ops dashboard', () => {
  let t: DashboardTestContext;
  let dash: RunningDashboard;
  let browser: Browser;
  const workers: Worker[] = [];
  const workerConnections: Redis[] = [];
  let healed = false;

  function startWorker(queue: string, fn: (job: Job<{ recipientId?: string }>) => Promise<unknown>): void {
    const connection = t.ctx.workerConnection();
    workerConnections.push(connection);
    workers.push(new Worker(queue, fn, { connection, prefix: t.prefix }));
  }

  before(async () => {
    t = await createDashboardTestContext();
    const { ctx } = t;
    // PHI that lives sealed in S3, as the intake stage leaves it; the dashboard must never surface it.
    await ctx.sealed.putJson(keys.record('vm01'), { id: 'vm01', callerNumber: CANARY.callerNumber, callerName: CANARY.callerName, practiceId: 'northside', mailboxId: 'front-desk' });
    await ctx.store.put(keys.deliveryFailure('vm02', TEST_IDS.expiringRecipient), JSON.stringify({ voicemailId: 'vm02', recipientId: TEST_IDS.expiringRecipient, reason: 'key-expired' }));

    const now = Date.now();
    await recordReceived(ctx.redis, ctx.prefix, { ...vm(1), at: new Date(now - 3_600_000) });
    await recordReceived(ctx.redis, ctx.prefix, { voicemailId: 'vm09', practiceId: 'eastgate', mailboxId: 'nurses', at: new Date(now - 30 * 3_600_000) });
    await recordCompleted(ctx.redis, ctx.prefix, { ...vm(7), receivedAt: new Date(now - 100_000), completedAt: new Date(now - 60_000), delivered: 2, failed: 0 });
    await recordCompleted(ctx.redis, ctx.prefix, { ...vm(8), receivedAt: new Date(now - 200_000), completedAt: new Date(now - 80_000), delivered: 1, failed: 1 });
    for (const o of ['delivered', 'delivered', 'delivered', 'failed'] as const) await recordDeliveryOutcome(ctx.redis, ctx.prefix, o);

    // transcribe: no worker, so jobs stay waiting / delayed.
    await ctx.queues.transcribe.add('transcribe', vm(4), { jobId: 'tr-vm04' });
    await ctx.queues.transcribe.add('transcribe', vm(5), { jobId: 'tr-vm05' });
    await ctx.queues.transcribe.add('transcribe', vm(6), { jobId: 'tr-vm06', delay: 3_600_000 });

    startWorker('prepare', () => Promise.resolve({ status: 'prepared', recipients: [TEST_IDS.okRecipient] }));
    for (const n of [1, 2, 3]) await ctx.queues.prepare.add('prepare', vm(n), { jobId: `pr-vm0${n}` });

    startWorker('deliver', (job) => {
      if (job.data.recipientId === TEST_IDS.expiringRecipient && !healed) return Promise.reject(new UnrecoverableError('key-expired'));
      if (job.data.recipientId === 'rec-phi') return Promise.reject(new Error(`could not reach ${CANARY.callerName} at ${CANARY.callerNumber}`));
      return Promise.resolve({ status: 'sent', recipientId: job.data.recipientId, callerName: CANARY.callerName });
    });
    await ctx.queues.deliver.add('deliver', { ...vm(1), recipientId: TEST_IDS.expiringRecipient }, { jobId: 'dl-vm01-rec-expiring', attempts: 1 });
    await ctx.queues.deliver.add('deliver', { ...vm(2), recipientId: TEST_IDS.expiringRecipient }, { jobId: 'dl-vm02-rec-expiring', attempts: 1 });
    // A payload with a PHI field that should never have been there, failing with a PHI message.
    await ctx.queues.deliver.add('deliver', { ...vm(3), recipientId: 'rec-phi', callerNumber: CANARY.callerNumber, callerName: CANARY.callerName }, { jobId: 'dl-vm03-rec-phi', attempts: 1 });

    await waitFor('prepare jobs to complete', async () => (await ctx.queues.prepare.getJobCounts('completed')).completed === 3);
    await waitFor('deliver jobs to fail', async () => (await ctx.queues.deliver.getJobCounts('failed')).failed === 3);

    dash = await startDashboard(ctx, { host: '127.0.0.1', port: 0, refreshMs: 1000 });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    // For the whole-suite canary sweep: the page as served and as rendered, the API and /metrics.
    if (dash && browser) {
      await t.saveDashboard(dash.url, {
        render: async () => {
          const page = await browser.newPage();
          await page.goto(dash.url);
          await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
          return page.content();
        },
      });
    }
    await browser?.close();
    await dash?.close();
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all(workerConnections.map((c) => c.quit().catch(() => undefined)));
    await t?.close();
  });

  test('the page shows the queues as BullMQ counts them, and a dead letter retried from it is processed', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(dash.url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });

    for (const q of QUEUE_NAMES) {
      const counts = await t.ctx.queues[q].getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
      for (const [state, n] of Object.entries(counts)) {
        const shown = await page.textContent(`td[data-queue="${q}"][data-state="${state}"]`);
        assert.equal(shown?.trim(), String(n), `${q} ${state}`);
      }
    }
    assert.equal(await page.textContent('td[data-queue="transcribe"][data-state="waiting"]'), '2');
    assert.equal(await page.textContent('td[data-queue="transcribe"][data-state="delayed"]'), '1');

    assert.equal(await page.getAttribute('li[data-practice="northside"]', 'data-silent'), 'false');
    assert.equal(await page.getAttribute('li[data-practice="eastgate"]', 'data-silent'), 'true');
    assert.match((await page.textContent('li[data-practice="eastgate"]')) ?? '', /nothing received for 30 hours/);
    assert.equal(await page.getAttribute('li[data-practice="westend"]', 'data-silent'), 'true');

    assert.match((await page.textContent(`tr[data-recipient="${TEST_IDS.expiringRecipient}"]`)) ?? '', /expires in (9|10) d/);
    assert.match((await page.textContent(`tr[data-recipient="${TEST_IDS.missingRecipient}"]`)) ?? '', /key-missing/);
    assert.match((await page.textContent('li[data-reason="key-expired"]')) ?? '', /key-expired\s*2/);
    assert.match((await page.textContent('li[data-reason="other"]')) ?? '', /other\s*1/);
    for (const dep of ['redis', 's3', 'smtp']) assert.equal(await page.getAttribute(`[data-dep="${dep}"]`, 'data-ok'), 'true');

    healed = true;
    await page.click('tr[data-job-id="dl-vm01-rec-expiring"] button[data-action="retry"]');
    await waitFor('the retried job to complete', async () => (await t.ctx.queues.deliver.getJobState('dl-vm01-rec-expiring')) === 'completed');
    await waitFor('the page to show it', async () => (await page.textContent('td[data-queue="deliver"][data-state="completed"]')) === '1');
    assert.equal(await page.textContent('td[data-queue="deliver"][data-state="failed"]'), '2');
    assert.equal(await page.locator('tr[data-job-id="dl-vm01-rec-expiring"]').count(), 0);

    assertNoCanary('rendered page', await page.content());
    assert.deepEqual(consoleErrors, [], 'no console errors (CSP violations included)');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
    await phone.goto(dash.url);
    await phone.waitForSelector('body[data-state="ready"]', { timeout: 15_000 });
    const overflow = await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 0, `page scrolls sideways on a phone by ${overflow}px`);
    await phone.screenshot({ path: join(ARTIFACTS, 'dashboard-phone.png'), fullPage: true });
    await phone.close();
    await page.close();
  });

  test('no PHI canary in the HTML, /api/overview or /metrics', async () => {
    const html = await (await fetch(dash.url)).text();
    const overview = await (await fetch(`${dash.url}/api/overview`)).text();
    const metrics = await (await fetch(`${dash.url}/metrics`)).text();
    for (const [where, text] of [['HTML', html], ['/api/overview', overview], ['/metrics', metrics]] as const) assertNoCanary(where, text);

    const o = JSON.parse(overview) as { deadLetters: { shown: { jobId: string; ids: Record<string, unknown>; reason: string }[] }; keys: { attention: Record<string, unknown>[] } };
    const phi = o.deadLetters.shown.find((d) => d.jobId === 'dl-vm03-rec-phi');
    assert.deepEqual(phi?.ids, { voicemailId: 'vm03', practiceId: 'northside', mailboxId: 'front-desk', recipientId: 'rec-phi' });
    assert.equal(phi?.reason, 'other');
    assert.equal((phi as { attempts?: number } | undefined)?.attempts, 1);
    const expiring = o.keys.attention.find((k) => k.recipientId === TEST_IDS.expiringRecipient);
    assert.equal(expiring?.fingerprint, t.expiringFingerprint);
    assert.deepEqual(Object.keys(expiring ?? {}).sort(), ['daysLeft', 'expires', 'fingerprint', 'mailboxId', 'practiceId', 'problem', 'recipientId', 'usable']);
  });

  test('bull-board at /jobs shows identifiers and reason codes only, and is read-only', async () => {
    const listed = await fetch(`${dash.url}/jobs/api/queues?activeQueue=deliver&status=latest&page=1&jobsPerPage=50`);
    assert.equal(listed.status, 200);
    const text = await listed.text();
    assertNoCanary('bull-board queue listing', text);
    const deliver = (JSON.parse(text) as { queues: { name: string; jobs: Record<string, unknown>[] }[] }).queues.find((q) => q.name === 'deliver');
    const phiJob = deliver?.jobs.find((j) => j.id === 'dl-vm03-rec-phi');
    assert.deepEqual(phiJob?.data, { voicemailId: 'vm03', practiceId: 'northside', mailboxId: 'front-desk', recipientId: 'rec-phi' });
    assert.equal(phiJob?.failedReason, 'other');
    assert.deepEqual(phiJob?.stacktrace, []);
    const done = deliver?.jobs.find((j) => j.id === 'dl-vm01-rec-expiring');
    assert.deepEqual(done?.returnValue, { status: 'sent', recipientId: TEST_IDS.expiringRecipient });

    const one = await fetch(`${dash.url}/jobs/api/queues/deliver/dl-vm03-rec-phi`);
    const oneText = await one.text();
    assertNoCanary('bull-board job detail', oneText);
    assert.equal((JSON.parse(oneText) as { job: { failedReason: string } }).job.failedReason, 'other');
    assert.deepEqual(await (await fetch(`${dash.url}/jobs/api/queues/deliver/dl-vm03-rec-phi/logs`)).json(), []);

    const retry = await fetch(`${dash.url}/jobs/api/queues/deliver/dl-vm02-rec-expiring/retry`, { method: 'PUT', headers: { origin: dash.url } });
    assert.equal(retry.status, 405);
    assert.equal(await t.ctx.queues.deliver.getJobState('dl-vm02-rec-expiring'), 'failed');
    const page = await (await fetch(`${dash.url}/jobs/`)).text();
    assert.match(page, /Quietline jobs/);
  });

  test('bull-board in the browser lists the failed job with identifiers only', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      // bull-board's page asks for a web font from Google; the CSP blocks it, which is the point.
      if (m.type() === 'error' && !m.text().includes('fonts.googleapis.com')) consoleErrors.push(m.text());
    });
    await page.goto(`${dash.url}/jobs/queue/deliver?status=failed`);
    await page.waitForSelector('text=dl-vm03-rec-phi', { timeout: 15_000 });
    await page.getByText('Data', { exact: true }).first().click({ timeout: 10_000 });
    await page.getByText('mailboxId').first().waitFor({ timeout: 15_000 });
    const html = await page.content();
    assert.match(html, /recipientId/);
    assert.doesNotMatch(html, /callerNumber|callerName/);
    assertNoCanary('bull-board page', html);
    assert.match(html, /dl-vm02-rec-expiring/);
    assert.deepEqual(consoleErrors, []);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-jobs.png') });
    await page.close();
  });

  test('/metrics reports counts, stage and end-to-end histograms, deliveries and key expiry', async () => {
    const m = await (await fetch(`${dash.url}/metrics`)).text();
    const failed = (await t.ctx.queues.deliver.getJobCounts('failed')).failed;
    assert.match(m, new RegExp(`quietline_queue_jobs\\{queue="deliver",state="failed"\\} ${failed}\\n`));
    assert.match(m, /quietline_stage_duration_seconds_count\{queue="prepare",outcome="completed"\} 3\n/);
    assert.match(m, /quietline_stage_duration_seconds_count\{queue="deliver",outcome="failed"\} [1-9]/);
    assert.match(m, /quietline_end_to_end_latency_seconds_count 2\n/);
    assert.match(m, /quietline_end_to_end_latency_seconds_bucket\{le="60"\} 1\n/);
    assert.match(m, /quietline_deliveries_total\{outcome="delivered"\} 3\n/);
    assert.match(m, /quietline_recipient_key_min_days_left (9|10)\n/);
    assert.match(m, /quietline_recipient_keys_unusable 1\n/);
    assert.match(m, /quietline_dependency_up\{dependency="smtp"\} 1\n/);
    assert.match(m, /quietline_practice_last_voicemail_age_seconds\{practice="eastgate"\} \d+/);
    // A second scrape does not count the same finished jobs again.
    const again = await (await fetch(`${dash.url}/metrics`)).text();
    assert.match(again, /quietline_stage_duration_seconds_count\{queue="prepare",outcome="completed"\} 3\n/);
  });

  test('/healthz and /readyz answer 200 with every dependency up; actions need CSRF proof', async () => {
    assert.equal((await fetch(`${dash.url}/healthz`)).status, 200);
    const ready = await fetch(`${dash.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(((await ready.json()) as { failed: string[] }).failed, []);

    const url = `${dash.url}/api/jobs/deliver/dl-vm02-rec-expiring/retry`;
    assert.equal((await fetch(url, { method: 'POST' })).status, 403, 'no Origin');
    assert.equal((await fetch(url, { method: 'POST', headers: { origin: 'https://evil.example' } })).status, 403, 'foreign Origin');
    const noToken = await fetch(url, { method: 'POST', headers: { origin: dash.url } });
    assert.equal(noToken.status, 403);
    assert.deepEqual(await noToken.json(), { error: 'csrf-token-invalid' });
    assert.equal(await t.ctx.queues.deliver.getJobState('dl-vm02-rec-expiring'), 'failed');
    assert.equal((await fetch(url)).status, 404, 'GET is not an action');
  });
});

describe('ops dashboard readiness with SMTP down', () => {
  test('/readyz answers 503 naming smtp', async () => {
    const t = await createDashboardTestContext({ smtpDown: true });
    const dash = await startDashboard(t.ctx, { host: '127.0.0.1', port: 0 });
    try {
      const r = await fetch(`${dash.url}/readyz`);
      assert.equal(r.status, 503);
      const body = (await r.json()) as { failed: string[]; checks: Record<string, { ok: boolean; error?: string }> };
      assert.deepEqual(body.failed, ['smtp']);
      assert.equal(body.checks.smtp?.error, 'smtp-unreachable');
      assert.equal((await fetch(`${dash.url}/healthz`)).status, 200);
    } finally {
      await dash.close();
      await t.close();
    }
  });
});
