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

test('ADDRESS: street types beyond Street and Avenue (Close, Crescent, Terrace, Walk, Mews)', () => {
  has('Please mail it to 44 Juniper Close, Unit 2, Dayton, 45402.', 'ADDRESS', '44 Juniper Close, Unit 2, Dayton, 45402');
  has("She's at 12 Ocean Crescent, Apt 5, Eugene.", 'ADDRESS', '12 Ocean Crescent, Apt 5, Eugene');
  has('i live at twelve rowan close apartment three dayton', 'ADDRESS', 'twelve rowan close apartment three dayton');
  has('It is 9 Tanner Mews.', 'ADDRESS', '9 Tanner Mews');
  // "close" is an everyday word: without an address cue it is no street.
  assert.ok(!found('the pharmacy is five minutes close to me').some(([t]) => t === 'ADDRESS'));
  assert.ok(!found('we got two boxes close to the door').some(([t]) => t === 'ADDRESS'));
});

test('ADDRESS spoken: the city right after the street or unit, when it is no everyday word', () => {
  has('i live at four hundred pine street suite nine tacoma thanks', 'ADDRESS', 'four hundred pine street suite nine tacoma');
  has('i live at forty one cedar lane springfield thank you', 'ADDRESS', 'forty one cedar lane springfield');
  has('i live at forty one cedar lane and i need a ride', 'ADDRESS', 'forty one cedar lane');
});

test('ADDRESS: a box without "P.O." after an address cue, and a street named after "lives on"', () => {
  has('His address is Box 2207, Red Lodge, 59068.', 'ADDRESS', 'Box 2207, Red Lodge, 59068');
  has('her address is box forty one sweet grass montana', 'ADDRESS', 'box forty one sweet grass montana');
  has('My dad lives on Birch Road with his dog.', 'ADDRESS', 'Birch Road');
  has('she lives on maple avenue near the school', 'ADDRESS', 'maple avenue');
  assert.ok(!found('We live on the corner.').some(([t]) => t === 'ADDRESS'));
  assert.ok(!found('I put the pills back in the box 2 days ago.').some(([t]) => t === 'ADDRESS'));
});

test('ADDRESS: a compass letter with a dot after the number, a letter after a spoken house number, rural routes', () => {
  has('Mail it to 1420 N. Lakeshore Dr., Apt 12B, Chicago, IL 60611.', 'ADDRESS', '1420 N. Lakeshore Dr., Apt 12B, Chicago, IL 60611');
  has('i live at two twenty one b baker street', 'ADDRESS', 'two twenty one b baker street');
  has('Rural Route 2, Box 17, Ashby, Minnesota.', 'ADDRESS', 'Rural Route 2, Box 17, Ashby, Minnesota');
  has('it is fourteen north maple drive in grand rapids michigan', 'ADDRESS', 'fourteen north maple drive in grand rapids michigan');
});

test('ADDRESS: a flat or a lettered unit after the street, then the city', () => {
  has('my address is twelve hawthorn crescent flat two leeds', 'ADDRESS', 'twelve hawthorn crescent flat two leeds');
  has("She's at 450 Elm Ct., Unit C, Ames, Iowa 50010.", 'ADDRESS', '450 Elm Ct., Unit C, Ames, Iowa 50010');
});

test('ADDRESS: a compass direction after the street suffix, then city and ZIP', () => {
  has('Please mail it to 418 Harbor View Drive South, Tampa 33602 before Friday.', 'ADDRESS', '418 Harbor View Drive South, Tampa 33602');
  has('Send it to 77 Cedar Lane NE, Kent, WA 98032.', 'ADDRESS', '77 Cedar Lane NE, Kent, WA 98032');
  has("I'm at 95 Birch Street North. Call me.", 'ADDRESS', '95 Birch Street North');
  has('i live at fifty five birch avenue west jacksonville three two two one oh', 'ADDRESS', 'fifty five birch avenue west jacksonville three two two one oh');
  // "north of ..." gives directions; the direction is no part of the street.
  has('i live at nine oak street north of the river', 'ADDRESS', 'nine oak street');
  has('I live at 12 Oak Street north of town.', 'ADDRESS', '12 Oak Street');
});

test('ADDRESS: a city after a street with only a comma, before the sentence goes on', () => {
  has('He lives at 9 Birch Hollow Lane, Westbrook and cannot drive.', 'ADDRESS', '9 Birch Hollow Lane, Westbrook');
  has('Send it to 41 Quarry Street, Dunmore but call first.', 'ADDRESS', '41 Quarry Street, Dunmore');
  // A weekday after the comma starts a new thought, not a city.
  has('She is at 9 Birch Hollow Lane, Tuesday and Friday work.', 'ADDRESS', '9 Birch Hollow Lane');
});

test('ADDRESS: a town named as where someone lives, written and spoken', () => {
  has('We are fine. We\'re over in Marlowe now.', 'ADDRESS', 'Marlowe');
  has('we\'re over in marlowe now so it is a drive', 'ADDRESS', 'marlowe');
  has('My son lives in Brackenridge.', 'ADDRESS', 'Brackenridge');
  has('my son lives in brackenridge and visits on sundays', 'ADDRESS', 'brackenridge');
  has('They moved to Fort Halvers, Ohio last year.', 'ADDRESS', 'Fort Halvers, Ohio');
  has('we\'re out in ocala florida these days', 'ADDRESS', 'ocala florida');
  for (const t of ['I\'m in pain since last night.', 'she\'s over in the ER right now', 'we\'re over in the e r', 'She was seen in March.',
    'she\'s staying in Mercy Hospital tonight', 'We\'re out in Lakeside Clinic today.', 'we talk in Spanish at home', 'he lives in fear of falling',
    'i\'m up in the morning early', 'I live in a small town.', 'She lives in Texas.', 'she lives in texas now']) {
    assert.ok(!found(t).some(([ty]) => ty === 'ADDRESS'), `no ADDRESS expected in "${t}": ${JSON.stringify(found(t))}`);
  }
});

function noAddress(text: string): void {
  assert.deepEqual(found(text).filter(([t]) => t === 'ADDRESS'), [], `expected no ADDRESS in "${text}"`);
}

test('ADDRESS: an intersection after "corner of" names a place, written and spoken', () => {
  has('We are at the corner of Linden and 3rd in Bemidji.', 'ADDRESS', 'Linden and 3rd in Bemidji');
  has('she lives near the corner of birch street and ninth avenue', 'ADDRESS', 'birch street and ninth avenue');
  noAddress('I bumped into the corner of the table and cut my leg.');
  noAddress('it hurts in the corner of my eye and my cheek');
  // A clinic placed at a corner is no patient's address.
  noAddress('The urgent care at the corner of Elm and 4th closes at 8.');
});

test('ADDRESS: a direction before a numberless ordinal street, or before a house number, belongs to it', () => {
  has("I'm staying on East 52nd Street this week.", 'ADDRESS', 'East 52nd Street');
  has('im staying on east fifty second street this week', 'ADDRESS', 'east fifty second street');
  // Without a direction an ordinal street is more often a landmark ("the one on Fifth Avenue").
  noAddress('Switch me to the pharmacy on Third Avenue, please.');
});

