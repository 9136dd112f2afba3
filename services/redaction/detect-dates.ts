/**
 * Dates tied to a person, written ("June 5, 2026", "6/7/2025", "the 7th of June") or spoken
 * ("june twentieth nineteen sixty five", "nine fifteen nineteen eighty six"). A weekday or a year
 * alone is not a date here: HIPAA Safe Harbor keeps years.
 */
import { type Ctx, numberAtoms, isNumTok } from './detect-context.ts';
import { spanishSmall } from './spanish-numbers.ts';
import { FR_MONTHS, frenchSmall, frenchYear, PT_MONTHS, portugueseSmall, portugueseYear } from './romance-numbers.ts';
import { MONTHS, ORDINAL_UNITS, ORDINAL_WORDS, STREET_SUFFIXES, TENS, WEEKDAYS } from './lexicon.ts';
import { parseChunks, yearAt, type Atom, type Chunk, type ChunkKind } from './numbers.ts';

const DATE_CUES = new Set(['birth', 'born', 'dob', 'birthday', 'birthdate', 'appointment', 'appt', 'visit', 'admitted', 'admission',
  'discharged', 'discharge', 'seen', 'surgery', 'procedure', 'scheduled', 'reschedule', 'on', 'since', 'date',
  'expiration', 'expires', 'expiry', 'exp', 'expiring', 'expired', 'dos']);
/** Events in a person's life whose month and year identify them: "she passed march twenty twenty two". */
const LIFE_EVENTS = new Set(['passed', 'died', 'diagnosed', 'deceased', 'born', 'married', 'widowed', 'adopted']);
const MONTH_PREPOSITIONS = new Set(['from', 'in', 'since', 'until', 'till', 'through', 'by', 'before', 'after', 'of', 'during']);
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'mar', 'sun', 'sat', 'dec', 'sept', 'aug']);

function hasCue(ctx: Ctx, i: number, window = 6): boolean {
  for (let j = i - 1; j >= 0 && j >= i - window; j--) {
    if (ctx.breakAfter(j)) return false;
    if (DATE_CUES.has(ctx.toks[j]!.base)) return true;
  }
  return false;
}

function monthAt(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return undefined;
  const m = MONTHS[t.base];
  if (m === undefined) return undefined;
  // "may"/"march" as verbs and short forms need a capital in written text or a day right after.
  return m;
}

/** A day of month at token i: "12th", "12", "twelfth", "twenty second", "twenty-first". Returns tokens used. */
function dayAt(ctx: Ctx, i: number, allowCardinal: boolean): { len: number; ordinal: boolean } | undefined {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return undefined;
  const w = t.low;
  const dm = /^(\d{1,2})(st|nd|rd|th)?$/.exec(w);
  if (dm) {
    const d = Number(dm[1]);
    if (d >= 1 && d <= 31) return { len: 1, ordinal: dm[2] !== undefined };
    return undefined;
  }
  if (w in ORDINAL_WORDS) return { len: 1, ordinal: true };
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.length === 2 && (parts[0] === 'twenty' || parts[0] === 'thirty') && parts[1]! in ORDINAL_UNITS) return { len: 1, ordinal: true };
  }
  if ((w === 'twenty' || w === 'thirty') && ctx.free(i + 1) && ctx.low(i + 1) in ORDINAL_UNITS && !ctx.breakAfter(i)) {
    if (w === 'thirty' && ORDINAL_UNITS[ctx.low(i + 1)]! > 1) return undefined;
    return { len: 2, ordinal: true };
  }
  if (allowCardinal) {
    if (w in TENS && w !== 'twenty' && w !== 'thirty') return undefined;
    const a = numberAtoms(t);
    if (!a) return undefined;
    const chunks = parseChunks(collectAtoms(ctx, i, 2));
    const c = chunks[0];
    if (c && c.kind !== 'letter' && c.value >= 1 && c.value <= 31 && c.kind !== 'hundreds' && c.kind !== 'thousands') {
      const lastTok = collectAtoms(ctx, i, 2)[c.to]!.tok;
      return { len: lastTok - i + 1, ordinal: false };
    }
  }
  return undefined;
}

function collectAtoms(ctx: Ctx, i: number, maxTokens: number): Atom[] {
  const atoms: Atom[] = [];
  for (let j = i; j < ctx.toks.length && j < i + maxTokens; j++) {
    if (!ctx.free(j)) break;
    const a = numberAtoms(ctx.toks[j]!);
    if (!a) break;
    for (const w of a) atoms.push({ w, tok: j });
    if (ctx.breakAfter(j)) break;
  }
  return atoms;
}

/** Spoken "<month> slash <day> slash <year>" (or "dash") after a birth cue; returns the last index, or -1. */
function spokenSeparatedDate(ctx: Ctx, i: number): number {
  if (ctx.written || !isNumTok(ctx.toks[i]) || isNumTok(ctx.toks[i - 1])) return -1;
  // "oh three slash one four slash fifty eight": a leading zero and a digit, and a day read digit by digit.
  const zeroLed = (k: number): { len: number; ordinal: boolean } | undefined =>
    (ctx.low(k) === 'oh' || ctx.low(k) === 'zero') && SINGLE_DIGITS.has(ctx.low(k + 1)) && ctx.free(k + 1) ? { len: 2, ordinal: false } : undefined;
  const digitPair = (k: number): { len: number; ordinal: boolean } | undefined => {
    if (!SINGLE_DIGITS.has(ctx.low(k)) || !SINGLE_DIGITS.has(ctx.low(k + 1)) || !ctx.free(k + 1)) return undefined;
    const d = Number(parseChunks(collectAtoms(ctx, k, 2)).map((c) => c.digits).join(''));
    return d >= 1 && d <= 31 && ['slash', 'dash'].includes(ctx.low(k + 2)) ? { len: 2, ordinal: false } : undefined;
  };
  const a = zeroLed(i) ?? digitPair(i) ?? dayAt(ctx, i, true);
  if (!a || a.ordinal) return -1;
  const s1 = i + a.len;
  const word = ctx.low(s1);
  if (word !== 'slash' && word !== 'dash') return -1;
  const b = zeroLed(s1 + 1) ?? digitPair(s1 + 1) ?? dayAt(ctx, s1 + 1, true);
  if (!b || b.ordinal || ctx.low(s1 + 1 + b.len) !== word) return -1;
  const y = s1 + 2 + b.len;
  const n = yearTokensAt(ctx, y) || shortYearTokensAt(ctx, y);
  if (!n || !ctx.freeRange(i, y + n - 1) || !birthCue(ctx, i)) return -1;
  return y + n - 1;
}

/** Words before "day" that name a holiday falling on one day of the year. */
const DAY_HOLIDAYS = new Set(['labor', 'memorial', "mother's", "father's", 'veterans', "veterans'", 'presidents', "presidents'", 'columbus', 'groundhog',
  "valentine's", 'valentines', "st. patrick's", "saint patrick's", 'independence', 'christmas', "new year's"]);

/** Holidays that fall on one day of the year. */
const HOLIDAYS = new Set(['christmas', 'halloween', 'thanksgiving', 'easter', "new year's", "valentine's", 'valentines', "st. patrick's", 'independence']);

/** A holiday at token i ("Christmas", "new year's day", "Christmas Eve"); returns the tokens used, 0 if none. */
function holidayAt(ctx: Ctx, i: number): number {
  let n = 0;
  if (ctx.low(i) === 'new' && (ctx.low(i + 1) === "year's" || ctx.low(i + 1) === 'years') && !ctx.breakAfter(i)) n = 2;
  else if (HOLIDAYS.has(ctx.low(i))) n = 1;
  // "Labor Day", "Mother's Day": a holiday named by the word before "day".
  else if (DAY_HOLIDAYS.has(ctx.low(i)) && ctx.low(i + 1) === 'day' && !ctx.breakAfter(i) && ctx.freeRange(i, i + 1)) return 2;
  // "the Fourth of July".
  else if (ctx.low(i) === 'fourth' && ctx.low(i + 1) === 'of' && ctx.low(i + 2) === 'july' && ctx.freeRange(i, i + 2)) return 3;
  if (n === 0 || !ctx.freeRange(i, i + n - 1)) return 0;
  const after = ctx.low(i + n);
  if ((after === 'day' || after === 'eve') && !ctx.breakAfter(i + n - 1) && ctx.free(i + n)) n++;
  return n;
}

