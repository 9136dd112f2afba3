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

test('ADDRESS spoken: the city after "in" belongs to the street address', () => {
  has('we live at sixty two larch street in poughkeepsie now', 'ADDRESS', 'sixty two larch street in poughkeepsie');
  has('she is at four ten harbor road in santa rosa', 'ADDRESS', 'four ten harbor road in santa rosa');
  has('send it to nine elm court in vermont please', 'ADDRESS', 'nine elm court in vermont');
  has('We live at 62 Larch Street in Poughkeepsie now.', 'ADDRESS', '62 Larch Street in Poughkeepsie');
});

test('ADDRESS spoken: everyday words after "in" are not a city', () => {
  has('i fell at sixty two larch street in the rain', 'ADDRESS', 'sixty two larch street');
  has('i was at sixty two larch street in pain all night', 'ADDRESS', 'sixty two larch street');
});

test('ADDRESS: a P.O. box takes its city, state and ZIP code, written and spoken', () => {
  has('Mail it to P.O. Box 818, Keene, NH 03431.', 'ADDRESS', 'P.O. Box 818, Keene, NH 03431');
  has('mail it to p o box eight one eight keene new hampshire oh three four three one', 'ADDRESS',
    'p o box eight one eight keene new hampshire oh three four three one');
});
