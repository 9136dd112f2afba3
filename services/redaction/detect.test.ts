import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.ts';
import type { PhiType } from './types.ts';

/** The detections as [type, text] pairs, in order. */
function found(text: string): [PhiType, string][] {
  return detectPhi(text).map((s) => [s.type, text.slice(s.start, s.end)]);
}
function has(text: string, type: PhiType, value: string): void {
  assert.ok(found(text).some(([t, v]) => t === type && v === value), `expected ${type} "${value}" in ${JSON.stringify(found(text))}`);
}
function none(text: string): void {
  assert.deepEqual(found(text), []);
}

test('NAME after cues, written and spoken', () => {
  has('Hi, this is Marguerite Okoro calling about my refill.', 'NAME', 'Marguerite Okoro');
  has('hi this is marguerite okoro calling about my refill', 'NAME', 'marguerite okoro');
  has("Hello, I'm calling for my grandfather, Tobias Wren.", 'NAME', 'Tobias Wren');
  has('hello i am calling for my grandfather tobias wren he had a fall', 'NAME', 'tobias wren');
  has('Please tell Anneliese I called.', 'NAME', 'Anneliese');
  has('good afternoon my name is kwabena asare and i need a refill', 'NAME', 'kwabena asare');
});

test('a name found once is masked where it recurs', () => {
  const t = "It's Priyanka Deshpande. Deshpande is my married name.";
  assert.equal(found(t).filter(([ty]) => ty === 'NAME').length, 2);
});

test('PROVIDER is a clinician after a title, not a NAME', () => {
  has("This message is for Dr. Abernethy's office.", 'PROVIDER', "Dr. Abernethy's");
  has('i saw doctor lindqvist last week', 'PROVIDER', 'doctor lindqvist');
  assert.ok(!found('i saw doctor lindqvist last week').some(([t]) => t === 'NAME'));
});

test('not names: everyday words after "it\'s" / "this is"', () => {
  none("Hi, it's about my prescription. This is urgent.");
  none('hi it\'s me again this is about the bill');
});

test('PHONE in digits and spoken digits, with "oh" and pairs', () => {
  has('Call me back at (503) 555-0142, thanks.', 'PHONE', '(503) 555-0142');
  has('My cell is 503.555.0142.', 'PHONE', '503.555.0142');
  has('call me back at five oh three five five five oh one forty two thanks', 'PHONE', 'five oh three five five five oh one forty two');
  has('my number is two one six double five eight three two one nine', 'PHONE', 'two one six double five eight three two one nine');
  has('Fax it to 216-555-0199 extension 12.', 'PHONE', '216-555-0199 extension 12');
});

test('SSN, written and spoken', () => {
  has('My social is 512-44-9031.', 'SSN', '512-44-9031');
  has('my social security number is five one two four four nine oh three one', 'SSN', 'five one two four four nine oh three one');
  has('The last four of my social are 9031.', 'SSN', '9031');
});

test('MRN, HEALTH_PLAN_ID, ACCOUNT, LICENSE, CARD by cue', () => {
  has('My medical record number is MR55012.', 'MRN', 'MR55012');
  has('my chart number is m r five five oh one two', 'MRN', 'm r five five oh one two');
  has('Member ID XQK448201937.', 'HEALTH_PLAN_ID', 'XQK448201937');
  has('the member id on my insurance card is x q k four four eight two oh one nine three seven', 'HEALTH_PLAN_ID', 'x q k four four eight two oh one nine three seven');
  has('The account number on the statement is 88120457.', 'ACCOUNT', '88120457');
  has('my driver\'s license is a seven seven one two nine oh four', 'LICENSE', 'a seven seven one two nine oh four');
  has('Charge my card, 4111 1111 1111 1111.', 'CARD', '4111 1111 1111 1111');
  has('put it on my visa four one one one one one one one one one one one one one one one', 'CARD', 'four one one one one one one one one one one one one one one one');
});

test('CARD without a cue when the Luhn checksum holds', () => {
  has('Use 4111 1111 1111 1111 please.', 'CARD', '4111 1111 1111 1111');
});