/** A year starting at token i (written "1986", "'86" or spoken); returns the number of tokens. */
function yearTokensAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return 0;
  // The tokenizer strips a leading apostrophe from the core ("'52" -> "52"), so look at the raw token.
  if (/^(19|20)\d\d$/.test(t.low) || /^['’]\d\d$/.test(ctx.text.slice(t.start, t.ce))) return 1;
  if (!isNumTok(t)) return 0;
  const atoms = collectAtoms(ctx, i, 6);
  const chunks = parseChunks(atoms);
  const y = yearAt(chunks, 0);
  if (!y) return 0;
  const last = chunks[y.len - 1]!;
  const endTok = atoms[last.to]!.tok;
  // "... nineteen seventy seven six three four two five one one eight oh": when the year's last digit word and
  // the nine digit words after it make a ten-digit phone number, the year ends one word earlier.
  if (!ctx.written && endTok > i && SINGLE_DIGITS.has(ctx.low(endTok)) && TENS_WORDS.has(ctx.low(endTok - 1)) && digitWordsAfter(ctx, endTok + 1) === 9) return endTok - i;
  return endTok - i + 1;
}

const SINGLE_DIGITS = new Set(['zero', 'oh', 'o', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const TENS_WORDS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** How many single digit words follow from token k, one per word, in one sentence. */
function digitWordsAfter(ctx: Ctx, k: number): number {
  let n = 0;
  while (k + n < ctx.toks.length && ctx.free(k + n) && SINGLE_DIGITS.has(ctx.low(k + n))) {
    if (ctx.breakAfter(k + n)) return n + 1;
    n++;
  }
  return n;
}

/** A two-digit year after a birth date ("january fifth forty eight", "Jan 5 '48"); returns tokens used. */
function shortYearTokensAt(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (!t || !ctx.free(i)) return 0;
  if (/^'?\d\d$/.test(ctx.text.slice(t.start, t.ce))) return 1;
  if (!isNumTok(t)) return 0;
  const atoms = collectAtoms(ctx, i, 3);
  const chunks = parseChunks(atoms);
  const y = twoDigitAt(chunks, 0);
  if (!y || (y.kind === 'digit' && y.len === 1)) return 0;
  const endTok = atoms[chunks[y.len - 1]!.to]!.tok;
  // "born june ninth fifty one two one two ...": the year read straight into a phone number ends where the phone starts.
  if (y.len !== chunks.length && !(atoms[chunks[y.len]!.from]!.tok > endTok && phoneAfter(ctx, endTok + 1))) return 0;
  return endTok - i + 1;
}

/** The number words from token k on, to the end of their run, are a whole phone number (ten digits, or seven). */
function phoneAfter(ctx: Ctx, k: number): boolean {
  if (!isNumTok(ctx.toks[k]) || !ctx.free(k)) return false;
  const d = parseChunks(collectAtoms(ctx, k, 16)).map((c) => c.digits).join('');
  return /^[2-9]\d{9}$/.test(d) || /^1[2-9]\d{9}$/.test(d) || /^[2-9]\d{6}$/.test(d);
}

/** A birth cue shortly before token i ("born", "date of birth", "d o b"). */
function birthCue(ctx: Ctx, i: number): boolean {
  return DATE_STRONG.some((c) => cueWord(ctx, i, c)) || spelledDob(ctx, i);
}

function skipComma(ctx: Ctx, i: number): number {
  return i;
}

/** Extends a date span left over "Tuesday," / "the" and right over a trailing year. */
/** Written "September 14th... 1955": a pause (an ellipsis) before a four-digit year that completes the date. */
function yearAfterPause(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  const y = ctx.toks[k + 1];
  return t !== undefined && y !== undefined && /\.\.\.|…/.test(ctx.text.slice(t.ce, t.end)) && /^(19|20)\d\d$/.test(y.core) && ctx.free(k + 1);
}

/** "her birthday is the eighteen of april ...": a day said as a cardinal, between "the" and "of" a month, with a date cue or a year. */
function cardinalDayOfMonth(ctx: Ctx, i: number): { len: number; ordinal: boolean } | undefined {
  if (ctx.low(i - 1) !== 'the') return undefined;
  const d = dayAt(ctx, i, true);
  if (!d) return undefined;
  const m = ctx.toks[i + d.len + 1];
  return ctx.low(i + d.len) === 'of' && m !== undefined && MONTHS[m.base] !== undefined && !m.possessive
    && (hasCue(ctx, i) || yearTokensAt(ctx, i + d.len + 2) > 0) ? d : undefined;
}

/**
 * Spoken "july seventh seventy five please call": after a month and an ordinal day, two number words that end the
 * run before a word that is no unit, time or count ("july seventh twenty minutes") are the year.
 */
function ordinalDayThenYear(ctx: Ctx, end: number): boolean {
  if (ctx.written || !(ORDINAL_WORDS[ctx.low(end)] !== undefined || ORDINAL_UNITS[ctx.low(end)] !== undefined)) return false;
  const y = ctx.toks[end + 1];
  const y2 = ctx.toks[end + 2];
  if (!y || !TENS_WORDS.has(y.low) || !y2 || !SINGLE_DIGITS.has(y2.low) || y2.low === 'oh' || y2.low === 'zero' || ctx.breakAfter(end)) return false;
  const after = ctx.breakAfter(end + 2) ? '' : ctx.toks[end + 3]?.base ?? '';
  return !isNumTok(ctx.toks[end + 3]) && !countsSomething(after);
}

/** A word after a number that makes it a dose, a clock time, a part of the day or a count ("ten milligrams", "twenty minutes"). */
function countsSomething(after: string): boolean {
  return UNIT_WORDS.has(after) || TIME_AFTER.has(after) || DAY_PARTS.has(after) || COUNTED_NOUNS.has(after);
}

function claimDate(ctx: Ctx, from: number, to: number, allowYear: boolean): void {
  let end = to;
  if (allowYear && yearAfterPause(ctx, end) && birthCue(ctx, from)) end++;
  else if (allowYear && !ctx.breakAfter(end)) {
    const n = yearTokensAt(ctx, end + 1) || (birthCue(ctx, from) || ordinalDayThenYear(ctx, end) ? shortYearTokensAt(ctx, end + 1) : 0);
    if (n) end += n;
    // "December 3rd of 1950": a four-digit or spoken full year after "of".
    else if (ctx.low(end + 1) === 'of' && ctx.free(end + 1) && !ctx.breakAfter(end + 1)) {
      const y = yearTokensAt(ctx, end + 2);
      const yt = ctx.toks[end + 2]!;
      // "born March 2nd of '61", "born march second of sixty one": a short year after "of" with a birth cue.
      const apostrophe = yt !== undefined && /^['’]\d\d$/.test(ctx.text.slice(yt.start, yt.ce));
      const short = birthCue(ctx, from) ? shortYearTokensAt(ctx, end + 2) : 0;
      if (y && (y >= 2 || /^(19|20)\d\d$/.test(yt?.core ?? '') || apostrophe)) end += 1 + y;
      else if (short) end += 1 + short;
    }
  }
  let start = from;
  if (start > 0 && WEEKDAYS.has(ctx.toks[start - 1]!.base) && ctx.free(start - 1) && !ctx.breakAfter(start - 1)) start--;
  ctx.claim(start, end, 'DATE');
}

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO_DATE = /^(19|20)\d\d-(\d{1,2})-(\d{1,2})$/;
const SHORT_DATE = /^(\d{1,2})\/(\d{1,2})$/;
const DASHED_DATE = /^(\d{1,2})-(\d{1,2})$/;
/** Words that make "5/10" or "2-3" a score, a share or a range rather than a day. */
const FRACTION_BEFORE = new Set(['pain', 'rate', 'rated', 'rating', 'rates', 'scale', 'score', 'level', 'pressure', 'bp', 'ratio', 'odds',
  'about', 'maybe', 'like', 'say', 'give', 'gave', 'take', 'took', 'taking', 'takes', 'tablet', 'tablets', 'pill', 'pills', 'dose', 'hurts', 'hurt', 'a', 'every',
  'between', 'out', 'only', 'just', 'half', 'reading', 'readings', 'vision', 'eyes', 'strength', 'reflexes']);
const FRACTION_AFTER = new Set(['a', 'an', 'of', 'pain', 'scale', 'chance', 'split', 'odds', 'vision', 'strength', 'or', 'to', 'out', 'times', 'x']);
/** Verbs and nouns of a medical event right before a bare month/day: "last filled 11/10", "drawn eleven twenty four". */
const EVENT_VERBS = new Set(['filled', 'refilled', 'drawn', 'done', 'seen', 'discharged', 'admitted', 'scheduled', 'rescheduled', 'dated',
  'performed', 'collected', 'vaccinated', 'released', 'started', 'stopped', 'operated', 'delivered', 'injured', 'hospitalized', 'booked']);
const LINK_VERBS = new Set(['was', 'is', 'were', "it's", 'be']);

export function detectDates(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = toks[i]!;
    // Written numeric dates.
    const nm = NUMERIC_DATE.exec(t.core);
    if (nm) {
      const a = Number(nm[1]);
      const b = Number(nm[2]);
      const sep = t.core.replace(/\d/g, '');
      const plausible = (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
      // "6-14-1509" style dashes with a 4-digit tail could be an SSN fragment; require a year-like tail.
      const yearOk = nm[3]!.length === 2 || /^(19|20)/.test(nm[3]!);
      // "Wednesday, 1/7/26": claimDate takes a weekday said before the numbers.
      if (plausible && yearOk && sep[0] === sep[1]) { claimDate(ctx, i, i, false); continue; }
    }
    if (ISO_DATE.test(t.core)) { claimDate(ctx, i, i, false); continue; }
    // "DOB 12031950", "date of birth 120350": written digits run together after a birth cue (MMDDYYYY, MMDDYY).
    const packed = /^(\d\d)(\d\d)(\d\d|(?:19|20)\d\d)$/.exec(t.core);
    if (packed && Number(packed[1]) >= 1 && Number(packed[1]) <= 12 && Number(packed[2]) >= 1 && Number(packed[2]) <= 31 && birthCue(ctx, i)) {
      ctx.claim(i, i, 'DATE');
      continue;
    }
    // Spoken "one slash one slash eighty", "twelve dash three dash fifty" after a birth cue.
    const sep = spokenSeparatedDate(ctx, i);
    if (sep > i) { ctx.claim(i, sep, 'DATE'); i = sep; continue; }
    // "last visit 03/2024": a month and a four-digit year with a slash reads as nothing but a date.
    if (/^(0?[1-9]|1[0-2])\/(19|20)\d\d$/.test(t.core)) {
      ctx.claim(i, i, 'DATE');
      continue;
    }
    // Card expiry "exp. 09/28", "expires 9/2028". Authors differ on whether a card's date is PHI; masked, since a
    // missed date costs more than an over-masked one.
    if (/^(0?[1-9]|1[0-2])[/-](\d\d|(19|20)\d\d)$/.test(t.core) && expiryCue(ctx, i)) {
      ctx.claim(i, i, 'DATE');
      continue;
    }
    // "last filled 11/10": a slash month/day is a date unless it reads as a score, ratio or fraction ("5/10 pain",
    // "2/3 of a tablet"); impossible months/days ("120/80", "24/7", "50/50") never get here.
    const sm = SHORT_DATE.exec(t.core);
    if (sm && Number(sm[1]) >= 1 && Number(sm[1]) <= 12 && Number(sm[2]) >= 1 && Number(sm[2]) <= 31
      && (hasCue(ctx, i) || eventSlot(ctx, i) || (!fractionShape(Number(sm[1]), Number(sm[2])) && !fractionContext(ctx, i, false)))) {
      claimDate(ctx, i, i, false);
      continue;
    }
    // "surgery on 12-9", "labs drawn 3-14": a dashed month/day is also a range ("2-3 times", "5-10 minutes"), so it
    // needs a medical event right before it.
    const dm = DASHED_DATE.exec(t.core);
    if (dm && Number(dm[1]) >= 1 && Number(dm[1]) <= 12 && Number(dm[2]) >= 1 && Number(dm[2]) <= 31 && eventSlot(ctx, i) && !fractionContext(ctx, i, true)) {
      ctx.claim(i, i, 'DATE');
      continue;
    }
    // Month first: "June 5th, 2026", "march twenty second nineteen seventy four", "March 2020".
    const month = monthAt(ctx, i);
    if (month !== undefined) {
      const written = t.cap;
      const ambiguous = AMBIGUOUS_MONTHS.has(t.base) || (t.base.length <= 4 && t.base !== 'june' && t.base !== 'july');
      let j = i + 1;
      if (ctx.low(j) === 'the' && ctx.free(j) && !ctx.breakAfter(i)) j++;
      let day = !ctx.breakAfter(i) ? dayAt(ctx, j, !ambiguous || written) : undefined;
      // "from august twenty twenty six": a cardinal "twenty" that starts a year ("twenty twenty six") is the year, not
      // the day, when nothing numeric follows the year.
      if (day && !day.ordinal && j === i + 1) {
        const yn = yearTokensAt(ctx, j);
        if (yn > day.len && yearTokensAt(ctx, j + day.len) === 0 && !isNumTok(toks[j + yn]) && /^(twenty|two)$/.test(ctx.low(j))) day = undefined;
      }
      if (day && (day.ordinal || !ambiguous || written || yearTokensAt(ctx, j + day.len) > 0)) {
        claimDate(ctx, i, j + day.len - 1, true);
        continue;
      }
      // Spoken "date of birth march fifteen sixty seven", "seen march fifteen for a cut": a month word that is also
      // another word ("march", "may", "sept") with a cardinal day is a date when a date cue stands before it and the
      // number counts nothing after it.
      if (!day && ambiguous && j === i + 1 && !ctx.breakAfter(i) && hasCue(ctx, i)) {
        const d = dayAt(ctx, j, true);
        const after = d && !ctx.breakAfter(j + d.len - 1) ? ctx.toks[j + d.len]?.base ?? '' : '';
        if (d && !countsSomething(after)
          && (yearTokensAt(ctx, j + d.len) > 0 || (birthCue(ctx, i) && shortYearTokensAt(ctx, j + d.len) > 0) || !isNumTok(ctx.toks[j + d.len]))) {
          claimDate(ctx, i, j + d.len - 1, true);
          continue;
        }
      }
      // "March 2020", "born in march of nineteen fifty": an ambiguous month word needs a date cue before it.
      // "from march twenty twenty five": after a time preposition, an ambiguous month word with a year is the month.
      // "diagnosed in march of twenty twenty", "she passed march twenty twenty two": a life event before the month.
      const ofNext = ctx.low(i + 1) === 'of' && ctx.free(i + 1) && !ctx.breakAfter(i + 1) ? 1 : 0;
      // "my last one was march of twenty sixteen": after a linking verb too.
      const monthSlot = MONTH_PREPOSITIONS.has(ctx.low(i - 1)) || LIFE_EVENTS.has(ctx.low(i - 1)) || (ctx.low(i - 1) === 'in' && LIFE_EVENTS.has(ctx.low(i - 2)))
        || LINK_VERBS.has(ctx.low(i - 1));
      if (!ctx.breakAfter(i) && (written || !ambiguous || hasCue(ctx, i) || (monthSlot && yearTokensAt(ctx, i + 1 + ofNext) >= 2))) {
        // "his birthday is may nineteen twenty seventeen": a day said as a cardinal, then a whole year, before "nineteen
        // twenty" is read as the year.
        const cardinal = !ofNext && hasCue(ctx, i) ? dayAt(ctx, i + 1, true) : undefined;
        if (cardinal && !cardinal.ordinal && yearTokensAt(ctx, i + 1 + cardinal.len) >= 2 && !ctx.breakAfter(i + cardinal.len)) {
          claimDate(ctx, i, i + cardinal.len, true);
          continue;
        }
        const of = ctx.low(i + 1) === 'of' && ctx.free(i + 1) ? 1 : 0;
        // "born in april of sixty three": after a birth cue a two-digit year is the year of birth; "a bypass in june of
        // eighty eight": after "in" and "of", a two-digit year that counts nothing after it.
        const inMonthOf = of === 1 && ctx.low(i - 1) === 'in' && !UNIT_WORDS.has(ctx.toks[i + 2 + shortYearTokensAt(ctx, i + 2)]?.base ?? '');
        const n = yearTokensAt(ctx, i + 1 + of) || (birthCue(ctx, i) || inMonthOf ? shortYearTokensAt(ctx, i + 1 + of) : 0);
        if (n) { claimDate(ctx, i, i + of + n, false); continue; }
      }
    }
    // Day first: "the 7th of June", "the twenty sixth of december twenty twenty five", "7 June 2025".
    const dayFirst = dayAt(ctx, i, false) ?? (/^\d{1,2}$/.test(t.low) ? { len: 1, ordinal: false } : cardinalDayOfMonth(ctx, i));
    if (dayFirst) {
      let j = i + dayFirst.len;
      const ofUsed = ctx.low(j) === 'of' && ctx.free(j);
      if (ofUsed) j++;
      if ((ofUsed || dayFirst.ordinal || toks[j]?.cap) && MONTHS[ctx.toks[j]?.base ?? ''] !== undefined && ctx.free(j)
        && (dayFirst.ordinal || ofUsed || /^\d/.test(t.low))) {
        const from = i > 0 && ctx.low(i - 1) === 'the' && ctx.free(i - 1) ? i - 1 : i;
        claimDate(ctx, from, j, true);
        continue;
      }
    }
    // "the 30th of the 1st, '78" after a birth cue: the month given as an ordinal number.
    if (dayFirst?.ordinal && ctx.low(i + dayFirst.len) === 'of' && ctx.low(i + dayFirst.len + 1) === 'the' && birthCue(ctx, i)) {
      const k = i + dayFirst.len + 2;
      const mo = dayAt(ctx, k, false);
      const moVal = mo?.ordinal ? ordinalValue(ctx, k, mo.len) : 0;
      if (mo && moVal >= 1 && moVal <= 12) {
        const from = i > 0 && ctx.low(i - 1) === 'the' && ctx.free(i - 1) ? i - 1 : i;
        let end = k + mo.len - 1;
        if (!ctx.breakAfter(end)) end += yearTokensAt(ctx, end + 1) || shortYearTokensAt(ctx, end + 1);
        ctx.claim(from, end, 'DATE');
        i = end;
        continue;
      }
    }
    // A spoken cardinal day before a month: "fourteen june nineteen fifty eight", "on three march".
    if (isNumTok(t) && !isNumTok(toks[i - 1]) && !ctx.breakAfter(i)) {
      const d = dayAt(ctx, i, true);
      const mIdx = d ? i + d.len : -1;
      const mTok = toks[mIdx];
      if (d && mTok && ctx.free(mIdx) && MONTHS[mTok.base] !== undefined && !ctx.breakAfter(mIdx - 1)
        && (yearTokensAt(ctx, mIdx + 1) > 0 || (!AMBIGUOUS_MONTHS.has(mTok.base) && mTok.base.length > 3 && hasCue(ctx, i)))) {
        claimDate(ctx, i, mIdx, true);
        i = mIdx;
        continue;
      }
    }
    // "born Christmas Day 1940", "my birthday is new year's day nineteen eighty": a holiday with a year is one day.
    const hol = holidayAt(ctx, i);
    if (hol > 0 && !ctx.breakAfter(i + hol - 1) && (birthCue(ctx, i) || hasCue(ctx, i))) {
      const n = yearTokensAt(ctx, i + hol) || (birthCue(ctx, i) ? shortYearTokensAt(ctx, i + hol) : 0);
      if (n) { ctx.claim(i, i + hol + n - 1, 'DATE'); i += hol + n - 1; continue; }
    }
    // A birth year said on its own: "born in 1947", "born in nineteen forty seven".
    if ((ctx.low(i - 1) === 'born' && ctx.free(i - 1)) || (ctx.low(i - 1) === 'in' && (ctx.low(i - 2) === 'born' || (ctx.low(i - 2) === 'year' && ctx.low(i - 3) === 'birth') || bornEarlier(ctx, i - 1)))) {
      const n = yearTokensAt(ctx, i);
      if (n) { ctx.claim(i, i + n - 1, 'DATE'); i += n - 1; continue; }
    }
    // Written digits apart after a birth cue: "date of birth 4 18 67".
    if (/^\d{1,2}$/.test(t.core) && !t.commaAfter && /^\d{1,2}$/.test(toks[i + 1]?.core ?? '') && /^(\d\d|(19|20)\d\d)$/.test(toks[i + 2]?.core ?? '')
      && !ctx.breakAfter(i) && !ctx.breakAfter(i + 1) && ctx.freeRange(i, i + 2) && birthCue(ctx, i)) {
      const a = Number(t.core);
      const b = Number(toks[i + 1]!.core);
      if ((a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31)) {
        ctx.claim(i, i + 2, 'DATE');
        i += 2;
        continue;
      }
    }
    // "on the second sorry the first", "the 9th, I mean the 10th": the day that corrects a date just said.
    const fixFrom = ctx.low(i) === 'the' && !ctx.breakAfter(i) ? i + 1 : i;
    const fixDay = correctionAfterDate(ctx, i) ? dayAt(ctx, fixFrom, false) : undefined;
    if (fixDay?.ordinal && !(countedAt(ctx, fixFrom + fixDay.len) && !ctx.breakAfter(fixFrom + fixDay.len - 1)) && ctx.freeRange(i, fixFrom + fixDay.len - 1)) {
      ctx.claim(i, fixFrom + fixDay.len - 1, 'DATE');
      i = fixFrom + fixDay.len - 1;
      continue;
    }
    // A day of the month alone: "seen on the 21st", "Monday the 14th", "the twelfth". Only after
    // "the" with a date cue or weekday before it, and not before a noun ("the fourth time").
    if (ctx.low(i) === 'the' && !ctx.breakAfter(i)) {
      const day = dayAt(ctx, i + 1, false);
      if (day && day.ordinal) {
        const after = i + 1 + day.len;
        const nextWord = toks[after];
        // "since the the 6th", "on um the 5th": the cue is the word before a repeated "the" or a filler.
        const prevI = cueIndexBefore(ctx, i);
        const prev = prevI >= 0 ? toks[prevI]! : undefined;
        const weekday = prev !== undefined && WEEKDAYS.has(prev.base) && ctx.free(prevI) && prevI === i - 1;
        // "the 18th or the 19th": a day joined to a date just found is a date too.
        // "around the tenth the eleventh": a day said again as another choice, straight after a date.
        const joined = (prev !== undefined && (prev.low === 'or' || prev.low === 'and' || prev.low === 'to')
          && prevI > 0 && ctx.owner[prevI - 1] === 'DATE') || (i > 0 && ctx.owner[i - 1] === 'DATE' && !ctx.breakAfter(i - 1) && !ctx.written);
        // "we won't make the 12th", "she missed the 3rd": a verb whose object is an appointment day.
        const apptVerb = prev !== undefined && APPOINTMENT_VERBS.has(prev.base);
        // "the bloodwork from the 4th", "the reminder said the 16th": a link word after an event or a result.
        const eventLink = prev !== undefined && EVENT_LINKS.has(prev.base) && eventCue(ctx, prevI);
        const cue = prev !== undefined && (DAY_CUES.has(prev.base) || weekday || joined || apptVerb || eventLink);
        // "the 17th of last month": the month is named by a relative phrase.
        const ofMonth = nextWord?.low === 'of' && RELATIVE.has(ctx.low(after + 1)) && ctx.toks[after + 2]?.base === 'month';
        // The day ends the phrase, or a word follows that cannot be counted ("on the sixth, call me" but not
        // "the third time"); after "on", "since" and the like anything but a counted noun will do.
        // "... the tenth the eleventh": another day straight after this one.
        const dayNext = nextWord?.low === 'the' && !ctx.breakAfter(after) && dayAt(ctx, after + 1, false)?.ordinal === true
          && !countedAt(ctx, after + 1 + (dayAt(ctx, after + 1, false)?.len ?? 0));
        const endsHere = ctx.breakAfter(after - 1) || toks[after - 1]!.commaAfter || !nextWord || dayNext
          || DAY_FOLLOWERS.has(nextWord.low) || (isNumTok(nextWord) && !COUNTED_NOUNS.has(nextWord.base) && !COUNTED_NOUNS.has(toks[after + 1]?.base ?? ''))
          || (!countedAt(ctx, after) && prev !== undefined && (STRONG_DAY_CUES.has(prev.base) || weekday || joined || apptVerb || eventLink
            || BIRTH_DAY_CUES.has(prev.base))) || ofMonth;
        // "Is the 14th still good?", "she was discharged the 11th.", "the twenty third works": a day number that stands
        // alone as a noun, with no noun after it to count, is a day of the month. "first" to "third" are counted far
        // more often than dated ("the second I got home"), so they also need a date or event word before them.
        // "before my visit the twenty fifth four seven nine ...": a phone number right after starts the next item.
        const alone = (standsAlone(ctx, after) || phoneAfter(ctx, after)) && (!countedAt(ctx, after) || ofMonth);
        // "the 1st one didn't help and the 2nd did": after an ordinal that counted a noun, a bare ordinal counts it again.
        const bare = alone && (unambiguousDay(ctx, i + 1, day.len) || cue || (prev !== undefined && (EXTRA_DAY_CUES.has(prev.base) || DATE_CUES.has(prev.base)
          || EVENT_WORDS.has(prev.base)))) && !countedOrdinalBefore(ctx, i);
        if (((endsHere && cue) || bare) && !sharedCountedNoun(ctx, after) && ctx.free(i)) {
          // "the 27th of last month": the relative month is part of the date.
          const last = ofMonth && ctx.freeRange(after, after + 2) ? after + 2 : after - 1;
          ctx.claim(weekday ? prevI : i, last, 'DATE');
          i = last;
          continue;
        }
      }
    }
    // Spoken numeric dates: "nine fifteen nineteen eighty six", "oh three fourteen fifty", "zero three one
    // four one nine five two" (month day year), "surgery on eleven three", "expiration oh nine twenty eight".
    // "born two nine twenty twelve seven one twenty fourteen": a second date read straight after a first one starts
    // where the first ended.
    if (isNumTok(t) && (!isNumTok(toks[i - 1]) || ctx.owner[i - 1] === 'DATE')) {
      const last = spokenNumericDate(ctx, i);
      if (last >= 0) {
        // "seen on saturday eight thirty one": the weekday said with the date is part of it.
        const wd = i > 0 && WEEKDAYS.has(toks[i - 1]!.base) && ctx.free(i - 1) && !ctx.breakAfter(i - 1);
        ctx.claim(wd ? i - 1 : i, last, 'DATE');
        i = last;
        continue;
      }
    }
    void skipComma;
  }
  claimCorrectedDays(ctx);
  yearsAfterHesitation(ctx);
  spanishDates(ctx);
  portugueseFrenchDates(ctx);
  spanishWeekdayDates(ctx);
  spanishDaysAfterCues(ctx);
  cardinalDaysOfMonths(ctx);
  yearFirstDates(ctx);
  joinedDays(ctx);
  holidayDates(ctx);
}

const DAY_JOINERS = new Set(['or', 'and', 'to', 'through', 'thru', 'till', 'til', 'until', '-', '–']);

/**
 * "the 14th or 15th", "june fifth or sixth", "from the 3rd to 10th": a second day number joined to a date just
 * found, without its own "the" or month, is a date too (unless it counts a noun: "the 5th and 6th graders").
 */
function joinedDays(ctx: Ctx): void {
  for (const e of [...ctx.entities]) {
    if (e.type !== 'DATE') continue;
    let end = e.to;
    for (;;) {
      const j = end + 1;
      if (ctx.breakAfter(end) || !DAY_JOINERS.has(ctx.low(j)) || !ctx.free(j) || ctx.breakAfter(j)) break;
      const day = dayAt(ctx, j + 1, false);
      if (!day || !day.ordinal) break;
      const after = j + 1 + day.len;
      if (countedAt(ctx, after) && !ctx.breakAfter(after - 1)) break;
      ctx.claim(j + 1, after - 1, 'DATE');
      end = after - 1;
    }
  }
}

// "date of death three nineteen": a death date is read like a birth date.
const DATE_STRONG = ['birth', 'born', 'dob', 'birthday', 'birthdate', 'death'];
/** "my birthday's the 29th", "she's due the 14th": the day right after them is a date. */
const BIRTH_DAY_CUES = new Set(['birthday', 'born', 'dob', 'due']);
/** "my visit for the 21st", "the surgery is the 3rd": a link word after an event. */
const EVENT_LINKS = new Set(['for', 'is', 'was', 'from', 'to', 'said', 'says', 'say', 'shows', 'showed']);
/** Verbs whose object is the day of an appointment: "we won't make the 12th", "could we move it to ...". */
const APPOINTMENT_VERBS = new Set(['make', 'miss', 'missed', 'missing', 'cancel', 'canceled', 'cancelled', 'cancelling', 'canceling',
  'keep', 'confirm', 'confirmed', 'confirming', 'reschedule', 'move', 'moved', 'switch', 'bump', 'push', 'pushed']);
const RELATIVE = new Set(['last', 'this', 'next', 'that']);
/** Words right before "the 21st" that make it a date. */
const DAY_CUES = new Set(['on', 'for', 'since', 'until', 'till', 'by', 'before', 'after', 'from', 'to', 'through', 'thru',
  'yesterday', 'today', 'tomorrow', 'date', 'appointment', 'appt', 'scheduled', 'rescheduled', 'booked', 'was', 'is',
  'free', 'than', 'available', 'around', 'between', 'in', 'birthday', 'born', 'dob', 'due', 'do', 'about']);
/** Cues after which "the <ordinal>" is a day of the month unless a counted noun follows. */
const STRONG_DAY_CUES = new Set(['on', 'since', 'until', 'till', 'before', 'after', 'through', 'thru', 'yesterday', 'today',
  'tomorrow', 'appointment', 'appt', 'scheduled', 'rescheduled', 'booked', 'than']);
/** Nouns counted by an ordinal ("the third time", "the second floor"): then the ordinal is no date. */
const COUNTED_NOUNS = new Set(['time', 'times', 'floor', 'grade', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'dose', 'doses', 'visit', 'visits', 'one', 'ones', 'person', 'patient', 'child', 'kid', 'baby', 'pill', 'pills', 'shot',
  'shots', 'injection', 'round', 'cycle', 'try', 'attempt', 'place', 'row', 'line', 'page', 'option', 'step', 'level', 'street',
  'avenue', 'st', 'ave', 'room', 'door', 'house', 'building', 'bed', 'session', 'treatment', 'infusion', 'test', 'message',
  'voicemail', 'call', 'calls', 'text', 'texts', 'trimester', 'opinion', 'half', 'quarter', 'stage', 'degree', 'shift', 'refill', 'bottle', 'box', 'item',
  'thing', 'question', 'problem', 'issue', 'reason', 'surgery', 'procedure', 'appointment', 'daughter', 'son', 'child',
  'payment', 'payments', 'installment', 'statement', 'lab', 'draw', 'sample', 'specimen', 'batch', 'set', 'panel', 'scan', 'biopsy',
  'letter', 'form', 'copy', 'digit', 'digits', 'chapter', 'lesson', 'game', 'inning', 'period', 'semester', 'birthday', 'anniversary',
  'generation', 'cousin', 'grader', 'graders', 'tooth', 'teeth', 'molar', 'toe', 'finger', 'rib', 'vertebra', 'vertebrae', 'turn', 'cut', 'button',
  'choice', 'spot', 'slot', 'team', 'vial', 'pack', 'course',
  'shelf', 'drawer', 'cabinet', 'aisle', 'window', 'desk', 'counter', 'stop', 'exit', 'entrance', 'hall', 'wing', 'ward', 'unit',
  'of']);
/** Words that may follow a bare day of the month: the date ends there ("on the 4th and ...", "the 6th at 2"). */
const DAY_FOLLOWERS = new Set(['and', 'at', 'but', 'so', 'or', 'i', "i'm", "i'd", 'he', 'she', 'we', 'they', 'please', 'thanks',
  'thank', 'by', 'in', 'if', 'because', 'then', 'which', 'when', 'to', 'through', 'thru', 'instead', 'with', 'is', 'was',
  'my', 'his', 'her', 'our', 'their', 'your', 'um', 'uh', 'hmm', 'okay', 'ok', 'anyway', 'bye', 'you', 'can', 'could', 'will']);
/** Hesitations a caller may put between a cue and the day ("on um the 5th"). */
const HESITATIONS = new Set(['um', 'uh', 'er', 'erm', 'uhm', 'hmm']);

/**
 * The word that cues "the" at token i: the one right before it, skipping a repeated "the" ("since the the 6th")
 * and hesitations; -1 at a sentence start.
 */
function cueIndexBefore(ctx: Ctx, i: number): number {
  let k = i - 1;
  for (let n = 0; n < 3 && k >= 0 && !ctx.breakAfter(k); n++) {
    const w = ctx.low(k);
    if (w !== 'the' && !HESITATIONS.has(w)) return k;
    k--;
  }
  return k >= 0 && !ctx.breakAfter(k) && ctx.low(k) !== 'the' && !HESITATIONS.has(ctx.low(k)) ? k : -1;
}

/**
 * A counted noun at token k ("the third time", "the 2nd dose", "the first payment"). "call"/"text" count only
 * as nouns: "won't make the twenty second call me back", "on the sixth call five five five ..." have the verb.
 */
function countedAt(ctx: Ctx, k: number): boolean {
  const w = ctx.toks[k]?.base;
  if (w === undefined) return false;
  if (w === 'call' || w === 'text') return ctx.breakAfter(k) || !(VERB_OBJECTS.has(ctx.low(k + 1)) || isNumTok(ctx.toks[k + 1]) || /^\d/.test(ctx.low(k + 1)));
  return COUNTED_NOUNS.has(w) || (w.length > 3 && w.endsWith('s') && COUNTED_NOUNS.has(w.slice(0, -1)));
}

/** "the 5th and 6th graders", "the 4th or 5th floor": a second ordinal after a joiner shares the counted noun. */
function sharedCountedNoun(ctx: Ctx, k: number): boolean {
  if (!DAY_JOINERS.has(ctx.low(k)) || ctx.breakAfter(k - 1) || ctx.breakAfter(k)) return false;
  const d = dayAt(ctx, k + 1, false);
  return d !== undefined && d.ordinal && !ctx.breakAfter(k + d.len) && countedAt(ctx, k + 1 + d.len);
}
const VERB_OBJECTS = new Set(['me', 'us', 'back', 'my', 'at', 'him', 'her', 'them', 'the', 'our', 'whenever', 'when', 'anytime']);

/** Words before "the <ordinal>" that make it a day although they are no preposition ("last seen the 2nd", "dated the 3rd"). */
const EXTRA_DAY_CUES = new Set(['dated', 'starting', 'beginning', 'effective', 'ending', 'off', 'out', 'arrived', 'came', 'left',
  'passed', 'died', 'happened', 'started', 'stopped', 'ran', 'done', 'did', 'got', 'called', 'texted', 'emailed', 'mailed', 'sent',
  'faxed', 'posted', 'drawn', 'collected', 'performed']);

/**
 * Words that cannot be the noun an ordinal counts, so "the <ordinal>" before them stands alone: verbs and auxiliaries
 * ("the 14th works", "the 3rd is"), adverbs, pronouns, conjunctions and prepositions that start the next phrase.
 */
const NOT_COUNTED_AFTER = new Set(['is', "is'nt", "isn't", 'was', "wasn't", 'would', 'will', "won't", 'should', 'could', 'might', 'can',
  "can't", 'does', "doesn't", 'did', "didn't", 'works', 'work', 'worked', 'still', 'good', 'fine', 'better', 'best', 'okay', 'ok', 'great',
  'available', 'open', 'free', 'instead', 'too', 'either', 'then', 'also', 'already', 'anymore', 'anyway', 'again', 'now', 'for', 'at',
  'around', 'about', 'after', 'before', 'until', 'till', 'through', 'thru', 'from', 'or', 'and', 'but', 'so', 'because', 'since', 'if',
  'when', 'which', 'that', 'as', 'no', 'not', 'please', 'thanks', 'thank', 'sorry', 'i', "i'm", "i'd", "i'll", "i've", 'he', 'she', "he's",
  "she's", 'we', "we're", 'they', "they're", 'you', 'it', "it's", 'my', 'his', 'her', 'our', 'their', 'your', 'um', 'uh', 'bye',
  'call', 'text', 'give', 'let', 'reach', 'right', 'unfortunately', 'either']);

/** Token k, right after a day number, starts a new phrase: nothing, a sentence end, or a word no ordinal counts. */
function standsAlone(ctx: Ctx, k: number): boolean {
  if (k >= ctx.toks.length || ctx.breakAfter(k - 1) || ctx.toks[k - 1]!.commaAfter) return true;
  const w = ctx.low(k);
  if (NOT_COUNTED_AFTER.has(w)) return true;
  // "the 3rd of this month", "the 17th of last month".
  return w === 'of' && RELATIVE.has(ctx.low(k + 1)) && ctx.toks[k + 2]?.base === 'month';
}

/** An ordinal before a noun it counts earlier in the sentence ("the 1st one", "my second patch"), before token i. */
function countedOrdinalBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 15 && !ctx.breakAfter(k); k--) {
    const w = ctx.low(k);
    if (!(/^\d{1,2}(st|nd|rd|th)$/.test(w) || ORDINAL_WORDS[w] !== undefined) || ctx.owner[k] === 'DATE') continue;
    // Followed by a word that is no month, no "of" and no word that ends a bare day: a noun it counts.
    const n = ctx.toks[k + 1]?.base ?? '';
    if (countedAt(ctx, k + 1) || (n !== 'of' && MONTHS[n] === undefined && !isNumTok(ctx.toks[k + 1]) && !standsAlone(ctx, k + 1))) return true;
  }
  return false;
}

/** A day number that is seldom a count: written "14th" (any), or a word above "third" ("fourth", "twenty first"). */
function unambiguousDay(ctx: Ctx, i: number, len: number): boolean {
  if (/^\d{1,2}(st|nd|rd|th)$/.test(ctx.low(i))) return true;
  if (len === 2 || ctx.low(i).includes('-')) return true;
  return (ORDINAL_WORDS[ctx.low(i)] ?? 0) >= 4;
}

/** The value of an ordinal day at token i spanning len tokens ("1st", "first", "twenty first"). */
function ordinalValue(ctx: Ctx, i: number, len: number): number {
  const w = ctx.low(i);
  const dm = /^(\d{1,2})(st|nd|rd|th)$/.exec(w);
  if (dm) return Number(dm[1]);
  if (len === 1 && w in ORDINAL_WORDS) return ORDINAL_WORDS[w]!;
  return 0;
}

function cueWord(ctx: Ctx, i: number, w: string): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (ctx.breakAfter(j)) return false;
    if (ctx.toks[j]!.base === w) return true;
  }
  return false;
}

const TWO_DIGIT_KINDS = new Set<ChunkKind>(['digit', 'teen', 'tens', 'compound']);
const EXPIRY_CUES = ['expiration', 'expires', 'expiry', 'exp', 'expiring', 'expired'];
const TIME_AFTER = new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'oclock', 'tonight', 'sharp']);

