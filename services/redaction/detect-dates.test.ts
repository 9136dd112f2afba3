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
  has('She wants her labs from the 3rd of last month.', 'DATE', 'the 3rd of last month');
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

test('DATE: a bare ordinal day after a verb that takes an appointment day, written and spoken', () => {
  has("I'm so sorry, I won't be able to make the 12th.", 'DATE', 'the 12th');
  has('i wont be able to make the twelfth text me back please', 'DATE', 'the twelfth');
  has('Jory missed the 9th so please rebook him.', 'DATE', 'the 9th');
  has('she missed the ninth so please rebook her', 'DATE', 'the ninth');
  has('We need to cancel the 30th and the 31st.', 'DATE', 'the 31st');
  has('i cant make the thirtieth call me at home', 'DATE', 'the thirtieth');
  // Hard negatives: the same verbs before a counted noun.
  noDate('I need to make the first payment.');
  noDate('she missed the second dose of her antibiotic');
  noDate('we can push the third button on the pump');
  noDate('can you make the second copy for my lawyer');
});

test('DATE: a bare ordinal day after a result, a reminder or a confirmation', () => {
  has('My x-ray results from the 3rd still are not posted.', 'DATE', 'the 3rd');
  has('my x ray results from the third still are not posted', 'DATE', 'the third');
  has('The reminder text said the 16th but the portal shows the 18th.', 'DATE', 'the 16th');
  has('the reminder text said the sixteenth but the portal shows the eighteenth', 'DATE', 'the eighteenth');
  noDate('my results from the second test look different');
  noDate('the nurse said the first one was fine');
  noDate('The chart says the first was normal.');
});

test('DATE: a repeated "the" or a hesitation between the cue and the day', () => {
  has('My bloodwork from the the 4th, can someone read it to me?', 'DATE', 'the 4th');
  has('my bloodwork from the the fourth can someone read it to me', 'DATE', 'the fourth');
  has('she was seen on um the eighth by the nurse', 'DATE', 'the eighth');
  noDate('we live on the the 2nd floor');
  noDate('this is the the third time i have called');
});

test('DATE: "call" after a spoken day starts the next sentence; "the third call" is a count', () => {
  has('she had it replaced on the sixth call four four two one nine oh seven', 'DATE', 'the sixth');
  has('i cant make the twenty second call me at home', 'DATE', 'the twenty second');
  noDate('this is the third call i have made today');
  noDate('i missed the second call from your office');
});

test('DATE: "the <day>" standing alone before a verb, an adverb or a sentence end, written and spoken', () => {
  has('Is the 17th still open with the nurse?', 'DATE', 'the 17th');
  has('is the seventeenth still open with the nurse', 'DATE', 'the seventeenth');
  has('The 26th works better for my husband.', 'DATE', 'The 26th');
  has('the twenty sixth works better for my husband', 'DATE', 'the twenty sixth');
  has('Her stitches came out the 8th.', 'DATE', 'the 8th');
  has('I got the bill dated the 2nd of this month.', 'DATE', 'the 2nd of this month');
  has('is the second still good for you', 'DATE', 'the second');
  // Hard negatives: an ordinal before a noun it counts, or "first" to "third" with nothing that dates them.
  noDate('He is on the 4th floor near the elevators.');
  noDate('my son is the second oldest of four');
  noDate('the second time it hurt more');
  noDate('for the first time in years she slept');
  noDate('My nephew is the 2nd of three kids.');
  noDate('we walked in the third door on the left');
  // An ordinal that counted a noun earlier in the sentence makes a later bare one a count too.
  noDate('The 1st patch did nothing and the 4th was worse.');
  noDate('the first patch did nothing and the fourth was worse');
});

test('DATE: a second day joined by "or"/"and"/"to" without its own "the" or month', () => {
  has('Either the 11th or 12th is fine with us.', 'DATE', '12th');
  has('either the eleventh or twelfth is fine with us', 'DATE', 'twelfth');
  has('She is away from the 3rd to 9th, then back.', 'DATE', '9th');
  has('august fourth or fifth in the morning', 'DATE', 'fifth');
  // Hard negatives: two ordinals sharing a counted noun.
  noDate('both kids are in the 5th and 6th grades');
  noDate('the office is on the fourth or fifth floor');
  noDate('i had pain in the third and fourth vertebrae');
});

