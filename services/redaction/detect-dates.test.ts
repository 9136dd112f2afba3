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

test('DATE: a day of the month alone after "free", "than", "in", and a second day joined by "or"/"and"', () => {
  has('I can come in the 12th or the 14th after lunch.', 'DATE', 'the 12th');
  has('I can come in the 12th or the 14th after lunch.', 'DATE', 'the 14th');
  has("i'm available the second or the third in the afternoon", 'DATE', 'the third');
  has('Could I be seen earlier than the 23rd? My knee is worse.', 'DATE', 'the 23rd');
  has("i'm free the eleventh if that works", 'DATE', 'the eleventh');
  has('She wants her labs from the 3rd of last month.', 'DATE', 'the 3rd');
  noDate("I'm free the third time you call me back.");
  noDate('Take two tablets the first three days, then one.');
  noDate('my son is in the fifth grade now');
  noDate('free the first two weeks and then ten dollars');
  noDate("it's on the second shelf in the first cabinet");
});

test('DATE: a birth year said apart from the day, written and spoken; other years stay', () => {
  has('I was born in 1962 in Ohio.', 'DATE', '1962');
  has('i was born in nineteen eighty one and i need a refill', 'DATE', 'nineteen eighty one');
  noDate('We opened in 1998 and moved in 2010.');
  noDate('i have had diabetes since twenty fifteen');
});

test('DATE: numeric birth dates with spaces, the month as an ordinal, a spoken day before the month', () => {
  has('DOB 11 3 54, thanks.', 'DATE', '11 3 54');
  has("My date of birth is the 12th of the 9th, '81.", 'DATE', "the 12th of the 9th, '81");
  has('my birthday is the second of the fourth sixty six', 'DATE', 'the second of the fourth sixty six');
  has('his birthday is twenty two march nineteen seventy', 'DATE', 'twenty two march nineteen seventy');
  has('she was born three august two thousand one', 'DATE', 'three august two thousand one');
  noDate('I take 2 10 mg tablets at 8 in the morning.');
  noDate('i took two five milligram pills at seven');
});

test('DATE spoken: month and day after a procedure named by letters and "on"', () => {
  has('i want to confirm my m r i on ten twenty two', 'DATE', 'ten twenty two');
  noDate('call me on four five six seven');
});

test('DATE: a birth year after the day and month, and birth digits read in pairs and singles', () => {
  has('I was born on the 9th of November, in 1947.', 'DATE', '1947');
  has('his dob is oh nine one one forty seven thanks', 'DATE', 'oh nine one one forty seven');
});

test('DATE: a written two-digit year with an apostrophe after the day', () => {
  has("Jan 5th '52 is my date of birth.", 'DATE', "Jan 5th '52");
});

test('DATE: a year after "back in" is no birth year, even after a birth date', () => {
  const text = 'i was born may twelfth nineteen ninety one back in twenty twenty one i had the same problem';
  assert.deepEqual(found(text).filter(([t]) => t === 'DATE'), [['DATE', 'may twelfth nineteen ninety one']]);
});

test('DATE: a day right after a birthday or due cue, or after an event and "for"/"is"', () => {
  has("My birthday's the 29th so I need it before then.", 'DATE', 'the 29th');
  has("she's due the 14th and wants a call", 'DATE', 'the 14th');
  has('My visit for the 21st needs to move.', 'DATE', 'the 21st');
  has('i was born nineteen fifty two in march', 'DATE', 'nineteen fifty two');
  noDate('the scan was the second thing they did');
  noDate('my appointment is the first one on the list');
});

test('DATE spoken: a birth year read straight into a phone number leaves the phone its ten digits', () => {
  const t = 'date of birth march ninth nineteen eighty four four one five two two seven three three oh';
  has(t, 'DATE', 'march ninth nineteen eighty');
  has(t, 'PHONE', 'four four one five two two seven three three oh');
  // Hard negative: with a pause word between them, the year keeps its last digit.
  const u = 'date of birth march ninth nineteen eighty four and my number is four one five two two seven three three oh one';
  has(u, 'DATE', 'march ninth nineteen eighty four');
});