test('ADDRESS: a city, state and ZIP said without a street, written and spoken', () => {
  has('Send the bill to Rochester, MN 55901, thanks.', 'ADDRESS', 'Rochester, MN 55901');
  has('send the bill to rochester minnesota five five nine oh one thanks', 'ADDRESS', 'rochester minnesota five five nine oh one');
  // A state code with digits and no city is an id ("card says MA 00812 4471"), and a state alone is no address.
  noAddress('My card says MA 00812 4471 on the front.');
  noAddress('She moved to Minnesota 5 years ago.');
});

test('ADDRESS: a road known by its number ("County Road 9", "Highway 8 NW"), written and spoken', () => {
  has('Our farm is at 2710 County Road 14, Alden.', 'ADDRESS', '2710 County Road 14, Alden');
  has('It is 505 Old Highway 12 NE, Cokato.', 'ADDRESS', '505 Old Highway 12 NE, Cokato');
  has('our farm is at twenty seven ten county road fourteen alden', 'ADDRESS', 'twenty seven ten county road fourteen alden');
  noAddress('We drove 300 miles on Highway 12 yesterday.');
  has('She lives on Humboldt Ave S.', 'ADDRESS', 'Humboldt Ave S');
});

test('ADDRESS: abbreviated suffixes "Terr." and "Cir." take the city after them', () => {
  has('The new place is 41 Aspen Terr., Chaska.', 'ADDRESS', '41 Aspen Terr., Chaska');
  has("I'm at 9 Quarry Cir. Call me back.", 'ADDRESS', '9 Quarry Cir');
});

test('ADDRESS spoken: a one-letter unit, a lettered county road and a "saint" city after the street', () => {
  has('my address is forty two aspen court unit c', 'ADDRESS', 'forty two aspen court unit c');
  has('mail it to nineteen ten county road j shoreview', 'ADDRESS', 'nineteen ten county road j shoreview');
  has('Mail it to 1910 County Road J, Shoreview.', 'ADDRESS', '1910 County Road J, Shoreview');
  has('we are at three twelve east fourth street saint cloud', 'ADDRESS', 'three twelve east fourth street saint cloud');
  // A unit spelled on with more letters is not a one-letter unit.
  has('i live at forty two aspen court and i need a refill', 'ADDRESS', 'forty two aspen court');
});

test('ADDRESS: "apartment number", a unit said before the street, and a street with no suffix after "address"', () => {
  has('my address is eight oh two south second street apartment number six', 'ADDRESS', 'eight oh two south second street apartment number six');
  has('she is in apartment two c at four hundred spruce street', 'ADDRESS', 'apartment two c at four hundred spruce street');
  has("He's in Apt. 2C at 400 Spruce St.", 'ADDRESS', 'Apt. 2C at 400 Spruce St');
  has('My address is 318 Nicollet, Edina.', 'ADDRESS', '318 Nicollet, Edina');
  has('my address is three eighteen nicollet and my phone is new', 'ADDRESS', 'three eighteen nicollet');
  noAddress('my email address is 2 words long');
  noAddress('the address on file is 45 years old');
});

test('ADDRESS: Spanish street types before the name, then a two-word city and ZIP, written and spoken', () => {
  has('and the address is four oh six calle membrillo los banos nine three six three five thanks', 'ADDRESS',
    'four oh six calle membrillo los banos nine three six three five');
  has('The address is 406 Calle Membrillo, Los Banos, CA 93635.', 'ADDRESS', '406 Calle Membrillo, Los Banos, CA 93635');
  has('we moved to twenty two camino de la reina last spring', 'ADDRESS', 'twenty two camino de la reina');
  assert.deepEqual(found('i sent three via fax yesterday').filter(([t]) => t === 'ADDRESS'), []);
});

test('ADDRESS: a dose or measure after a number is no street', () => {
  const dose = 'she needs the fifteen milligrams per m l point five m l dose';
  assert.deepEqual(found(dose).filter(([t]) => t === 'ADDRESS'), []);
  assert.deepEqual(found('He takes 40 mg per day of the liquid.').filter(([t]) => t === 'ADDRESS'), []);
});

test('ADDRESS: towns where someone lives, said many ways', () => {
  const towns = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(towns('he lives by himself in Kettering and will not drive'), ['Kettering']);
  assert.deepEqual(towns('she stays with us in oak park now'), ['oak park']);
  assert.deepEqual(towns('my home is in little rock arkansas'), ['little rock arkansas']);
  assert.deepEqual(towns("they're up in traverse city for the summer"), ['traverse city']);
  assert.deepEqual(towns('he lives in saint clair shores with his son'), ['saint clair shores']);
  assert.deepEqual(towns('He lives in St. Clair Shores with his son.'), ['St. Clair Shores']);
  assert.deepEqual(towns('We live out by Millersburg.'), ['Millersburg']);
  assert.deepEqual(towns('we live near the park and she lives in the city now'), []);
  assert.deepEqual(towns("I'm out by the car."), []);
});

test('ADDRESS: Queens house numbers, numbered streets in speech, units before the city, a house with no suffix', () => {
  const a = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(a('The new one is 102-15 Queens Boulevard, Apt 6C, Forest Hills, NY 11375.'), ['102-15 Queens Boulevard, Apt 6C, Forest Hills, NY 11375']);
  assert.deepEqual(a('it is four ten east one twenty third street apartment two a new york new york one oh oh three five'),
    ['four ten east one twenty third street apartment two a new york new york one oh oh three five']);
  assert.deepEqual(a('Her address is 2250 Grand Concourse, Bronx, NY 10457.'), ['2250 Grand Concourse, Bronx, NY 10457']);
  assert.deepEqual(a('His house is 14 South Maple, Fenton, Missouri.'), ['14 South Maple, Fenton, Missouri']);
  assert.deepEqual(a('his house is fourteen south maple fenton missouri'), ['fourteen south maple fenton missouri']);
  assert.deepEqual(a('I scored 87-14 in the game.'), []);
  assert.deepEqual(a('my address is twelve north and i live there'), []);
});

test('ADDRESS: a street named with no number and its town, both towns of a move, a street with no suffix before a city and state', () => {
  const a = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(a('I live on Maple Street in Dexter.'), ['Maple Street in Dexter']);
  assert.deepEqual(a('We just moved from Toledo to Perrysburg.'), ['Toledo', 'Perrysburg']);
  assert.deepEqual(a('we just moved from toledo to perrysburg ohio'), ['toledo', 'perrysburg ohio']);
  assert.deepEqual(a('Mail it to 410 Rosewood, Tyler, Texas 75701.'), ['410 Rosewood, Tyler, Texas 75701']);
  assert.deepEqual(a('I take 410 Rosewood pills, Tyler said.'), []);
});

test('ADDRESS: a town after who someone lives with, and "we\'re in" a town', () => {
  const a = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(a('My dad had a fall, he lives with us now out in Spring Lake.'), ['Spring Lake']);
  assert.deepEqual(a('he lives with us now out in spring lake'), ['spring lake']);
  assert.deepEqual(a("There's some redness. We're in Hollister, so it's a drive."), ['Hollister']);
  assert.deepEqual(a("we're in pain and we're in a hurry. We're in the waiting room."), []);
});

