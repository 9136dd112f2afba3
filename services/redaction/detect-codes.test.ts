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

test('money is no ACCOUNT: an amount owed, paid or charged, written and spoken', () => {
  noType('the billing letter says we still owe fourteen hundred twenty dollars', 'ACCOUNT');
  has('billing says we still owe fourteen hundred twenty dollars and the account is four four one two seven seven three', 'ACCOUNT', 'four four one two seven seven three');
  noType('The billing letter says we still owe 2165 on it.', 'ACCOUNT');
  noType('they charged me six hundred fifty for the visit', 'ACCOUNT');
  noType('The invoice shows a balance of 1275 still open.', 'ACCOUNT');
  noType('i paid three hundred and ten bucks already', 'ACCOUNT');
  // Hard negatives: an id after "pay on account" or with a claim cue stays an id.
  has('please pay on account seven seven one two nine three four', 'ACCOUNT', 'seven seven one two nine three four');
  has('I owe 1,420 dollars on claim 88-44-1902.', 'ACCOUNT', '88-44-1902');
});

test('an ordinal is no ACCOUNT: "the 14th" after a confirmation cue', () => {
  noType('The confirmation letter said the 14th, not Thursday.', 'ACCOUNT');
  noType('the confirmation letter said the fourteenth not thursday', 'ACCOUNT');
  has('The confirmation letter said the 14th, not Thursday.', 'DATE', 'the 14th');
});

test('PHONE: seven digits with no id cue, "I\'m at ...", and "just in case" names no case number', () => {
  has("i'm around weekday mornings six one two oh four four one", 'PHONE', 'six one two oh four four one');
  has("i'm at eight three one two two oh nine", 'PHONE', 'eight three one two two oh nine');
  has('My number, just in case, is (541) 402-7715.', 'PHONE', '(541) 402-7715');
  has('my number just in case is five four one four oh two seven seven one five', 'PHONE', 'five four one four oh two seven seven one five');
  // Hard negative: seven digits after an id cue stay that id.
  has('my account number is six one two oh four four one', 'ACCOUNT', 'six one two oh four four one');
  has('the case number is 4417203', 'ACCOUNT', '4417203');
});

test('PHONE: a clock time said right before a phone number is left out of it', () => {
  has('call me anytime after ten four one five five five five two one nine eight', 'PHONE', 'four one five five five five two one nine eight');
  has("i'm free monday at two thirty three one two five five five oh one nine nine", 'PHONE', 'three one two five five five oh one nine nine');
  has('stop by at eleven thirty five five five oh one nine four', 'PHONE', 'five five five oh one nine four');
  has('i take it at eleven and at eleven twenty two one two five five five oh one nine nine', 'PHONE', 'two one two five five five oh one nine nine');
  has('Call me after 4 617-555-0188 thanks.', 'PHONE', '617-555-0188');
  noType('call me anytime after ten four one five five five five two one nine eight', 'ACCOUNT');
  // A whole ten-digit number after "at" keeps its first word, and so does a number right after "me at".
  has('the clinic is at two one two five five five oh one nine nine', 'PHONE', 'two one two five five five oh one nine nine');
  has('reach me at five seven oh three four one ninety oh twenty six', 'PHONE', 'five seven oh three four one ninety oh twenty six');
});

test('PHONE: a restarted number masks every digit of the abandoned start', () => {
  const t = 'my number is six one seven four oh sorry six one seven four oh eight five five two one two';
  has(t, 'PHONE', 'six one seven four oh');
  has(t, 'PHONE', 'six one seven four oh eight five five two one two');
  const w = 'My number is 617-55... sorry, 617-555-0188.';
  has(w, 'PHONE', '617-55');
  has(w, 'PHONE', '617-555-0188');
  has('my cell is two one two oh oh sorry two one two oh oh five five five nine nine', 'PHONE', 'two one two oh oh');
  // "oh" as an interjection before the correction is no digit when the number read again goes on otherwise.
  has('my number is four one five oh sorry four one five eight eight two one two one two', 'PHONE', 'four one five');
  const f = found('my number is four one five oh sorry four one five eight eight two one two one two');
  assert.ok(!f.some(([, v]) => v === 'four one five oh'), JSON.stringify(f));
});

