import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeClass } from './place-data.ts';

test('place data: towns and cities by size, short forms of "Saint", no firms', () => {
  assert.equal(placeClass(['chicago']), 4);
  assert.ok(placeClass(['honolulu']) >= 3);
  assert.ok(placeClass(['grove', 'city']) >= 1);
  assert.ok(placeClass(['st', 'paul']) >= 3, 'St. Paul is read as Saint Paul');
  assert.equal(placeClass(['walgreens']), 0);
  assert.equal(placeClass([]), 0);
});