test('ADDRESS: towns after a home ("back home in", "at my daughter\'s in"), the town moved from, a named neighborhood, "over on" a street', () => {
  const a = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(a("I'm staying at my son's in Ogden this month."), ['Ogden']);
  assert.deepEqual(a("She's back home in Wichita now. Our new place is in Hazel Park."), ['Wichita', 'Hazel Park']);
  assert.deepEqual(a('I just moved here from Bismarck.'), ['Bismarck']);
  assert.deepEqual(a('We live in the Ravenswood neighborhood.'), ['Ravenswood']);
  assert.deepEqual(a("We're over on Calloway Avenue now."), ['Calloway Avenue']);
  assert.deepEqual(a("I'm calling from the pharmacy. He moved from the hospital to rehab. She's in a nursing home."), []);
  assert.deepEqual(a('we live in the same area'), []);
});

test('ADDRESS: more ways to say where someone lives', () => {
  const a = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(a("We're way out in Harlan County, so it's a drive."), ['Harlan County']);
  assert.deepEqual(a("We're back home in Two Harbors now."), ['Two Harbors']);
  assert.deepEqual(a("My dad, he's at Sunrise Manor in Visalia."), ['Visalia']);
  assert.deepEqual(a("I'm in Sun City West. I'm from Forsyth, just moved."), ['Sun City West', 'Forsyth']);
  assert.deepEqual(a('We just moved to Hollis from Manchester.'), ['Hollis', 'Manchester']);
  assert.deepEqual(a('We are in Cedar-Riverside. She lives in Sauk Centre.'), ['Cedar-Riverside', 'Sauk Centre']);
  assert.deepEqual(a('I still have my old address on Pine Hollow Road.'), ['Pine Hollow Road']);
  assert.deepEqual(a('this is lyle i live out in eagle river my number is'), ['eagle river']);
  assert.deepEqual(a("this is virgil i'm down in hazard and i need a refill"), ['hazard']);
  assert.deepEqual(a('she lives out in breaux bridge with her sister'), ['breaux bridge']);
  assert.deepEqual(a("now we're moving back home to traverse city in june"), ['traverse city']);
  assert.deepEqual(a("I'm from Blue Cross. I'm in Room 5. He's at the hospital in Dover."), []);
  assert.deepEqual(a("i'm out in the cold and i live in fear. we live out in the country. i live in town."), []);
});

test('ADDRESS: the town of a care home someone lives in, not of a hospital, shop or pharmacy; towns with small words inside', () => {
  const a = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(a('This is Rosa from Lakeview Manor in Kenosha about your patient.'), ['Kenosha']);
  assert.deepEqual(a("I'm the social worker at Pleasant Ridge in Fond du Lac."), ['Fond du Lac']);
  assert.deepEqual(a("She's in a skilled nursing facility in Canton now."), ['Canton']);
  assert.deepEqual(a('i am the night nurse at fairhaven in yakima'), ['yakima']);
  assert.deepEqual(a('I picked up her meds at Walgreens in Dover. She was at Mercy Hospital in Toledo.'), []);
});

test('ADDRESS: a city and a spelled-out state with no ZIP, after a word that introduces a place', () => {
  has("i drive a truck and my home base is salina kansas so it's hard to get in", 'ADDRESS', 'salina kansas');
  has('My home base is Salina, Kansas, and I drive nights.', 'ADDRESS', 'Salina, Kansas');
  has("i'm based out of muncie indiana now", 'ADDRESS', 'muncie indiana');
  // A given name and a state name are no place without such a word.
  noAddress('i am calling for rosa virginia thompson about her refill');
});

test('ADDRESS spoken: the town said right after a street, a unit said with "number", a county road\'s number', () => {
  has('she lives at forty one larch street paw paw and she fell again', 'ADDRESS', 'forty one larch street paw paw');
  has('my new address is nine oh two hemlock lane number six dover delaware one nine nine oh one', 'ADDRESS', 'nine oh two hemlock lane number six dover delaware one nine nine oh one');
  // Words that go on with the next statement are no town.
  has('my address is seventy seven birch road apartment two c same phone five five five', 'ADDRESS', 'seventy seven birch road apartment two c');
  has('i live at nine oak street north of the river', 'ADDRESS', 'nine oak street');
  has("we're out on county road sixty past the feed store", 'ADDRESS', 'county road sixty');
  has('he lives by himself on county road twelve and has no phone', 'ADDRESS', 'county road twelve');
  assert.ok(!found('he lives by himself on county road twelve and has no phone').some(([, v]) => v === 'himself'), 'how someone lives is no place');
});

test('ADDRESS: a route or HC box, a P.O. box and the town after it, written and spoken', () => {
  has('We live at Route 6, Box 19, Sweet Water.', 'ADDRESS', 'Route 6, Box 19, Sweet Water');
  has('we live at route six box nineteen sweet water and the road is bad', 'ADDRESS', 'route six box nineteen sweet water');
  has('his address is h c forty two box three oh one red mesa', 'ADDRESS', 'h c forty two box three oh one red mesa');
  has("we're at p o box sixty two pine bluff", 'ADDRESS', 'p o box sixty two pine bluff');
  has("we're at box twelve elk lick", 'ADDRESS', 'box twelve elk lick');
  noAddress('take route nine to exit four and turn left');
});

test('ADDRESS: a street with no suffix, then a unit or a room and its number', () => {
  has("It's 2715 North Kedzie, Unit 3F, Chicago, 60647.", 'ADDRESS', '2715 North Kedzie, Unit 3F, Chicago, 60647');
  has("I'm at the recovery house at 4120 Chouteau, room 9.", 'ADDRESS', '4120 Chouteau, room 9');
  has("it's twenty seven fifteen north kedzie unit three f chicago six oh six four seven", 'ADDRESS', 'twenty seven fifteen north kedzie unit three f chicago six oh six four seven');
  noAddress('i took two tylenol room three was cold');
});

test('ADDRESS: the town where someone stays with someone, or at a relative\'s', () => {
  has("she's with me in bridgeton until she's better", 'ADDRESS', 'bridgeton');
  has("he's been staying with his girlfriend in kirkwood since march", 'ADDRESS', 'kirkwood');
  has("He's at his mom's in Webster Groves now.", 'ADDRESS', 'Webster Groves');
  noAddress("she's with her doctor in surgery right now");
});

test('ADDRESS: the town a caller calls from, visits from, is in or goes home to, from the place data', () => {
  has("i'm calling from honolulu about my mother", 'ADDRESS', 'honolulu');
  has("I'm an exchange student from Chengdu and I need a form.", 'ADDRESS', 'Chengdu');
  has("i'm going home to gallup new mexico next week", 'ADDRESS', 'gallup new mexico');
  has("I'm flying home to Pittsburgh on Friday.", 'ADDRESS', 'Pittsburgh');
  has('his son is in tucson and can fly in', 'ADDRESS', 'tucson');
  noAddress('my son is in reading class right now');
  noAddress('hi this is karen calling from providence about your appointment');
  noAddress('the Myers Family Funeral Home in Canton called about the certificate.');
  has("I'll be at my sister's in Minneapolis.", 'ADDRESS', 'Minneapolis');
  has("we're down from scranton p a for the week", 'ADDRESS', 'scranton p a');
  has("We're at the Sea Breeze Inn in Dewey Beach.", 'ADDRESS', 'Dewey Beach');
  // Firms, schools, countries, trips and everyday words are not where anyone lives.
  noAddress("I'm calling from Jefferson High School about a student.");
  noAddress("hi i'm calling from sweetwater senior center about the van");
  noAddress("she's visiting from jordan for the summer");
  noAddress("we're flying to rome on the tenth");
  noAddress("i'm in pain and i'm in bed");
  noAddress('the sleep center is in madison');
});

