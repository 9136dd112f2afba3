/**
 * Dashboard access control on a non-loopback bind (127.0.0.2, which the dashboard treats as
 * non-loopback on purpose): 401 without credentials for pages, API and actions; viewer vs
 * operator tokens; CSRF rules for browser (Basic) sessions; bull-board actions behind the
 * operator role; refusing to start without a token.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DashboardAuthConfigError } from '../services/dashboard/auth.ts';
import { startDashboard, type RunningDashboard } from '../services/dashboard/server.ts';
import { createDashboardTestContext, waitFor, type DashboardTestContext } from './helpers/dashboard-context.ts';

const VIEWER = 'viewer-token-for-tests-0001';
const OPERATOR = 'operator-token-for-tests-0001';
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const basic = (t: string) => ({ authorization: `Basic ${Buffer.from(`ops:${t}`).toString('base64')}` });

/** fetch() may not set Host; node:http can, to play a DNS-rebinding page. */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('dashboard auth', () => {
  let t: DashboardTestContext;
  let worker: Worker;
  let workerConnection: Redis;
  const running: RunningDashboard[] = [];

  before(async () => {
    t = await createDashboardTestContext();
    workerConnection = t.ctx.workerConnection();
    worker = new Worker('deliver', () => Promise.reject(new UnrecoverableError('key-expired')), { connection: workerConnection, prefix: t.prefix });
    for (const n of [1, 2, 3, 4]) {
      await t.ctx.queues.deliver.add('deliver', { voicemailId: `vm0${n}`, practiceId: 'northside', mailboxId: 'front-desk', recipientId: 'rec-ok' }, { jobId: `dl-vm0${n}-rec-ok`, attempts: 1 });
    }
    await waitFor('deliver jobs to fail', async () => (await t.ctx.queues.deliver.getJobCounts('failed')).failed === 4);
    // Nothing must process a retried job here: the tests look at it sitting in "waiting".
    await worker.close();
  });

  after(async () => {
    for (const d of running) await d.close();
    await workerConnection?.quit().catch(() => undefined);
    await t?.close();
  });

  async function start(opts: Parameters<typeof startDashboard>[1]): Promise<RunningDashboard> {
    const d = await startDashboard(t.ctx, { port: 0, ...opts });
    running.push(d);
    return d;
  }

  test('refuses to start on a non-loopback address without a token', async () => {
    await assert.rejects(startDashboard(t.ctx, { host: '127.0.0.2', port: 0 }), DashboardAuthConfigError);
    await assert.rejects(startDashboard(t.ctx, { host: '0.0.0.0', port: 0 }), /dashboard-token-required: .*set DASHBOARD_TOKEN/);
  });

  test('with one token: 401 without it for pages, API, metrics, bull-board and actions; 200 with it', async () => {
    const d = await start({ host: '127.0.0.2', token: OPERATOR });
    assert.match(d.url, /^http:\/\/127\.0\.0\.2:\d+$/);
    for (const path of ['/', '/api/overview', '/metrics', '/jobs/', '/jobs/api/queues']) {
      const r = await fetch(d.url + path);
      assert.equal(r.status, 401, path);
      assert.match(r.headers.get('www-authenticate') ?? '', /^Basic realm=/);
      assert.equal((await fetch(d.url + path, { headers: bearer('wrong-token-for-tests-0001') })).status, 401, `${path} wrong token`);
      assert.equal((await fetch(d.url + path, { headers: bearer(OPERATOR) })).status, 200, `${path} bearer`);
      assert.equal((await fetch(d.url + path, { headers: basic(OPERATOR) })).status, 200, `${path} basic`);
    }
    const action = `${d.url}/api/jobs/deliver/dl-vm01-rec-ok/retry`;
    assert.equal((await fetch(action, { method: 'POST', headers: { origin: d.url } })).status, 401);
    assert.equal((await fetch(`${d.url}/jobs/api/queues/deliver/dl-vm01-rec-ok/retry`, { method: 'PUT' })).status, 401);
    assert.equal(await t.ctx.queues.deliver.getJobState('dl-vm01-rec-ok'), 'failed');
    // Probes stay open for orchestrators; they carry no data.
    assert.equal((await fetch(`${d.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${d.url}/readyz`)).status, 200);

    // The single token is an operator: a Bearer request needs no CSRF token.
    const r = await fetch(action, { method: 'POST', headers: bearer(OPERATOR) });
    assert.equal(r.status, 200);
    assert.equal(await t.ctx.queues.deliver.getJobState('dl-vm01-rec-ok'), 'waiting');
    assert.equal((await fetch(action, { method: 'POST', headers: bearer(OPERATOR) })).status, 409, 'only failed jobs are retried');
  });

  test('viewer and operator tokens; a browser (Basic) session needs same origin and the CSRF token', async () => {
    const d = await start({ host: '127.0.0.2', token: VIEWER, operatorToken: OPERATOR });
    const asViewer = (await (await fetch(`${d.url}/api/overview`, { headers: bearer(VIEWER) })).json()) as { viewer: { role: string; canAct: boolean } };
    assert.deepEqual(asViewer.viewer, { role: 'viewer', canAct: false });

    const discard = `${d.url}/api/jobs/deliver/dl-vm02-rec-ok/discard`;
    const denied = await fetch(discard, { method: 'POST', headers: bearer(VIEWER) });
    assert.equal(denied.status, 403);
    assert.deepEqual(await denied.json(), { error: 'operator-role-required' });

    const page = await fetch(`${d.url}/`, { headers: basic(OPERATOR) });
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    assert.match(page.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Strict/);
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    assert.ok(csrf.length > 20);

    assert.equal((await fetch(discard, { method: 'POST', headers: { ...basic(OPERATOR), cookie, 'x-csrf-token': csrf } })).status, 403, 'no Origin');
    assert.equal((await fetch(discard, { method: 'POST', headers: { ...basic(OPERATOR), cookie, 'x-csrf-token': csrf, origin: 'http://evil.example' } })).status, 403, 'foreign Origin');
    assert.equal((await fetch(discard, { method: 'POST', headers: { ...basic(OPERATOR), cookie, 'x-csrf-token': 'guessed', origin: d.url } })).status, 403, 'wrong CSRF token');
    assert.equal(await t.ctx.queues.deliver.getJobState('dl-vm02-rec-ok'), 'failed');
    const ok = await fetch(discard, { method: 'POST', headers: { ...basic(OPERATOR), cookie, 'x-csrf-token': csrf, origin: d.url } });
    assert.equal(ok.status, 200);
    assert.equal(await t.ctx.queues.deliver.getJob('dl-vm02-rec-ok'), undefined);
  });

  test('bull-board actions, when enabled, need the operator role and same origin', async () => {
    const d = await start({ host: '127.0.0.2', token: VIEWER, operatorToken: OPERATOR, bullBoardActions: true });
    const retry = `${d.url}/jobs/api/queues/deliver/dl-vm03-rec-ok/retry`;
    assert.equal((await fetch(retry, { method: 'PUT', headers: { ...bearer(VIEWER), origin: d.url } })).status, 403);
    assert.equal((await fetch(retry, { method: 'PUT', headers: basic(OPERATOR) })).status, 403, 'Basic without Origin');
    assert.equal(await t.ctx.queues.deliver.getJobState('dl-vm03-rec-ok'), 'failed');
    assert.equal((await fetch(retry, { method: 'PUT', headers: { ...basic(OPERATOR), origin: d.url } })).status, 204);
    assert.equal(await t.ctx.queues.deliver.getJobState('dl-vm03-rec-ok'), 'waiting');
  });

  test('open loopback mode refuses a foreign Host header (DNS rebinding)', async () => {
    const d = await start({ host: '127.0.0.1' });
    assert.equal(await getWithHost(`${d.url}/api/overview`, 'rebind.evil.example'), 403);
    assert.equal(await getWithHost(`${d.url}/api/overview`, new URL(d.url).host), 200);
  });
});
