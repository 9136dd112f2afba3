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

test('EMAIL spoken: domains spelled letter by letter, country codes, a label of letters and a word', () => {
  has('send it to tama dot rua at paradise dot net dot n z please', 'EMAIL', 'tama dot rua at paradise dot net dot n z');
  has('my email is hemi at x t r a dot co dot nz', 'EMAIL', 'hemi at x t r a dot co dot nz');
  has('my email is o dot ruiz at b t internet dot com', 'EMAIL', 'o dot ruiz at b t internet dot com');
  has('email is j nowicki at o n e t dot p l thanks', 'EMAIL', 'j nowicki at o n e t dot p l');
});

test('EMAIL spoken: two words between an e-mail cue and "at" are the local part', () => {
  has('or email marta gil at i cloud dot com', 'EMAIL', 'marta gil at i cloud dot com');
  has('my email is marta gil at gmail dot com', 'EMAIL', 'marta gil at gmail dot com');
  // A phrase with a function word between the cue and "at" is no local part.
  assert.ok(!found('i sent an email to the front desk at noon').some(([t]) => t === 'EMAIL'));
});

test('IP: IPv6 addresses, written and spoken; times with colons stay', () => {
  has('My IP address is fe80::1c2b:3ff:fe4a:91 today.', 'IP', 'fe80::1c2b:3ff:fe4a:91');
  has('It is 2001:db8:85a3:0:0:8a2e:370:7334.', 'IP', '2001:db8:85a3:0:0:8a2e:370:7334');
  has('my ip is twenty six oh two colon forty one c colon nine colon colon b two', 'IP', 'twenty six oh two colon forty one c colon nine colon colon b two');
  assert.deepEqual(found('The visit is at 10:30 and ends 11:45:30.'), []);
  assert.deepEqual(found('the score was two colon one'), []);
});

test('URL spoken: a two-word site name after "it\'s", a path of letters and digits, a name as the last segment', () => {
  has("it's kind notes dot org slash visit slash rona hautala", 'URL', 'kind notes dot org slash visit slash rona hautala');
  has('the form is at forms dot example dot com slash d slash seven q x nine', 'URL', 'forms dot example dot com slash d slash seven q x nine');
});

test('EMAIL spoken: letters as the local part, newer top-level domains, a usual mailbox name', () => {
  has('my email is k l m at fast mail dot f m', 'EMAIL', 'k l m at fast mail dot f m');
  has('reach me at info at smith family dot org', 'EMAIL', 'info at smith family dot org');
  assert.ok(!found('the portal at portal dot example dot org is down').some(([t]) => t === 'EMAIL'));
});

test('EMAIL spoken: several initials before the name part, and "email them to ..."', () => {
  has('my portal login is d k morrow at yahoo dot com', 'EMAIL', 'd k morrow at yahoo dot com');
  has('you can email it to b t l farris at outlook dot com', 'EMAIL', 'b t l farris at outlook dot com');
  has('could you email them to ines vale dot p t at gmail dot com thanks', 'EMAIL', 'ines vale dot p t at gmail dot com');
  assert.deepEqual(found('i will email them to you at the office tomorrow'), []);
  assert.deepEqual(found('we were at the gym at noon'), []);
});

test('URL spoken: inside a domain a label may be an initial and two words', () => {
  has('the link is pics dot j moreno art dot com slash scan can you look', 'URL', 'pics dot j moreno art dot com slash scan');
  assert.deepEqual(found('i went to a moreno family party on the weekend').filter(([t]) => t === 'URL'), []);
});

test('URL spoken: "w w w dot" and a site name said as several words', () => {
  has('you can look it up it is w w w dot maple ridge family photos dot com thanks', 'URL', 'w w w dot maple ridge family photos dot com');
  has('go to w w w dot example dot org for the form', 'URL', 'w w w dot example dot org');
  assert.ok(!found('you can look it up it is w w w dot maple ridge family photos dot com thanks').some(([t]) => t === 'NAME'));
});

test('EMAIL: a written domain with the "@" spelled out as "at"', () => {
  has('You can email me at tkoenig at gmail.com, thanks.', 'EMAIL', 'tkoenig at gmail.com');
  has('My email address is r.baptiste at clinicmail.org.', 'EMAIL', 'r.baptiste at clinicmail.org');
  const portal = 'Log in to the portal at mychart.org.';
  assert.ok(detectPhi(portal).every((s) => s.type !== 'EMAIL'));
});

test('URL spoken: a scheme read out ("h t t p s colon slash slash") belongs to the address', () => {
  has('the form is at h t t p s colon slash slash intake dot northfield clinic dot org', 'URL',
    'h t t p s colon slash slash intake dot northfield clinic dot org');
  has('go to https colon slash slash intake dot example dot org', 'URL', 'https colon slash slash intake dot example dot org');
});

