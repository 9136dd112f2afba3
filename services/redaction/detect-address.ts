/**
 * Street addresses: a house number, one to four street-name words and a street suffix, then optionally
 * a unit, a city, a state and a ZIP code ("5147 Sunset Boulevard, Riverside 92501",
 * "fifty one forty seven sunset boulevard riverside nine two five zero one"). Also P.O. boxes.
 */
import { type Ctx, isNumTok, isDigitTok, atomsOf, letterOf } from './detect-context.ts';
import { FUNCTION_WORDS, MONTHS, ORG_WORDS, STATE_PAIRS, STREET_SUFFIXES, WEAK_STREET_SUFFIXES, UNIT_WORDS, US_STATES, ORDINAL_WORDS, WEEKDAYS } from './lexicon.ts';
import { parseChunks, type Atom } from './numbers.ts';
import { isEnglishWord } from './name-data.ts';

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'northeast', 'northwest', 'southeast', 'southwest']);

/** End index (exclusive) of a run of number words / digit groups / letters starting at i, and its digits. */
export function numberRun(ctx: Ctx, i: number, maxTokens = 24): { end: number; digits: string; atoms: Atom[] } {
  const atoms: Atom[] = [];
  let j = i;
  for (; j < ctx.toks.length && j < i + maxTokens; j++) {
    const t = ctx.toks[j]!;
    if (!ctx.free(j)) break;
    const isNum = isNumTok(t) || ((t.low === 'double' || t.low === 'triple') && isNumTok(ctx.toks[j + 1])) || (t.low === 'and' && atoms.length > 0 && isNumTok(ctx.toks[j + 1]) && /hundred|thousand/.test(atoms[atoms.length - 1]!.w));
    const isLetter = letterOf(t) !== undefined && t.low !== 'a' && t.low !== 'i';
    if (!isNum && !isLetter && !isDigitTok(t)) break;
    if (isLetter && atoms.length === 0) break; // a run starts with a number here
    if (!isNum && !isLetter && !isDigitTok(t) && atoms.length === 0) break;
    atoms.push(...atomsOf(t));
    if (ctx.breakAfter(j) || t.commaAfter) { j++; break; }
  }
  const digits = parseChunks(atoms).map((c) => c.digits).join('');
  return { end: j, digits, atoms };
}