test('ADDRESS: a written unit said as "number" after the street', () => {
  has('My apartment is 2250 University Avenue, number 311. Thanks.', 'ADDRESS', '2250 University Avenue, number 311');
});

test('ADDRESS: a town the place data knows after a street, a residence hall and its room, a shelter\'s street', () => {
  has("it's fifty eight maple court inver grove heights and that's new", 'ADDRESS', 'fifty eight maple court inver grove heights');
  has("we're at nine bay view drive rehoboth beach d e three oh two five five five oh one three three", 'ADDRESS', 'nine bay view drive rehoboth beach d e');
  has('our patient lives in long neck and she needs a ride', 'ADDRESS', 'long neck');
  has("I'm David Cho, in Seattle. Call me anytime.", 'ADDRESS', 'Seattle');
  has("I'm in Murphy Hall, room 506, and I feel awful.", 'ADDRESS', 'Murphy Hall, room 506');
  has("i'm in murphy hall room five oh six six oh eight five five five oh one eight nine", 'ADDRESS', 'murphy hall room five oh six');
  has("I'm at the women's shelter on Chippewa Street until Friday.", 'ADDRESS', 'Chippewa Street');
  has("and i'm at the halfway house at thirty nine hundred gravois room twelve", 'ADDRESS', 'thirty nine hundred gravois room twelve');
  has("he's camping under the jefferson avenue overpass now", 'ADDRESS', 'jefferson avenue overpass');
  noAddress("i'm in the dining hall");
  noAddress('the hotel on main street has parking');
  noAddress('she lives in fear of falling');
});

test('ADDRESS: rural places by mile marker and numbered road, with the town near them; whereabouts with a distance', () => {
  has("His son says they're at mile marker 31 on State Road 117, south of Quemado, no box.", 'ADDRESS', 'mile marker 31 on State Road 117, south of Quemado');
  has('nellie lives at mile marker nine on navajo route twelve lukachukai', 'ADDRESS', 'mile marker nine on navajo route twelve lukachukai');
  has('She lives at 27 County Road 4990, Bloomfield. Thanks.', 'ADDRESS', '27 County Road 4990, Bloomfield');
  has("i'm down the shore in ocean city this week", 'ADDRESS', 'ocean city');
  has('I live on the reservation in Peridot, so it is far.', 'ADDRESS', 'Peridot');
  has("She's 95 and lives with us now at 418 Piñon Drive, so send it there.", 'ADDRESS', '418 Piñon Drive');
  noAddress('the accident was at mile marker 12 and the car is totaled');
  noAddress("i'm calling in a refill");
});

test('ADDRESS: snowbirds and relatives say where they are, a street someone is on, a town with a small word inside', () => {
  has('Hsu, but we\'re wintering in The Villages until April.', 'ADDRESS', 'The Villages');
  has('Carol Drummond. We\'re still in Port St. Lucie until May.', 'ADDRESS', 'Port St. Lucie');
  has('This is Richard Coughlin, calling from Naples about my wife.', 'ADDRESS', 'Naples');
  has("He's moving in with us in Brattleboro next week.", 'ADDRESS', 'Brattleboro');
  has("She's staying with me for the summer in Dahlonega, so call me.", 'ADDRESS', 'Dahlonega');
  has("I'm Jean Abernathy's son, out in Denver, and I worry.", 'ADDRESS', 'Denver');
  has("we're on summer street in springfield the yellow house", 'ADDRESS', 'summer street in springfield');
  has('Pieter and I have a place at 2207 Camino del Sol, Truth or Consequences, for the winter.', 'ADDRESS', '2207 Camino del Sol, Truth or Consequences');
  noAddress("i'm on the phone and she's on blood thinners");
});

test('ADDRESS: "he is in", "out here in"', () => {
  has('Like 110. He is in Camarillo with his wife.', 'ADDRESS', 'Camarillo');
  has('we got about 8 inches out here in Norwalk today', 'ADDRESS', 'Norwalk');
});

test('ADDRESS: a Canadian address up north, province and postal code, written and spoken', () => {
  has('Our address up north is 412 Lakeshore Road, Oakville, Ontario L6J 1H8.', 'ADDRESS', '412 Lakeshore Road, Oakville, Ontario L6J 1H8');
  has('Send it to 88 Rue Principale, Gatineau, QC J8X 2B3 please.', 'ADDRESS', '88 Rue Principale, Gatineau, QC J8X 2B3');
  has('mail it to sixty one maple crescent winnipeg manitoba r three t one a one', 'ADDRESS',
    'sixty one maple crescent winnipeg manitoba r three t one a one');
});

test('ADDRESS: a unit said before the street, cross streets someone lives on', () => {
  has("I'm in apartment 6G, 1420 Grand Concourse, Bronx, NY 10456.", 'ADDRESS', 'apartment 6G, 1420 Grand Concourse, Bronx, NY 10456');
  has("We're on Walton and 170th, the building on the corner.", 'ADDRESS', 'Walton and 170th');
  has('i live on walton and one seventieth', 'ADDRESS', 'walton and one seventieth');
  noAddress("I'm on Lisinopril and Metformin.");
  noAddress("i'm on first and then the second dose");
});

test('ADDRESS: a home known by its complex and units, no street said; a hospital unit or a room is no home', () => {
  has('My mom lives at Sunnyside Village, building 4, unit 210.', 'ADDRESS', 'Sunnyside Village, building 4, unit 210');
  has("she's in unit 210 at Sunnyside Village", 'ADDRESS', 'unit 210 at Sunnyside Village');
  has("we're in lot fifty seven at the palms", 'ADDRESS', 'lot fifty seven');
  has('i live in building three apartment two oh six', 'ADDRESS', 'building three apartment two oh six');
  noAddress("he's in unit 4 at Mercy Hospital");
  noAddress("He's in room 114 at Bayside Assisted Living.");
  noAddress("I'm at Building 2 of the hospital.");
  noAddress("I'm in a lot of pain since Tuesday.");
});

test('ADDRESS: towns the place data knows whatever their last word; where a caller is from or came home from', () => {
  has('I live in Federal Way, so Tuesdays are hard.', 'ADDRESS', 'Federal Way');
  has('she lives with me in missouri city now', 'ADDRESS', 'missouri city');
  has("I'm living in DuPont this year.", 'ADDRESS', 'DuPont');
  has('Hi, this is Gilles Arsenault, from Moncton, New Brunswick.', 'ADDRESS', 'Moncton, New Brunswick');
  has('Hi, this is Corinne Haskell in Minneapolis. My father is down there.', 'ADDRESS', 'Minneapolis');
  has('I got in last night from Traverse City.', 'ADDRESS', 'Traverse City');
  has("we're down for the winter from grand rapids michigan", 'ADDRESS', 'grand rapids michigan');
  has('I live over on Vashon, so the ferry matters.', 'ADDRESS', 'Vashon');
  has('He is in rehab in Riverdale for two weeks.', 'ADDRESS', 'Riverdale');
  noAddress('i got a call from dallas about the bill');
  noAddress('Hi, this is Tamsin Wexler from Sedgwick about a claim.');
  noAddress("She's at the rehab in Dyersburg, they said.");
  noAddress('She lives in Texas.');
});