test('PHONE: a time range before the number, and a restart said in words', () => {
  has("i'm free from nine to five two one two five five five oh one nine nine", 'PHONE', 'two one two five five five oh one nine nine');
  has('call between two and four four one five five five five two one nine eight', 'PHONE', 'four one five five five five two one nine eight');
  const t = 'my number is seven one three two oh let me start over seven one three two oh four four one five five';
  has(t, 'PHONE', 'seven one three two oh');
  has(t, 'PHONE', 'seven one three two oh four four one five five');
});

test('code types: a cue in the sentence just before ("Medicare number. It\'s ..."), written and spoken', () => {
  has('They asked for his updated Medicaid number. It is 4HT7-K21-QP90.', 'HEALTH_PLAN_ID', '4HT7-K21-QP90');
  has('I was told to phone in my driver\'s license since I can\'t scan it. It\'s Q719-3320-8841.', 'LICENSE', 'Q719-3320-8841');
  has('i think you typed the wrong i d on my plan the insurance was denied it should be r k m five five one two nine three eight', 'HEALTH_PLAN_ID',
    'r k m five five one two nine three eight');
  // An account cue stays an account; a nearer phone cue keeps a phone.
  has('My account is overdue. It\'s 88213400.', 'ACCOUNT', '88213400');
  has('My member card is expired. Call me at 312-555-0187.', 'PHONE', '312-555-0187');
});

test('code types: a second code joined by "and" to a typed one shares its type; its own cue wins', () => {
  has('Both member IDs are KQZ 551203948 and KQZ 551203949.', 'HEALTH_PLAN_ID', 'KQZ 551203949');
  has('both member i ds are k q z five five one two oh three nine four eight and k q z five five one two oh three nine four nine', 'HEALTH_PLAN_ID',
    'k q z five five one two oh three nine four nine');
  has('My member ID is 88231 and my account is 77120045.', 'ACCOUNT', '77120045');
});

test('PHONE: an area code said apart from a seven-digit number completes it', () => {
  has("My number's 555-0188, area code 218.", 'PHONE', '218');
  has('call five five five oh one eight eight the area code is two one eight', 'PHONE', 'two one eight');
  // When the number already has its area code, repeating it adds nothing: no extra span.
  assert.equal(found('Call 218-555-0188, that is area code 218.').filter(([t]) => t === 'PHONE').length, 1);
});

test('PHONE: written digit groups with an ellipsis pause, and a glued "x" extension', () => {
  has('Reach me at 763... 555... 0192.', 'PHONE', '763... 555... 0192');
  has('Please call 763.555.0192 x44 after lunch.', 'PHONE', '763.555.0192 x44');
  noType('I waited 10... 15... 20 minutes.', 'PHONE');
});

test('PHONE: the end of a number repaired after "sorry", written and spoken', () => {
  has('my number is seven six three five five five oh one nine no sorry oh one nine two', 'PHONE', 'oh one nine two');
  has('It is 763-555-0129, sorry, 0192.', 'PHONE', '0192');
  noType('Call 763-555-0192, sorry, 20 minutes late.', 'ACCOUNT');
  assert.equal(found('my number is seven six three five five five oh one nine two sorry i have two questions').filter(([t]) => t === 'PHONE').length, 1);
});

test('AGE: a spelled, hyphenated "-year-old" over 89; oximeter readings in the nineties are no age', () => {
  has('Her aunt is a ninety-four-year-old widow.', 'AGE', 'ninety-four-year-old');
  noType('He is a sixty-four-year-old man.', 'AGE');
  noType('my o two sat is ninety three', 'AGE');
  noType('her o two was ninety one this morning', 'AGE');
  noType('Her SpO2 was 92 this morning.', 'AGE');
  has('his pulse is fine and his dad is ninety three', 'AGE', 'ninety three');
});

test('VEHICLE: a written plate whose letters are apart from a short number', () => {
  has('The plate on my car is KWT 318.', 'VEHICLE', 'KWT 318');
  noType('Turn left at ER 3 and wait.', 'VEHICLE');
});

