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

test('PHONE: a hesitation inside the number, written and spoken', () => {
  has('My number is 555, uh, 234-8812. Alright.', 'PHONE', '555, uh, 234-8812');
  has('my number is four one five um five five five oh one nine nine', 'PHONE', 'four one five um five five five oh one nine nine');
  noType('I take five uh six pills a day and walk two uh three miles.', 'PHONE');
});

test('PHONE: read again in words after the digits, "double" inside hyphenated words, a spoken "plus"', () => {
  has("Call me at 312-555-0176, that's three one two, five five five, oh one seven six.", 'PHONE', 'three one two, five five five, oh one seven six');
  has('My number is double-five-five, oh-four-one-one. Thanks.', 'PHONE', 'double-five-five, oh-four-one-one');
  has('my cell is plus four four seven seven zero nine one two three four five six', 'PHONE', 'plus four four seven seven zero nine one two three four five six');
});

test('PHONE: a filler "oh" after ten digits is no eleventh digit', () => {
  has("call me back at six one seven five five five oh one two two oh and it's dana", 'PHONE', 'six one seven five five five oh one two two');
  has("my number is five five five oh one four two oh and that's my cell", 'PHONE', 'five five five oh one four two');
  // Eight digits ending in "oh" without an aside after it keep their "oh".
  has('you can text me on five three two six one one eight oh any time', 'PHONE', 'five three two six one one eight oh');
});

test('SSN: written with words in comma groups after a social security cue', () => {
  has('My social security number is four one two, seven seven, nine zero one eight.', 'SSN', 'four one two, seven seven, nine zero one eight');
  noType('I have four one two, seven seven, nine zero one eight.', 'SSN');
});

test('Codes: a billing code after "a" is no account; a trailing letter "a" ends a device id before a pronoun', () => {
  noType('It shows a charge for a 99213 and a 36415.', 'ACCOUNT');
  noType('it shows a charge for a nine nine two one three', 'ACCOUNT');
  has('my driver\'s license number is a four seven seven one two three nine', 'LICENSE', 'a four seven seven one two three nine');
  has('the serial number is q t seven seven one two a his name is on it', 'DEVICE', 'q t seven seven one two a');
  has('the serial number is q t seven seven one two a big one', 'DEVICE', 'q t seven seven one two');
});

test('AGE: a reading after temperature, sugar or pressure is no age', () => {
  noType('My temperature was a hundred and one this morning.', 'AGE');
  noType('his sugar was ninety five and then a hundred and ten', 'AGE');
  has("my husband is ninety four and he's dizzy", 'AGE', 'ninety four');
});

test('PHONE: digits broken off before a correction are part of the number read again', () => {
  has('Yes, the callback number is 602-418, sorry, 602-481-3370. Thanks.', 'PHONE', '602-418');
  has('the callback number is six oh two four one eight sorry six oh two four eight one three three seven oh', 'PHONE', 'six oh two four one eight');
  // Hard negatives: a dose corrected, and a number whose area code differs from the one read after it.
  assert.deepEqual(found('I take 20, sorry, 25 units. Call 602-481-3370.').filter(([t]) => t === 'PHONE'), [['PHONE', '602-481-3370']]);
  assert.deepEqual(found('call me at 312 no wait 602-481-3370').filter(([t]) => t === 'PHONE'), [['PHONE', '602-481-3370']]);
});

test('codes: an id read straight into a phone number is split into both', () => {
  const t = 'my mrn is four two two six oh one five eight three one two five five five two nine four one';
  has(t, 'MRN', 'four two two six oh one five eight');
  has(t, 'PHONE', 'three one two five five five two nine four one');
  // Not split: an id whose trailing ten digits cannot be a North American number.
  has('my member id is one two three four five six seven eight nine oh one two three four five six seven', 'HEALTH_PLAN_ID',
    'one two three four five six seven eight nine oh one two three four five six seven');
});

test('HEALTH_PLAN_ID: an insurer named before a partial id; its phone line stays a phone', () => {
  has('It\'s Aetna, and the ID starts with K7731. I\'ll come by.', 'HEALTH_PLAN_ID', 'K7731');
  has('its aetna and the id starts with k seven seven three one', 'HEALTH_PLAN_ID', 'k seven seven three one');
  has('I called Cigna at 800-555-0142 yesterday.', 'PHONE', '800-555-0142');
  has('i called cigna at eight oh oh five five five oh one four two', 'PHONE', 'eight oh oh five five five oh one four two');
});