test('ADDRESS: several units after the street, a floor, "of" inside a street name; units and a town with no street', () => {
  has('She lives at 3340 Palmetto Circle, Building D, Unit 14, Venice.', 'ADDRESS', '3340 Palmetto Circle, Building D, Unit 14, Venice');
  has('she lives at one oh two cedar lane apartment b three oh six tacoma', 'ADDRESS', 'one oh two cedar lane apartment b three oh six tacoma');
  has('She lives at 2210 Mercer Avenue, 3rd floor.', 'ADDRESS', '2210 Mercer Avenue, 3rd floor');
  has("He's at 900 Gulf of Mexico Drive, Unit 12.", 'ADDRESS', '900 Gulf of Mexico Drive, Unit 12');
  has('Please mail them to Building 10422, Room 118, Fort Lewis, Washington 98433.', 'ADDRESS', 'Building 10422, Room 118, Fort Lewis, Washington 98433');
  has("i'm at lot three twenty one forty oh one palm road punta gorda", 'ADDRESS', 'lot three twenty one forty oh one palm road punta gorda');
  has('the address is one forty two ten thirty seventh avenue flushing new york', 'ADDRESS', 'one forty two ten thirty seventh avenue flushing new york');
  has('send it to p o box four forty eatonville washington nine eight three two eight one more thing', 'ADDRESS',
    'p o box four forty eatonville washington nine eight three two eight');
  noAddress('take two of those drive home after');
});

test('ADDRESS: a named complex, its building and number', () => {
  has('We live in the Linden Park apartments, Building F, Number 212.', 'ADDRESS', 'Linden Park apartments, Building F, Number 212');
  has('we live in the linden park apartments building f number two twelve', 'ADDRESS', 'linden park apartments building f number two twelve');
  noAddress('We like the Linden Park apartments a lot.');
});

test('ADDRESS: a caller named and then where she is, a move up to a town, a relative down in one, memory care, cross streets after "I live off"', () => {
  has('this is norma whitcomb over in burlington', 'ADDRESS', 'burlington');
  has('Hi, this is Dale Eckert. I moved up to Leadville.', 'ADDRESS', 'Leadville');
  has("I'm visiting my sister down in Fairplay.", 'ADDRESS', 'Fairplay');
  has("She's moved into memory care in Brighton.", 'ADDRESS', 'Brighton');
  has('He lives with us on Poplar Street, Apartment 9, Burbank.', 'ADDRESS', 'Poplar Street, Apartment 9, Burbank');
  has('I live off Atlantic and Whittier.', 'ADDRESS', 'Atlantic and Whittier');
  noAddress('I live off the Metformin and Januvia now.');
  has('she lives right next to me apartment four c nine ten pine avenue long beach', 'ADDRESS', 'apartment four c nine ten pine avenue long beach');
});

test('ADDRESS: a caller from a town said without a comma, arriving from one, cross streets someone stays at, a big city said in speech', () => {
  has('Hi, this is Dana Whitlock from Litchfield. I need a refill.', 'ADDRESS', 'Litchfield');
  noAddress('This is Omar Haddad from Sedgwick about a claim.');
  noAddress('This is Rita Gomez from Anthem.');
  has("I'm getting down there from Forest Lake on Friday.", 'ADDRESS', 'Forest Lake');
  has('This is Deon Marsh, I stay at Madison and Pulaski.', 'ADDRESS', 'Madison and Pulaski');
  has("hi this is erik lund i'm calling from phoenix my mother", 'ADDRESS', 'phoenix');
});

test('ADDRESS: grid addresses, four-digit state roads, a village too small for the place data, a named building before its unit', () => {
  has('Her new address is 2714 West 3500 South, West Valley City, 84119.', 'ADDRESS', '2714 West 3500 South, West Valley City, 84119');
  has('her new address is twenty seven fourteen west thirty five hundred south west valley city', 'ADDRESS',
    'twenty seven fourteen west thirty five hundred south west valley city');
  has("I'm at 3320 State Road 1207, Four Oaks.", 'ADDRESS', '3320 State Road 1207, Four Oaks');
  has('She lives with us on Route 3, Box 27, Kittrell.', 'ADDRESS', 'Route 3, Box 27, Kittrell');
  has("We're out on Highway 39 in Henderson.", 'ADDRESS', 'Highway 39 in Henderson');
  has("Hello, this is Martha Alexie, we're from Kwigillingok. My husband is sick.", 'ADDRESS', 'Kwigillingok');
  has("I'm in Chefornak and the river is not safe.", 'ADDRESS', 'Chefornak');
  noAddress("I'm in Dermatology.");
  noAddress("I'm in pain since Tuesday.");
  has('For the letter, my address is Parkside Towers, apartment 911, Silver Spring.', 'ADDRESS', 'Parkside Towers, apartment 911, Silver Spring');
  has("she's staying with me at 800 Birch Hill Road, Fairbanks until her appointment.", 'ADDRESS', '800 Birch Hill Road, Fairbanks');
  has('now we stay at my cousin\'s house thirty four eleven wesleyan drive anchorage until he is cleared', 'ADDRESS',
    'thirty four eleven wesleyan drive anchorage');
});

test('ADDRESS: a relative named, then where she lives or is from', () => {
  has('Hi, this is Irene Joe. My mom Rosa Joe is from Kotlik but she is staying with me.', 'ADDRESS', 'Kotlik');
  has('my son David Cho in Seattle needs a refill', 'ADDRESS', 'Seattle');
});

test('ADDRESS spoken: a caller from a town, when her next clause starts right after it', () => {
  has('hi this is tessa brandt from litchfield i had my ultrasound there', 'ADDRESS', 'litchfield');
  has('hi this is mary nanouk from kwigillingok the kidcare office says', 'ADDRESS', 'kwigillingok');
  noAddress('hi this is jane doe from walgreens i need a refill');
});

test('ADDRESS: Hawaiian house numbers, the ʻokina, an island after a town; a marina slip, a pod, an RV space; a street with no suffix before a town and ZIP', () => {
  has('She lives at 45-117 Kāneʻohe Bay Drive.', 'ADDRESS', '45-117 Kāneʻohe Bay Drive');
  has('My new address is 91-2044 Kaiāulu Street, Kapolei, 96707.', 'ADDRESS', '91-2044 Kaiāulu Street, Kapolei, 96707');
  has('I live in Lāʻie.', 'ADDRESS', 'Lāʻie');
  has("I'm way out in Waimea, Kauaʻi.", 'ADDRESS', 'Waimea, Kauaʻi');
  has("It's 2200 N Jantzen Ave, Slip 14, Portland 97217.", 'ADDRESS', '2200 N Jantzen Ave, Slip 14, Portland 97217');
  has('the address is 9100 N Lombard Street, Pod 6, Portland.', 'ADDRESS', '9100 N Lombard Street, Pod 6, Portland');
  has('so my address is 7100 NE 78th Street, Space 12, Vancouver.', 'ADDRESS', '7100 NE 78th Street, Space 12, Vancouver');
  has('Please mail them to 4410 Castle Ridge, San Antonio, 78218.', 'ADDRESS', '4410 Castle Ridge, San Antonio, 78218');
  has('i live on northeast one sixty fourth avenue in vancouver', 'ADDRESS', 'northeast one sixty fourth avenue in vancouver');
});