/** "exp." / "expires" / "expiration date" shortly before token i (an abbreviation's dot is no sentence end here). */
function expiryCue(ctx: Ctx, i: number): boolean {
  return EXPIRY_CUES.includes(ctx.toks[i - 1]?.base ?? '') || EXPIRY_CUES.some((c) => cueWord(ctx, i, c));
}

/** "d o b" spelled out in the few words before token i. */
function spelledDob(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 2 && j >= i - 4; j--) {
    if (ctx.low(j) === 'b' && ctx.low(j - 1) === 'o' && ctx.low(j - 2) === 'd') return true;
  }
  return false;
}

/** A one- or two-digit number at chunk k: "seven", "fourteen", "twenty two", "oh three" (len in chunks). */
function twoDigitAt(chunks: Chunk[], k: number): { value: number; len: number; kind: ChunkKind } | undefined {
  const a = chunks[k];
  if (!a) return undefined;
  if (a.kind === 'digit' && a.digits === '0') {
    const b = chunks[k + 1];
    if (b && b.kind === 'digit' && b.digits.length === 1 && b.value >= 1) return { value: b.value, len: 2, kind: 'digit' };
    return undefined;
  }
  if (TWO_DIGIT_KINDS.has(a.kind) && a.digits.length <= 2) return { value: a.value, len: 1, kind: a.kind };
  return undefined;
}

