/**
 * Place names behind the address detector, loaded once from the generated data/places.txt (GeoNames, CC BY 4.0;
 * sources there): lower-case names of populated places with a size class. Used only after a cue that a place
 * follows ("calling from", "flying home to", "I'm in"): a place name alone says nothing about where anyone lives.
 */
import { readFileSync } from 'node:fs';

/** Place name -> size class of the largest place of that name: 4 (>= 1,000,000 people) .. 1 (>= 1,000). */
const PLACES = new Map<string, number>();
for (const line of readFileSync(new URL('./data/places.txt', import.meta.url), 'utf8').split('\n')) {
  const m = /^P(\d) (.*)$/.exec(line);
  if (!m) continue;
  for (const n of m[2]!.split('|')) PLACES.set(n, Number(m[1]));
}

/** The longest place name has this many words. */
export const MAX_PLACE_WORDS = 4;

/** Spoken and written short forms of a place name's first word: "St. Paul", "Mt. Vernon", "Ft. Myers". */
const SHORT_FORMS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** Size class of the place named by these lower-case words (joined by spaces), or 0 when no place has that name. */
export function placeClass(words: readonly string[]): number {
  if (!words.length) return 0;
  const name = words.join(' ');
  const found = PLACES.get(name) ?? (name.includes("'") ? PLACES.get(name.replace(/'/g, '')) : undefined);
  if (found !== undefined) return found;
  // "Port St. Lucie", "Ft. Myers": short forms anywhere in the name.
  const long = words.map((w) => SHORT_FORMS[w.replace(/\.$/, '')] ?? w).join(' ');
  if (long !== name && PLACES.has(long)) return PLACES.get(long)!;
  // Spoken "saint catharines": the data may hold the short form ("st. catharines"). Asked only of such names: this
  // lookup runs for every word a place may start at.
  if (words.some((w) => LONG_FORMS[w] !== undefined)) {
    const short = words.map((w) => LONG_FORMS[w] ?? w).join(' ');
    if (PLACES.has(short)) return PLACES.get(short)!;
  }
  // "Ciudad Juárez": Mexican cities are often named without "Ciudad" in the data.
  if (words[0] === 'ciudad' && words.length > 1) return PLACES.get(words.slice(1).join(' ')) ?? 0;
  return 0;
}

/** The short forms' long words, back again: "saint" -> "st.". */
const LONG_FORMS: Record<string, string> = Object.fromEntries(Object.entries(SHORT_FORMS).map(([s, l]) => [l, `${s}.`]));