test('ADDRESS: the town after a caller\'s name and "from", when her own next clause follows the comma', () => {
  has("Yeah, this is Ada Vukovic from Chillicothe, I'm calling about my grandbaby.", 'ADDRESS', 'Chillicothe');
  has('Hi, this is Tomas Reyna from Woodbury, we need a refill.', 'ADDRESS', 'Woodbury');
  // A firm's name after "from" goes on about business.
  assert.ok(!found('Hi, this is Dana Pruitt from Sedgwick, about a claim for your patient.').some(([t]) => t === 'ADDRESS'));
});

test('ADDRESS: homes up a hollow or a creek, with the road they leave and the town', () => {
  has("we're snowed in up Persimmon Holler and the county ain't plowed", 'ADDRESS', 'Persimmon Holler');
  has('she lives by herself up Beech Fork Hollow, off of Route 9. She', 'ADDRESS', 'Beech Fork Hollow, off of Route 9');
  has('i live way up tanglewood branch and the ford is froze', 'ADDRESS', 'tanglewood branch');
  has("I'm out Laurel Creek Road past the church.", 'ADDRESS', 'Laurel Creek Road');
  // No one living there: a creek in a story, "up the creek".
  noAddress('we went fishing on Laurel Creek last summer');
  noAddress('I live up the creek from them');
});

test('ADDRESS: a town after "out at", "up at", "over at"; a road said after a town; "live" with "in" left out', () => {
  has("Hi, this is Delia Varga, I'm up at Kayenta. I need", 'ADDRESS', 'Kayenta');
  has('My name is Ruth Obi, I live over at Gilbert, West Virginia. My', 'ADDRESS', 'Gilbert, West Virginia');
  has("We're down in Bourg, on Highway 24.", 'ADDRESS', 'Bourg, on Highway 24');
  has("I live up in Parks, out on Garland Prairie Road, so it's a drive.", 'ADDRESS', 'Parks, out on Garland Prairie Road');
  has('I want appointment Friday. I live Golden Meadow. Thank you.', 'ADDRESS', 'Golden Meadow');
  noAddress("i'm up at the hospital with her");
  noAddress('we live happily with two dogs');
});

test('ADDRESS: a house number on a direction and a one-word street, and five digits that are no ZIP', () => {
  has("We're in Cut Off, 15212 West Main, Cut Off. Call me.", 'ADDRESS', '15212 West Main, Cut Off');
  has('same address two oh seven west main fredericksburg please', 'ADDRESS', 'two oh seven west main fredericksburg');
  assert.ok(!found("We're in Cut Off, 15212 West Main, Cut Off.").some(([t, v]) => t === 'ADDRESS' && v === 'Cut Off, 15212'));
});

test('ADDRESS: units with the complex and town after them, a mile marker after its road, a subdivision', () => {
  has('He lives with us at Lot 9, Tsaile Housing, Tsaile, Arizona. I am', 'ADDRESS', 'Lot 9, Tsaile Housing, Tsaile, Arizona');
  has("He's at Lot 22 in the NHA housing at Mexican Springs. Call", 'ADDRESS', 'Lot 22 in the NHA housing at Mexican Springs');
  has('Our address is Building 9, Apartment 912, Willow Run Apartments off Memorial Drive, if', 'ADDRESS', 'Building 9, Apartment 912, Willow Run Apartments off Memorial Drive');
  has('We live at Brannon Square Apartments, building 4, apartment 4C, in Clarkston. My', 'ADDRESS', 'Brannon Square Apartments, building 4, apartment 4C, in Clarkston');
  has("pick me up, it's Highway 371, mile marker 47, Crownpoint, by the gate.", 'ADDRESS', 'Highway 371, mile marker 47, Crownpoint');
  has('I moved into the Wynfield Crossing subdivision last month.', 'ADDRESS', 'Wynfield Crossing subdivision');
  // A hospital's building is no home.
  noAddress('She is in Building 2 of the hospital now.');
});

test('ADDRESS: a house number on a state route named by its state, with the town after it', () => {
  has("I'm at 6450 KY 80, Hindman, that's where to send it.", 'ADDRESS', '6450 KY 80, Hindman');
  has("i'm at forty four seventy five kentucky ten eighty seven chavies i need", 'ADDRESS', 'forty four seventy five kentucky ten eighty seven chavies');
  noAddress('I bought 5 Texas 100s yesterday.');
});

test('ADDRESS: a hotel room someone is staying in, colonies and ranches, a Puerto Rican urbanización', () => {
  has("Right now I'm at the Excalibur, room 14112. Call", 'ADDRESS', 'Excalibur, room 14112');
  has("I'm staying at the Sunset Palms Extended Stay on Boulder Highway, room 118. My", 'ADDRESS', 'Sunset Palms Extended Stay on Boulder Highway, room 118');
  has('This is Sara Waldner calling from Big Coulee Colony. We', 'ADDRESS', 'Big Coulee Colony');
  has("hello it's paul hofer willow creek colony i need", 'ADDRESS', 'willow creek colony');
  has("We're out at the Bar Seven Ranch on Shane Ridge Road, Lavina. The", 'ADDRESS', 'Bar Seven Ranch on Shane Ridge Road, Lavina');
  has('The old one was Urbanización Villa Carolina, Calle 503, Bloque 211 número 4, Carolina, 00985. Please', 'ADDRESS',
    'Urbanización Villa Carolina, Calle 503, Bloque 211 número 4, Carolina, 00985');
  // A business visited, with no room, and a brand that starts like "Res." are no homes.
  noAddress('I was at the Flamingo for a show last night.');
  noAddress("it's a res med air sense ten machine");
});

test('ADDRESS: a named place before its street, what follows after a comma, and a floor\'s side', () => {
  has('He lives alone at Bella Vida Apartments, 1800 Buenaventura Boulevard, apartment 7102. He', 'ADDRESS',
    'Bella Vida Apartments, 1800 Buenaventura Boulevard, apartment 7102');
  has('We live over in Solivita, Poinciana. Thanks', 'ADDRESS', 'Solivita, Poinciana');
  has('We just closed on the new house in Storey Lake, lot 318. The', 'ADDRESS', 'Storey Lake, lot 318');
  has("I'm at Lot 112 in Lakeside Pines, St. Cloud. My", 'ADDRESS', 'Lot 112 in Lakeside Pines, St. Cloud');
  has('We live at 56 Pierce Street, second floor, rear, in Lewiston. Thanks', 'ADDRESS', '56 Pierce Street, second floor, rear, in Lewiston');
  has('I am new in Portland and I need a doctor.', 'ADDRESS', 'Portland');
  has('We just got home from Fort Myers.', 'ADDRESS', 'Fort Myers');
  noAddress('Hi, this is Mary Smith from Medicare. I');
});

