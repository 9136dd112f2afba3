import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.ts';
import type { PhiType } from './types.ts';

function found(text: string): [PhiType, string][] {
  return detectPhi(text).map((s) => [s.type, text.slice(s.start, s.end)]);
}
function has(text: string, type: PhiType, value: string): void {
  assert.ok(found(text).some(([t, v]) => t === type && v === value), `expected ${type} "${value}" in ${JSON.stringify(found(text))}`);
}

test('URL spoken: a label said as two words (a dropped hyphen)', () => {
  has('sign in at mychart dot lakeshore clinic dot org to see it', 'URL', 'mychart dot lakeshore clinic dot org');
  has('the forms are on records dot valley ortho dot com slash intake', 'URL', 'records dot valley ortho dot com slash intake');
});

test('URL, not EMAIL: an everyday word before "at" with no e-mail cue', () => {
  has('log into the patient portal at portal dot brightwater health dot org', 'URL', 'portal dot brightwater health dot org');
  assert.ok(!found('log into the patient portal at portal dot brightwater health dot org').some(([t]) => t === 'EMAIL'));
});

test('EMAIL spoken: a name and an initial, and a name that is also a word', () => {
  has('my email is rowena t at example dot net', 'EMAIL', 'rowena t at example dot net');
  has('you can write to meadow at example dot org', 'EMAIL', 'meadow at example dot org');
  has('send it to hope at gmail dot com', 'EMAIL', 'hope at gmail dot com');
});

test('URL spoken: "w w w" before a two-word label', () => {
  has('see w w w dot lakeshore clinic dot org slash billing', 'URL', 'w w w dot lakeshore clinic dot org slash billing');
});
