/**
 * Number-reading helpers for the third and fourth blind held-out sets (heldout-blind3-src.ts, -blind4-src.ts), on top of the generic
 * ones in heldout-blind2-words.ts: cardinals, ordinals, years, dates and digit groups the way a caller says
 * them and PocketSphinx writes them ("double five", "nineteen forty eight", "march third").
 */
import { dg } from './heldout-blind2-words.ts';

export { dg, dgz, luhnOk, speak } from './heldout-blind2-words.ts';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 0..9999 in words, without "and" ("one hundred five"). */
export function cardinal(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new Error(`cardinal out of range: ${n}`);
  if (n < 20) return ONES[n]!;
  if (n < 100) return n % 10 ? `${TENS[Math.floor(n / 10)]} ${ONES[n % 10]}` : TENS[n / 10]!;
  if (n < 1000) return n % 100 ? `${ONES[Math.floor(n / 100)]} hundred ${cardinal(n % 100)}` : `${ONES[n / 100]} hundred`;
  return n % 1000 ? `${ONES[Math.floor(n / 1000)]} thousand ${cardinal(n % 1000)}` : `${ONES[n / 1000]} thousand`;
}

/** 1..99 as an ordinal word ("twenty third"). */
export function ordinal(n: number): string {
  const words = cardinal(n).split(' ');
  const last = words.pop()!;
  const ord = ORD[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...words, ord].join(' ');
}

/** A year as said aloud: "nineteen oh four", "two thousand three", "twenty twenty five". */
export function year(y: number): string {
  if (y >= 2000 && y < 2010) return y === 2000 ? 'two thousand' : `two thousand ${ONES[y - 2000]}`;
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  return `${cardinal(hi)} ${lo === 0 ? 'hundred' : lo < 10 ? `oh ${ONES[lo]}` : cardinal(lo)}`;
}

/** A written date ("March 3, 1948", "March 3rd", "3/14/1952") read out by a caller. */
export function sayDate(w: string): string {
  const named = /^([A-Z][a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(w);
  if (named) {
    const month = named[1]!.toLowerCase();
    if (!MONTHS.some((m) => m.startsWith(month))) throw new Error(`not a month: ${w}`);
    const full = MONTHS.find((m) => m.startsWith(month))!;
    return [full, ordinal(Number(named[2])), named[3] ? year(Number(named[3])) : ''].filter(Boolean).join(' ');
  }
  const num = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(w);
  if (num) {
    const y = num[3]!;
    const yw = y.length === 4 ? year(Number(y)) : Number(y) < 10 ? `oh ${ONES[Number(y)]}` : cardinal(Number(y));
    return `${cardinal(Number(num[1]))} ${cardinal(Number(num[2]))} ${yw}`;
  }
  throw new Error(`cannot say date ${w}`);
}

/** Digits read one by one, with runs said as "double five" / "triple seven". */
export function dbl(s: string, zero: 'oh' | 'zero' = 'oh'): string {
  const ws = dg(s, zero).split(' ');
  const out: string[] = [];
  for (let i = 0; i < ws.length;) {
    let j = i;
    while (j < ws.length && ws[j] === ws[i] && j - i < 3) j++;
    const run = j - i;
    out.push(run === 3 ? `triple ${ws[i]}` : run === 2 ? `double ${ws[i]}` : ws[i]!);
    i = j;
  }
  return out.join(' ');
}

/** Digits read in pairs ("8574" -> "eighty five seventy four"); a pair starting with 0 is "oh five". */
export function pairs(s: string): string {
  const d = s.replace(/\D/g, '');
  const out: string[] = [];
  for (let i = 0; i < d.length; i += 2) {
    const p = d.slice(i, i + 2);
    if (p.length === 1) out.push(dg(p));
    else if (p[0] === '0') out.push(`oh ${ONES[Number(p[1])]}`);
    else out.push(cardinal(Number(p)));
  }
  return out.join(' ');
}