test('DATE spoken: month and day as plain numbers in a date slot, without a year', () => {
  // After "on", with or without an event word before it.
  has('my potassium was four point one on nine twelve and i feel tired', 'DATE', 'nine twelve');
  has('she has her recheck on ten twenty two so please confirm', 'DATE', 'ten twenty two');
  has('we saw the podiatrist on three six', 'DATE', 'three six');
  // After "date of service" / "service date".
  has('the date of service was three nineteen for that claim', 'DATE', 'three nineteen');
  has('the service date is twelve four', 'DATE', 'twelve four');
  // A birth cue after the number: "... is my birthday".
  has('eight twenty one ninety is my date of birth', 'DATE', 'eight twenty one ninety');
  has('four nine sixty six is my birthday and i need a refill', 'DATE', 'four nine sixty six');
  has('date of birth seven one fifty three', 'DATE', 'seven one fifty three');
  has('the results came back on uh ten nine and i am worried', 'DATE', 'ten nine');
  noDate("i'll come by at uh eleven twenty");
  noDate('we live on two twelve street');
  noDate('he was put on five ten of prednisone');
});

test('DATE spoken: times, doses and counts in the same shape stay unmasked', () => {
  noDate('we can come in at eleven twenty if that works');
  noDate('she gets here around ten thirty most days');
  noDate('call after two fifteen please');
  noDate('the appointment is eleven twenty am');
  noDate('i can stop by on nine thirty tomorrow');
  noDate('his sugar was two point four this morning');
  noDate('he is on ten twenty five milligrams of lisinopril');
  noDate('the bill was five hundred on the card');
  noDate('call me on eleven twelve');
  // A birth phrase that starts the next statement is no cue for the number before it.
  const t = 'my number is eight oh eight five five five oh one four two my date of birth is june third';
  assert.deepEqual(found(t).filter(([ty]) => ty === 'DATE'), [['DATE', 'june third']]);
  has(t, 'PHONE', 'eight oh eight five five five oh one four two');
});

test('DATE written: month and day in a date slot', () => {
  has('My INR was 2.6 on 10/3 and I feel fine.', 'DATE', '10/3');
  has('Date of service was 3/19, please rebill.', 'DATE', '3/19');
  noDate('We can come in at 11:20 if that works.');
});

test('DATE: the day that corrects a date just said', () => {
  has('he had the biopsy on the fourth sorry the third and it still hurts', 'DATE', 'the third');
  has('we were seen on the ninth no the eighth', 'DATE', 'the eighth');
  has('We had the procedure on the 9th, sorry, the 8th.', 'DATE', 'the 8th');
  has('she was discharged on seven four sorry seven five', 'DATE', 'seven five');
  // The correction of a counted ordinal is a count too.
  noDate('we were on the second floor sorry the third floor');
  noDate('she fell on the stairs sorry the first time');
});

test('DATE spoken: a date of birth read straight into a phone number is split', () => {
  const t = 'her date of birth is four one seventy nine two six two five five five oh one four three';
  has(t, 'DATE', 'four one seventy nine');
  has(t, 'PHONE', 'two six two five five five oh one four three');
  const u = 'my birthday is six nine oh four three three oh five five five twelve thirty four';
  has(u, 'DATE', 'six nine oh four');
  has(u, 'PHONE', 'three three oh five five five twelve thirty four');
  const v = 'd o b oh seven one one six two seven one eight five five five two two one nine';
  has(v, 'DATE', 'oh seven one one six two');
  has(v, 'PHONE', 'seven one eight five five five two two one nine');
  // Without a birth cue the same digits stay one identifier.
  assert.ok(!found('his member number is four one seven nine two six two five five five oh one four three').some(([ty]) => ty === 'DATE'));
  // Written: the punctuation already separates them.
  const w = 'My date of birth is 4/1/79 262-555-0143.';
  has(w, 'DATE', '4/1/79');
  has(w, 'PHONE', '262-555-0143');
});

