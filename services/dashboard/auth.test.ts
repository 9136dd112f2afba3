import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createAuthPolicy,
  csrfMatches,
  DashboardAuthConfigError,
  DashboardTokenTooShortError,
  isLoopbackBind,
  isLoopbackHostHeader,
  isSameOrigin,
  parseAuthorization,
} from './auth.ts';

const VIEW = 'viewer-token-0123456789';
const OPS = 'operator-token-0123456789';
const basic = (pw: string, user = 'ops') => `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}`;

test('loopback without a token is open; anything else without one refuses to start', () => {
  assert.equal(createAuthPolicy({ host: '127.0.0.1' }).identify(undefined)?.role, 'operator');
  assert.throws(() => createAuthPolicy({ host: '0.0.0.0' }), DashboardAuthConfigError);
  assert.throws(() => createAuthPolicy({ host: '127.0.0.2' }), DashboardAuthConfigError);
  assert.throws(() => createAuthPolicy({ host: '0.0.0.0', token: 'short' }), DashboardTokenTooShortError);
  assert.equal(isLoopbackBind('::1'), true);
  assert.equal(isLoopbackBind('10.0.0.5'), false);
});

test('a single token views and acts, by Bearer or Basic password', () => {
  const p = createAuthPolicy({ host: '0.0.0.0', token: VIEW });
  assert.equal(p.required, true);
  assert.equal(p.identify(undefined), null);
  assert.equal(p.identify('Bearer wrong-token-0123456789'), null);
  assert.deepEqual(p.identify(`Bearer ${VIEW}`), { role: 'operator', via: 'bearer' });
  assert.deepEqual(p.identify(basic(VIEW)), { role: 'operator', via: 'basic' });
  assert.equal(p.identify(basic('nope')), null);
  // A token set on loopback is still required.
  assert.equal(createAuthPolicy({ host: '127.0.0.1', token: VIEW }).identify(undefined), null);
});

test('with both tokens the plain one only views', () => {
  const p = createAuthPolicy({ host: '0.0.0.0', token: VIEW, operatorToken: OPS });
  assert.equal(p.identify(`Bearer ${VIEW}`)?.role, 'viewer');
  assert.equal(p.identify(`Bearer ${OPS}`)?.role, 'operator');
  assert.equal(createAuthPolicy({ host: '0.0.0.0', operatorToken: OPS }).identify(basic(OPS))?.role, 'operator');
});

test('header parsing, CSRF and origin checks', () => {
  assert.equal(parseAuthorization('Digest abc'), null);
  assert.equal(parseAuthorization(`Basic ${Buffer.from('nocolon').toString('base64')}`), null);
  assert.equal(csrfMatches('abc', 'abc'), true);
  assert.equal(csrfMatches('abc', 'abd'), false);
  assert.equal(csrfMatches(undefined, 'abc'), false);
  assert.equal(isSameOrigin({ origin: 'http://127.0.0.2:8080', host: '127.0.0.2:8080' }), true);
  assert.equal(isSameOrigin({ origin: 'https://evil.example', host: '127.0.0.2:8080' }), false);
  assert.equal(isSameOrigin({ host: '127.0.0.2:8080' }), false);
  assert.equal(isSameOrigin({ origin: 'http://a:1', host: 'a:1', 'sec-fetch-site': 'cross-site' }), false);
  assert.equal(isLoopbackHostHeader('127.0.0.1:8080'), true);
  assert.equal(isLoopbackHostHeader('[::1]:8080'), true);
  assert.equal(isLoopbackHostHeader('rebind.evil.example:8080'), false);
});
