import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bearerToken, identifyApiKey, parseSignatureHeader, signBody, verifyHmac } from './upload-auth.ts';
import { TokenBuckets } from './rate-limit.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('upload authentication', () => {
  it('finds the practice and key id of a presented API key from its SHA-256 only', () => {
    const keys = new Map([
      ['riverside', [{ id: 'old', sha256: sha('k-old') }, { id: 'new', sha256: sha('k-new') }]],
      ['lakeside', [{ id: 'pbx', sha256: sha('k-lake').toUpperCase() }]],
    ]);
    assert.deepEqual(identifyApiKey(keys, 'k-new'), { practiceId: 'riverside', keyId: 'new' });
    assert.deepEqual(identifyApiKey(keys, 'k-lake'), { practiceId: 'lakeside', keyId: 'pbx' });
    assert.equal(identifyApiKey(keys, 'k-other'), null);
    assert.equal(bearerToken('Bearer abc'), 'abc');
    assert.equal(bearerToken('Basic abc'), null);
  });

  it('verifies t.body HMAC signatures within the tolerance, with rotation', () => {
    const body = Buffer.from('audio bytes');
    const t = 1_800_000_000;
    const header = `t=${t},v1=${signBody('s2', t, body)}`;
    assert.deepEqual(parseSignatureHeader(header)?.t, t);
    assert.equal(verifyHmac(['s1', 's2'], header, body, t + 10, 300), 'ok');
    assert.equal(verifyHmac(['s1'], header, body, t, 300), 'signature-invalid');
    assert.equal(verifyHmac(['s2'], header, Buffer.from('other'), t, 300), 'signature-invalid');
    assert.equal(verifyHmac(['s2'], header, body, t + 301, 300), 'signature-expired');
    assert.equal(verifyHmac(['s2'], 'v1=zz', body, t, 300), 'signature-malformed');
  });

  it('token buckets allow a burst, then refuse with a retry time, then refill', () => {
    const b = new TokenBuckets({ capacity: 2, refillPerSec: 0.5 });
    assert.deepEqual(b.take('k', 0), { ok: true });
    assert.deepEqual(b.take('k', 0), { ok: true });
    assert.deepEqual(b.take('k', 0), { ok: false, retryAfterSec: 2 });
    assert.deepEqual(b.peek('other', 0), { ok: true });
    assert.deepEqual(b.take('k', 2000), { ok: true });
  });
});
