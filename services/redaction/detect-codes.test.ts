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
function noType(text: string, type: PhiType): void {
  assert.deepEqual(found(text).filter(([t]) => t === type), [], `expected no ${type} in "${text}"`);
}

test('AGE: a number corrected right after an age is an age', () => {
  has("He's eighty nine, no wait, ninety now.", 'AGE', 'ninety');
  has('he is eighty nine no wait ninety now', 'AGE', 'ninety');
  has("She's 93 — sorry, 94.", 'AGE', '94');
  noType("He's seventy — sorry, seventy-one.", 'AGE');
});

test('AGE: over 89 set beside a person with no "is" or "years old"', () => {
  has('Our resident, 104, has a fever.', 'AGE', '104');
  has('my great aunt ninety seven fell again', 'AGE', 'ninety seven');
  has('she is like ninety six', 'AGE', 'ninety six');
  noType('my mother 102 degrees since last night', 'AGE');
  noType('my father ninety milligrams twice a day', 'AGE');
  noType('The resident in room 110 needs a call.', 'AGE');
});

test('PHONE: "line" as a cue, seven digits with an extension, a phone after a count word', () => {
  has('the nurse line is five five five oh one six eight', 'PHONE', 'five five five oh one six eight');
  has('reach me at five five five oh one two two extension four one', 'PHONE', 'five five five oh one two two extension four one');
  has('i have two tablets left eight oh one five five five oh one four four', 'PHONE', 'eight oh one five five five oh one four four');
  noType('take two tablets three times a day', 'PHONE');
});

test('PHONE: an hour said right before a seven-digit number is not part of it', () => {
  has('call me after four five five five oh one six nine', 'PHONE', 'five five five oh one six nine');
  assert.ok(!found('call me after four five five five oh one six nine').some(([, v]) => v.startsWith('four')));
});

test('codes: digit groups joined by a spoken "dash"', () => {
  has('my social is four one two dash six six dash one oh nine eight', 'SSN', 'four one two dash six six dash one oh nine eight');
  has('my cell is five five five dash oh one seven three', 'PHONE', 'five five five dash oh one seven three');
});

test('codes: letters said with a spelling aid and letters after the digits', () => {
  has('the member id is k as in kilo four four nine one two seven', 'HEALTH_PLAN_ID', 'k as in kilo four four nine one two seven');
  has('the pump serial number is r t four four one nine z', 'DEVICE', 'r t four four one nine z');
  has('her plate was a q r seven seven one', 'VEHICLE', 'a q r seven seven one');
  // Three letters after the digits spell a word, not the end of the code.
  assert.ok(!found('the serial is r t four four one nine and the pump beeps').some(([, v]) => v.endsWith('and')));
});

test('codes: claim, authorization and reference numbers are account numbers', () => {
  has('The claim number is 4471902385.', 'ACCOUNT', '4471902385');
  has('the prior authorization number is p a two two nine one oh four', 'ACCOUNT', 'p a two two nine one oh four');
  has('Reference QT 55102.', 'ACCOUNT', 'QT 55102');
});

test('not codes: a year after a time word', () => {
  noType('The insurance changed back in 2021.', 'HEALTH_PLAN_ID');
  assert.deepEqual(found('my insurance changed back in twenty twenty one'), []);
  assert.deepEqual(found('Since 2019 my insurance has paid for it.'), []);
});

test('AGE: a decade over 89 after "in her/his"', () => {
  has("She's in her nineties and lives alone.", 'AGE', 'nineties');
  has('he is in his late nineties', 'AGE', 'late nineties');
  noType('He is in his eighties.', 'AGE');
  noType('back in the nineties i had that surgery', 'AGE');
});

test('codes: radio-alphabet letters and "a" inside a code already begun', () => {
  has('the plate is four tango romeo nine nine one', 'VEHICLE', 'four tango romeo nine nine one');
  has('my medicare number is two a c four f g five h j six', 'HEALTH_PLAN_ID', 'two a c four f g five h j six');
  // A name after a phone number is not a letter of it.
  has('call me at five five five oh one four two victor', 'PHONE', 'five five five oh one four two');
  noType('take one a day with food', 'ACCOUNT');
});