/**
 * Index of the last token of a spoken numeric date starting at token i, or -1. "three fourteen sixty six oh and
 * it's wendy": an "oh" that ends the run before words is the caller's interjection, so the date is read without it.
 */
function spokenNumericDate(ctx: Ctx, i: number, vouched = false): number {
  const atoms = collectAtoms(ctx, i, 24);
  const chunks = parseChunks(atoms);
  const found = numericDateIn(ctx, i, atoms, chunks, vouched);
  const lastAtom = atoms[atoms.length - 1];
  if (found >= 0 || !lastAtom || lastAtom.tok === i || ctx.low(lastAtom.tok) !== 'oh' || isNumTok(ctx.toks[lastAtom.tok + 1]) || ctx.breakAfter(lastAtom.tok - 1)) return found;
  const trimmed = atoms.filter((a) => a.tok !== lastAtom.tok);
  return numericDateIn(ctx, i, trimmed, parseChunks(trimmed), vouched);
}

/**
 * `vouched`: the place itself says a date of a person may stand here (next to her name, or as a date just said again),
 * so a month, day and two-digit year are read as one with no cue word.
 */
function numericDateIn(ctx: Ctx, i: number, atoms: Atom[], chunks: Chunk[], vouched = false): number {
  if (chunks.length < 2) return -1;
  const lastTok = (used: number): number => atoms[chunks[used - 1]!.to]!.tok;
  const birth = DATE_STRONG.some((c) => cueWord(ctx, i, c)) || spelledDob(ctx, i) || birthCueAfter(ctx, lastTok(chunks.length));
  const expiry = expiryCue(ctx, i);
  const timeAfter = (used: number): boolean => TIME_AFTER.has(ctx.low(lastTok(used) + 1));
  // "my date of birth is three three eighty three six oh five ...": a date read straight into a phone number. The
  // date may end where the rest, starting on a word of its own, is a whole phone number.
  const phoneRest = (used: number): boolean => {
    const next = chunks[used];
    if (!next || atoms[next.from]!.tok === lastTok(used)) return false;
    const rest = chunks.slice(used);
    if (rest.some((c) => c.kind === 'letter')) return false;
    const d = rest.map((c) => c.digits).join('');
    return /^[2-9]\d{9}$/.test(d) || /^1[2-9]\d{9}$/.test(d) || (birth && /^[2-9]\d{6}$/.test(d));
  };
  // Digits read one by one after a birth cue: "zero three one four one nine five two" (MMDDYYYY or MMDDYY).
  // Also mixed with pairs: "oh nine one one forty seven" (09 11 47).
  const digitDate = (used: number): boolean => {
    if (!chunks.slice(0, used).every((c) => TWO_DIGIT_KINDS.has(c.kind) && c.digits.length <= 2)) return false;
    const d = chunks.slice(0, used).map((c) => c.digits).join('');
    const mm = Number(d.slice(0, 2));
    const dd = Number(d.slice(2, 4));
    const yearOk = d.length === 6 || (d.length === 8 && /^(19|20)/.test(d.slice(4)));
    return yearOk && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
  };
  if (birth && digitDate(chunks.length)) return lastTok(chunks.length);
  const byDigits = (): number => {
    if (!birth) return -1;
    for (let used = 3; used < chunks.length; used++) if (digitDate(used) && phoneRest(used)) return lastTok(used);
    return -1;
  };
  const m = twoDigitAt(chunks, 0);
  // "birth date fifteen eight sixty nine", "d o b twenty three six eighty one": after a birth cue, a first number
  // that can be no month is the day, as callers raised abroad say it; the month and a two-digit year follow.
  if (birth && m && m.value >= 13 && m.value <= 31) {
    const mo = twoDigitAt(chunks, m.len);
    const y2 = mo && mo.value >= 1 && mo.value <= 12 ? yearAt(chunks, m.len + mo.len) ?? twoDigitAt(chunks, m.len + mo.len) : undefined;
    const used = mo && y2 ? m.len + mo.len + y2.len : 0;
    if (used && (used === chunks.length || phoneRest(used)) && !timeAfter(used)) return lastTok(used);
  }
  if (!m || m.value < 1 || m.value > 12 || m.kind === 'tens' || m.kind === 'compound') return byDigits();
  // Card expiry: "expiration oh nine twenty eight", "expires twelve twenty six".
  if (expiry) {
    const y = yearAt(chunks, m.len);
    const y2 = twoDigitAt(chunks, m.len);
    const used = y ? m.len + y.len : y2 ? m.len + y2.len : 0;
    if (used === chunks.length) return lastTok(used);
  }
  const d = twoDigitAt(chunks, m.len);
  if (!d || d.value < 1 || d.value > 31) return byDigits();
  const k = m.len + d.len;
  let y: { len: number } | undefined = yearAt(chunks, k);
  // "five twenty two fifty six" after a birth cue, "on eleven twenty twenty four": a two-digit year, as people say
  // birthdays and dates.
  if (!y) {
    const y2 = twoDigitAt(chunks, k);
    // "this is kelsey marr two twenty nine ninety six": month, day and year said right after the caller's name.
    // "tyler is eight one thirteen jace is twelve five fifteen": each child's name, "is", and the birth date.
    const named = vouched || ctx.owner[i - 1] === 'NAME' || (ctx.low(i - 1) === 'is' && ctx.owner[i - 2] === 'NAME' && !ctx.breakAfter(i - 2));
    const afterName = y2 !== undefined && named && (vouched || !ctx.breakAfter(i - 1)) && (k + y2.len === chunks.length || phoneRest(k + y2.len));
    if (y2 && (y2.kind !== 'digit' || y2.len === 2) && (k + y2.len === chunks.length || phoneRest(k + y2.len)) && (birth || dateSlot(ctx, i) || afterName)) y = { len: y2.len };
  }
  const used = y ? k + y.len : k;
  const fits = used === chunks.length || phoneRest(used);
  if (timeAfter(used)) return -1;
  if (y && !fits && used < chunks.length) {
    // "nineteen eighty | three oh five ...": when the rest is a phone number only with the year's last word, that word
    // starts the phone number and the year ends before it.
    const last = chunks[used - 1]!;
    const unitTok = atoms[last.to]!.tok;
    if (last.kind === 'compound' && atoms[last.from]!.tok < unitTok && phoneAfter(ctx, unitTok)) return unitTok - 1;
  }
  if (y && (fits || hasCue(ctx, i))) return lastTok(used);
  if (!y && fits && (birth || dateSlot(ctx, i))) return lastTok(used);
  // "last filled eleven ten ninety tablets": month and day after an event verb, then a count of a unit; the date
  // ends before the count.
  if (chunks.length === k + 1 && atoms[chunks[k]!.from]!.tok > lastTok(k) && !ctx.breakAfter(lastTok(k + 1))
    && UNIT_WORDS.has(ctx.toks[lastTok(k + 1) + 1]?.base ?? '') && eventSlot(ctx, i)) return lastTok(k);
  return byDigits();
}