test('PHONE: an area code said before "is the area code" or as "a ... number", with a local number', () => {
  has('four one five is the area code then five five five oh one seven seven', 'PHONE', 'four one five');
  has("It's a 415 number, 555-0177.", 'PHONE', '415');
  // No local number to complete: "a 300 number limit" is no area code.
  noType('There is a 300 number limit on the form.', 'PHONE');
});

test('AGE: an ordinal birthday over 89, "going on" and "who\'s" before an age', () => {
  has('We are throwing her 96th birthday party Sunday.', 'AGE', '96th');
  has('we are throwing her ninety sixth birthday party sunday', 'AGE', 'ninety sixth');
  has('it was his one hundred and second birthday', 'AGE', 'one hundred and second');
  noType('It was her 46th birthday.', 'AGE');
  has('my uncle is going on ninety two', 'AGE', 'ninety two');
  has('my aunt who\'s ninety four fell', 'AGE', 'ninety four');
  noType('the movie was going on ninety minutes', 'AGE');
});

test('SSN: "SS number" and spoken "s s number" cue a social security number', () => {
  has('my s s number is five one seven two two eight four four nine', 'SSN', 'five one seven two two eight four four nine');
  has('My SS number is 517228449.', 'SSN', '517228449');
});

test('AGE: a number over 89 after "is" with a thing as the subject is no age; a person keeps it', () => {
  noType('My apartment is 106 on the left.', 'AGE');
  noType('the total was one hundred twelve', 'AGE');
  noType('Her room number is 118.', 'AGE');
  has('My grandfather is 96.', 'AGE', '96');
  has('the resident is one hundred and three', 'AGE', 'one hundred and three');
});

test('PHONE: groups of a number joined by "and then", "okay" or "the last four are", spoken and written', () => {
  has('my cell is nine five two and then four four four and then oh one eight six', 'PHONE', 'nine five two and then four four four and then oh one eight six');
  has('call me at nine five two four four four okay oh one eight six', 'PHONE', 'nine five two four four four okay oh one eight six');
  has('my number is nine five two four four four and the last four are oh one eight six', 'PHONE',
    'nine five two four four four and the last four are oh one eight six');
  has('My cell is 952-444, and then 0186.', 'PHONE', '952-444, and then 0186');
  noType('i take two and then three and then four tablets', 'PHONE');
});

test("PHONE: the caller's own extension alone, written and spoken", () => {
  has("I'm at extension 3081 most afternoons.", 'PHONE', '3081');
  has("i'm at extension three oh eight one most afternoons", 'PHONE', 'three oh eight one');
  has('My extension is 552 if the desk picks up.', 'PHONE', '552');
  has('my extension is five five two if the desk picks up', 'PHONE', 'five five two');
  has('you can reach me at ext 7190', 'PHONE', '7190');
});

test("PHONE: a practice's extension or menu option is no caller's number", () => {
  noType('Please press 4 for the pharmacy.', 'PHONE');
  noType('please press four for the pharmacy', 'PHONE');
  noType('I tried your extension 12 twice.', 'PHONE');
  noType('i tried your extension twelve twice', 'PHONE');
  noType('what is the extension for billing, is it 31?', 'PHONE');
});

test('DEVICE: an id after "device ID" or a device word, even with "on her card" between, written and spoken', () => {
  has('The device ID on his card is KWT 640185.', 'DEVICE', 'KWT 640185');
  has('the device i d on his card is k w t six four oh one eight five', 'DEVICE', 'k w t six four oh one eight five');
  has('The pump serial number is RZ 77120.', 'DEVICE', 'RZ 77120');
  // A payment card stays one when no id label comes before "on my card".
  has('There were charges on my card ending in 7310.', 'CARD', '7310');
});

test('HEALTH_PLAN_ID: a bare ID after "I\'m with <plan>", and the spoken label "i d" stays outside', () => {
  has("I'm with Keystone, ID 604118273.", 'HEALTH_PLAN_ID', '604118273');
  has("i'm with keystone i d six oh four one one eight two seven three", 'HEALTH_PLAN_ID', 'six oh four one one eight two seven three');
  has('my member i d six oh four one one eight two seven three', 'HEALTH_PLAN_ID', 'six oh four one one eight two seven three');
  noType("I'm with my daughter today, ID 604118273 is her account.", 'HEALTH_PLAN_ID');
});