function streetWordOk(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  if (!t || !ctx.free(j)) return false;
  if (/^\d+(st|nd|rd|th)$/.test(t.low) || t.low in ORDINAL_WORDS) return true;
  if (DIRECTIONS.has(t.low)) return true;
  if (!/^[a-z][a-z'.-]*$/i.test(t.core)) return false;
  if (FUNCTION_WORDS.has(t.low) && !STREET_SUFFIXES.has(t.low)) return false;
  if (isNumTok(t)) return false;
  // Written text capitalises street names; spoken text has no case to go by.
  return t.cap || !ctx.written;
}

export function detectAddresses(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = toks[i]!;
    // P.O. Box
    if ((t.low === 'po' || t.low === 'p.o' || t.low === 'post' || (t.low === 'p' && ctx.low(i + 1) === 'o')) && ctx.free(i + 1)) {
      let j = i + 1;
      if ((t.low === 'post' && ctx.low(j) === 'office') || t.low === 'p') j++;
      if (ctx.low(j) === 'box') {
        const run = numberRun(ctx, j + 1);
        if (run.digits.length >= 1 && run.end > j + 1) {
          // "P.O. Box 4471, Tulsa, OK 74101": the box takes a city, state and ZIP after it like a street does.
          const end = extendCityStateZip(ctx, run.end - 1);
          ctx.claim(i, end, 'ADDRESS');
          i = end;
          continue;
        }
      }
    }
    // "Box 114, Lame Deer, 59043" after "address is": a box without "P.O.", with a place after it.
    if (t.low === 'box' && addressCue(ctx, i)) {
      const run = numberRun(ctx, i + 1, 8);
      if (run.digits.length >= 1 && run.digits.length <= 6 && run.end > i + 1) {
        const end = extendCityStateZip(ctx, run.end - 1);
        if (end > run.end - 1) {
          ctx.claim(i, end, 'ADDRESS');
          i = end;
          continue;
        }
      }
    }
    // "Rural Route 2, Box 17, Ashby, Minnesota", "r r four box nine".
    const rr = (t.low === 'rural' && ctx.low(i + 1) === 'route') ? 2 : (t.low === 'rr' || (t.low === 'r' && ctx.low(i + 1) === 'r')) ? (t.low === 'rr' ? 1 : 2) : 0;
    if (rr && !ctx.breakAfter(i + rr - 1)) {
      const run = numberRun(ctx, i + rr, 6);
      if (run.digits.length >= 1 && run.digits.length <= 4 && run.end > i + rr) {
        let end = run.end - 1;
        if (!ctx.breakAfter(end) && ctx.low(end + 1) === 'box') {
          const box = numberRun(ctx, end + 2, 6);
          if (box.end > end + 2 && box.digits.length >= 1) end = box.end - 1;
        }
        end = extendCityStateZip(ctx, end);
        ctx.claim(i, end, 'ADDRESS');
        i = end;
        continue;
      }
    }
    // "She lives on Elm Street": a street named without a house number after "live(s) on".
    if ((t.low === 'on' || t.low === 'off') && LIVE_WORDS.has(ctx.low(i - 1)) && !ctx.breakAfter(i)) {
      const end = streetWithoutNumber(ctx, i + 1);
      if (end > 0) {
        ctx.claim(i + 1, end, 'ADDRESS');
        i = end;
        continue;
      }
    }
    let numEnd: number;
    if (/^\d{1,6}[a-z]?$/i.test(t.core) && !t.commaAfter && !t.boundaryAfter) {
      if (isDigitTok(toks[i - 1]) && !toks[i - 1]!.boundaryAfter && !toks[i - 1]!.commaAfter) continue;
      numEnd = i + 1;
    } else if (isNumTok(t) && !isNumTok(toks[i - 1])) {
      const run = numberRun(ctx, i, 10);
      // "two twenty one b baker street": one letter may follow the house number.
      if (run.digits.length === 0 || run.digits.length > 6 || /[A-Z]/.test(run.digits.replace(/^(\d+)[A-Z]$/, '$1'))) continue;
      numEnd = run.end;
      if (ctx.breakAfter(numEnd - 1)) continue;
    } else continue;
    // Street name words, then a suffix.
    let j = numEnd;
    let names = 0;
    let suffixAt = -1;
    while (j < toks.length && names <= 4) {
      const w = toks[j]!;
      if (names >= 1 && STREET_SUFFIXES.has(w.low.replace(/\.$/, '')) && ctx.free(j) && (w.cap || !ctx.written)) {
        suffixAt = j;
        // "Quail Run Lane": a suffix word can be part of the name when another suffix follows.
        const nx = toks[j + 1];
        if (nx && ctx.free(j + 1) && !ctx.breakAfter(j) && !w.commaAfter && STREET_SUFFIXES.has(nx.low.replace(/\.$/, '')) && (nx.cap || !ctx.written) && !UNIT_WORDS.has(nx.low)) suffixAt = j + 1;
        break;
      }
      if (!streetWordOk(ctx, j) || ctx.breakAfter(j) || w.commaAfter) break;
      names++;
      j++;
    }
    if (suffixAt < 0) continue;
    // "close" is an everyday word: as a street suffix in speech it needs an address cue before the number.
    if (toks[suffixAt]!.low === 'close' && !ctx.written && !addressCue(ctx, i)) continue;
    let end = suffixAt;
    // "Gulf Road North, Naples", "5th Avenue NE": a direction after the suffix belongs to the street name.
    if (directionAfterSuffix(ctx, end)) end++;
    // Unit: "Apt 4B", "apartment four b", "#12".
    if (!ctx.breakAfter(end)) {
      const u = toks[end + 1];
      if (u && ctx.free(end + 1) && /^#\w+$/.test(u.core)) end++;
      else if (u && ctx.free(end + 1) && UNIT_WORDS.has(u.low) && u.low !== 'number' && u.low !== 'no') {
        const run = numberRun(ctx, end + 2, 6);
        if (run.end > end + 2) end = run.end - 1;
        else if (/^\w{1,5}$/.test(toks[end + 2]?.core ?? '') && /\d/.test(toks[end + 2]!.core)) end += 2;
        // "Unit C": a unit named by one capital letter.
        else if (ctx.written && /^[A-Z]$/.test(toks[end + 2]?.core ?? '') && ctx.free(end + 2)) end += 2;
      }
    }
    const withCity = extendCityStateZip(ctx, end);
    end = withCity === end ? extendInCity(ctx, end) : withCity;
    if (end === withCity && !ctx.written) end = spokenCityAfter(ctx, end);
    ctx.claim(i, end, 'ADDRESS');
    i = end;
  }
  detectResidenceTowns(ctx);
}

/** Lower-case words that carry a sentence on after a city named without a state. */
const CLAUSE_GOES_ON = new Set(['and', 'but', 'so', 'which', 'where', 'if', 'near', 'because', 'since', 'or', 'now', 'with']);

/** Verbs of living somewhere: "she lives in ...", "they moved to ...", "he's staying in ...". */
const RESIDE_VERBS = new Set(['live', 'lives', 'living', 'lived', 'stay', 'stays', 'staying', 'stayed', 'moved', 'moving', 'relocated',
  'reside', 'resides', 'residing', 'based']);
/** "we're over in ...", "I'm out in ...": a subject and a place adverb say where someone is. */
const BE_SUBJECTS = new Set(["we're", "i'm", "he's", "she's", "they're", 'we', 'i', 'he', 'she', 'they', 'am', 'are', 'is', 'was', 'were']);
const PLACE_ADVERBS = new Set(['over', 'out', 'up', 'down', 'back']);
/** Capitalised words after "in" that are no town: languages and the like ("we speak it in Spanish"). */
const NOT_TOWNS = new Set(['english', 'spanish', 'french', 'german', 'italian', 'portuguese', 'russian', 'chinese', 'mandarin', 'cantonese',
  'vietnamese', 'korean', 'japanese', 'arabic', 'hindi', 'urdu', 'polish', 'tagalog', 'creole', 'haitian', 'somali', 'farsi', 'greek',
  'christmas', 'easter', 'thanksgiving', 'person', 'general', 'emergency', 'er', 'icu', 'hospital', 'town', 'city']);

/**
 * A town said as where someone lives, with no street: "she lives in Clifton", "we're over in Millbrook", "they moved
 * to Fort Wayne". The cue is a living verb or a subject and a place adverb, then "in"/"to". A town is capitalised in
 * written text and no everyday English word in speech; a month, a language, a weekday or a named facility ("over in
 * the ER", "in March", "out in Mercy Hospital") is not one.
 */
function detectResidenceTowns(ctx: Ctx): void {
  const { toks } = ctx;
  for (let p = 1; p < toks.length - 1; p++) {
    const prep = ctx.low(p);
    if ((prep !== 'in' && prep !== 'to') || !ctx.free(p) || ctx.breakAfter(p) || ctx.breakAfter(p - 1)) continue;
    const before = toks[p - 1]!.base;
    const cued = (RESIDE_VERBS.has(before) && (prep === 'in' || before.startsWith('mov') || before === 'relocated'))
      || (prep === 'in' && PLACE_ADVERBS.has(before) && p >= 2 && !ctx.breakAfter(p - 2) && (BE_SUBJECTS.has(ctx.low(p - 2)) || RESIDE_VERBS.has(ctx.toks[p - 2]!.base)));
    if (!cued) continue;
    const last = townAt(ctx, p + 1);
    if (last < 0) continue;
    ctx.claim(p + 1, extendZip(ctx, last), 'ADDRESS');
    p = last;
  }
}

/** Last index of a town name starting at token k (with a state after it, if said), or -1. */
function townAt(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || MONTHS[t.base] !== undefined || WEEKDAYS.has(t.base) || NOT_TOWNS.has(t.base) || t.possessive) return -1;
  let last = -1;
  if (ctx.written) {
    for (let j = k; j < k + 3 && j < ctx.toks.length; j++) {
      const w = ctx.toks[j]!;
      if (!ctx.free(j) || !/^[A-Z][a-z'.-]+$/.test(w.core) || FUNCTION_WORDS.has(w.low) || w.possessive) break;
      last = j;
      if (ctx.breakAfter(j) || w.commaAfter) break;
    }
    if (last < 0) return -1;
  } else {
    // Reuse the grammar for a town after a street's "in": a state, words up to a state, or a word no dictionary has.
    last = extendInCity(ctx, k - 2 >= 0 && ctx.low(k - 1) === 'in' ? k - 2 : -1, k);
    if (last < k) return -1;
  }
  // "in Mercy General", "out in lakeside clinic": a facility, not a town.
  for (let j = k; j <= last + 1 && j < ctx.toks.length; j++) {
    if (j === last + 1 && (ctx.breakAfter(last) || ctx.toks[last]!.commaAfter)) break;
    if (ORG_WORDS.has(ctx.toks[j]!.base) || STREET_SUFFIXES.has(ctx.toks[j]!.base)) return -1;
  }
  // "she lives in Texas": a state alone is coarser than Safe Harbor masks.
  const st0 = stateLen(ctx, k);
  if (st0 && k + st0 - 1 >= last) return -1;
  if (ctx.written && !ctx.breakAfter(last)) {
    const st = stateLen(ctx, last + 1);
    if (st) last += st;
  }
  return last;
}

/**
 * Token end+1 is a compass direction ending the street name: a capitalised word or an upper-case abbreviation in
 * written text ("North", "NE", "S."), a whole word in speech, where a lone letter is too often something else.
 * "north of the park" gives a direction, not a name.
 */
function directionAfterSuffix(ctx: Ctx, end: number): boolean {
  const k = end + 1;
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || ctx.breakAfter(end) || ctx.toks[end]!.commaAfter || !DIRECTIONS.has(t.low)) return false;
  if (ctx.written ? !(t.cap && (t.low.length > 2 ? t.core[1] === t.core[1]!.toLowerCase() : t.core === t.core.toUpperCase())) : t.low.length <= 2) return false;
  if (!ctx.breakAfter(k) && !t.commaAfter && DIRECTION_PHRASES.has(ctx.low(k + 1))) return false;
  return true;
}
/** Words after "north" that make it a direction in a phrase ("north of", "north side", "north on"). */
const DIRECTION_PHRASES = new Set(['of', 'side', 'on', 'from', 'to', 'toward', 'towards', 'end', 'bound', 'and', 'or']);

const LIVE_WORDS = new Set(['live', 'lives', 'living', 'lived', 'stay', 'stays', 'staying', 'located', 'house', 'home']);
const ADDRESS_CUE_WORDS = new Set(['address', 'live', 'lives', 'living', 'mail', 'send', 'ship', 'located', 'stay', 'stays', 'staying', 'moved']);

/** An address cue in the few words before token i ("his address is", "I live at", "mail it to"). */
function addressCue(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (ctx.breakAfter(j)) return false;
    if (ADDRESS_CUE_WORDS.has(ctx.toks[j]!.base)) return true;
  }
  return false;
}

/** "Elm Street", "maple grove road": one or two name words and a strong street suffix; returns the last index or -1. */
function streetWithoutNumber(ctx: Ctx, k: number): number {
  for (let n = 1; n <= 2; n++) {
    const s = ctx.toks[k + n];
    if (!s || !ctx.free(k + n)) return -1;
    const low = s.low.replace(/\.$/, '');
    if (STREET_SUFFIXES.has(low) && !WEAK_STREET_SUFFIXES.has(low) && (s.cap || !ctx.written) && low !== 'close' && low !== 'park') {
      for (let j = k; j < k + n; j++) if (!streetWordOk(ctx, j) || ctx.breakAfter(j) || ctx.toks[j]!.commaAfter || isEnglishFunction(ctx.low(j))) return -1;
      return k + n;
    }
  }
  return -1;
}

function isEnglishFunction(w: string): boolean {
  return FUNCTION_WORDS.has(w) || w === 'the' || w === 'a' || w === 'my' || w === 'this' || w === 'that';
}

/** Spoken "... apartment twelve burbank": a place name right after the street that is no everyday word. */
function spokenCityAfter(ctx: Ctx, end: number): number {
  const k = end + 1;
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || !/^[a-z][a-z-]+$/.test(t.low) || FUNCTION_WORDS.has(t.low) || isNumTok(t) || isEnglishWord(t.low)) return end;
  if (UNIT_WORDS.has(t.low) || STREET_SUFFIXES.has(t.low)) return end;
  return extendZip(ctx, k);
}