test('EMAIL spoken: "all one word" inside the local part, and a provider with the ".com" left off', () => {
  has('my email is nora vance all one word at gmail dot com', 'EMAIL', 'nora vance all one word at gmail dot com');
  has('my email is nvance at yahoo', 'EMAIL', 'nvance at yahoo');
  has('My email is nvance at hotmail.', 'EMAIL', 'nvance at hotmail');
  const away = 'i will be at target later today';
  assert.ok(detectPhi(away).every((s) => s.type !== 'EMAIL'));
});

test('URL spoken: a label of several words after a dot, and "dash" inside a path segment', () => {
  const t = 'the upload link was docs dot blue harbor scans dot net slash p slash r okafor dash four one seven two thanks';
  has(t, 'URL', 'docs dot blue harbor scans dot net slash p slash r okafor dash four one seven two');
  const u = 'try example dot com slash a dash and then call me';
  assert.ok(found(u).every(([, v]) => !v.includes('dash')), JSON.stringify(found(u)));
});

test('EMAIL spoken: initials and name words run into the local part, a spelled local part, the second "at" of two', () => {
  has('the receipt came to i oyelaran fifty two at yahoo dot com', 'EMAIL', 'i oyelaran fifty two at yahoo dot com');
  has('my new one is k brandt dot home at outlook dot com', 'EMAIL', 'k brandt dot home at outlook dot com');
  has('you can send it to jo ann pike dot law at gmail dot com', 'EMAIL', 'jo ann pike dot law at gmail dot com');
  has('email it to a reyes soto at outlook dot com please', 'EMAIL', 'a reyes soto at outlook dot com');
  has('the new one is m i r a dot k o h at outlook dot com', 'EMAIL', 'm i r a dot k o h at outlook dot com');
  has('email me the form at dana dot v u at icloud dot com', 'EMAIL', 'dana dot v u at icloud dot com');
  // "a" is an initial only right after "to"/"is" or an e-mail word.
  has('i wrote a c smith at gmail dot com on the form', 'EMAIL', 'c smith at gmail dot com');
});

test('URL: written country endings with a path, spoken three-word labels, slugs of words, a file ending, a code label', () => {
  has('I put the photos on 1drv.ms/u/s!Bx4kQ9 for you.', 'URL', '1drv.ms/u/s!Bx4kQ9');
  has('The album is photos.app.goo.gl/Vb8sLq2.', 'URL', 'photos.app.goo.gl/Vb8sLq2');
  assert.ok(found('It was fine.It hurt later, e.g. on Monday.').every(([t]) => t !== 'URL'));
  has("the link it's go fund me dot com slash f slash rosa vela recovery if you want", 'URL', 'go fund me dot com slash f slash rosa vela recovery');
  has('it is box dot com slash s slash q seven r slash intake dot p d f thanks', 'URL', 'box dot com slash s slash q seven r slash intake dot p d f');
  has('i put it on one d r v dot m s slash u slash s b x four k q nine', 'URL', 'one d r v dot m s slash u slash s b x four k q nine');
  assert.ok(found('i took vitamin d three dot and then some').every(([t]) => t !== 'URL'));
});

test('URL spoken: digits after a path word, a two-word name at the end, dots inside a segment; a phone number after a link stays a phone number', () => {
  has('the pictures are at photos dot google dot com slash share slash abc one two three', 'URL', 'photos dot google dot com slash share slash abc one two three');
  has("it's caring bridge dot org slash visit slash john smith if you want", 'URL', 'caring bridge dot org slash visit slash john smith');
  has("it's on her page facebook dot com slash lena dot ortiz dot seven", 'URL', 'facebook dot com slash lena dot ortiz dot seven');
  has('it is at example dot com slash intake five five five one two one two', 'URL', 'example dot com slash intake');
  has('it is at example dot com slash intake five five five one two one two', 'PHONE', 'five five five one two one two');
  has('the forms are at example dot com slash forms please call me', 'URL', 'example dot com slash forms');
});

test('URL spoken: "forward slash", slugs with small words and digits, a two-word label after "on", a path makes an "at" a link', () => {
  has('the link is go fund me dot com forward slash f forward slash help for the okonkwos', 'URL',
    'go fund me dot com forward slash f forward slash help for the okonkwos');
  has('you can see it at bit dot ly slash mom care twenty three', 'URL', 'bit dot ly slash mom care twenty three');
  has("it's caring bridge dot org slash visit slash jim and pam if you want", 'URL', 'caring bridge dot org slash visit slash jim and pam');
  has('the camp form is on camp wildwood dot org slash health dash form', 'URL', 'camp wildwood dot org slash health dash form');
  has('please go to the page at caring bridge dot org slash site slash marjorie dash kent', 'URL', 'caring bridge dot org slash site slash marjorie dash kent');
  has('the forms are at example dot com slash forms and then call me', 'URL', 'example dot com slash forms');
  assert.ok(found('please go to the page at caring bridge dot org slash site').every(([t]) => t !== 'EMAIL'));
});

