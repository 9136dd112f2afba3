import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishSize, givenClass, isClearGivenName, isClearSurname, isEnglishWord, surnameClass } from './name-data.ts';

test('name data: given names and surnames load with frequency classes', () => {
  assert.equal(givenClass('james'), 5);
  assert.ok(givenClass('octavius') >= 1);
  assert.equal(givenClass('lisinopril'), 0);
  assert.equal(surnameClass('smith'), 1);
  assert.ok(surnameClass('penhallow') === 0);
});

test('name data: English word sizes come from SCOWL', () => {
  assert.equal(englishSize('the'), 10);
  assert.ok(isEnglishWord('pharmacy'));
  assert.ok(!isEnglishWord('okonjo'));
});

test('name data: a name that is also an everyday word is not a clear name', () => {
  for (const w of ['desmond', 'peter', 'maria', 'winnifred']) assert.ok(isClearGivenName(w), w);
  for (const w of ['grace', 'bill', 'hope', 'will', 'dawn']) assert.ok(!isClearGivenName(w), w);
  assert.ok(isClearSurname('whitaker'));
  for (const w of ['park', 'moss', 'brown', 'king']) assert.ok(!isClearSurname(w), w);
});
