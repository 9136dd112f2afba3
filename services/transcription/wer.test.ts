import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoringWords, wordEditDistance, wordErrorRate } from './wer.ts';

test('word error rate counts substitutions, deletions and insertions', () => {
  assert.equal(wordEditDistance(['a', 'b', 'c'], ['a', 'b', 'c']), 0);
  assert.equal(wordEditDistance(['a', 'b', 'c'], ['a', 'x', 'c']), 1);
  assert.equal(wordEditDistance(['a', 'b', 'c'], ['a', 'c']), 1);
  assert.equal(wordEditDistance(['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e']), 2);
  assert.equal(wordErrorRate('Call me, please!', 'call me please'), 0);
  assert.equal(wordErrorRate('one two three four', 'one too three'), 0.5);
  assert.equal(wordErrorRate('', ''), 0);
  assert.deepEqual(scoringWords("  It's  FIVE-five "), ["it's", 'five', 'five']);
});