test('URL spoken: letters and a word as the first label', () => {
  has('i sent them to the link she gave me b p share dot i o slash t clarke', 'URL', 'b p share dot i o slash t clarke');
  assert.ok(found('i have a dot com business').every(([t]) => t !== 'URL'));
});

test('URL spoken: a site named in three words with a small word, slugs in every segment, small words between dashes', () => {
  has('my blog is at hope for henry dot wordpress dot com', 'URL', 'hope for henry dot wordpress dot com');
  has('you can donate at give send go dot com slash healing for hank', 'URL', 'give send go dot com slash healing for hank');
  has('the album link is icloud dot com slash shared album slash b two g', 'URL', 'icloud dot com slash shared album slash b two g');
  has('the link is gofundme dot com slash f slash support dash for dash the dash nguyen dash family', 'URL',
    'gofundme dot com slash f slash support dash for dash the dash nguyen dash family');
  has('the page is caringbridge dot org slash visit slash louisa hartwell and you can leave a note', 'URL',
    'caringbridge dot org slash visit slash louisa hartwell');
});

test('EMAIL spoken: a spelled local part with a dot and one letter after it', () => {
  has('my email is wrong it should be t h a n d i dot t at gmail dot com', 'EMAIL', 't h a n d i dot t at gmail dot com');
  has('say my email has a dot in it autumn dot s at yahoo dot com', 'EMAIL', 'autumn dot s at yahoo dot com');
});

test('URL and EMAIL spoken: the links people really read out', () => {
  has("it's h t t p s colon forward slash forward slash w w w dot go fund me dot com forward slash f forward slash joe dash brandt", 'URL',
    'h t t p s colon forward slash forward slash w w w dot go fund me dot com forward slash f forward slash joe dash brandt');
  has('the note h t t p s forms dot office dot com slash r slash petrov dash r t w', 'URL', 'h t t p s forms dot office dot com slash r slash petrov dash r t w');
  has("it's y o u t u dot b e slash capital x k four capital p", 'URL', 'y o u t u dot b e slash capital x k four capital p');
  has('call we started a meal train meal train dot com slash trains slash evelyn dash marsh', 'URL', 'meal train dot com slash trains slash evelyn dash marsh');
  has('with her care notes facebook dot com slash groups slash brookside moms', 'URL', 'facebook dot com slash groups slash brookside moms');
  has("it's w w w dot give butter dot com slash nwosu dash kidney the transplant coordinator said", 'URL', 'w w w dot give butter dot com slash nwosu dash kidney');
  has("it's calendar dot google dot com slash calendar slash r question mark c i d equals deluca dot family", 'URL',
    'calendar dot google dot com slash calendar slash r question mark c i d equals deluca dot family');
  has("it's tiny u r l dot com slash mildred dash care dash log reach me at", 'URL', 'tiny u r l dot com slash mildred dash care dash log');
  has("it's dropbox drop box dot com slash s slash k two v nine", 'URL', 'drop box dot com slash s slash k two v nine');
  has("and my email's s a m dot o t i e n o at u m i c h dot e d u", 'EMAIL', 's a m dot o t i e n o at u m i c h dot e d u');
  has('it is jasmine at lupus warriors dayton dot org', 'EMAIL', 'jasmine at lupus warriors dayton dot org');
  has('my email is p nolan at quincy h v a c dot com', 'EMAIL', 'p nolan at quincy h v a c dot com');
  has('my email is v almeida dot t one d at gmail dot com', 'EMAIL', 'v almeida dot t one d at gmail dot com');
  has('the confirmation is h y b a r r a underscore one nine five nine at hotmail dot com', 'EMAIL', 'h y b a r r a underscore one nine five nine at hotmail dot com');
  has("i'd like my results emailed please a pennington at bell south dot net", 'EMAIL', 'a pennington at bell south dot net');
  assert.ok(found('i want to go to the post office dot com later').every(([t]) => t !== 'URL'));
});

test('IP spoken: the last number stops where a phone number begins', () => {
  has("it's blocked one seven two dot fifty eight dot nineteen dot two forty three oh one five eight eight four four seven six", 'IP',
    'one seven two dot fifty eight dot nineteen dot two forty');
  has('the ip is one ninety two dot one sixty eight dot one dot two fifty four thanks', 'IP', 'one ninety two dot one sixty eight dot one dot two fifty four');
});