test('DATE: birth and visit dates, written and spoken', () => {
  has('My date of birth is March 3rd, 1948.', 'DATE', 'March 3rd, 1948');
  has('Born 04/17/1951.', 'DATE', '04/17/1951');
  has('my date of birth is march third nineteen forty eight', 'DATE', 'march third nineteen forty eight');
  has('my date of birth is four seventeen nineteen fifty one', 'DATE', 'four seventeen nineteen fifty one');
  has('i was admitted on the twenty first of may two thousand three', 'DATE', 'the twenty first of may two thousand three');
  has('He was seen on the 9th of August.', 'DATE', 'the 9th of August');
});

test('not dates: a weekday alone, a year alone, "may" the verb', () => {
  none('I had the blood work done on Tuesday.');
  none('back in twenty nineteen i had the same problem');
  none('Back in 2019 I had the same problem.');
  none('i may need to come in');
});

test('ADDRESS: street, city, state, zip, written and spoken', () => {
  has('We moved to 4417 Quarry Hill Road, Dunmore, Ohio 43017.', 'ADDRESS', '4417 Quarry Hill Road, Dunmore, Ohio 43017');
  has('we moved to forty four seventeen quarry hill road dunmore ohio four three oh one seven', 'ADDRESS', 'forty four seventeen quarry hill road dunmore ohio four three oh one seven');
  has('send it to nine hundred twelve birch court apartment four', 'ADDRESS', 'nine hundred twelve birch court apartment four');
  has('My zip code is 43017.', 'ADDRESS', '43017');
});

test('AGE over 89 only', () => {
  has("My mother is 94 and she's dizzy.", 'AGE', '94');
  has('my father just turned one hundred two', 'AGE', 'one hundred two');
  has('She is ninety one years old.', 'AGE', 'ninety one');
  none("She's 78 and doing fine.");
});

test('EMAIL, URL, IP, written and spoken', () => {
  has('Email me at j.kwan88@example.org.', 'EMAIL', 'j.kwan88@example.org');
  has('email me at jamie dot kwan at gmail dot com', 'EMAIL', 'jamie dot kwan at gmail dot com');
  has('The portal is www.example-health.org/forms.', 'URL', 'www.example-health.org/forms');
  has('My IP is 10.20.30.40.', 'IP', '10.20.30.40');
});

test('VEHICLE and DEVICE serials by cue', () => {
  has('My license plate is 7KPL392.', 'VEHICLE', '7KPL392');
  has('The pacemaker serial number is PJX445021.', 'DEVICE', 'PJX445021');
});

test('hard negatives: doses, times, counts, extensions, money, blood pressure', () => {
  none("I'm calling about a refill of my metoprolol, ten milligrams.");
  none('im calling about a refill of my metoprolol twenty five milligrams twice a day');
  none('The appointment is at six thirty.');
  none('the appointment is at six thirty on thursday');
  none('I was transferred from extension 214.');
  none('i was transferred from extension two one four');
  none("I've had three falls and I need a ninety day supply.");
  none('my blood pressure was one fifty over ninety');
  none('The copay was 25 dollars.');
  none('The pharmacy said it will be ready after two p.m.');
});

test('phrasing variants: spelled acronyms, "a hundred", abbreviations, dropped hyphens', () => {
  has('my s s n is oh seven eight oh five one one two oh', 'SSN', 'oh seven eight oh five one one two oh');
  has("he's a hundred and two and lives alone", 'AGE', 'a hundred and two');
  has('I was seen on Jan. 4th, 2026.', 'DATE', 'Jan. 4th, 2026');
  has('my e-mail address is t dot okafor lang at example dot com', 'EMAIL', 't dot okafor lang at example dot com');
  has('hi i am lucinda marlowe patient of doctor gupta', 'NAME', 'lucinda marlowe');
  has("i'm rosalind achterberg's daughter", 'NAME', "rosalind achterberg's");
  has('Please call Summit Medical Group at 800-555-0100.', 'PHONE', '800-555-0100');
  none("i'm home sick today");
});