/**
 * Whether month and day said as plain numbers at token i ("eleven twenty") sit where a date is expected:
 * after "on" ("seen on", "his follow up on", "the labs were on"), after "date of service is", or as the
 * correction of a date just said ("on eleven three sorry eleven four"). Not after a time preposition ("at eleven
 * twenty") and not before a unit ("on twelve fifty milligrams").
 */
function dateSlot(ctx: Ctx, i: number): boolean {
  if (i === 0 || ctx.breakAfter(i - 1)) return false;
  // "on um eleven twenty": a hesitation between the preposition and the number.
  let p = i - 1;
  while (p > 0 && HESITATIONS.has(ctx.low(p)) && !ctx.breakAfter(p - 1)) p--;
  const prev = ctx.low(p);
  const end = spokenRunEnd(ctx, i);
  const after = ctx.breakAfter(end) ? '' : ctx.toks[end + 1]?.base ?? '';
  // "on twelve fifty milligrams" is a dose, "come on nine thirty tomorrow" a time.
  // "on five ten of prednisone" is a dose too, "on two twelve street" a street.
  if (UNIT_WORDS.has(after) || TIME_AFTER.has(after) || DAY_PARTS.has(after) || after === 'of' || STREET_SUFFIXES.has(after)) return false;
  if ((prev === 'from' || prev === 'to') && rescheduleSlot(ctx, i, p)) return true;
  if (TIME_PREPOSITIONS.has(prev)) return false;
  // "seen on saturday eight thirty one", "was seen monday nine one": a weekday between the cue and the date. A day
  // that is also a round clock minute ("on tuesday ten fifteen", "friday nine thirty") is read as the time.
  if (WEEKDAYS.has(ctx.toks[p]!.base) && p > 0 && ctx.free(p) && !ctx.breakAfter(p - 1)) {
    if (roundMinuteAfterHour(ctx, i)) return false;
    const q = p - 1;
    const before = ctx.low(q);
    if (before === 'on' && ctx.free(q)) return !PHONE_OBJECTS.has(ctx.low(q - 1));
    return EVENT_VERBS.has(ctx.toks[q]!.base) && ctx.free(q);
  }
  // "she's on one twenty five of the metoprolol": a dose someone is on.
  if (prev === 'on' && ON_DOSE.has(ctx.low(p - 1))) return false;
  // "last filled eleven ten", "it was drawn eleven twenty four", "the visit was ten six".
  if (EVENT_VERBS.has(ctx.toks[p]!.base) && ctx.free(p)) return true;
  if (eventLinkSlot(ctx, i, p)) return true;
  if (prev === 'on' && ctx.free(p)) {
    // "call me on ...", "text her on ...": a phone number's preposition, unless an event names the day.
    return !PHONE_OBJECTS.has(ctx.low(p - 1)) || eventCue(ctx, p) || spelledBefore(ctx, p);
  }
  if (correctionAfterDate(ctx, i)) return true;
  // "date of service is eleven twenty", "the service date was four two", "d o s three nine".
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (ctx.breakAfter(j) || !ctx.free(j)) return false;
    const w = ctx.toks[j]!.base;
    if (w === 'date' || w === 'dates' || w === 'dos') return true;
    if (!DATE_SLOT_GAP.has(w)) return false;
  }
  return false;
}

