/**
 * Helpers for the blind held-out set (heldout-blind2-src.ts): how a written string sounds when a caller
 * reads it out and PocketSphinx writes it down (lower case, numbers as words, no punctuation), plus the
 * Luhn check the builder applies to card numbers.
 */
const DIGIT = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Reads a string character by character: digits one at a time ("0" as "oh"), letters spelled, rest dropped. */
export function dg(s: string, zero: 'oh' | 'zero' = 'oh'): string {
  const out: string[] = [];
  for (const ch of s.toLowerCase()) {
    if (/\d/.test(ch)) out.push(ch === '0' ? zero : DIGIT[Number(ch)]!);
    else if (/[a-z]/.test(ch)) out.push(ch);
  }
  return out.join(' ');
}

/** Same as dg with "zero" for 0, the way some callers read numbers. */
export const dgz = (s: string): string => dg(s, 'zero');

/** True when the digits of s pass the Luhn check (card numbers must, so a checksum-aware detector is tested fairly). */
export function luhnOk(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  if (digits.length < 12) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Plain written text as PocketSphinx would write it: titles said in full, lower case, accents dropped,
 * hyphens and slashes as pauses, punctuation gone (apostrophes inside words kept). Digits are an error:
 * every number must be given its spoken words in the source. A leading "'s" is kept as a word of its own.
 */
export function speak(s: string): string {
  // A possessive right after a name span ("«NAME|Ruth»'s") stays a suffix; the builder glues it on.
  const possessive = /^'s\b/.test(s) ? "'s " : '';
  const out = s.slice(possessive ? 2 : 0)
    .replace(/\bDr\./g, 'doctor')
    .replace(/\bMrs\./g, 'missus')
    .replace(/\bMr\./g, 'mister')
    .replace(/\bMs\./g, 'miss')
    .replace(/&/g, ' and ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıłøæß]/gi, (c) => ({ ı: 'i', ł: 'l', ø: 'o', æ: 'ae', ß: 'ss' } as Record<string, string>)[c.toLowerCase()] ?? c)
    .toLowerCase()
    .replace(/[-–—/…]/g, ' ')
    .replace(/(^|[^a-z])'+|'+(?=[^a-z]|$)/g, '$1 ')
    .replace(/[.,!?;:()"“”‘’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/[^a-z' ]/.test(out)) throw new Error(`cannot speak ${JSON.stringify(s)}: left ${JSON.stringify(out)}`);
  return possessive + out;
}
