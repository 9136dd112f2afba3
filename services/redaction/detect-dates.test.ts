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
function noDate(text: string): void {
  assert.deepEqual(found(text).filter(([t]) => t === 'DATE'), [], `expected no DATE in "${text}"`);
}

test('DATE spoken: month said as "oh" and a digit, with a four- or two-digit year', () => {
  has('her date of birth is oh six twenty one nineteen fifty eight', 'DATE', 'oh six twenty one nineteen fifty eight');
  has('born oh six twenty one fifty eight', 'DATE', 'oh six twenty one fifty eight');
  has('date of birth eleven oh four eighty one', 'DATE', 'eleven oh four eighty one');
});

test('DATE spoken: digits read one by one after a birth cue (MMDDYYYY, MMDDYY)', () => {
  has('d o b zero six two one one nine five eight', 'DATE', 'zero six two one one nine five eight');
  has('my birthday is one one zero four eight one', 'DATE', 'one one zero four eight one');
  // The same digits with another cue are an identifier, not a date.
  assert.ok(!found('my member id is zero six two one one nine five eight').some(([t]) => t === 'DATE'));
});

test('DATE spoken: month and day without a year right after "on" and an event', () => {
  has('she had her biopsy on ten twelve and nobody called', 'DATE', 'ten twelve');
  has('he was admitted on four nine', 'DATE', 'four nine');
  noDate('the appointment is at three fifteen');
  noDate('can i come in on three fifteen pm');
  noDate('i take one on two days a week');
});

test('DATE: card expiry, written and spoken', () => {
  has('The card number is on file, expiration 07/29.', 'DATE', '07/29');
  has('Exp. 3/2030, billing zip the same.', 'DATE', '3/2030');
  has('the card expires oh seven twenty nine', 'DATE', 'oh seven twenty nine');
  has('expiration date twelve thirty one', 'DATE', 'twelve thirty one');
  noDate('I need 7/29 of the tablets.');
});

test('DATE: "the sixth" after "on" ends a date unless a counted noun follows', () => {
  has('my husband had his scan on the sixth call me back', 'DATE', 'the sixth');
  has('We moved it to Wednesday the 8th per your note.', 'DATE', 'Wednesday the 8th');
  noDate('it was the third attempt to reach you');
  noDate('she is on the fourth floor in room nine');
  noDate('this is the second message i have left');
  noDate('on the first try it did not work');
});

test('not dates: years alone, weekdays alone, times, event dates without cues', () => {
  noDate('back in nineteen ninety eight i had the same surgery');
  noDate('I had it done in 1998.');
  noDate('she was seen on tuesday');
  noDate('call after six thirty tonight');
  noDate('we close at five on fridays');
});

test('DATE: a two-digit year after a birth date, and month with year after a cue', () => {
  has('born october ninth thirty one', 'DATE', 'october ninth thirty one');
  has("DOB Oct 9 '31, please call.", 'DATE', "Oct 9 '31");
  has('she was born in march of nineteen thirty one', 'DATE', 'march of nineteen thirty one');
  noDate('i will march in the parade in nineteen ninety');
});
