/** Lower-case words without punctuation, for scoring. */
export function scoringWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Word-level Levenshtein distance (substitutions + deletions + insertions). */
export function wordEditDistance(ref: readonly string[], hyp: readonly string[]): number {
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const cur = [i];
    for (let j = 1; j <= hyp.length; j++) {
      const sub = prev[j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return prev[hyp.length]!;
}

/** Word error rate of one hypothesis against its reference text. */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const ref = scoringWords(reference);
  if (ref.length === 0) return scoringWords(hypothesis).length === 0 ? 0 : 1;
  return wordEditDistance(ref, scoringWords(hypothesis)) / ref.length;
}