test('SSN: nine digits without a cue of their own after the caller spoke of their social', () => {
  has('i need my social fixed they typed it wrong it should be five two eight one one four six oh three', 'SSN', 'five two eight one one four six oh three');
  noType('my account is five two eight one one four six oh three', 'SSN');
  noType('the social worker visit went fine. my account is five two eight one one four six oh three', 'SSN');
});

test('MRN spoken: the spelled label "m r n" stays outside an id that has its own letters', () => {
  has('a records request for our patient m r n k t four four one oh nine two thanks', 'MRN', 'k t four four one oh nine two');
  assert.ok(!found('a records request for our patient m r n k t four four one oh nine two thanks').some(([, v]) => v.startsWith('m r n')));
});

test('HEALTH_PLAN_ID spoken: "member i d" read with "i" as a word still leaves the label outside', () => {
  const t = 'for member dorian vale member i d q r t five five one two oh eight four please';
  has(t, 'HEALTH_PLAN_ID', 'q r t five five one two oh eight four');
});

test('HEALTH_PLAN_ID: "my ID" after the caller spoke of their insurance, written and spoken', () => {
  has('My insurance card came with my name wrong. Also my ID is W55102938.', 'HEALTH_PLAN_ID', 'W55102938');
  has('my insurance card came with my name wrong also my i d is w five five one oh two nine three eight', 'HEALTH_PLAN_ID',
    'w five five one oh two nine three eight');
  noType('my i d is w five five one oh two nine three eight', 'HEALTH_PLAN_ID');
});

test('MRN: "record number" names a chart; a written "MR" prefix set apart and a spoken "m r dash" belong to it', () => {
  has('Her record number is 5512093, thanks.', 'MRN', '5512093');
  has('his record number with you is q p oh four four one nine two', 'MRN', 'q p oh four four one nine two');
  has('It should be under MR 0091 337 at your office.', 'MRN', 'MR 0091 337');
  has('the chart i think is m r dash oh oh seven one four four two', 'MRN', 'm r dash oh oh seven one four four two');
  noType('For the record, call 555-0134 tomorrow.', 'MRN');
  noType('Mr. 5512093 is no name at all.', 'MRN');
});

test('SSN and CARD: the "last four" of a number the caller spoke of before', () => {
  has('My social is wrong on the bill. The last four should be 7715.', 'SSN', '7715');
  has('my social on the claim is wrong the last four are two oh nine six', 'SSN', 'two oh nine six');
  has('I paid with my Visa last week. The last four are 4410.', 'CARD', '4410');
  noType('I called about the last four bills, they come to 4410 dollars.', 'SSN');
  noType('the last four weeks were hard', 'SSN');
});

test('AGE: the same age said twice', () => {
  has("Grandpa's 101, yeah, 101, and sharp as ever.", 'AGE', '101');
  has("she's a hundred and one yeah a hundred and one", 'AGE', 'a hundred and one');
  has("i'm ninety seven ninety seven years old", 'AGE', 'ninety seven ninety seven');
  noType('He takes 2 tablets, yeah, 2 tablets a day.', 'AGE');
});

test('ADDRESS: five digits named a ZIP code by the words after them', () => {
  has('We just moved into the 98103 zip code.', 'ADDRESS', '98103');
  has('we live in the nine eight one oh three zip code now', 'ADDRESS', 'nine eight one oh three');
  noType('I owe 98103 cents, ha.', 'ADDRESS');
});

test('PHONE: a number begun, broken off and said whole, and an ending corrected', () => {
  has('My cell is, um, 312... sorry, 312-448-9021.', 'PHONE', '312');
  has('my cell is three one two can you hear me three one two four four eight nine oh two one', 'PHONE', 'three one two');
  has('Call me at 312-448-9021. Oh no, sorry, it\'s 9012.', 'PHONE', '9012');
  noType('I take 312 milligrams, and my number is 312-448-9021.', 'AGE');
  assert.ok(!found('I take 312 milligrams, and my number is 312-448-9021.').some(([t, v]) => t === 'PHONE' && v === '312'));
  assert.ok(!found('The bill was 9012 dollars. Call me at 312-448-9021.').some(([t, v]) => t === 'PHONE' && v === '9012'));
});