test('NAME: ambiguous given name after a relation, person nouns, "of" relations, birth-date post-cue', () => {
  has('i am calling for my uncle bill baptiste he is unwell', 'NAME', 'bill baptiste');
  has('we have results for your patient ottilie brannagan on file', 'NAME', 'ottilie brannagan');
  assert.ok(!found('the patient portal login is broken').some(([t]) => t === 'NAME'));
  has("Hi, I'm the nephew of Casimir Wojcik. He needs a ride.", 'NAME', 'Casimir Wojcik');
  has('calling about a refill for bertrand oyelowo date of birth june first', 'NAME', 'bertrand oyelowo');
  has('We received a request for Philippa Strand about her refill.', 'NAME', 'Philippa Strand');
  assert.ok(!found('Hi, calling for Blue Cross about a claim.').some(([t]) => t === 'NAME'));
});

test('NAME: a name spelled out later in the message', () => {
  has("My name is Oona Trevelyan. That's T-R-E-V-E-L-Y-A-N.", 'NAME', 'T-R-E-V-E-L-Y-A-N');
  has('it is oona trevelyan that is t r e v e l y a n thanks', 'NAME', 't r e v e l y a n');
  // The spelling stops where the name ends, not at the next "i".
  has('this is oona trevelyan t r e v e l y a n i need a call', 'NAME', 'oona trevelyan');
  has('this is oona trevelyan t r e v e l y a n i need a call', 'NAME', 't r e v e l y a n');
});

test('DATE: a day of the month alone after a cue or weekday, not before a noun', () => {
  has('She was seen on the 17th and is better.', 'DATE', 'the 17th');
  has('i had the test on tuesday the twenty third and nobody called', 'DATE', 'tuesday the twenty third');
  none('This is the third time I called.');
  none('she is on the second floor');
  has('her date of birth is four nineteen sixty one', 'DATE', 'four nineteen sixty one');
});

test('PHONE: comma-separated groups, "area code", "+1", "my number" right before the digits', () => {
  has('Call me, area code 480, 555 0123.', 'PHONE', '480, 555 0123');
  has('My number is six two six, five five five, oh one nine nine.', 'PHONE', 'six two six, five five five, oh one nine nine');
  has('Please call +1 617 555 0123.', 'PHONE', '+1 617 555 0123');
  has('my number triple five oh one four four thanks', 'PHONE', 'triple five oh one four four');
  none('I take 2 pills, 500 mg, 3 times a day.');
});

test('codes: an upper-case prefix written apart from the digits; spelled letters are not a code', () => {
  has('My policy number is KTR 55019283. Thanks.', 'HEALTH_PLAN_ID', 'KTR 55019283');
  assert.ok(!found('that is o l o f s o n').some(([t]) => t === 'ACCOUNT'));
});

test('EMAIL: spoken initial before the local part, domain spelled letter by letter', () => {
  has('send it to k marchetti at hotmail dot com please', 'EMAIL', 'k marchetti at hotmail dot com');
  has('email my son at theo dot brandt at a o l dot com', 'EMAIL', 'theo dot brandt at a o l dot com');
});

test('NAME: accented letters; "<name> here" straight after a greeting', () => {
  has('Hello, my name is Søren Ødegård. Please call.', 'NAME', 'Søren Ødegård');
  has('Hi, Perpetua Vanstone here. Call me back.', 'NAME', 'Perpetua Vanstone');
  has('hello perpetua vanstone calling about my refill', 'NAME', 'perpetua vanstone');
  none('Hi, the pharmacy calling about a refill.');
});

test('hard negatives from review: firms named after towns, clock times after a weekday, sites, products, hotels, roads', () => {
  const clean = [
    'hi i\'m from mount sinai about your bill',
    'Hi, this is Joe calling from Lincoln about your policy.',
    'i\'ll be there on friday nine thirty',
    'we came here to surprise her for her birthday',
    'it\'s on page two at c d c dot gov',
    'i bought vitamin c at walmart dot com',
    'i\'m at the hotel at two thirty checkout so call after',
    'I\'m staying at the Marriott hotel on Main Street, the one downtown.',
    'she\'s in north tower room five twelve',
    'he\'s sleeping under the big old bridge',
  ];
  for (const t of clean) {
    const bad = detectPhi(t).filter((s) => ['ADDRESS', 'DATE', 'EMAIL', 'AGE'].includes(s.type));
    assert.deepEqual(bad.map((s) => `${s.type}:${t.slice(s.start, s.end)}`), [], t);
  }
});