test('DATE spoken: a two-digit year in a date slot, and a year read into a phone number', () => {
  has('she was seen on eleven twenty twenty four for the rash', 'DATE', 'eleven twenty twenty four');
  has('the date of service was four nine twenty five', 'DATE', 'four nine twenty five');
  noDate('she is on two fifty twice a day');
  noDate("he's on one twenty five of the metoprolol");
  // The year's last word starts the phone number when only then the rest is a whole number.
  const t = 'born seven twelve nineteen sixty four one five five five five one two one two';
  has(t, 'DATE', 'seven twelve nineteen sixty');
  has(t, 'PHONE', 'four one five five five five one two one two');
  const u = 'his date of birth is march third eighty three six oh five three four one seven seven eight two';
  has(u, 'DATE', 'march third eighty three');
  has(u, 'PHONE', 'six oh five three four one seven seven eight two');
  has('DOS 11/20, claim denied.', 'DATE', '11/20');
});

test('DATE: a slash month/day without a year is a date unless it reads as a score, ratio or fraction', () => {
  has('Refill request for the inhaler, last filled 7/22.', 'DATE', '7/22');
  has('It was drawn 3/15 at the outpatient lab.', 'DATE', '3/15');
  has('We need the 9/4 appointment moved.', 'DATE', '9/4');
  noDate('Her pain is about 6/10 today.');
  noDate('He rated it a 7/10 this morning.');
  noDate('She only takes 3/4 of a pill at night.');
  noDate('His pressure was 130/85 at the pharmacy.');
  noDate('The answering line is staffed 24/7.');
  noDate('It is a 50/50 chance either way.');
  // A proper fraction or a score out of ten needs a date cue or an event verb.
  noDate('Give her 1/2 a tablet with food.');
  noDate('I would say 7/10 today.');
  has('It was drawn 1/4 at noon.', 'DATE', '1/4');
  has('My visit on 3/4 went fine.', 'DATE', '3/4');
});

test('DATE: a dashed month/day needs a medical event before it; ranges stay ranges', () => {
  has('My mother had her knee surgery on 10-14, healing fine.', 'DATE', '10-14');
  has('The sample was collected 4-2 so it should be back.', 'DATE', '4-2');
  noDate('I take 1-2 tablets at bedtime.');
  noDate('She wakes up 3-4 times a night.');
  noDate('It was done in 5-10 minutes.');
  noDate('Call me back at 9-5 on weekdays.');
});

test('DATE spoken: month and day said right after an event verb or "visit was"', () => {
  has('the refill was last filled nine twelve thanks', 'DATE', 'nine twelve');
  has('the culture was drawn ten twenty one at the clinic', 'DATE', 'ten twenty one');
  has('her last visit was four nine and she is worse', 'DATE', 'four nine');
  has('it was last filled six three sixty tablets', 'DATE', 'six three');
  noDate('the appointment was two thirty and nobody came');
  noDate('her visit is ten fifteen tomorrow');
  noDate('the prescription was filled two times already');
  noDate('it was filled five ten milligram tablets');
});

test('DATE spoken: a year said as "twenty twenty six" after a month joins the date', () => {
  has('the statement we have is from march twenty twenty five', 'DATE', 'march twenty twenty five');
  has('her coverage ends october twenty twenty seven', 'DATE', 'october twenty twenty seven');
  has('she was seen october twenty and is fine', 'DATE', 'october twenty');
  has('born october twenty twenty twenty one', 'DATE', 'october twenty twenty twenty one');
});

test('DATE: month and two-digit year of birth, spoken and written', () => {
  has('he was born in october of fifty nine', 'DATE', 'october of fifty nine');
  has('she was born august sixty one', 'DATE', 'august sixty one');
  has("He was born in October of '59.", 'DATE', "October of '59");
  // Without a birth cue a month and a number are no date of birth ("october sixty units").
  noDate('we gave her october sixty units of insulin');
});

test('DATE: a slashed month and four-digit year is a date; a ratio is not', () => {
  has('His last colonoscopy was 04/2019.', 'DATE', '04/2019');
  noDate('Her pain is 4/10 today.');
});

test('DATE: a holiday with a year after a birth or visit cue', () => {
  has('my husband was born christmas eve nineteen thirty eight', 'DATE', 'christmas eve nineteen thirty eight');
  has("His birthday is New Year's Day, 1961.", 'DATE', "New Year's Day, 1961");
  noDate('The office was closed Thanksgiving 2025 for the holiday.');
});