test('HEALTH_PLAN_ID: a written letter prefix keeps an insurer\'s id an id; "a a r p"; "the number is" defers to the cue before it', () => {
  has('My member ID with Humana is HX 22 0481 7765.', 'HEALTH_PLAN_ID', 'HX 22 0481 7765');
  has('the new plan id is a a r p oh five five one nine two three three', 'HEALTH_PLAN_ID', 'a a r p oh five five one nine two three three');
  has('i got the new medicaid card the number is five five one oh two nine eight eight four k', 'HEALTH_PLAN_ID',
    'five five one oh two nine eight eight four k');
  has('the number is five five five oh one two two', 'PHONE', 'five five five oh one two two');
});

test('Types by cue: CDL, a tag number, a machine\'s number, a device card, a Medicare card number with letters', () => {
  has('My CDL number is M4428107.', 'LICENSE', 'M4428107');
  has("I'll be in the white Ford, tag number 4HK-772.", 'VEHICLE', '4HK-772');
  has('the machine number on the back is r s two oh four four seven one nine three eight two', 'DEVICE', 'r s two oh four four seven one nine three eight two');
  has('the serial on the pacemaker card is p j n four one eight two zero seven h', 'DEVICE', 'p j n four one eight two zero seven h');
  has("I'm calling about my Medicare. The card number is 7TW1-QP3-HA58.", 'HEALTH_PLAN_ID', '7TW1-QP3-HA58');
  has('the oxygen concentrator which is i n five z two oh seven seven four one', 'ACCOUNT', 'i n five z two oh seven seven four one');
});

test('VEHICLE and DEVICE spoken: a plate\'s letters on both sides of few digits, an "a" inside a long serial', () => {
  has('the car is a gray honda the plate is n j k four seven p l d and it is parked out front', 'VEHICLE', 'n j k four seven p l d');
  has('the serial number on the machine is s n two two four one seven a oh nine three eight', 'DEVICE', 's n two two four one seven a oh nine three eight');
  has('call me at five five five one two one two a day', 'PHONE', 'five five five one two one two');
});

test('PHONE spoken: ten digits that read as a phone number right after a dose word', () => {
  has("before i take tonight's dose four one two eight eight one zero zero six three", 'PHONE', 'four one two eight eight one zero zero six three');
  noType('take two tablets four times a day', 'PHONE');
});

test('Codes: an "a" between a serial\'s digits, a plate ending in a group of capitals', () => {
  has('the serial on the aid is one four a oh nine nine two r thanks', 'DEVICE', 'one four a oh nine nine two r');
  has("The van's plate is MN 884 CTX and it's white.", 'VEHICLE', 'MN 884 CTX');
  noType('i take one a day', 'DEVICE');
});

test('AGE and HEALTH_PLAN_ID: "pushing a hundred", a hyphenated ordinal birthday, a supplement id', () => {
  has('My mother is pushing a hundred and still sharp.', 'AGE', 'a hundred');
  has('He just had his ninety-second birthday.', 'AGE', 'ninety-second');
  noType('He just had his eighty-second birthday.', 'AGE');
  has('my a a r p supplement id is four one eight eight two oh nine one five', 'HEALTH_PLAN_ID', 'four one eight eight two oh nine one five');
});

test('VEHICLE spoken: letters after a plate\'s digits count toward its length', () => {
  has('the wisconsin plate is seven eight one k t r thanks', 'VEHICLE', 'seven eight one k t r');
});

test('LICENSE: a state ID number', () => {
  has('My state ID number is SX 330 982.', 'LICENSE', 'SX 330 982');
});

test('DEVICE spoken: one last letter closes a serial that has letters in it already', () => {
  has('the serial on the pump is k t four four one nine oh two six j i already changed the site', 'DEVICE', 'k t four four one nine oh two six j');
  has('the serial on the hearing aid is two six b oh four four one x i cannot hear the phone', 'DEVICE', 'two six b oh four four one x');
  has('the serial number on the bottom is w m three three oh eight one two a i live out of town', 'DEVICE', 'w m three three oh eight one two a');
});

