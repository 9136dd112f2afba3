import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPolicy, policyTypes, UnknownPolicyError } from './policy.ts';
import { detectPhi } from './detect.ts';
import type { PolicyName } from './types.ts';

const TEXT = "Hi, this is Ruth Abara for Dr. Mendel. My social is 512-44-9031, call me at 503-555-0142.";

test('standard masks what staff need not see, keeps name and phone', () => {
  const r = applyPolicy(TEXT, detectPhi(TEXT), 'standard');
  assert.equal(r.text, 'Hi, this is Ruth Abara for Dr. Mendel. My social is [SSN], call me at 503-555-0142.');
  assert.deepEqual(r.maskedTypes, ['SSN']);
});

test('safe-harbor masks names and phones too, but not the clinician', () => {
  const r = applyPolicy(TEXT, detectPhi(TEXT), 'safe-harbor');
  assert.equal(r.text, 'Hi, this is [NAME] for Dr. Mendel. My social is [SSN], call me at [PHONE].');
  assert.deepEqual(r.maskedTypes, ['NAME', 'PHONE', 'SSN']);
});

test('maskProviders adds PROVIDER', () => {
  const r = applyPolicy(TEXT, detectPhi(TEXT), 'safe-harbor', { maskProviders: true });
  assert.match(r.text, /for \[PROVIDER\]\./);
  assert.ok(policyTypes('standard', { maskProviders: true }).has('PROVIDER'));
  assert.ok(!policyTypes('standard').has('PROVIDER'));
});

test('none masks nothing', () => {
  const r = applyPolicy(TEXT, detectPhi(TEXT), 'none');
  assert.equal(r.text, TEXT);
  assert.deepEqual(r.maskedTypes, []);
});

test('policy sets', () => {
  assert.deepEqual([...policyTypes('standard')].sort(), ['ACCOUNT', 'ADDRESS', 'CARD', 'EMAIL', 'HEALTH_PLAN_ID', 'LICENSE', 'SSN']);
  const sh = policyTypes('safe-harbor');
  for (const t of ['NAME', 'PHONE', 'DATE', 'MRN', 'AGE', 'URL', 'IP', 'VEHICLE', 'DEVICE'] as const) assert.ok(sh.has(t), t);
  assert.ok(!sh.has('PROVIDER'));
  assert.throws(() => policyTypes('bogus' as PolicyName), UnknownPolicyError);
});