/** Spoken "ten fifteen", "nine thirty", "eight oh five": an hour and minutes on the five, as times are said. */
function roundMinuteAfterHour(ctx: Ctx, i: number): boolean {
  const chunks = parseChunks(collectAtoms(ctx, i, 4));
  const h = twoDigitAt(chunks, 0);
  const m = h ? twoDigitAt(chunks, h.len) : undefined;
  return h !== undefined && m !== undefined && m.value % 5 === 0 && !(m.kind === 'digit' && m.len === 1);
}

/** Words that move an appointment from one day to another. */
const RESCHEDULE_WORDS = new Set(['reschedule', 'rescheduled', 'rescheduling', 'move', 'moved', 'moving', 'change', 'changed', 'changing',
  'switch', 'switched', 'switching', 'push', 'pushed', 'bump', 'bumped', 'appointment', 'appt', 'visit']);

/**
 * "reschedule my appointment from eleven nineteen to ...": month and day after "from"/"to" when an appointment is
 * being moved earlier in the sentence. The second number must not read as minutes ("from nine thirty", "to ten
 * fifteen", "from two oh five"; "twenty six" is a day), so clock times stay times.
 */
function rescheduleSlot(ctx: Ctx, i: number, p: number): boolean {
  const second = ctx.low(i + 1);
  if (second === 'oh' || second === 'o' || second === 'fifteen' || second === 'forty-five') return false;
  if (TENS_WORDS.has(second) && !SINGLE_DIGITS.has(ctx.low(i + 2))) return false;
  for (let j = p - 1; j >= 0 && j >= p - 10; j--) {
    if (ctx.breakAfter(j)) return false;
    if (RESCHEDULE_WORDS.has(ctx.toks[j]!.base)) return true;
  }
  return false;
}

/** A score, ratio, fraction or range reading for the number token at i ("5/10 pain", "rated it 4/10", "2/3 of"). */
function fractionContext(ctx: Ctx, i: number, range: boolean): boolean {
  const next = ctx.breakAfter(i) ? '' : ctx.toks[i + 1]?.base ?? '';
  // "2-3 times", "1-2 pills": a dashed range counts a noun; "the 11/10 visit" is still a day.
  if (FRACTION_AFTER.has(next) || UNIT_WORDS.has(next) || (range && COUNTED_NOUNS.has(next))) return true;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (ctx.breakAfter(j)) break;
    if (FRACTION_BEFORE.has(ctx.toks[j]!.base) && (j === i - 1 || ctx.toks[j]!.base !== 'a')) return true;
  }
  return false;
}

/** "1/2", "3/4", "7/10": a proper fraction with a common denominator, or a score out of ten, reads as a share first. */
function fractionShape(a: number, b: number): boolean {
  return a <= b && (b === 2 || b === 3 || b === 4 || b === 8 || b === 10);
}

/**
 * A bare month/day at token i sits where a medical event's day goes: right after its verb ("last filled",
 * "it was drawn"), or "on" after an event ("cataract surgery on", "had it done on").
 */
function eventSlot(ctx: Ctx, i: number): boolean {
  if (i === 0 || ctx.breakAfter(i - 1)) return false;
  let p = i - 1;
  while (p > 0 && HESITATIONS.has(ctx.low(p)) && !ctx.breakAfter(p - 1)) p--;
  const prev = ctx.toks[p]!.base;
  if (EVENT_VERBS.has(prev)) return true;
  if (prev === 'on' && ctx.free(p)) return eventCue(ctx, p) || EVENT_VERBS.has(ctx.toks[p - 1]?.base ?? '') || EVENT_VERBS.has(ctx.toks[p - 2]?.base ?? '');
  return false;
}

/**
 * "the visit was ten six", "her surgery is eleven four": an event noun, a link verb, then month and day. "the
 * appointment was two thirty" is a time, so a second number that reads as minutes ("thirty", "fifteen", "oh five")
 * does not count here.
 */
function eventLinkSlot(ctx: Ctx, i: number, p: number): boolean {
  if (!LINK_VERBS.has(ctx.low(p)) || p === 0 || ctx.breakAfter(p - 1)) return false;
  const noun = ctx.toks[p - 1]!.base;
  if (noun === 'on' || noun === 'since' || !(DATE_CUES.has(noun) || EVENT_WORDS.has(noun))) return false;
  const second = ctx.low(i + 1);
  if (second === 'oh' || second === 'o' || second === 'fifteen' || second === 'forty-five') return false;
  if (TENS_WORDS.has(second) && !SINGLE_DIGITS.has(ctx.low(i + 2))) return false;
  return true;
}

/** Last token of the run of number words starting at token i. */
function spokenRunEnd(ctx: Ctx, i: number): number {
  let j = i;
  while (j + 1 < ctx.toks.length && !ctx.breakAfter(j) && isNumTok(ctx.toks[j + 1])) j++;
  return j;
}

/**
 * "on the second sorry the first", "on eleven three i mean eleven four": the words before token i correct a date
 * said just before them. Returns true when a correction word (and only fillers) separate token i from a DATE.
 */
/**
 * "Her date of birth is 1948, October 5th", "date of birth nineteen forty eight october fifth": a year said first,
 * right after a birth cue, begins the date found after it.
 */
function yearFirstDates(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'DATE' || MONTHS[ctx.toks[e.from]!.base] === undefined) continue;
    for (let n = 1; n <= 4 && e.from - n >= 0; n++) {
      const s = e.from - n;
      if (ctx.breakAfter(e.from - 1) || (n > 1 && ctx.breakAfter(s))) break;
      if (yearTokensAt(ctx, s) !== n || !ctx.freeRange(s, e.from - 1) || !birthCue(ctx, s)) continue;
      for (let k = s; k < e.from; k++) ctx.owner[k] = 'DATE';
      e.from = s;
      break;
    }
  }
}

/**
 * "my visit was Tuesday the tenth, not the third", "January thirtieth, not the thirteenth": a day set against a
 * date just said is a date of the same person.
 */
function claimCorrectedDays(ctx: Ctx): void {
  for (const e of [...ctx.entities]) {
    if (e.type !== 'DATE' || ctx.low(e.to + 1) !== 'not' || !ctx.free(e.to + 1) || ctx.breakAfter(e.to + 1)) continue;
    const k = ctx.low(e.to + 2) === 'the' && ctx.free(e.to + 2) ? e.to + 3 : e.to + 2;
    const d = dayAt(ctx, k, false);
    if (d?.ordinal) ctx.claim(k === e.to + 3 ? e.to + 2 : k, k + d.len - 1, 'DATE');
  }
}

export function correctionAfterDate(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  let sawCorrection = false;
  while (k >= 0 && i - k <= 5 && ctx.free(k)) {
    const w = ctx.toks[k]!.base;
    // "... nineteen sixty eight, that's eleven twenty two sixty eight": the date said again another way.
    if (DATE_CORRECTIONS.has(w) || DATE_CORRECTIONS.has(ctx.low(k))) sawCorrection = true;
    else if (!CORRECTION_FILLERS.has(w)) return false;
    k--;
  }
  return sawCorrection && k >= 0 && ctx.owner[k] === 'DATE';
}

const DATE_CORRECTIONS = new Set(["that's", 'sorry', 'mean', 'actually', 'correction', 'rather', 'no', 'oops', 'wait', 'scratch']);
const CORRECTION_FILLERS = new Set(['i', 'um', 'uh', 'er', 'or', 'oh', 'the', 'that', 'it', 'was', "it's", '—', '–', '-', '--', '...']);
/** Words between "date" and the number: "date of service is", "the date of the visit was". */
const DATE_SLOT_GAP = new Set(['of', 'service', 'services', 'birth', 'injury', 'surgery', 'visit', 'procedure', 'accident', 'loss',
  'admission', 'discharge', 'onset', 'the', 'is', 'was', 'for', 'that', 'that\'s', 'it\'s', 'um', 'uh', 'my', 'his', 'her', 'their', 'our',
  'your', 'would', 'be', 'will']);
const TIME_PREPOSITIONS = new Set(['at', 'around', 'after', 'before', 'by', 'until', 'till', 'til', 'from', 'about', 'past', 'between']);
/** Units after a number: "on twelve fifty milligrams" is a dose. */
const UNIT_WORDS = new Set(['milligrams', 'milligram', 'mg', 'mgs', 'micrograms', 'mcg', 'units', 'unit', 'minutes', 'minute', 'hours',
  'hour', 'dollars', 'bucks', 'cents', 'percent', 'pounds', 'degrees', 'pills', 'tablets', 'tabs', 'capsules', 'days', 'weeks',
  'months', 'years', 'times', 'milliliters', 'ml', 'cc', 'grams', 'miles']);
const DAY_PARTS = new Set(['tomorrow', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'ish']);
/** "i'm on ...", "he's been on ...": what follows is a medication and its dose. */
const ON_DOSE = new Set(['put', "i'm", "he's", "she's", "we're", "they're", "you're", 'been', 'am', 'currently', 'still', 'stays', 'stay', 'staying', 'keep', 'kept']);
const PHONE_OBJECTS = new Set(['me', 'us', 'him', 'her', 'them', 'back']);