test('AGE: an age over 89 said roughly, and "a hundred and ..." right after a name', () => {
  has("my great uncle horace he's ninety something and still drives", 'AGE', 'ninety something');
  has("She's ninety-something and lives alone.", 'AGE', 'ninety-something');
  has('we have theodora vasquez a hundred and two who needs a flu shot', 'AGE', 'a hundred and two');
});

test('SSN, MRN, ACCOUNT: a caller\'s own "last four", a client number, court and probation numbers', () => {
  has('My Medicaid is 100883120. My last four is 7731.', 'SSN', '7731');
  has('my client number is four one two two nine oh', 'MRN', 'four one two two nine oh');
  has('The docket number is 24CR-00913 and the hearing is Monday.', 'ACCOUNT', '24CR-00913');
  has('his probation id is p r seven seven four one oh two', 'ACCOUNT', 'p r seven seven four one oh two');
});

test('VEHICLE, LICENSE: the issuing state\'s code before a plate or a licence number', () => {
  has("The tow truck's plate was OH 7KD-2241.", 'VEHICLE', 'OH 7KD-2241');
  has('My CDL number is PA 38 114 902.', 'LICENSE', 'PA 38 114 902');
  has("Hi, it's Dana, state ID T55102938.", 'LICENSE', 'T55102938');
});

test('PHONE spoken: a count or an age said before a whole phone number, and a filler "oh" after one', () => {
  has("she's fourteen three one nine five five five oh one seven six thanks", 'PHONE', 'three one nine five five five oh one seven six');
  has('mom is ninety three six oh one five five five oh one seventy two', 'AGE', 'ninety three');
  has('call me back at three three one five five five zero one one eight oh and this is deb', 'PHONE', 'three three one five five five zero one one eight');
  has('tuesdays and thursdays after three six oh eight five five five oh one three oh thanks', 'PHONE', 'six oh eight five five five oh one three oh');
});

test('AGE: "we\'re both" and an elder set off by commas', () => {
  has("We're both 91 and we live alone.", 'AGE', '91');
  has("he's one of our elders, ninety two, and he needs a ride", 'AGE', 'ninety two');
  noType("we're both thirty and fine", 'AGE');
});

test('SSN after a name and "last four"; a seven- or eight-digit id with a closing letter is no phone number', () => {
  has('For the veteran, Raymond Kuehl, last four 6608, thanks.', 'SSN', '6608');
  has("she's on medi cal her number is nine one eight three six two five four e thanks", 'HEALTH_PLAN_ID', 'nine one eight three six two five four e');
  has('call me at five five five oh one two three b as in boy', 'PHONE', 'five five five oh one two three');
  has('the card\'s last four 4242', 'CARD', '4242');
});

test('PHONE: Spanish digit words read as a number; the last part of a number corrected', () => {
  has('mi numero es seis uno siete cinco cinco cinco cero uno dos ocho gracias', 'PHONE', 'seis uno siete cinco cinco cinco cero uno dos ocho');
  noType('tengo dos o tres preguntas', 'PHONE');
  has('My number is 412-555-0182, wait, no, the last part is 0128. Thanks.', 'PHONE', '0128');
  has('call five zero three five five five oh one eight two wait the last part is oh one two eight', 'PHONE', 'oh one two eight');
});

test('SSN: "last four" said as a sentence of its own identifies a person by the social', () => {
  has('We need the discharge summary for Corporal Dana Whitfield. Last four 7731. Fax is 253-555-0170.', 'SSN', '7731');
});

test('ID spoken: two letters closing a long id (a state or province code), not after a phone number', () => {
  const text = 'my providerone number is three oh one two two eight four five six w a i have a question';
  assert.ok(found(text).some(([, v]) => v === 'three oh one two two eight four five six w a'), JSON.stringify(found(text)));
  noType('call me at five oh three five five five oh one two two b e careful', 'HEALTH_PLAN_ID');
});