test('DATE: a weekday (also abbreviated) before a numeric or abbreviated date belongs to it', () => {
  has('We came in Thursday, 2/12 for the cast.', 'DATE', 'Thursday, 2/12');
  has('The biopsy is Fri., Feb. 13th at 9.', 'DATE', 'Fri., Feb. 13th');
  has('She was seen Mon. 2/9/2026 in urgent care.', 'DATE', 'Mon. 2/9/2026');
  noDate('I sat. Then 10 minutes later it stopped.');
});

test('DATE spoken: month and year after a life event ("diagnosed in march of ...", "passed march ...")', () => {
  has('he was diagnosed in march of twenty twenty one', 'DATE', 'march of twenty twenty one');
  has('my father passed march twenty nineteen', 'DATE', 'march twenty nineteen');
  noDate('the kids will march twenty two miles for charity');
});

test('DATE: spoken "slash"/"dash" dates, packed written digits and "of <year>" after a birth cue', () => {
  has('her date of birth is four slash nine slash sixty six', 'DATE', 'four slash nine slash sixty six');
  has('d o b eleven dash two dash nineteen seventy', 'DATE', 'eleven dash two dash nineteen seventy');
  has('Date of birth 040966, thank you.', 'DATE', '040966');
  has('DOB 11021970.', 'DATE', '11021970');
  has('She was born April 9th of 1966.', 'DATE', 'April 9th of 1966');
  noDate('take one slash two of a tablet');
  noDate('we do ten dash twelve dash fifteen reps at therapy');
});

test('DATE: spoken month and day after "from"/"to" when an appointment is moved', () => {
  has('i have to reschedule my appointment from ten seventeen to ten twenty four', 'DATE', 'ten seventeen');
  has('i have to reschedule my appointment from ten seventeen to ten twenty four', 'DATE', 'ten twenty four');
  has('could you move my visit to twelve nine please', 'DATE', 'twelve nine');
});

test('DATE: clock times after "from"/"to" stay times even when rescheduling', () => {
  noDate('can we move my appointment from nine thirty to ten');
  noDate('i need to reschedule my appointment from two to four');
  noDate('please reschedule it to ten fifteen');
  noDate('i work from eleven nineteen onward at the plant');
});

test('DATE: a day set against a date just said ("the tenth, not the third"), a spoken "oh three slash ...", a year after a pause', () => {
  const f = (t: string) => detectPhi(t).filter((s) => s.type === 'DATE').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(f('the bill says friday the ninth not the second'), ['friday the ninth', 'the second']);
  assert.deepEqual(f('my birthday is june twelfth nineteen sixty not the twentieth'), ['june twelfth nineteen sixty', 'the twentieth']);
  assert.deepEqual(f('i was there june twelfth not monday'), ['june twelfth']);
  assert.deepEqual(f('his date of birth is oh seven slash two two slash sixty one'), ['oh seven slash two two slash sixty one']);
  assert.deepEqual(f('Her date of birth is March 3rd… 1948, and she lives alone.'), ['March 3rd… 1948']);
  assert.deepEqual(f('I saw it on March 3rd... 1948 was a long time ago.'), ['March 3rd']);
});

test('DATE: a year said first after a birth cue, a day before a phone number', () => {
  const f = (t: string) => detectPhi(t).filter((s) => s.type === 'DATE').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(f('Her date of birth is 1951, March 2nd, and she lives alone.'), ['1951, March 2nd']);
  assert.deepEqual(f('her date of birth is nineteen fifty one march second and she lives alone'), ['nineteen fifty one march second']);
  assert.deepEqual(f('I was there in 1951, March 2nd was the day.'), ['March 2nd']);
  assert.deepEqual(f('before my visit the twenty fifth four seven nine two seven three one one four four'), ['the twenty fifth']);
});

test('DATE: a day "of last month" keeps its month phrase', () => {
  const f = (t: string) => detectPhi(t).filter((s) => s.type === 'DATE').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(f('I had a fall on the 27th of last month.'), ['the 27th of last month']);
  assert.deepEqual(f('i had a fall on the twenty seventh of last month'), ['the twenty seventh of last month']);
});