/** "five two fifty eight is my birthday": a birth cue right after the number at token `last`. */
function birthCueAfter(ctx: Ctx, last: number): boolean {
  if (ctx.breakAfter(last) && !ctx.written) return false;
  let k = last + 1;
  const w = (n: number): string => ctx.toks[k + n]?.base ?? '';
  // "... is my birthday": without the verb the words start the next statement ("<phone> my date of birth is ...").
  if (w(0) !== 'is' && w(0) !== 'was') return false;
  k++;
  if (!POSSESSIVES.has(w(0))) return false;
  k++;
  return w(0) === 'birthday' || w(0) === 'dob' || (w(0) === 'date' && w(1) === 'of' && w(2) === 'birth') || (w(0) === 'birth' && w(1) === 'date')
    || (w(0) === 'd' && w(1) === 'o' && w(2) === 'b');
}
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'your', 'our', 'the']);

/** A date cue other than "on" shortly before token i ("had her surgery on ..."). */
function eventCue(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    if (ctx.breakAfter(j)) return false;
    const w = ctx.toks[j]!.base;
    if (w !== 'on' && (DATE_CUES.has(w) || EVENT_WORDS.has(w))) return true;
  }
  return false;
}

/** "born on the 9th of November, in 1947": "born" earlier in the same sentence, before a date found there. */
function bornEarlier(ctx: Ctx, i: number): boolean {
  // The day and month end right before "in" ("... of November, in 1947"); "born May 2nd ... back in 2012" is another year.
  if (ctx.owner[i - 1] !== 'DATE' || ctx.breakAfter(i - 1)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
    if (ctx.breakAfter(j)) return false;
    if (ctx.toks[j]!.base === 'born' || ctx.toks[j]!.base === 'birth') return true;
  }
  return false;
}

/** "my e g d on eleven fourteen": a procedure named by spelled letters right before "on". */
function spelledBefore(ctx: Ctx, i: number): boolean {
  let n = 0;
  while (n < 4 && /^[a-z]$/.test(ctx.low(i - 1 - n)) && ctx.low(i - 1 - n) !== 'a' && ctx.low(i - 1 - n) !== 'i') n++;
  return n >= 2;
}

/** Things that happen on a day ("her knee replaced on ...", "the biopsy on ..."). */
const EVENT_WORDS = new Set(['results', 'result', 'lab', 'xray', 'x-ray', 'ultrasound', 'ekg', 'ecg', 'echo', 'mammogram', 'imaging',
  'bloodwork', 'draw', 'appointment', 'appt', 'confirmation', 'booking', 'reminder', 'replaced', 'operated', 'operation', 'biopsy', 'scan', 'mri', 'test', 'tests', 'labs', 'bloodwork',
  'colonoscopy', 'delivered', 'delivery', 'fell', 'fall', 'injured', 'started', 'stopped', 'hospitalized', 'released',
  'vaccine', 'shot', 'infusion', 'treatment', 'confirm', 'confirming', 'consult', 'consultation', 'exam', 'physical', 'checkup', 'follow-up', 'followup']);

/** Spoken "july twenty second nineteen uh sixty one": a year's second half after a hesitation belongs to the date. */
function yearsAfterHesitation(ctx: Ctx): void {
  if (ctx.written) return;
  for (const e of ctx.entities) {
    if (e.type !== 'DATE' || !['nineteen', 'twenty'].includes(ctx.low(e.to)) || !HESITATIONS.has(ctx.low(e.to + 1)) || !ctx.free(e.to + 1)) continue;
    const k = e.to + 2;
    if (!TENS_WORDS.has(ctx.low(k)) && !/^(oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/.test(ctx.low(k))) continue;
    const last = (TENS_WORDS.has(ctx.low(k)) || ctx.low(k) === 'oh') && SINGLE_DIGITS.has(ctx.low(k + 1)) && ctx.low(k + 1) !== 'oh' && ctx.free(k + 1) ? k + 1 : k;
    if (!ctx.freeRange(k, last)) continue;
    for (let q = e.to + 1; q <= last; q++) ctx.owner[q] = 'DATE';
    e.to = last;
  }
}

/**
 * Runs after names: "this is kelsey marr two twenty nine ninety six just calling": a month, day and year said right
 * after a name, with nothing between, are that person's date of birth (numericDateIn reads the name before them).
 */
export function datesAfterNames(ctx: Ctx): void {
  for (const e of [...ctx.entities]) {
    const i = e.to + 1;
    if (e.type !== 'NAME' || ctx.written) continue;
    // "jace is twelve five fifteen": "is" between the name and the date.
    const at = ctx.low(i) === 'is' && !ctx.breakAfter(i - 1) && !ctx.breakAfter(i) ? i + 1 : i;
    if (!isNumTok(ctx.toks[at]) || !ctx.free(at)) continue;
    const last = spokenNumericDate(ctx, at);
    if (last >= 0) ctx.claim(at, last, 'DATE');
  }
  vouchedDates(ctx);
}

/** Words that may stand between a caller's name and her birth date: "this is cody wagner by the way five twenty two ...". */
const NAME_DATE_FILLERS = new Set(['by', 'the', 'way', 'um', 'uh', 'again', 'here']);
/** Words that may stand between a date and the same date said again, or the next person's: "sorry in american it's ...", "and hers is". */
const RESTATEMENT_WORDS = new Set(['and', 'hers', 'his', 'is', "it's", 'so', 'sorry', 'in', 'american', 'way', 'oh', 'or', 'i', 'mean', 'that', "that's",
  'um', 'uh', 'the', 'which', 'is', 'mine', "mine's", "hers's", 'her', 'him', 'he', 'she', 'was', 'um', 'like', 'you', 'know', 'say', 'would', 'be']);

/**
 * Spoken month, day and two-digit year with no cue word, where the place vouches for a person's date: a few filler
 * words after a name ("cody wagner by the way five twenty two eighty four"), right before a name that opens the message
 * ("yeah three twenty two fifty eight sean mcgonigal"), after "i'm the patient", or a few words after a date just
 * said ("fifteen six eighty seven sorry in american it's six fifteen eighty seven", "my birthday's two fourteen forty
 * four and hers is seven four forty six").
 */
function vouchedDates(ctx: Ctx): void {
  if (ctx.written) return;
  const { toks } = ctx;
  const tryAt = (at: number, mustEnd = -1): void => {
    if (!isNumTok(toks[at]) || !ctx.free(at) || isNumTok(toks[at - 1])) return;
    const last = spokenNumericDate(ctx, at, true);
    if (last >= 0 && (mustEnd < 0 || last === mustEnd) && last - at >= 2) ctx.claim(at, last, 'DATE');
  };
  for (const e of [...ctx.entities]) {
    if (e.type === 'NAME') {
      let k = e.to + 1;
      while (k < toks.length && k - e.to <= 4 && NAME_DATE_FILLERS.has(ctx.low(k)) && ctx.free(k)) k++;
      if (k > e.to + 1 && ctx.low(k - 1) !== 'the') tryAt(k);
      // A date that opens the message (after a greeting word or two) and the caller's name straight after it.
      let a = e.from - 1;
      while (a >= 0 && isNumTok(toks[a]) && ctx.free(a)) a--;
      if (a < e.from - 3 && (a < 0 || (a <= 1 && GREETING_LEADS.has(ctx.low(a)) && (a === 0 || GREETING_LEADS.has(ctx.low(0)))))) tryAt(a + 1, e.from - 1);
    } else if (e.type === 'DATE') {
      let k = e.to + 1;
      while (k < toks.length && k - e.to <= 5 && RESTATEMENT_WORDS.has(ctx.low(k)) && ctx.free(k)) k++;
      if (k > e.to + 1) tryAt(k);
    }
  }
  // "hi amber pike eight eight ninety three my lyme test ...", "hi calling for results three fifteen seventy two": a
  // month, day and year in the message's first words, after a greeting, are how the caller says who she is.
  if (GREETING_LEADS.has(ctx.low(0)) || ctx.low(0) === 'calling') {
    for (let k = 1; k <= 6 && k < toks.length; k++) {
      if (isNumTok(toks[k - 1]) || ctx.breakAfter(k - 1)) break;
      if (!isNumTok(toks[k]) || NOT_BEFORE_OPENING_DATE.has(ctx.low(k - 1))) continue;
      const last = spokenNumericDate(ctx, k, true);
      const next = ctx.low(last + 1);
      if (last - k >= 2 && ctx.freeRange(k, last) && !DOSE_OR_TIME_AFTER.has(next)) ctx.claim(k, last, 'DATE');
      break;
    }
  }
  // "hi this is alexis delgado i'm the patient ten oh eight eighty eight"; "you have two of us mine is two twenty eight
  // seventy": whose date tells two patients apart.
  for (let k = 2; k < toks.length; k++) {
    if (k >= 3 && ctx.low(k - 1) === 'patient' && ctx.low(k - 2) === 'the' && (ctx.low(k - 3) === "i'm" || ctx.low(k - 3) === 'am')) tryAt(k);
    if ((ctx.low(k - 1) === 'is' && ['mine', 'hers', 'his'].includes(ctx.low(k - 2))) || ctx.low(k - 1) === "mine's") tryAt(k);
  }
}
/** Words before a number that make it a dose, a time or a reading, not an opening birth date. */
const NOT_BEFORE_OPENING_DATE = new Set(['take', 'took', 'taking', 'was', 'were', 'is', 'at', 'about', 'around', 'by', 'of', 'be', 'need', 'needs',
  'got', 'have', 'has', 'had', 'only', 'like', 'maybe', 'until', 'til', 'till', 'from', 'to', 'after', 'before', 'on', 'room', 'extension', 'in',
  'running', 'be']);
/** Words after such a number that make it a measure: "three fifteen seventy two milligrams". */
const DOSE_OR_TIME_AFTER = new Set(['milligrams', 'mg', 'units', 'pills', 'tablets', 'dollars', 'pounds', 'am', 'pm', "o'clock", 'percent', 'over', 'times',
  'minutes', 'minute', 'hours', 'hour', 'days', 'weeks', 'months', 'years', 'late', 'early', 'more', 'or']);
/** Words that may open a message before a date said first: "yeah three twenty two fifty eight sean mcgonigal". */
const GREETING_LEADS = new Set(['yeah', 'yes', 'hi', 'hello', 'hey', 'um', 'uh', 'okay', 'ok']);

/** Words before a holiday that tie it to something that happened to someone ("since Thanksgiving", "born on Christmas"). */
const HOLIDAY_EVENT_CUES = new Set(['since', 'birthday', "birthday's", 'born', 'passed', 'died', 'past', 'saw', 'seen', 'fell', 'hurt', 'started',
  'admitted', 'discharged', 'shot', 'surgery', 'visit', 'appointment', 'happened', 'sick', 'broke']);
/** Words near a holiday that make it about the office's hours, not about a person ("are you open the Friday after Thanksgiving"). */
const OFFICE_HOURS = new Set(['open', 'closed', 'close', 'hours', 'holiday', 'holidays']);
/** Words after a holiday that make it a season or a greeting, not one day ("Thanksgiving weekend", "Halloween baby"). */
const NOT_HOLIDAY_DATE_AFTER = new Set(['weekend', 'week', 'break', 'baby', 'babies', 'party', 'holidays', 'season', 'dinner', 'time', 'vacation']);

/**
 * Runs after the other date rules: "since the Sunday before Easter", "on the Tuesday after Halloween", "passed on
 * Christmas Eve", "this past Valentine's Day": a holiday, or a weekday before or after one (or after a date found),
 * is one day of someone's year when something that happened to a person leads up to it; never the office's hours.
 */
function holidayDates(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    // "Sunday before Easter", "Monday after the Fourth".
    const start = i;
    let k = i;
    const relative = WEEKDAYS.has(toks[i]!.base) && (ctx.low(i + 1) === 'before' || ctx.low(i + 1) === 'after') && !ctx.breakAfter(i);
    if (relative) k = ctx.low(i + 2) === 'the' && !ctx.breakAfter(i + 1) ? i + 3 : i + 2;
    let end = -1;
    const hol = holidayAt(ctx, k);
    // A date found already after the weekday ("the Fourth") may start at its "the".
    const found = relative ? ctx.entities.find((x) => x.type === 'DATE' && (x.from === k || x.from === i + 2)) : undefined;
    if (hol > 0) end = k + hol - 1;
    else if (found) end = found.to;
    if (end < 0) continue;
    if (NOT_HOLIDAY_DATE_AFTER.has(ctx.low(end + 1)) && !ctx.breakAfter(end)) continue;
    // A "the" before stays outside the span: the caller's word, not the date's.
    let cued = relative;
    let office = false;
    for (let j = start - 1; j >= 0 && j >= start - 6; j--) {
      if (ctx.breakAfter(j) && j < start - 1) break;
      const w = toks[j]!.base;
      if (OFFICE_HOURS.has(w)) office = true;
      if (j >= start - 4 && HOLIDAY_EVENT_CUES.has(w)) cued = true;
    }
    if (!cued || office) continue;
    if (found) {
      for (let q = start; q < found.from; q++) ctx.owner[q] = 'DATE';
      found.from = start;
      i = end;
      continue;
    }
    ctx.claim(start, end, 'DATE');
    i = end;
  }
}