test('PHONE spoken: a room number said straight into a phone number; the room stays plain', () => {
  has("he's in room three eighteen four one two five five five oh one six six", 'PHONE', 'four one two five five five oh one six six');
  noType("i'm in room two oh six", 'PHONE');
});

test('MRN: a patient-portal login; DEVICE: a spoken serial that ends in letters; a letter closing an eight-digit id', () => {
  has('My username is rtorres_1979 and it is locked.', 'MRN', 'rtorres_1979');
  has('my username is r torres underscore nineteen seventy nine and it is locked', 'MRN', 'r torres underscore nineteen seventy nine');
  noType('My username is my email.', 'MRN');
  has('the transmitter number is four h two k w t my number is', 'DEVICE', 'four h two k w t');
  const text = 'he has l a care his number is seven one two four four eight nine three c my cell is';
  assert.ok(found(text).some(([, v]) => v === 'seven one two four four eight nine three c'), JSON.stringify(found(text)));
  has('my number is five zero three five five five cero one two two', 'PHONE', 'five zero three five five five cero one two two');
});

test('AGE: in Spanish after someone, said again in English, after "very old," or after a reading when a person is named between', () => {
  has("He's noventa y tres, ninety-three. He had blood work.", 'AGE', 'noventa y tres');
  has("He's noventa y tres, ninety-three. He had blood work.", 'AGE', 'ninety-three');
  has('she is very old, ninety-six, she cannot go out', 'AGE', 'ninety-six');
  has("a low fever ninety nine point six she's ninety one so i worry", 'AGE', 'ninety one');
  noType('his temperature was ninety nine point six today', 'AGE');
});

test('PHONE spoken: the last pair of a number said in Spanish; ID spoken: letters and digits in turn closing on a letter', () => {
  has('my number is three oh five five five five oh one cuarenta y dos gracias', 'PHONE', 'three oh five five five five oh one cuarenta y dos');
  const text = "for some reason it's nine h three k six w and the";
  assert.ok(found(text).some(([, v]) => v === 'nine h three k six w'), JSON.stringify(found(text)));
});

test('PHONE spoken: a number read partly in Spanish or Portuguese', () => {
  has('call me or send on whatsapp tres dois um cinco cinco cinco zero um tres quatro obrigado', 'PHONE', 'tres dois um cinco cinco cinco zero um tres quatro');
  has('my number is four oh six cinco cinco cinco oh one three one thanks', 'PHONE', 'four oh six cinco cinco cinco oh one three one');
  has('my phone is siete seven seven oh five five five oh one three eight', 'PHONE', 'seven seven oh five five five oh one three eight');
  // "um" beside a number is a hesitation.
  assert.ok(!detectPhi('um dos tres').some((s) => s.type === 'PHONE'));
});

test('SSN spoken: a bare "last four" with no card or phone before it', () => {
  has("i don't know so last four is six one two oh my birthday is", 'SSN', 'six one two oh');
  has("i'm a vietnam vet army last four thirty three fifty nine i'm on main", 'SSN', 'thirty three fifty nine');
  assert.ok(!detectPhi('the last four of my member id are six one two oh').some((s) => s.type === 'SSN'));
});

test('Spanish digits: a phone number with its last pair said as one number, an id after a Spanish cue, a digit said twice', () => {
  has('please call before we drive nueve cinco seis cinco cinco cinco cero uno sesenta y cuatro gracias', 'PHONE', 'nueve cinco seis cinco cinco cinco cero uno sesenta y cuatro');
  has('tengo medicaid el numero es cinco dos siete cero nueve cero tres uno cuatro y mi cel', 'HEALTH_PLAN_ID', 'cinco dos siete cero nueve cero tres uno cuatro');
  has('my phone is siete seven seven oh five five five oh one three eight', 'PHONE', 'seven seven oh five five five oh one three eight');
  has('He needs the last four of my social to verify. It\'s 8062, uh, thanks', 'SSN', '8062');
  has('Le llamo por mi mamá. Ella tiene 92 años.', 'AGE', '92');
  assert.ok(!detectPhi('tengo dos o tres preguntas').some((s) => s.type === 'PHONE'));
});