function isZipTok(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k)) return 0;
  if (/^\d{5}(-\d{4})?$/.test(t.core)) return 1;
  if (isNumTok(t) || ((t.low === 'double' || t.low === 'triple') && isNumTok(ctx.toks[k + 1]))) {
    const run = numberRun(ctx, k, 12);
    if (run.digits.length === 5 || run.digits.length === 9) return run.end - k;
  }
  return 0;
}

function stateLen(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k)) return 0;
  const pair = STATE_PAIRS[t.low];
  if (pair && pair.includes(ctx.low(k + 1))) return 2;
  const written = ctx.written;
  // Spoken two-letter abbreviations are ordinary words ("oh", "me", "in"); only written "OH" counts.
  if (US_STATES.has(t.low) && (t.low.length > 2 ? !written || t.cap : written && t.core === t.core.toUpperCase())) return 1;
  return 0;
}

/** After a street, takes ", City, ST 12345" in whatever subset is present; returns the new end index. */
function extendCityStateZip(ctx: Ctx, end: number): number {
  if (ctx.breakAfter(end)) return end;
  const written = ctx.written;
  const commaBefore = ctx.toks[end]!.commaAfter;
  const k = end + 1;
  // ZIP right after the street.
  const z0 = isZipTok(ctx, k);
  if (z0) return k + z0 - 1;
  // City words.
  let cityEnd = -1;
  for (let n = 0; n < 3; n++) {
    const t = ctx.toks[k + n];
    if (!t || !ctx.free(k + n)) break;
    if (!/^[a-z][a-z'.-]*$/i.test(t.core) || FUNCTION_WORDS.has(t.low) || isNumTok(t)) break;
    if (written && !t.cap) break;
    cityEnd = k + n;
    if (ctx.breakAfter(k + n) || t.commaAfter) break;
  }
  if (cityEnd < 0) {
    const s = stateLen(ctx, k);
    if (s) return extendZip(ctx, k + s - 1);
    return end;
  }
  // Try every split of the city words: [city][state][zip].
  for (let ce = cityEnd; ce >= k; ce--) {
    if (ctx.breakAfter(ce)) { if (ce === cityEnd && written && commaBefore) return ce; continue; }
    const s = stateLen(ctx, ce + 1);
    if (s) return extendZip(ctx, ce + s);
    const z = isZipTok(ctx, ce + 1);
    if (z) return ce + z;
  }
  // Written ", Springfield." with no state or ZIP still names the city.
  if (written && commaBefore && (ctx.breakAfter(cityEnd) || ctx.toks[cityEnd]!.commaAfter)) return cityEnd;
  // "22 Elm Road, Fairview and she ...": the city words end where the clause goes on in lower case.
  const next = ctx.toks[cityEnd + 1];
  if (written && commaBefore && next && !next.cap && CLAUSE_GOES_ON.has(next.low)
    && !Array.from({ length: cityEnd - k + 1 }, (_, n) => ctx.toks[k + n]!.base).some((w) => MONTHS[w] !== undefined || WEEKDAYS.has(w) || ORG_WORDS.has(w))) return cityEnd;
  return end;
}

/**
 * "... Orchard Ln. in Springfield": a place after "in". Written text capitalises it; in speech a place is
 * one or two words that are no everyday English word ("in springfield", "in fort collins" is one of each).
 */
function extendInCity(ctx: Ctx, end: number, start?: number): number {
  if (start === undefined && (ctx.breakAfter(end) || ctx.low(end + 1) !== 'in' || !ctx.free(end + 1))) return end;
  let k = start ?? end + 2;
  let last = -1;
  if (ctx.written) {
    while (k < ctx.toks.length && k < end + 5 && ctx.free(k) && ctx.toks[k]!.cap && /^[A-Z][a-z'.-]+$/.test(ctx.toks[k]!.core)) {
      last = k;
      if (ctx.breakAfter(k) || ctx.toks[k]!.commaAfter) break;
      k++;
    }
  } else {
    const placeWord = (j: number): boolean => {
      const w = ctx.low(j);
      return ctx.free(j) && /^[a-z][a-z'-]+$/.test(w) && !FUNCTION_WORDS.has(w) && !isNumTok(ctx.toks[j]);
    };
    // A state alone ("in ohio") or a city that is no everyday word, optionally after one place word ("fort", "saint").
    const s = stateLen(ctx, k);
    // "in grand rapids michigan": place words up to a state name belong to the city.
    let toState = -1;
    for (let n = 1; n <= 3 && toState < 0; n++) {
      let words = true;
      for (let q = k; q < k + n; q++) if (!placeWord(q) || ctx.breakAfter(q)) words = false;
      const st = words ? stateLen(ctx, k + n) : 0;
      if (st) toState = k + n + st - 1;
    }
    if (s) last = k + s - 1;
    else if (toState >= 0) last = toState;
    else if (placeWord(k) && placeWord(k + 1) && !isEnglishWord(ctx.low(k + 1)) && PLACE_PREFIXES.has(ctx.low(k)) && !ctx.breakAfter(k)) last = k + 1;
    else if (placeWord(k) && !isEnglishWord(ctx.low(k))) last = k;
    if (last >= 0 && !ctx.breakAfter(last)) {
      const st = stateLen(ctx, last + 1);
      if (st && last + 1 !== k) last += st;
    }
  }
  return last < 0 ? end : extendZip(ctx, last);
}

/** First words of two-word place names. */
const PLACE_PREFIXES = new Set(['fort', 'saint', 'st', 'san', 'santa', 'los', 'las', 'el', 'port', 'mount', 'mt', 'lake', 'new',
  'north', 'south', 'east', 'west', 'palm', 'grand', 'cedar', 'red', 'little', 'big', 'spring', 'glen', 'green', 'oak', 'bay']);

function extendZip(ctx: Ctx, end: number): number {
  if (ctx.breakAfter(end)) return end;
  const z = isZipTok(ctx, end + 1);
  return z ? end + z : end;
}