test('DATE spoken: dates read one after another, a trailing "oh", a name then a birth date, a month and year after "was"', () => {
  has('the twins were born four two twenty eleven six six twenty thirteen and both need shots', 'DATE', 'six six twenty thirteen');
  has('date of birth five nineteen sixty two oh and also my address changed', 'DATE', 'five nineteen sixty two');
  has('this is priscilla vantongeren four eighteen seventy one calling about my results', 'DATE', 'four eighteen seventy one');
  has('my last mammogram was october twenty nineteen i think', 'DATE', 'october twenty nineteen');
  noDate('my number is five five five oh one four two and it was ten twenty when i called');
});

test('DATE spoken: a two-digit year after a month and an ordinal day, and cardinal days', () => {
  has('hi this is wilhelmina grey august ninth fifty two please call me back', 'DATE', 'august ninth fifty two');
  has('his birthday is may twelve twenty nineteen and he needs his shots', 'DATE', 'may twelve twenty nineteen');
  has('her birthday is the eleven of march twenty sixteen', 'DATE', 'the eleven of march twenty sixteen');
  // A count after the day is no year: the date ends at the day.
  has('we moved it to august ninth twenty minutes earlier', 'DATE', 'august ninth');
});

test('DATE: a holiday, or a weekday before or after one, when something happened to someone on it', () => {
  has("I've been dizzy since the Saturday after Easter.", 'DATE', 'Saturday after Easter');
  has('my mother passed on new year\'s eve and i need her records', 'DATE', "new year's eve");
  has("She's ninety-five as of this past Mother's Day.", 'DATE', "Mother's Day");
  has('i twisted my ankle the tuesday after the fourth', 'DATE', 'tuesday after the fourth');
  noDate('Are you open the Friday after Thanksgiving?');
  noDate('Have a good Thanksgiving weekend.');
});

test('DATE spoken: "march" or "may" with a cardinal day after a date cue, a weekday with a numeric date, a death date', () => {
  has('date of birth march fifteen sixty seven call me', 'DATE', 'march fifteen sixty seven');
  has('my birth date is may twenty one sixty six three oh two five five five zero one one five', 'DATE', 'may twenty one sixty six');
  has('i was seen at the lewes site on sunday eight thirty one for a cut', 'DATE', 'sunday eight thirty one');
  noDate('my appointment is on tuesday ten fifteen');
  has('my son was seen monday nine one for a sprain', 'DATE', 'monday nine one');
  has('his date of death three nineteen at home', 'DATE', 'three nineteen');
  noDate('can i come in on saturday at eight thirty');
  noDate('the appointment is on friday you may two tablets');
});

test('DATE spoken: "birthdate" as a cue, a month of a two-digit year after "in"', () => {
  has('for dolores whitaker birthdate eight seventeen sixty one thanks', 'DATE', 'eight seventeen sixty one');
  has('i had a bypass in june of eighty eight', 'DATE', 'june of eighty eight');
  noDate('she takes it in march of eighty milligrams');
});

test('DATE spoken: day before month after a birth cue, when the first number can be no month', () => {
  has('this is omar haddad birth date seventeen nine sixty four no wait nine seventeen', 'DATE', 'seventeen nine sixty four');
  has('d o b twenty six four seventy two and my phone', 'DATE', 'twenty six four seventy two');
  noDate('i take twenty six four times a day');
});

test('DATE: Spanish dates, a date said again with "that\'s", each child\'s date after "is"', () => {
  has('Su cumpleaños es el 9 de abril del 2016.', 'DATE', 'el 9 de abril del 2016');
  has('su cumpleanos es nueve de abril del dos mil dieciseis', 'DATE', 'nueve de abril del dos mil dieciseis');
  has('nacio el veintitres de marzo de mil novecientos ochenta y cinco', 'DATE', 'el veintitres de marzo de mil novecientos ochenta y cinco');
  noDate('we had a party for cinco de mayo');
  has('birthday june fourth nineteen seventy that\'s six four seventy i need', 'DATE', 'six four seventy');
  has('we got three boys brody cole and jax brody is four two fourteen cole is nine nine sixteen', 'DATE', 'nine nine sixteen');
  has('her birthday is febuary ninth nineteen forty', 'DATE', 'febuary ninth nineteen forty');
});

test('DATE: a Spanish date with a two-digit year, written or said', () => {
  has('Fecha de nacimiento 7 de junio del 48, gracias.', 'DATE', '7 de junio del 48');
  has('fecha de nacimiento siete de junio del cuarenta y ocho gracias', 'DATE', 'siete de junio del cuarenta y ocho');
});