test('ADDRESS: a visitor\'s home said on arrival, a summer home, a care home\'s room, a Via street, a named road after a mile marker', () => {
  has("Hi, I'm in from Boise for the week.", 'ADDRESS', 'Boise');
  has("we're passing through from Fresno and need a refill", 'ADDRESS', 'Fresno');
  has("I spend winters here and summers in Coeur d'Alene, Idaho.", 'ADDRESS', "Coeur d'Alene, Idaho");
  has("She's in assisted living at Desert Springs Senior Living, room 14, Henderson. Her", 'ADDRESS', 'Desert Springs Senior Living, room 14, Henderson');
  has("Oh and I'm at 2540 Via Venezia, Henderson. Thanks", 'ADDRESS', '2540 Via Venezia, Henderson');
  has("We're at mile marker 17 on the East Rosebud Road, Roscoe. The", 'ADDRESS', 'mile marker 17 on the East Rosebud Road, Roscoe');
  has('she lives at sweet grass manor eleven twenty central avenue billings she', 'ADDRESS', 'sweet grass manor eleven twenty central avenue billings');
  // Whose house it is names no place.
  assert.ok(!found("i'm at my cousin's house one twelve sandpiper lane lewes delaware").some(([t, v]) => t === 'ADDRESS' && v.startsWith('my')));
  noAddress('i sent three via fax');
});

test('ADDRESS: RV-park and colonia lots with the park and the town in any order, FM and Mile roads', () => {
  has("We're at Palm Valley Estates, lot 147, Pharr till then. Phone", 'ADDRESS', 'Palm Valley Estates, lot 147, Pharr');
  has("We're in lot 312 at Sunset Ridge RV Resort, Weslaco. Call", 'ADDRESS', 'lot 312 at Sunset Ridge RV Resort, Weslaco');
  has('We live in Colonia Las Palmas, lote 9, manzana 4, off FM 1015, Progreso. Can', 'ADDRESS', 'Colonia Las Palmas, lote 9, manzana 4, off FM 1015, Progreso');
  has("I'm at Lot 7, Block 12, Colonia Los Ébanos, off Mile 17 1/2 Road, Edcouch. My", 'ADDRESS', 'Lot 7, Block 12, Colonia Los Ébanos, off Mile 17 1/2 Road, Edcouch');
  has("She's at 4510 North FM 88, Weslaco. The", 'ADDRESS', '4510 North FM 88, Weslaco');
  has("we're in lot three twelve at sunset ridge r v resort weslaco call me", 'ADDRESS', 'lot three twelve at sunset ridge r v resort weslaco');
  has('We are at 2870 600th Street, near Fonda. Call', 'ADDRESS', '2870 600th Street, near Fonda');
  has('Hi, this is Paul Beaudry from Sault Ste. Marie, Ontario, we are down for the winter.', 'ADDRESS', 'Sault Ste. Marie, Ontario');
  noAddress('the parking lot 3 was full');
  noAddress('i parked in lot four by the er');
  // A landmark the town is near, said with no comma, stays out.
  assert.ok(!found('we live in metairie near clearview the mall').some(([t, v]) => t === 'ADDRESS' && v.includes('clearview')));
});

test('ADDRESS: which flat of a house after its street, and a road named after a bend', () => {
  has("Mom's at home, 5227 Holmes Street, rear, in Lawrenceville. She", 'ADDRESS', '5227 Holmes Street, rear, in Lawrenceville');
  has("It's 147 Persia Avenue, the downstairs unit, San Francisco, 94112. Thanks", 'ADDRESS', '147 Persia Avenue, the downstairs unit, San Francisco, 94112');
  has('we live out on Shipps Bend Road. Call', 'ADDRESS', 'Shipps Bend Road');
  has('our daughter drives us in from Monessen on Tuesdays.', 'ADDRESS', 'Monessen');
  assert.ok(!found('my home address is forty four eighteen larchmont drive rochester minnesota five five nine oh six right and').some(([t, v]) => t === 'ADDRESS' && v.endsWith('right')));
});

test('ADDRESS: base housing with its base, a house number said after the street, an island someone is on', () => {
  has("We're at Building 318, Apartment 4, Joint Base Charleston. Thanks", 'ADDRESS', 'Building 318, Apartment 4, Joint Base Charleston');
  has("Bligen is a patient, she on Wadmalaw Island and can't get here.", 'ADDRESS', 'Wadmalaw Island');
  noAddress('The ferry to the island runs late on Sundays.');
});

test('ADDRESS: islands after "at" and "out on", a grid road and its town, a street someone is on, units alone', () => {
  has("the kids any afternoon we're at daniel island now not downtown", 'ADDRESS', 'daniel island');
  has('We got the family land out on Edisto Island. Call', 'ADDRESS', 'Edisto Island');
  has('We live on Road 80 near Dinuba now.', 'ADDRESS', 'Road 80 near Dinuba');
  has('we live on road eighty near dinuba now', 'ADDRESS', 'road eighty near dinuba');
  has('I live at Road 28 and Avenue 12. Call', 'ADDRESS', 'Road 28 and Avenue 12');
  has('My number is 843-555-0109. He on Brickhouse Road, Johns Island. He needs', 'ADDRESS', 'Brickhouse Road, Johns Island');
  has('She lives with my folks on Hill Road in Boise.', 'ADDRESS', 'Hill Road in Boise');
  has('Also our new address is Building 318, Apartment 6, not 4, sorry.', 'ADDRESS', 'Building 318, Apartment 6');
  has('also our new address is building three eighteen apartment six thanks', 'ADDRESS', 'building three eighteen apartment six');
  has("We're in base housing, Building 1642, Unit B, Arthur Drive, Joint Base Charleston.", 'ADDRESS', 'Building 1642, Unit B, Arthur Drive, Joint Base Charleston');
  has("we're at building three eighteen apartment four joint base charleston since may", 'ADDRESS', 'building three eighteen apartment four joint base charleston');
  noAddress("I'm on Road 28 and that's it");
  noAddress("She's on lisinopril and metformin now.");
  noAddress('The clinic address is Building 3, Suite 200.');
});

test('ADDRESS: a grid city street with no suffix after a cue, and a unit number that runs into a phone number', () => {
  has("I'm staying at the shelter at 4541 N. Winthrop. Call me", 'ADDRESS', '4541 N. Winthrop');
  has('we live sixty two oh one north washtenaw apartment three seven seven three five five five oh one six seven', 'ADDRESS',
    'sixty two oh one north washtenaw apartment three');
  has('we live sixty two oh one north washtenaw apartment three seven seven three five five five oh one six seven', 'PHONE',
    'seven seven three five five five oh one six seven');
  noAddress('I take 20 North every day to work.');
});

test('ADDRESS: towns after "from out in", "driving in from" and a relative someone visits', () => {
  has('This is Greg Ostrander from out in Orange Cove, call me.', 'ADDRESS', 'Orange Cove');
  has('my son was visiting my brother in Mount Pleasant last week', 'ADDRESS', 'Mount Pleasant');
  has("i'm not driving in from filer today", 'ADDRESS', 'filer');
  assert.ok(!found('i got a call in from denver health').some(([t]) => t === 'ADDRESS'));
});

