/**
 * The whole-suite canary sweep's scanner against planted artefacts: a canary in each kind of place must be
 * reported (by place and token label, never the value), and what is allowed to hold PHI (sealed objects,
 * the ciphertext of an email, Redis the test planted on purpose, tsx's compile cache) must not be.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Redis } from 'ioredis';
import { CANARY, findCanaryTokens } from './helpers/canaries.ts';
import { positiveControlFailures, sweepSuite, type SweepReport } from './helpers/canary-scan.ts';
import { deleteRedisKeys } from './helpers/redis-keys.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const d = CANARY.callbackDigits;
const id = CANARY.callerIdDigits;

describe('canary tokens', () => {
  it('finds the numbers however they are written, and the names', () => {
    const local = `${d.slice(3, 6)}-${d.slice(6)}`;
    for (const [text, label] of [
      [`call ${CANARY.callerId} now`, 'caller-id'],
      [`+1 ${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`, 'caller-id'],
      [`{"n":"${id}"}`, 'caller-id'],
      [`${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`, 'callback'],
      [`number ${local},`, 'callback:local'],
      [CANARY.callbackSpoken, 'callback:spoken'],
      // The recogniser gets the last digit wrong and writes "four" as "for": seven in a row still match.
      [`${CANARY.callbackSpoken.split(' ').slice(0, 9).join(' ').replace(/\bfour\b/g, 'for')} mind`, 'callback:spoken'],
      ['Hello this is CORNELIUS', 'name:caller-first'],
      ['dr. montgomery', 'name:caller-last'],
    ] as const) {
      assert.ok(findCanaryTokens(text).includes(label), `${label} in a planted text`);
    }
  });

  it('does not fire on look-alikes: longer digit runs, decimals, times, other words', () => {
    for (const text of [
      `1${id}7`,
      `t=1712${d}44`,
      `"duration_ms": 0.${d.slice(3)}`,
      `at ${d.slice(3, 5)}:${d.slice(5, 7)}:${d.slice(7, 9)}.${d.slice(9)}`,
      `id ab${d.slice(3)}cd`,
      'montgomeryville corneliusly beatrices',
      'five five five',
    ]) {
      assert.deepEqual(findCanaryTokens(text), [], 'no canary in a look-alike');
    }
  });
});

describe('whole-suite sweep over planted artefacts', () => {
  let root: string;
  let report: SweepReport;
  const redisKey = `canary-sweep-test-${randomBytes(4).toString('hex')}:leak`;
  const put = async (rel: string, body: string | Buffer) => {
    await mkdir(dirname(join(root, rel)), { recursive: true });
    await writeFile(join(root, rel), body);
  };

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'canary-sweep-test-'));
    const a = 'artifacts';
    const s1 = `${a}/stacks/test_x.test.ts--stack-1`;
    await put(`${a}/logs/test_x.test.ts.log`, `ok 1 - something\n{"level":30,"msg":"intake","caller":"${CANARY.callerId}"}\n`);
    await put(`${a}/logs/test_clean.test.ts.log`, 'ok 1 - nothing to see\n');
    await put(`${s1}/meta.json`, JSON.stringify({ file: 'test/x.test.ts', kind: 'stack', decryptEligible: 1 }));
    await put(
      `${s1}/redis.jsonl`,
      [
        { key: 'qltest-1:transcribe:1', type: 'hash', value: `{"data":"{\\"callback\\":\\"${d}\\"}"}` },
        { key: 'qltest-1:clean', type: 'string', value: 'vm-1' },
        { key: 'qltest-1:by-name:Montgomery', type: 'string', value: '1' },
      ]
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    const b = `${s1}/s3/quietline`;
    await put(`${b}/voicemails/vm1/transcript.sealed._S3rver_object`, 'plain transcript, not sealed');
    await put(`${b}/voicemails/vm1/record.sealed._S3rver_object`, Buffer.concat([Buffer.from('QLS1'), Buffer.from(`sealed bytes ${CANARY.callerId}`)]));
    await put(`${b}/voicemails/vm1/done.json._S3rver_object`, JSON.stringify({ id: 'vm1', callerDigits: id }));
    await put(`${b}/voicemails/vm1/notes.txt._S3rver_object`, 'nothing sensitive, but of no known kind');
    await put(`${b}/incoming/p/m/x.wav._S3rver_object`, Buffer.from('RIFF....WAVE'));
    await put(`${b}/incoming/p/m/x.wav._S3rver_metadata.json`, JSON.stringify({ 'x-amz-meta-ql-caller': CANARY.callerId }));
    const armored = `-----BEGIN PGP MESSAGE-----\n\n${CANARY.caller.full} ${CANARY.callbackSpoken}\n-----END PGP MESSAGE-----`;
    await put(`${s1}/mail/00001.eml`, `Subject: [...]\r\nX-Note: ${CANARY.caller.last}\r\n\r\n${armored}\r\n`);
    await put(`${s1}/mail/00002.eml`, 'Subject: [...]\r\n\r\nplain text, no ciphertext\r\n');
    await put(`${s1}/http/metrics.200`, `# calls from ${CANARY.callbackSpoken}\n`);
    await put(`${s1}/logs/0-worker-1.log`, `{"msg":"transcribed","who":"${CANARY.relative.first}"}\n`);
    await put(`${s1}/dirs/redis-data/appendonlydir/appendonly.aof.1.incr.aof`, `*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$10\r\n${d}\r\n`);
    await put(`${s1}/tmp-leftovers/ql-tr-abc/normalised.txt`, `${CANARY.caller.first}`);
    await put(`${s1}/positive/0.txt`, 'transcript unavailable'); // x spoke canaries: this proves nothing
    const s2 = `${a}/stacks/test_y.test.ts--dashboard-context-1`;
    await put(`${s2}/meta.json`, JSON.stringify({ file: 'test/y.test.ts', kind: 'dashboard-context', redisPlanted: true, decryptEligible: 1 }));
    await put(`${s2}/redis.jsonl`, JSON.stringify({ key: 'qltest-dash:deliver:1', type: 'hash', value: `${CANARY.planted.name} ${CANARY.planted.number}` }));
    await put(`${s2}/positive/0.txt`, `hello this is ${CANARY.caller.full.toLowerCase()} call me at ${CANARY.callbackSpoken}`);
    await put(`${a}/spoken/test_x.test.ts.json`, JSON.stringify({ file: 'test/x.test.ts' }));
    await put(`${a}/spoken/test_y.test.ts.json`, JSON.stringify({ file: 'test/y.test.ts' }));
    await put('tmp/ql-proc-1@host-abcdef/ql-ps-x/hyp.txt', CANARY.callbackSpoken);
    await put('tmp/tsx-0/compiled.js', `const CANARY = "${CANARY.caller.full}"`);
    await put('tmp/stray.txt', `beatrice`);

    const r = new Redis(REDIS_URL);
    await r.set(redisKey, `left behind: ${CANARY.callerId}`, 'EX', 600);
    r.disconnect();
    try {
      report = await sweepSuite({ artifactsDir: join(root, a), tmpDir: join(root, 'tmp'), redisUrl: REDIS_URL });
    } finally {
      await deleteRedisKeys(REDIS_URL, redisKey);
    }
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const hit = (placePart: string, token: string) =>
    assert.ok(
      report.hits.some((h) => h.place.includes(placePart) && h.token === token),
      `expected ${token} at ${placePart}; got ${report.hits.map((h) => `${h.place}: ${h.token}`).join(' | ')}`,
    );
  const problem = (part: string) => assert.ok(report.problems.some((p) => p.includes(part)), `expected a problem about ${part}; got ${report.problems.join(' | ')}`);

  it('reports a canary in each kind of place', () => {
    hit('log logs/test_x.test.ts.log', 'caller-id');
    hit('redis stacks/test_x.test.ts--stack-1 qltest-1:transcribe:1', 'callback');
    hit('redis stacks/test_x.test.ts--stack-1 (key name withheld', 'name:caller-last');
    hit('s3 of stacks/test_x.test.ts--stack-1: voicemails/vm1/done.json', 'caller-id');
    hit('s3 metadata', 'caller-id');
    hit('email stacks/test_x.test.ts--stack-1/mail/00001.eml (outside the ciphertext)', 'name:caller-last');
    hit('dashboard stacks/test_x.test.ts--stack-1/http/metrics.200', 'callback:spoken');
    hit('log stacks/test_x.test.ts--stack-1/logs/0-worker-1.log', 'name:relative-first');
    hit('file stacks/test_x.test.ts--stack-1/dirs/redis-data', 'callback');
    hit('temp file stacks/test_x.test.ts--stack-1/tmp-leftovers/ql-tr-abc', 'name:caller-first');
    hit('temp file ql-proc-1@host-abcdef', 'callback:spoken');
    hit('temp file stray.txt', 'name:relative-first');
    hit(`redis (whole server) ${redisKey}`, 'caller-id');
  });

  it('does not report sealed objects, the ciphertext, planted Redis, tsx sources, or clean files', () => {
    const places = report.hits.map((h) => h.place);
    for (const quiet of ['record.sealed', 'test_y.test.ts', 'tsx-0', 'test_clean.test.ts', 'qltest-1:clean']) {
      assert.ok(!places.some((p) => p.includes(quiet)), `no hit in ${quiet}`);
    }
    assert.equal(report.hits.filter((h) => h.place.includes('00001.eml')).length, 1, 'only the outer header of the email, not the armored part');
    assert.equal(report.counts['redis keys planted by their test (not swept)'], 1);
  });

  it('reports plaintext intermediates, unsealed objects of no allowed kind, emails without ciphertext and temp dirs left behind', () => {
    problem('voicemails/vm1/transcript.sealed: not ciphertext');
    problem('voicemails/vm1/notes.txt: unsealed');
    problem('mail/00002.eml: no OpenPGP ciphertext');
    problem('ql-tr-abc');
    problem("suite's TMPDIR: ql-proc-1@host-abcdef");
    assert.ok(!report.problems.some((p) => p.includes('incoming/') || p.includes('done.json')), 'allowed kinds are not problems');
    assert.equal(report.problems.length, 5);
  });

  it('fails the positive control of a file whose decrypted transcripts lack the canaries it spoke, and passes one whose have them', () => {
    const failures = positiveControlFailures(report);
    assert.equal(failures.length, 1);
    assert.match(failures[0]!, /^test\/x\.test\.ts: 1 decrypted transcript\(s\) lack a canary name and number/);
    const y = report.positive.find((p) => p.file === 'test/y.test.ts');
    assert.ok(y?.found.includes('name:caller-first') && y.found.includes('callback:spoken'), 'canaries found in a good transcript');
  });

  it('prints places and token labels only: no canary appears in the report', () => {
    // The report as the sweep prints it: if a canary were in it, the next sweep would find it in the logs.
    const printed = JSON.stringify(report);
    assert.deepEqual(findCanaryTokens(printed), []);
    for (const value of [CANARY.callerIdDigits, CANARY.callbackDigits, CANARY.caller.full]) assert.ok(!printed.includes(value), 'a canary value in the report');
  });
});