/** Spanish month names, for callers who give a date in Spanish ("el 5 de mayo del 2018"). */
const MESES = new Set(['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre']);
/** A year at k: four digits, "dos mil catorce", "mil novecientos ochenta y cinco"; its token count, or 0. */
function spanishYear(ctx: Ctx, k: number): number {
  // "del 2018", "del 51", "del cincuenta y uno".
  if (/^(19|20)?\d\d$/.test(ctx.toks[k]?.core ?? '')) return 1;
  if (ctx.low(k) !== 'dos' && ctx.low(k) !== 'mil') { const r = spanishSmall(ctx, k); if (r && r.value >= 10) return r.len; }
  if (ctx.low(k) === 'dos' && ctx.low(k + 1) === 'mil' && !ctx.breakAfter(k)) {
    const r = ctx.breakAfter(k + 1) ? undefined : spanishSmall(ctx, k + 2);
    return r ? 2 + r.len : 2;
  }
  if (ctx.low(k) === 'mil' && ctx.low(k + 1) === 'novecientos' && !ctx.breakAfter(k)) {
    const r = ctx.breakAfter(k + 1) ? undefined : spanishSmall(ctx, k + 2);
    return r ? 2 + r.len : 0;
  }
  return 0;
}

/**
 * "Her birthday is 5 de mayo del 2018", "catorce de febrero del dos mil catorce": a day, "de", a Spanish month and a
 * year after "de"/"del" if said. A month needs its day: "en mayo" alone is no date.
 */
function spanishDates(ctx: Ctx): void {
  if (!ctx.hasAny(MESES)) return;
  for (let i = 0; i < ctx.toks.length - 2; i++) {
    if (!ctx.free(i)) continue;
    const t = ctx.toks[i]!;
    const day = /^\d{1,2}$/.test(t.core) ? { value: Number(t.core), len: 1 } : spanishSmall(ctx, i);
    if (!day || day.value < 1 || day.value > 31) continue;
    const de = i + day.len;
    if (ctx.low(de) !== 'de' || !MESES.has(ctx.low(de + 1)) || ctx.breakAfter(de - 1) || ctx.breakAfter(de) || !ctx.freeRange(i, de + 1)) continue;
    let end = de + 1;
    if (!ctx.breakAfter(end) && (ctx.low(end + 1) === 'del' || ctx.low(end + 1) === 'de')) {
      const y = spanishYear(ctx, end + 2);
      if (y && ctx.freeRange(end + 1, end + 1 + y)) end = end + 1 + y;
    }
    // "Cinco de Mayo" with no year is the holiday.
    if (day.value === 5 && ctx.low(de + 1) === 'mayo' && end === de + 1) continue;
    // "el 2 de enero": the article goes with the date, as "the" does in English.
    ctx.claim(articleBefore(ctx, i, 'el'), end, 'DATE');
    i = end;
  }
}

/**
 * "my birthday is fifteen of august nineteen eighty seven", "born 3 of May 1950": a cardinal day, "of" and a month,
 * as callers raised abroad say it, after a birth or date cue; the year if said.
 */
function cardinalDaysOfMonths(ctx: Ctx): void {
  if (!ctx.hasAny(OF_WORD)) return;
  for (let i = 0; i < ctx.toks.length - 2; i++) {
    if (!ctx.free(i) || (ctx.low(i + 1) !== 'of' && ctx.low(i + 2) !== 'of') || !(birthCue(ctx, i) || hasCue(ctx, i))) continue;
    const d = dayAt(ctx, i, true);
    if (!d || d.ordinal) continue;
    const of = i + d.len;
    const m = of + 1;
    if (ctx.low(of) !== 'of' || MONTHS[ctx.toks[m]?.base ?? ''] === undefined || !ctx.free(of) || ctx.breakAfter(of - 1) || ctx.breakAfter(of)) continue;
    if (!ctx.free(m) && !ctx.entities.some((e) => e.type === 'DATE' && e.from === m)) continue;
    // The month may have been read with its year already ("august nineteen eighty seven").
    const found = ctx.entities.find((e) => e.type === 'DATE' && e.from === m);
    let end = m;
    if (!found) {
      const y = ctx.breakAfter(m) ? 0 : yearTokensAt(ctx, m + 1);
      end = m + y;
      ctx.claim(i, end, 'DATE');
    } else {
      for (let q = i; q < m; q++) ctx.owner[q] = 'DATE';
      found.from = i;
      end = found.to;
    }
    i = end;
  }
}

/** Spanish words a few words before "el diecinueve" that tie the day to something that happens to someone. */
const SPANISH_DAY_CUES = new Set(['cita', 'examen', 'hicieron', 'desde', 'hasta', 'para', 'nacio', 'fecha', 'operaron', 'cirugia', 'murio',
  'fallecio', 'salio', 'llego', 'regreso', 'visita', 'vino', 'empezo', 'tomaron', 'sacaron', 'internaron']);

/**
 * "le hicieron el examen de la tiroides el diecinueve", "la cita de mi esposo para el 25": "el" and a day of the month,
 * after a Spanish word that ties it to something done to or by someone (as "the 19th" after "seen on").
 */
function spanishDaysAfterCues(ctx: Ctx): void {
  if (!ctx.hasAny(SPANISH_DAY_CUES)) return;
  for (let i = 1; i < ctx.toks.length; i++) {
    if (ctx.low(i - 1) !== 'el' || !ctx.free(i - 1) || !ctx.free(i) || ctx.breakAfter(i - 1)) continue;
    const t = ctx.toks[i]!;
    const day = /^\d{1,2}$/.test(t.core) ? { value: Number(t.core), len: 1 } : spanishSmall(ctx, i);
    if (!day || day.value < 2 || day.value > 31 || !ctx.freeRange(i, i + day.len - 1)) continue;
    // "el 25 por ciento", "el tres de la tarde", "el dos de ellos": a number of something, or an hour.
    const next = ctx.low(i + day.len);
    if (['por', 'de', 'a', 'y', 'o', 'mg', 'miligramos', 'pastillas', 'dolares', 'horas', 'minutos'].includes(next)) continue;
    const cued = [2, 3, 4, 5, 6, 7, 8].some((n) => i - n >= 0 && SPANISH_DAY_CUES.has(ctx.low(i - n)));
    if (!cued) continue;
    ctx.claim(i - 1, i + day.len - 1, 'DATE');
    i += day.len;
  }
}

const OF_WORD = new Set(['of']);
/** Spanish weekdays, for "el jueves 25" said inside an English message. */
const DIAS = new Set(['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo']);

/** "la cita es el jueves 25", "el viernes veintisiete": a Spanish weekday and its day of the month. */
function spanishWeekdayDates(ctx: Ctx): void {
  if (!ctx.hasAny(DIAS)) return;
  for (let i = 0; i < ctx.toks.length - 1; i++) {
    if (!DIAS.has(ctx.low(i)) || !ctx.free(i) || ctx.breakAfter(i)) continue;
    const t = ctx.toks[i + 1]!;
    const day = /^\d{1,2}$/.test(t.core) ? { value: Number(t.core), len: 1 } : spanishSmall(ctx, i + 1);
    if (!day || day.value < 1 || day.value > 31 || !ctx.freeRange(i + 1, i + day.len)) continue;
    // "a las tres": a clock time after the weekday is no day of the month.
    if (ctx.low(i + 1) === 'a' || ctx.low(i + day.len + 1) === 'horas') continue;
    ctx.claim(articleBefore(ctx, i, 'el'), i + day.len, 'DATE');
    i += day.len;
  }
}

/** i-1 when the token before i is the article `article` ("el", "le") with no pause, else i. */
function articleBefore(ctx: Ctx, i: number, article: string): number {
  return i > 0 && ctx.low(i - 1) === article && ctx.free(i - 1) && !ctx.breakAfter(i - 1) ? i - 1 : i;
}

/**
 * Portuguese and French dates: "17 de junho de 2018", "dezessete de junho de dois mil e dezoito", "le 12 avril 1956",
 * "le douze avril dix neuf cent cinquante six". A day and a month at least; a year if said.
 */
function portugueseFrenchDates(ctx: Ctx): void {
  if (!ctx.hasAny(PT_MONTHS) && !ctx.hasAny(FR_MONTHS)) return;
  for (let i = 0; i < ctx.toks.length - 1; i++) {
    if (!ctx.free(i)) continue;
    const t = ctx.toks[i]!;
    const digits = /^\d{1,2}$/.test(t.core) ? { value: Number(t.core), len: 1 } : undefined;
    // Portuguese: day, "de", month, "de", year.
    const pd = digits ?? portugueseSmall(ctx, i);
    if (pd && pd.value >= 1 && pd.value <= 31) {
      const de = i + pd.len;
      if (ctx.low(de) === 'de' && PT_MONTHS.has(ctx.low(de + 1)) && !ctx.breakAfter(de - 1) && !ctx.breakAfter(de) && ctx.freeRange(i, de + 1)) {
        let end = de + 1;
        if (!ctx.breakAfter(end) && ctx.low(end + 1) === 'de') {
          const y = portugueseYear(ctx, end + 2);
          if (y && ctx.freeRange(end + 1, end + 1 + y)) end = end + 1 + y;
        }
        ctx.claim(i, end, 'DATE');
        i = end;
        continue;
      }
    }
    // French: ("le") day, month, year.
    const fd = digits ?? frenchSmall(ctx, i);
    if (fd && fd.value >= 1 && fd.value <= 31) {
      const m = i + fd.len;
      if (FR_MONTHS.has(ctx.low(m)) && !ctx.breakAfter(m - 1) && ctx.freeRange(i, m) && (ctx.low(i - 1) === 'le' || !digits)) {
        let end = m;
        const y = ctx.breakAfter(m) ? 0 : frenchYear(ctx, m + 1);
        if (y && ctx.freeRange(m + 1, m + y)) end = m + y;
        ctx.claim(articleBefore(ctx, i, 'le'), end, 'DATE');
        i = end;
      }
    }
  }
}