test('ADDRESS: rural grid numbers (Oklahoma section-line roads, Wisconsin letter roads, New Mexico county roads, survey sections)', () => {
  has("My number's 918-555-0171. I'm at 22840 East 790 Road, Tahlequah. Call", 'ADDRESS', '22840 East 790 Road, Tahlequah');
  has("one i'm at twenty two eight forty east seven ninety road tahlequah call", 'ADDRESS', 'twenty two eight forty east seven ninety road tahlequah');
  has('it is i live at thirty one twenty south one twenty ninth east avenue tulsa and', 'ADDRESS', 'thirty one twenty south one twenty ninth east avenue tulsa');
  has('I live at 3120 S. 129th E. Ave., Tulsa.', 'ADDRESS', '3120 S. 129th E. Ave., Tulsa');
  has("This is Duane Schoenberger, we're at W6218 County Road KK, Fond du Lac. The", 'ADDRESS', 'W6218 County Road KK, Fond du Lac');
  has("duane schoenberger we're at w six two one eight county road k k fond du lac the", 'ADDRESS', 'w six two one eight county road k k fond du lac');
  has('My number is 262-555-0183. I live on County Road Q, Hartford. Thanks', 'ADDRESS', 'County Road Q, Hartford');
  has('the house is still at twenty four county road oh one one oh and', 'ADDRESS', 'twenty four county road oh one one oh');
  has("We're at County Road 84, number 22, Santa Cruz. Thanks", 'ADDRESS', 'County Road 84, number 22, Santa Cruz');
  has('I live alone on Camino de la Acequia, number 7, Abiquiú. She', 'ADDRESS', 'Camino de la Acequia, number 7, Abiquiú');
  has('Our place is section 12, Normanna Township. Thanks', 'ADDRESS', 'section 12, Normanna Township');
  has("We're at Route 1, Box 48A, Lyman. Thanks", 'ADDRESS', 'Route 1, Box 48A, Lyman');
  noAddress('Please read section 3 of the form.');
});

test('ADDRESS: towns out by, outside, stuck in, calling from; pueblos lived at; "de" after a Spanish name', () => {
  has("He's teething, won't sleep. We're out by Stilwell. Call", 'ADDRESS', 'Stilwell');
  has("it's linda thiel from out by slinger about my mom", 'ADDRESS', 'slinger');
  has('i was clearing brush on my place outside sallisaw it\'s spreading', 'ADDRESS', 'sallisaw');
  has('He bunks at the man camp outside Watford City. Call', 'ADDRESS', 'Watford City');
  has('just letting you know I\'m stuck in Grafton with the storm', 'ADDRESS', 'Grafton');
  has("This is Renee Two Bears. I'm calling from Fort Yates.", 'ADDRESS', 'Fort Yates');
  has('This is Rosalie Aguino. I live at Ohkay Owingeh. My', 'ADDRESS', 'Ohkay Owingeh');
  has('this is leroy naranjo i live at santa clara pueblo i', 'ADDRESS', 'santa clara pueblo');
  has('Bueno, soy Crucita Lucero, de Ranchos de Taos. Tengo', 'ADDRESS', 'Ranchos de Taos');
  has('bueno soy crucita lucero de ranchos de taos tengo', 'ADDRESS', 'ranchos de taos');
  has('this is gilbert mondragon up in truchas my wife', 'ADDRESS', 'truchas');
  noAddress('Dr. Wendt is stuck in Billings at a conference.');
  noAddress("I'm calling from Summit Orthopedics about your referral.");
  noAddress('We parked outside Walmart.');
  assert.ok(!found('Calling for my mom, Aurora Salinas de León, she').some(([t]) => t === 'ADDRESS'));
});

test('ADDRESS: Queens and other towns that are everyday words after a street, barracks, hamlets, Spanish "vivo en", regions', () => {
  has('she lives with me at one fifty thirty two barclay avenue flushing my number is seven', 'ADDRESS', 'one fifty thirty two barclay avenue flushing');
  has('My house is 144-20 41st Avenue, 5K, Flushing. Call', 'ADDRESS', '144-20 41st Avenue, 5K, Flushing');
  has("i'm with her at thirty three twenty one eighty first street apartment three a my cell three four seven", 'ADDRESS', 'thirty three twenty one eighty first street apartment three a');
  has("I'm a soldier, I'm in the barracks, Building 20430, Fort Bliss. My", 'ADDRESS', 'Building 20430, Fort Bliss');
  has("i'm a soldier i'm in the barracks building two oh four three oh fort bliss my", 'ADDRESS', 'building two oh four three oh fort bliss');
  has('I live in the hamlet of Getzville, town of Amherst. My', 'ADDRESS', 'Getzville, town of Amherst');
  has('Hola, habla Socorro Meléndez, vivo en Ciudad Juárez. Mi', 'ADDRESS', 'Ciudad Juárez');
  has("Also we moved, now we're in the Lower Valley, the new address", 'ADDRESS', 'Lower Valley');
  has("hi it's margaret doucette i'm from saint catharines i came over", 'ADDRESS', 'saint catharines');
  has('hello this is gerald hoak from hamburg the sleep company needs', 'ADDRESS', 'hamburg');
  has("good afternoon i'm calling from socorro new mexico about my", 'ADDRESS', 'socorro new mexico');
  has("We're out at County Road 42, Hindsville. Call", 'ADDRESS', 'County Road 42, Hindsville');
  has('This is Eli Yoder out on Flat Iron Road in Conewango Valley. We', 'ADDRESS', 'Flat Iron Road in Conewango Valley');
  has("Is that right? I'm their daughter, in Hamilton. Call", 'ADDRESS', 'Hamilton');
  assert.ok(!found("we'll be at three fifty five gulf shore boulevard naples home number until then").some(([t, v]) => t === 'ADDRESS' && v.endsWith('home')));
});

test('ADDRESS: Puerto Rican streets numbered after their name, carreteras with their kilometre, barrios and their towns', () => {
  has("She's at Urb. Santa Juanita, Calle Ámbar DD-14, Bayamón. Call", 'ADDRESS', 'Urb. Santa Juanita, Calle Ámbar DD-14, Bayamón');
  has('at his house, Calle Loíza 1860, Santurce. He', 'ADDRESS', 'Calle Loíza 1860, Santurce');
  has('Vive conmigo en Calle Dr. Veve 58, Bayamón. Gracias', 'ADDRESS', 'Calle Dr. Veve 58, Bayamón');
  has('vive sola en la Carr. 172 km 8.4, Bo. Cañaboncito, Caguas. Ella', 'ADDRESS', 'Carr. 172 km 8.4');
  has('vive sola en la Carr. 172 km 8.4, Bo. Cañaboncito, Caguas. Ella', 'ADDRESS', 'Bo. Cañaboncito, Caguas');
  has('Yes, hi, this is Cecilia Trujillo, I\'m from El Rito. My father', 'ADDRESS', 'El Rito');
  noAddress('el laboratorio que queda en la Carr. 3 km 15 en Canovanas');
  // "Bo." is a name too: a new sentence after it stays one.
  assert.ok(found("I'm calling for my grandson Bo. He has a fever.").some(([t, v]) => t === 'NAME' && v === 'Bo'));
});