test('AGE: an age over 89 after "she" or "he" with the verb left out', () => {
  assert.ok(detectPhi('Mama, Lucille Brisbane, she 102, and she needs a ride.').some((s) => s.type === 'AGE'));
  assert.ok(!detectPhi('she 95 milligrams a day').some((s) => s.type === 'AGE'));
});

test('PHONE spoken: what is left of a number the recogniser garbled, right after a phone cue', () => {
  const text = 'hello this is a caller please call me back at five five five zero one three shows and six reception sent you';
  assert.ok(detectPhi(text).some((s) => s.type === 'PHONE' && text.slice(s.start, s.end) === 'five five five zero one three'));
  // Fewer than five digit words after the cue are a time or a count.
  assert.ok(!detectPhi('call me back at five thirty please').some((s) => s.type === 'PHONE'));
});

test('Codes: a Spanish "doble" in a phone number, a plate with its state, "tengo noventa y dos", a last four said later', () => {
  has('mi numero es cinco cero cinco doble cinco cinco cero uno treinta y dos gracias', 'PHONE', 'cinco cero cinco doble cinco cinco cero uno treinta y dos');
  has("it was a white ram plate new mexico eight one two k t w i'm clint", 'VEHICLE', 'new mexico eight one two k t w');
  has("It was a white Ram, plate New Mexico 812 KTW. I'm Clint", 'VEHICLE', 'New Mexico 812 KTW');
  has('Bueno. Tengo noventa y dos años y vivo sola.', 'AGE', 'noventa y dos');
  has("they need her last four for the clinic's form, it's 3307. She's in", 'SSN', '3307');
  assert.ok(!detectPhi('tengo noventa dolares').some((s) => s.type === 'AGE'));
});

test('Codes: an age said again, country codes, plates, a last four said further on or as someone\'s', () => {
  has('Hello, I am Hwang Ok-soon. I am 90 years. Ninety. My daughter', 'AGE', 'Ninety');
  has('she is 100 years old this year, a hundred, so the', 'AGE', 'a hundred');
  has('Mi celular es +52 656 555 0118. Gracias', 'PHONE', '+52 656 555 0118');
  has('mi celular es cincuenta y dos seis cinco seis cinco cinco cinco cero uno uno ocho gracias', 'PHONE',
    'cincuenta y dos seis cinco seis cinco cinco cinco cero uno uno ocho');
  has("It's a gray Equinox with Ontario plates, CPLE 482. Thanks", 'VEHICLE', 'CPLE 482');
  has('white silverado chihuahua plates e h k four one seven b he', 'VEHICLE', 'e h k four one seven b');
  has("IUD check. Sponsor's last four, 3307. My own", 'SSN', '3307');
  has('call back with the last four of the social so she can find my old account from when I had the other insurance. It\'s 6038. My', 'SSN', '6038');
  assert.ok(!detectPhi('the dog tags are in the drawer 12').some((s) => s.type === 'VEHICLE'));
});

test('Review mends: no over-reach from this round\'s rules', () => {
  const f = (text: string): [string, string][] => detectPhi(text).map((s) => [s.type, text.slice(s.start, s.end)]);
  assert.ok(f('My daughter Grace Han will pick it up.').some(([t, v]) => t === 'NAME' && v === 'Grace Han'));
  assert.ok(f("My wife's last four of the Visa are 4421.").every(([t]) => t !== 'SSN'));
  assert.ok(f("He's 91 years old now 120 on the scale").every(([t, v]) => !(t === 'AGE' && v === '120')));
  assert.ok(f("hey i'm running ten fifteen twenty minutes late").every(([t]) => t !== 'DATE'));
  assert.ok(f("i'm in the valley now").every(([t]) => t !== 'ADDRESS'));
  assert.ok(f('Bo? Mary here.').every(([t]) => t !== 'ADDRESS'));
  assert.ok(f('La farmacia esta en la Carr. 2 km 5, Bayamón.').every(([t]) => t !== 'ADDRESS'));
  assert.ok(f("I'm calling from Summit.").every(([t]) => t !== 'ADDRESS'));
  assert.ok(f('hi this is karen anyway i need a refill').every(([, v]) => !v.includes('anyway')));
  assert.ok(f('we live on county road i think').every(([, v]) => !v.endsWith(' i')));
});