test('DATE: a short year after "of" with a birth cue', () => {
  has("Hi, it's Rune Nilsen, born April 4th of '59, and I need a refill.", 'DATE', "April 4th of '59");
  has('hi its rune nilsen born april fourth of fifty nine and i need', 'DATE', 'april fourth of fifty nine');
});

test('DATE spoken: month, day and short year where the place vouches for a birth date, with no cue word', () => {
  // After a caller's name and a filler, before a name that opens the message, after "i'm the patient".
  has('this is rory quill by the way five twenty two eighty four my cell is', 'DATE', 'five twenty two eighty four');
  has('yeah three twenty two fifty eight ansel brody i got a letter', 'DATE', 'three twenty two fifty eight');
  has("hi this is petra lind i'm the patient ten oh eight eighty eight i paid", 'DATE', 'ten oh eight eighty eight');
  // A date said again another way, and the next person's date after the first.
  has('d o b fifteen six eighty seven sorry in american it\'s six fifteen eighty seven thanks', 'DATE', 'six fifteen eighty seven');
  has("my birthday's two fourteen forty four and hers is seven four forty six any morning", 'DATE', 'seven four forty six');
  // No vouching place: a time, a dose, a count stay plain.
  noDate('this is rory quill by the way at five twenty i can come');
  noDate('my birthday is in june and i take two fifty milligrams');
  noDate('yeah three twenty two fifty eight dollars is what the bill says');
});

test('DATE spoken: a hesitation inside the year, a second day straight after a first, "mine is" with a birth date', () => {
  has("my birthday's july twenty second nineteen uh sixty one i'm needing a refill", 'DATE', 'july twenty second nineteen uh sixty one');
  has('so i need appointment around the tenth the eleventh please', 'DATE', 'the eleventh');
  has('you have two of us with that name mine is two twenty eight seventy thanks', 'DATE', 'two twenty eight seventy');
  noDate('she takes the first the second is for later');
  noDate('mine is two fifty milligrams');
});

test('DATE: Portuguese and French dates, the article with a Spanish or French day, a cardinal day "of" a month', () => {
  has('His birthday is 17 de junho de 2018. You can', 'DATE', '17 de junho de 2018');
  has('his birthday is dezessete de junho de dois mil e dezoito you can', 'DATE', 'dezessete de junho de dois mil e dezoito');
  has('Her birthday is le 12 avril 1956.', 'DATE', 'le 12 avril 1956');
  has('her birthday is le douze avril dix neuf cent cinquante six', 'DATE', 'le douze avril dix neuf cent cinquante six');
  has('Su fecha de nacimiento es el 2 de enero.', 'DATE', 'el 2 de enero');
  has('my birthday is fifteen of august nineteen eighty seven thanks', 'DATE', 'fifteen of august nineteen eighty seven');
  noDate('we went to mars in june');
  noDate('i take two of them in march');
});

test('DATE: a Spanish weekday with its day', () => {
  has('La cita es con la doctora Sandoval, el jueves 25, a las tres.', 'DATE', 'el jueves 25');
  has('tengo cita el viernes veintisiete con la doctora', 'DATE', 'el viernes veintisiete');
  noDate('el jueves a las tres');
});

test('DATE spoken: a month, day and year in the opening words after a greeting', () => {
  const dates = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(dates('hi amber pike eight eight ninety three my lyme test came back'), ['eight eight ninety three']);
  assert.deepEqual(dates('hi calling for results three fifteen seventy two call back please'), ['three fifteen seventy two']);
  assert.deepEqual(dates('hi i take ten twenty five milligrams'), []);
  assert.deepEqual(dates('hi my sugar was one twenty eight ninety one this morning'), []);
});

test('DATE: a Spanish "el" and a day of the month after a word that ties it to someone', () => {
  const dates = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));
  assert.ok(dates('le hicieron el examen de la tiroides el diecinueve ella nacio').includes('el diecinueve'));
  assert.ok(dates('quiero confirmar la cita de mi esposo para el 25 con el doctor').includes('el 25'));
  assert.deepEqual(dates('la cita es para el dos de ellos'), []);
  assert.deepEqual(dates('tomo el 25 por ciento'), []);
});