test('EMAIL spoken: spelled letters before the digits of a local part', () => {
  has('send the summary to c a r l y m eighty eight at icloud dot com', 'EMAIL', 'c a r l y m eighty eight at icloud dot com');
});

test('URL spoken: well-known sites said in several words, small words and all', () => {
  has("it's on a private playlist you tube dot com slash playlist question mark list equals p l tully dash tremor", 'URL',
    'you tube dot com slash playlist question mark list equals p l tully dash tremor');
  has('they gave me a summary my chart dot summit health dot org slash s slash c m c b', 'URL', 'my chart dot summit health dot org slash s slash c m c b');
  has('i use my fitness pal dot com slash profile slash nate underscore price', 'URL', 'my fitness pal dot com slash profile slash nate underscore price');
  has("i'd give it to the office too go fund me dot com slash f slash help dash nonno dash vince", 'URL', 'go fund me dot com slash f slash help dash nonno dash vince');
  assert.ok(found('i told my chart nurse about it').every(([t]) => t !== 'URL'));
});

test('IP spoken: "point" for the dots', () => {
  has('the ip it shows is ninety eight point two fourteen point seven point one sixty', 'IP', 'ninety eight point two fourteen point seven point one sixty');
  assert.ok(found('her temperature was ninety nine point five').every(([t]) => t !== 'IP'));
});

test('URL spoken: a country ending that is also a word, with a path after it', () => {
  has("it's at you tube dot be slash o moncrief tremor two", 'URL', 'you tube dot be slash o moncrief tremor two');
  assert.ok(found('it will be me dot').every(([t]) => t !== 'URL'));
});

test('URL spoken: one more word of a site\'s name before a label of letters, after a word that introduces a site', () => {
  has('the form is at bright river p d dot org slash forms', 'URL', 'bright river p d dot org slash forms');
  has('the portal is rivoli health dot my chart dot com', 'URL', 'rivoli health dot my chart dot com');
  // The recogniser's own spelling of a site said once more is no part of it.
  has('it is on my dropbox drop box dot com slash s slash x y', 'URL', 'drop box dot com slash s slash x y');
});

test('EMAIL spoken: an everyday word before the name part, and an initial "a" between dots', () => {
  has("it's papa okonkwo at a o l dot com", 'EMAIL', 'papa okonkwo at a o l dot com');
  has('her email address is adeyemi dot a dot funke at outlook dot com', 'EMAIL', 'adeyemi dot a dot funke at outlook dot com');
});

test('EMAIL spoken: a local part that ends in digits, read after "email me at"', () => {
  has('please email me at lin wei dot eight eight at q q dot com thanks', 'EMAIL', 'lin wei dot eight eight at q q dot com');
  const t = 'the class is at eight at example dot com';
  assert.ok(!detectPhi(t).some((s) => s.type === 'EMAIL'), `no EMAIL expected in ${t}`);
});

test('URL and EMAIL spoken: a site name that starts with spelled letters; a local part before a site found alone', () => {
  has("put it on our form it's online at d m steel fab dot com slash r t w thanks", 'URL', 'd m steel fab dot com slash r t w');
  has('restrictions to our portal at a m z n o h s dot com slash upload', 'URL', 'a m z n o h s dot com slash upload');
  has('if not email d o v two dash safety at a m z n o h s dot com thanks', 'EMAIL', 'd o v two dash safety at a m z n o h s dot com');
  has('the eap contact is patricia lam p lam at e a p dash partners dot example dot com', 'EMAIL', 'p lam at e a p dash partners dot example dot com');
  for (const t of ['the forms are at our site at mercy health dot com', 'i put photos at imgur dot com slash a slash q k seven']) {
    assert.ok(!detectPhi(t).some((s) => s.type === 'EMAIL'), `no EMAIL expected in ${t}`);
  }
});

test('EMAIL spoken: a weekday or month as the first part of a local part, and an initial "a" after "to"', () => {
  has('the email should be sunday dot okafor at gmail dot com thanks', 'EMAIL', 'sunday dot okafor at gmail dot com');
  has('can you email it to a dot renner eighty eight at yahoo dot com', 'EMAIL', 'a dot renner eighty eight at yahoo dot com');
  assert.ok(!found("i'll be there in a dot com minute").some(([t]) => t === 'EMAIL'));
});

test('EMAIL spoken in Spanish: "arroba" and "punto"', () => {
  has('me lo pueden mandar por email dani punto arrieta arroba gmail punto com gracias', 'EMAIL', 'dani punto arrieta arroba gmail punto com');
});
