/** E-mail addresses, URLs and IP addresses, written ("a.b@x.com") or spoken ("a dot b at x dot com"). */
import { type Ctx, isNumTok } from './detect-context.ts';
import { COUNTRY_TLDS, FUNCTION_WORDS, TLDS } from './lexicon.ts';
import { numberRun } from './detect-address.ts';
import { englishSize, givenClass, isEnglishWord, surnameClass } from './name-data.ts';

const EMAIL = /^[\w.+'-]+@[\w-]+(\.[\w-]+)+$/;
const URL = /^(?:(?:https?:\/\/|www\.)[^\s]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|health|us|info|co)(?:\/[^\s]*)?)$/i;
/** host.label(s).tld with an optional path: a top-level domain not in URL's short list ("1drv.ms/b/x", "goo.gl/x"). */
const HOST_PATH = /^((?:[\w-]+\.)+)([a-z]{2,})(\/\S*)?$/i;

/**
 * A written web address. A country-code ending (".ms", ".gl") also ends many a typo'd sentence joint
 * ("fine.It"), so it counts only with a path or a host of three labels or more.
 */
function writtenUrl(c: string): boolean {
  if (URL.test(c)) return true;
  const m = HOST_PATH.exec(c);
  if (!m) return false;
  const tld = m[2]!.toLowerCase();
  if (TLDS.has(tld)) return true;
  return COUNTRY_TLDS.has(tld) && (m[3] !== undefined || m[1]!.split('.').length > 3);
}
const IPV6 = /^(?:[0-9a-f]{1,4})?(?::{1,2}[0-9a-f]{0,4}){2,7}$/i;
const IP = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
/** Words that end a spoken domain label rather than continue it. */
const NOT_IN_LABEL = new Set(['at', 'and', 'or', 'the', 'a', 'an', 'is', 'to', 'my', 'me', 'in', 'on', 'for', 'from', 'with', 'of', 'it',
  'that', 'this', 'email', 'e-mail', 'address', 'website', 'site', 'dot', 'please', 'thanks', 'or']);
const JOINERS = new Set(['dot', 'underscore', 'dash', 'hyphen', 'period', 'point']);
/** Spoken joiners inside a URL path segment. */
const PATH_JOINERS = new Set(['dash', 'hyphen', 'underscore', 'equals', 'ampersand']);

function wordTok(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && ctx.free(k) && /^[a-z0-9][a-z0-9_-]*$/i.test(t.core) && !ctx.breakAfter(k);
}

const MAIL_PROVIDERS = new Set(['gmail', 'g', 'yahoo', 'hotmail', 'outlook', 'aol', 'a', 'icloud', 'comcast', 'verizon', 'att', 'msn',
  'live', 'protonmail', 'proton', 'me', 'mac', 'sbcglobal', 'bellsouth', 'cox', 'charter', 'earthlink', 'ymail', 'rocketmail']);
/** Everyday words that are usual mailbox names ("info at ..."): before "at" and a domain they make an e-mail. */
const MAILBOX_WORDS = new Set(['info', 'contact', 'office', 'admin', 'hello', 'inbox', 'family', 'billing']);
const EMAIL_CUES = new Set(['email', 'e-mail', 'mail', 'emailed', 'address', 'gmail', 'username', 'write']);

/** An e-mail cue in the few words before token i. */
function emailCue(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) if (EMAIL_CUES.has(ctx.low(j)) || EMAIL_CUES.has(ctx.toks[j]!.base)) return true;
  return false;
}

/** A single spelled letter at token k ("x", "c"), free and not ending a sentence. */
function letterTok(ctx: Ctx, k: number): boolean {
  return /^[a-z]$/.test(ctx.low(k)) && ctx.free(k) && wordTok(ctx, k);
}

/** Letters spelled one by one from k (at most 6); returns how many. */
function letterRun(ctx: Ctx, k: number): number {
  let n = 0;
  while (n < 6 && letterTok(ctx, k + n)) n++;
  return n;
}

/** n words from k that can sit inside one domain label: free, no sentence end, no word that ends a label. */
function labelWords(ctx: Ctx, k: number, n: number): boolean {
  for (let q = k; q < k + n; q++) if (!wordTok(ctx, q) || NOT_IN_LABEL.has(ctx.low(q)) || TLDS.has(ctx.low(q))) return false;
  return true;
}

/**
 * Spoken domain from k: label (dot label)* with a known top-level domain last; returns last index or -1.
 * A label may be one word, two words (a dropped hyphen: "g mail", "i cloud"), letters spelled one by one
 * ("x t r a", "c o") or, first, letters and a word ("b t internet"); a country code may be spelled ("n z").
 */
function spokenDomain(ctx: Ctx, k: number, firstLabelWords = 2): number {
  let j = k;
  let last = -1;
  for (let labels = 1; labels <= 6; labels++) {
    if (!wordTok(ctx, j) && !(labels > 1 && ctx.free(j) && TLDS.has(ctx.low(j)))) break;
    let end = j;
    const letters = letterRun(ctx, j);
    if (labels >= 2 && letters >= 2 && letters <= 3 && ctx.low(j + letters) !== 'dot') {
      const code = Array.from({ length: letters }, (_, n) => ctx.low(j + n)).join('');
      if (TLDS.has(code) || COUNTRY_TLDS.has(code)) last = j + letters - 1;
      break;
    }
    if (letters >= 2 && ctx.low(j + letters) === 'dot') end = j + letters - 1;
    else if (labels === 1 && letters >= 1 && letters <= 3 && wordTok(ctx, j + letters) && !NOT_IN_LABEL.has(ctx.low(j + letters))
      && ctx.low(j + letters + 1) === 'dot') end = j + letters;
    // "photos dot a banks family dot net": inside a domain (after a dot) a label may be an initial and two words
    // run together.
    else if (labels >= 2 && letters === 1 && [1, 2].some((n) => labelWords(ctx, j + 1, n) && ctx.low(j + 1 + n) === 'dot')) {
      end = labelWords(ctx, j + 1, 1) && ctx.low(j + 2) === 'dot' ? j + 1 : j + 2;
    }
    // "g mail dot com", "portal dot example clinic dot org": a label spoken as two words (a dropped hyphen).
    else if (ctx.low(end + 1) !== 'dot' && wordTok(ctx, end + 1) && ctx.low(end + 2) === 'dot' && !NOT_IN_LABEL.has(ctx.low(end + 1))
      && !TLDS.has(ctx.low(end))) end++;
    // "share dot med bridge files dot com": after a dot the words up to the next dot are one label, up to three.
    // After an e-mail's "at" the first label may be three words too ("at bright path learning dot org").
    else if ((labels >= 2 || firstLabelWords >= 3) && ctx.low(end + 1) !== 'dot' && !TLDS.has(ctx.low(end)) && !NOT_IN_LABEL.has(ctx.low(end))
      && labelWords(ctx, end + 1, 2) && ctx.low(end + 3) === 'dot') end += 2;
    // "quincy h v a c dot com", "tiny u r l dot com": a word, then letters spelled, then the dot.
    else if (labels === 1 && !letterTok(ctx, j) && letterRun(ctx, j + 1) >= 1 && letterRun(ctx, j + 1) <= 4 && !ctx.breakAfter(j)
      && ctx.low(j + 1 + letterRun(ctx, j + 1)) === 'dot' && !NOT_IN_LABEL.has(ctx.low(j))) end = j + letterRun(ctx, j + 1);
    // A country ending that is also a word ("dot be", "dot me") only with a path after it.
    if (labels >= 2 && end === j && (TLDS.has(ctx.low(end)) || (COUNTRY_TLDS.has(ctx.low(end)) && (!isEnglishWord(ctx.low(end)) || pathSeparatorLen(ctx, end + 1) > 0)))) last = end;
    if (ctx.low(end + 1) !== 'dot' || ctx.breakAfter(end)) break;
    j = end + 2;
  }
  return last;
}

/** A token inside a spoken hexadecimal group: a number word or a letter a to f. */
function hexGroupTok(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && ctx.free(k) && (isNumTok(t) || /^[a-f]$/.test(t.low) || /^[0-9a-f]{1,4}$/.test(t.low)) && !ctx.breakAfter(k);
}

/** Number of words (1 to 4) before the "dot" that ends a first label after a spoken "www", or 0. */
function wwwLabelWords(ctx: Ctx, k: number): number {
  for (let n = 1; n <= 4; n++) {
    if (!wordTok(ctx, k + n - 1) || ctx.breakAfter(k + n - 1)) return 0;
    if (ctx.low(k + n) === 'dot') return n;
  }
  return 0;
}

/**
 * "one d r v dot ...": a first label read as letters and number words (2 to 6 tokens, at least one letter and
 * one number word) ending right before "dot"; its length, or 0.
 */
function codeLabelWords(ctx: Ctx, k: number): number {
  let n = 0;
  let letters = 0;
  let nums = 0;
  while (n < 6 && ctx.free(k + n) && !ctx.breakAfter(k + n) && (isNumTok(ctx.toks[k + n]) || /^[a-z]$/.test(ctx.low(k + n)))) {
    if (isNumTok(ctx.toks[k + n])) nums++;
    else letters++;
    n++;
  }
  return n >= 2 && letters >= 1 && nums >= 1 && ctx.low(k + n) === 'dot' ? n : 0;
}

/**
 * Well-known sites whose names a recogniser writes as several words, some of them small words that never start
 * a site's label on their own ("you tube", "my chart"): general knowledge, not taken from any evaluation set.
 */
const SPOKEN_SITES = ['you tube', 'my chart', 'my fitness pal', 'go fund me', 'give send go', 'sign up genius', 'take them a meal',
  'lotsa helping hands', 'caring bridge', 'meal train', 'face book', 'insta gram', 'tik tok', 'drop box', 'one drive', 'i cloud', 'shutter fly',
  'snap fish', 'kudo board', 'spot fund', 'with joy', 'the knot', 'care calendar', 'my health one', 'health vault', 'we transfer']
  .map((s) => s.split(' '));
const SITE_FIRST_WORDS = new Set(SPOKEN_SITES.map((s) => s[0]!));

/** The start of a spoken site's name when the label found starts part-way into it ("you [tube dot com]"). */
function spokenSiteStart(ctx: Ctx, start: number): number {
  for (const site of SPOKEN_SITES) {
    for (let o = 1; o < site.length; o++) {
      let ok = start - o >= 0;
      for (let n = 0; n < site.length && ok; n++) {
        const k = start - o + n;
        ok = ctx.low(k) === site[n] && (n === site.length - 1 || !ctx.breakAfter(k)) && (k >= start || ctx.free(k));
      }
      if (ok) return start - o;
    }
  }
  return start;
}

/** A path separator at token k ("slash", "forward slash", "backslash", or "question mark" before a query): how many words it takes, 0 when none. */
function pathSeparatorLen(ctx: Ctx, k: number): number {
  if (!ctx.free(k)) return 0;
  const w = ctx.low(k);
  if (w === 'slash' || w === 'backslash') return 1;
  // "... slash r question mark c i d equals deluca": a query starts like another segment.
  if (w === 'question' && ctx.low(k + 1) === 'mark' && ctx.free(k + 1) && !ctx.breakAfter(k)) return 2;
  return (w === 'forward' || w === 'back') && ctx.low(k + 1) === 'slash' && ctx.free(k + 1) && !ctx.breakAfter(k) ? 2 : 0;
}

/** Words that start the caller's next clause, so a link's last segment ends before them. */
const SLUG_STOPS = new Set(['i', "i'm", "i'll", "i've", 'you', "you'll", 'we', "we're", 'he', 'she', 'they', 'it', "it's", 'my', 'your', 'please',
  'thanks', 'thank', 'call', 'if', 'so', 'but', 'because', 'when', 'can', 'could', 'would', 'also', 'then', 'um', 'uh', 'is', 'was', 'that', "that's",
  'bye', 'or', 'okay', 'ok', 'let', 'me', 'there', 'again', 'just', 'will', 'should', 'reach', 'text', 'email', 'contact', 'send', 'all', 'thank']);
/** Small words inside a slug ("help for the garcias", "jim and pam"), only with another slug word after them. */
const SLUG_JOINERS = new Set(['for', 'the', 'and', 'of', 'a', 'to', 'in', 'with']);

/**
 * "slash freya holmberg log", "slash help for the garcias", "slash mom care twenty three": the last segment of a
 * spoken link is a slug the recogniser split at its hyphens. It runs on, up to six words, until a word that starts
 * the next clause; small words only between slug words; a few number words, never a phone number's worth.
 */
function slugEnd(ctx: Ctx, last: number, words: number, dashed = false): number {
  const slugWord = (k: number): boolean => pathEndTok(ctx, k) && ctx.free(k) && !SLUG_STOPS.has(ctx.low(k)) && pathSeparatorLen(ctx, k) === 0
    && ctx.low(k) !== 'dot' && ctx.low(k) !== 'at' && !PATH_JOINERS.has(ctx.low(k)) && !(FUNCTION_WORDS.has(ctx.low(k)) && !isNumTok(ctx.toks[k]));
  let end = last;
  let n = words;
  let digits = 0;
  // After a segment joined by dashes only one more word ("moore dash birth plan"), never a small word.
  while (n < 8 && !ctx.breakAfter(end)) {
    const k = end + 1;
    // "capital l": a capital letter said in two words.
    if (ctx.low(k) === 'capital' && /^[a-z]$/.test(ctx.low(k + 1)) && ctx.freeRange(k, k + 1) && !ctx.breakAfter(k)) {
      end = k + 1;
      n++;
      continue;
    }
    if (SLUG_JOINERS.has(ctx.low(k)) && ctx.free(k) && !ctx.breakAfter(k)) {
      if (dashed) break;
      // One or two small words, then a slug word: "for the garcias".
      const m = SLUG_JOINERS.has(ctx.low(k + 1)) && !ctx.breakAfter(k + 1) ? 2 : 1;
      if (!slugWord(k + m) || isNumTok(ctx.toks[k + m])) break;
      end = k + m;
      n += m + 1;
      continue;
    }
    if (!slugWord(k)) break;
    if (isNumTok(ctx.toks[k]) && ++digits > 4) break;
    end = k;
    n++;
  }
  // Number words that reach a phone number's length belong to the phone number, not the link.
  return digits > 4 ? last : end;
}

/** Words after which a spoken web address may start with a two-word name ("it's caring bridge dot org"). */
const URL_LEADS = new Set(["it's", 'is', 'at', 'to', 'visit', 'site', 'website', 'page', 'called', 'on']);
/** Words that end a sentence's lead-in rather than sit inside a site's name ("the page is caringbridge dot org"). */
const NOT_IN_SITE_NAME = new Set(['is', 'was', 'are', "it's", 'at', 'to', 'the', 'a', 'an', 'my', 'on', 'in', 'called', 'page', 'link', 'site']);

function pathEndTok(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return t !== undefined && ctx.free(k) && /^[a-z0-9][a-z0-9_-]*$/i.test(t.core);
}

/**
 * A spoken path segment from k: a run of spelled letters and number words ("one x v s nine three k q"), or a
 * word and, when it ends there, a second word no everyday English has ("lena morales"); returns its last index.
 */
function pathSegmentEnd(ctx: Ctx, k: number): number {
  // "capital x k four capital p": a capital said before a letter is part of the code.
  const capital = (j: number): boolean => (ctx.low(j) === 'capital' || ctx.low(j) === 'uppercase') && /^[a-z]$/.test(ctx.low(j + 1)) && ctx.free(j + 1) && !ctx.breakAfter(j);
  const code = (j: number): boolean => pathEndTok(ctx, j) && (isNumTok(ctx.toks[j]) || /^[a-z]$/.test(ctx.low(j)) || capital(j));
  if (code(k)) {
    let e = k;
    while (e - k < 24 && !ctx.breakAfter(e) && code(e + 1)) e += capital(e + 1) ? 2 : 1;
    if (capital(k) && e === k) e = k + 1;
    if (e > k) return e;
  }
  const n = ctx.toks[k + 1];
  // "slash abc one two three": a word and then a few digits, one segment (seven or more digits are a phone number).
  if (n && !ctx.breakAfter(k) && isNumTok(n) && ctx.free(k + 1)) {
    let e = k + 1;
    while (e - k < 6 && !ctx.breakAfter(e) && isNumTok(ctx.toks[e + 1]) && ctx.free(e + 1)) e++;
    if (e - k <= 4) return e;
  }
  if (n && !ctx.breakAfter(k) && pathEndTok(ctx, k + 1) && !FUNCTION_WORDS.has(n.low) && !NOT_IN_LABEL.has(n.low) && !isEnglishWord(n.low)
    && !PATH_JOINERS.has(n.low)
    && !isNumTok(n) && ctx.low(k + 2) !== 'dot') return k + 1;
  // "slash john smith", "slash ellen park": a name's second word ends the link when the sentence goes on after it.
  const after = ctx.toks[k + 2];
  if (n && !ctx.breakAfter(k) && pathEndTok(ctx, k + 1) && !FUNCTION_WORDS.has(n.low) && !NOT_IN_LABEL.has(n.low) && !isNumTok(n)
    && !PATH_JOINERS.has(n.low) && (givenClass(n.low) > 0 || surnameClass(n.low) > 0) && (givenClass(ctx.low(k)) > 0 || surnameClass(ctx.low(k)) > 0)
    && (!after || ctx.breakAfter(k + 1) || FUNCTION_WORDS.has(after.low) || NOT_IN_LABEL.has(after.low))) return k + 1;
  return k;
}

/** Start of the run of spelled letters (any letter, "a" and "i" too) that ends at k; at most 24 letters. */
function spelledRunStart(ctx: Ctx, k: number): number {
  let from = k;
  // Letters, and number words between letters ("t one d").
  while (from - 1 >= 0 && k - from < 24 && (letterTok(ctx, from - 1) || (isNumTok(ctx.toks[from - 1]) && ctx.free(from - 1) && letterTok(ctx, from - 2)))) from--;
  return from;
}

/** A word that may be part of a person's name in a local part: known as a name or no word at all, never everyday English. */
function nameLikeWord(ctx: Ctx, k: number): boolean {
  const w = ctx.low(k);
  return wordTok(ctx, k) && !letterTok(ctx, k) && !isNumTok(ctx.toks[k]) && !isEnglishWord(w) && !FUNCTION_WORDS.has(w)
    && (givenClass(w) > 0 || surnameClass(w) > 0 || englishSize(w) === 0);
}

/**
 * "send it to steph lau dot family at ...", "email it to a morales pena at ...": up to two name words and an
 * initial run into the local part (a dot or nothing the recogniser dropped), taken only when "to"/"is" or an
 * e-mail word comes right before them.
 */
function nameWordsBefore(ctx: Ctx, from: number): number {
  let f = from;
  for (let n = 0; n < 2 && f - 1 >= 0 && !ctx.breakAfter(f - 1) && nameLikeWord(ctx, f - 1); n++) f--;
  // "it's bear okafor at ...", "send it to nana okafor at ...": an everyday word before the name part, when the word
  // before it hands over to the address ("to", "is", "it's", an e-mail word).
  const w = ctx.low(f - 1);
  if (nameLikeWord(ctx, f) && f - 2 >= 0 && wordTok(ctx, f - 1) && !FUNCTION_WORDS.has(w) && !isNumTok(ctx.toks[f - 1]) && !letterTok(ctx, f - 1) && !JOINERS.has(w)
    && !EMAIL_CUES.has(w) && !CUE_FILLERS.has(w) && !ctx.breakAfter(f - 2) && !ctx.breakAfter(f - 1)
    && (LOCAL_PART_LEADS.has(ctx.low(f - 2)) || EMAIL_CUES.has(ctx.low(f - 2)))) f--;
  f = initialsBefore(ctx, f);
  // "... by email instead of phone t adeyemi clarke at ...": an e-mail word shortly before will do too.
  return f < from && f - 1 >= 0 && !ctx.breakAfter(f - 1) && (LOCAL_PART_LEADS.has(ctx.low(f - 1)) || EMAIL_CUES.has(ctx.low(f - 1)) || emailCue(ctx, f)) ? f : from;
}

/** Words after which a spoken address may begin with an initial "i" or "a" ("it came to i kamara at ..."). */
const LOCAL_PART_LEADS = new Set(['to', 'is', "it's", 'email', 'address', 'was', 'at']);

/**
 * "s nakamura at ...", "c m haines at ...": up to three initials, one word each, before the name part of
 * a local part. "a" and "i" are words far more often than initials: taken only right after "to"/"is".
 */
function initialsBefore(ctx: Ctx, from: number): number {
  let f = from;
  for (let n = 0; n < 3 && f - 1 >= 0 && ctx.free(f - 1) && /^[a-z]$/.test(ctx.toks[f - 1]!.core) && !ctx.breakAfter(f - 1); n++) {
    if (/^[ai]$/.test(ctx.toks[f - 1]!.core) && !(LOCAL_PART_LEADS.has(ctx.low(f - 2)) && !ctx.breakAfter(f - 2)) && !emailCue(ctx, f - 1)) break;
    f--;
  }
  return f;
}

/** Words between an e-mail cue and the address: "email is", "email me at", "email them to", "email it over to". */
const CUE_FILLERS = new Set(['is', "it's", 'its', 'address', 'me', 'us', 'to', 'at', 'um', 'uh', 'them', 'it', 'those', 'that', 'this', 'over']);

/**
 * "email sunny park at ...": the words between an e-mail cue and the local part found so far belong to it
 * (a dot the recogniser dropped); at most two, none a function word or number.
 */
function localPartAfterCue(ctx: Ctx, from: number): number {
  let c = from - 1;
  let between = 0;
  while (c >= 0 && between <= 2 && !EMAIL_CUES.has(ctx.low(c))) {
    if (CUE_FILLERS.has(ctx.low(c)) && (EMAIL_CUES.has(ctx.low(c - 1)) || CUE_FILLERS.has(ctx.low(c - 1)))) { c--; continue; }
    if (!wordTok(ctx, c) || FUNCTION_WORDS.has(ctx.low(c)) || isNumTok(ctx.toks[c]) || ctx.breakAfter(c)) return from;
    between++;
    c--;
  }
  if (c < 0 || between === 0 || between > 2 || !EMAIL_CUES.has(ctx.low(c))) return from;
  let k = c + 1;
  while (CUE_FILLERS.has(ctx.low(k)) && k < from) k++;
  return k;
}

/**
 * Spoken "email d o v two dash safety at a m z n o h s dot com", "p lam at e a p dash partners dot example dot com": a
 * site found on its own, with "at" and a local part before it, is the domain of an e-mail address. The local part is
 * read back over letters, words, numbers and joiners, up to an e-mail word or a small word, and stops after an initial.
 */
function emailsBeforeSites(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'URL') continue;
    const a = e.from - 1;
    if (ctx.low(a) !== 'at' || !ctx.free(a) || ctx.breakAfter(a - 1)) continue;
    // "photos at imgur dot com slash ...": an address with a path is a link, never a mailbox.
    if (ctx.toks.slice(e.from, e.to + 1).some((t) => t.low === 'slash')) continue;
    let from = a;
    for (let k = a - 1; k >= 0 && a - k <= 8; k--) {
      const w = ctx.low(k);
      if (!ctx.free(k) || ctx.breakAfter(k) || EMAIL_CUES.has(w) || CUE_FILLERS.has(w) || (FUNCTION_WORDS.has(w) && !letterTok(ctx, k) && !isNumTok(ctx.toks[k]))) break;
      if (!wordTok(ctx, k) && !JOINERS.has(w)) break;
      from = k;
      // "patricia lam p lam at": an initial that starts a word of the address begins it.
      if (letterTok(ctx, k) && !letterTok(ctx, k - 1) && !JOINERS.has(ctx.low(k - 1)) && !isNumTok(ctx.toks[k - 1])) break;
    }
    if (from === a || JOINERS.has(ctx.low(from))) continue;
    // "our site at mercy health dot com", "the class is at eight at ...": everyday words or a number before "at" are no
    // mailbox, unless an e-mail word comes before them or the part is spelled or joined.
    // (One letter alone is a product's: "vitamin c at walmart dot com", "plan b at ...".)
    const spelledPart = a - from >= 2 && [...Array(a - from).keys()].some((n) => letterTok(ctx, from + n) || JOINERS.has(ctx.low(from + n)));
    if (!spelledPart && !emailCue(ctx, from) && (a - from > 1 || isEnglishWord(ctx.low(from)) || isNumTok(ctx.toks[from]))) continue;
    for (let k = from; k <= a; k++) ctx.owner[k] = 'EMAIL';
    for (let k = e.from; k <= e.to; k++) ctx.owner[k] = 'EMAIL';
    e.from = from;
    e.type = 'EMAIL';
  }
}

/**
 * Spoken "it's online at d m steel fab dot com", "our portal at a m z n o h s dot com", "i r s d dot k twelve ...":
 * a site's name that starts with letters spelled out, then up to two words, is one label with them. Returns the
 * new first token of the address.
 */
function spelledLabelStart(ctx: Ctx, start: number): number {
  // Already on a spelled letter: the letters before it, "a" and "i" included, spell the same name.
  if (letterTok(ctx, start) && letterTok(ctx, start - 1) && !ctx.breakAfter(start - 1)) return spelledRunStart(ctx, start);
  let k = start;
  for (let n = 0; n < 2 && k - 1 >= 0 && wordTok(ctx, k - 1) && !letterTok(ctx, k - 1) && !ctx.breakAfter(k - 1) && !isNumTok(ctx.toks[k - 1])
    && !FUNCTION_WORDS.has(ctx.low(k - 1)) && !NOT_IN_LABEL.has(ctx.low(k - 1)) && !URL_LEADS.has(ctx.low(k - 1)); n++) k--;
  if (k === start || !letterTok(ctx, k - 1) || !letterTok(ctx, k - 2) || ctx.breakAfter(k - 1)) return start;
  return spelledRunStart(ctx, k - 1);
}

/**
 * Spoken "the link is mercy health p a dot com", "go to sun valley u s d dot org": one more word of the site's name
 * before the label found, right after a word that introduces a site, or a word no dictionary has before a one-word label.
 */
function siteWordBefore(ctx: Ctx, start: number): number {
  const k = start - 1;
  const t = ctx.toks[k];
  if (!t || ctx.written || !ctx.free(k) || ctx.breakAfter(k) || !wordTok(ctx, k) || isNumTok(t) || letterTok(ctx, k) || FUNCTION_WORDS.has(t.low)
    || NOT_IN_SITE_NAME.has(t.low) || URL_LEADS.has(t.low) || EMAIL_CUES.has(t.low) || pathSeparatorLen(ctx, k) > 0 || JOINERS.has(t.low)) return start;
  // "on my dropbox drop box dot com": the recogniser's own spelling of the site name, said once more, is no part of it.
  const joined = ctx.toks.slice(start, start + 3).map((x) => x.low).join('');
  if (joined.startsWith(t.low)) return start;
  // "ochsner health dot ...": a word no dictionary has before a one-word first label is the label's first word.
  if (!isEnglishWord(t.low) && t.low.length >= 4 && ctx.low(start + 1) === 'dot' && !MAIL_PROVIDERS.has(t.low)) return k;
  return URL_LEADS.has(ctx.low(k - 1)) && !ctx.breakAfter(k - 1) && !MAIL_PROVIDERS.has(t.low) ? k : start;
}

/** Spoken "h t t p s colon slash slash" (or "https colon slash slash") before a site: the scheme is part of it. */
function schemeStart(ctx: Ctx, start: number): number {
  // "... colon slash slash", "... colon forward slash forward slash", or the scheme said alone before the site.
  let end = start - 1;
  let slashes = 0;
  while (slashes < 2 && ctx.low(end) === 'slash') {
    end -= ctx.low(end - 1) === 'forward' ? 2 : 1;
    slashes++;
  }
  if (slashes === 2 && ctx.low(end) === 'colon') end--;
  else end = start - 1;
  if (ctx.low(end) === 'http' || ctx.low(end) === 'https') return ctx.freeRange(end, start - 1) ? end : start;
  const letters = ctx.low(end) === 's' ? ['h', 't', 't', 'p', 's'] : ['h', 't', 't', 'p'];
  const first = end - letters.length + 1;
  for (let n = 0; n < letters.length; n++) if (ctx.low(first + n) !== letters[n]) return start;
  return ctx.freeRange(first, start - 1) ? first : start;
}

export function detectWeb(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    const c = toks[i]!.core;
    if (c.includes('@') && EMAIL.test(c)) { ctx.claim(i, i, 'EMAIL'); continue; }
    const ip = IP.exec(c);
    if (ip && ip.slice(1).every((x) => Number(x) <= 255)) { ctx.claim(i, i, 'IP'); continue; }
    if (IPV6.test(c) && (c.includes('::') || c.split(':').length >= 6) && /[0-9]/.test(c)) { ctx.claim(i, i, 'IP'); continue; }
    if (writtenUrl(c) && !/^\d+(\.\d+)*$/.test(c) && !/^(dr|mr|mrs|ms|st)\./i.test(c)) {
      // "jsmith at gmail.com": a recogniser wrote the domain but spelled out the "@"; the local part comes with it.
      const lp = toks[i - 2];
      if (lp && ctx.low(i - 1) === 'at' && ctx.free(i - 2) && !ctx.breakAfter(i - 2) && !lp.commaAfter && /^[a-z0-9][\w.-]*$/i.test(lp.core)
        && !FUNCTION_WORDS.has(lp.low) && (MAIL_PROVIDERS.has(toks[i]!.low.split('.')[0]!) || emailCue(ctx, i - 2))) {
        ctx.claim(i - 2, i, 'EMAIL');
        continue;
      }
      ctx.claim(i, i, 'URL');
      continue;
    }
  }
  if (ctx.written && !/\b(?:at|dot)\b/i.test(ctx.text)) return;
  // Spoken e-mail: local part "at" domain.
  for (let a = 1; a < toks.length; a++) {
    if (toks[a]!.low !== 'at' || !ctx.free(a) || ctx.breakAfter(a - 1)) continue;
    let last = spokenDomain(ctx, a + 1, 3);
    // "my email is jsmith at gmail": a mail provider with the ".com" left off, after an e-mail cue.
    if (last < 0 && MAIL_PROVIDERS.has(ctx.low(a + 1)) && ctx.low(a + 1).length > 2 && ctx.free(a + 1) && ctx.low(a + 2) !== 'dot' && emailCue(ctx, a - 1)) last = a + 1;
    if (last < 0) continue;
    // "email me the form at percy dot n g at icloud dot com": a second "at" and a domain after this one make
    // this one's "domain" the local part; the address is read from the second.
    if (ctx.low(last + 1) === 'at' && !ctx.breakAfter(last) && spokenDomain(ctx, last + 2) >= 0) continue;
    // "the page at caring bridge dot org slash site ...": an address with a path after it is a link, not an e-mail.
    if (pathSeparatorLen(ctx, last + 1) > 0 && !ctx.breakAfter(last)) continue;
    let from = a - 1;
    // "john smith all one word at ...": the words before the spelling note are the local part.
    const note = ctx.low(a - 1) === 'word' && ctx.low(a - 2) === 'one' ? (ctx.low(a - 3) === 'all' ? 3 : 2) : 0;
    if (note && a - note - 1 >= 0 && wordTok(ctx, a - note - 1) && ctx.freeRange(a - note, a - 1)) {
      from = a - note - 1;
      if (from - 1 >= 0 && wordTok(ctx, from - 1) && ctx.free(from - 1) && !FUNCTION_WORDS.has(ctx.low(from - 1)) && !EMAIL_CUES.has(ctx.low(from - 1))
        && !CUE_FILLERS.has(ctx.low(from - 1))) from--;
      ctx.claim(from, last, 'EMAIL');
      a = last;
      continue;
    }
    const lp = toks[from]!;
    if (!ctx.free(from) || !/^[a-z0-9][\w.-]*$/i.test(lp.core)) continue;
    // "the patient portal at portal dot example dot org": an everyday word before "at" with no e-mail cue is
    // a place to go, and the domain a web address.
    // A single letter is spelling, never the everyday word it may also be ("o", "a").
    const spelled = /^[a-z]$/.test(lp.low) && letterTok(ctx, from - 1);
    // "email me at lin wei dot eight eight at ...": digits ending a local part are judged once the whole part is read.
    const numberLast = isNumTok(lp) && !spelled;
    if (!spelled && !numberLast && isEnglishWord(lp.low) && givenClass(lp.low) === 0 && !(surnameClass(lp.low) > 0 && surnameClass(lp.low) <= 3)
      && !JOINERS.has(ctx.low(from - 1)) && !emailCue(ctx, from) && !MAIL_PROVIDERS.has(ctx.low(a + 1)) && !MAILBOX_WORDS.has(lp.low)) continue;
    if (isNumTok(lp) && !spelled) {
      // "linda eight six at ..." : digits spoken after the name.
      while (from - 1 >= 0 && isNumTok(toks[from - 1]) && ctx.free(from - 1) && !ctx.breakAfter(from - 1)) from--;
      // "h y b a r r a underscore one nine five nine at ...": a joiner before the digits is left to the joiner steps.
      // "c a r l y m eighty eight at ...": a spelled part before the digits.
      if (letterTok(ctx, from - 1) && letterTok(ctx, from - 2)) from = spelledRunStart(ctx, from - 1);
      else if (from - 1 >= 0 && wordTok(ctx, from - 1) && !FUNCTION_WORDS.has(ctx.low(from - 1)) && !JOINERS.has(ctx.low(from - 1))) from--;
    } else if (/^[a-z]$/.test(lp.core)) {
      // "c y r u s dot j a h a n i at ...": a local part spelled letter by letter, "a" and "i" included.
      from = spelledRunStart(ctx, from);
      // "summer k at ...": a name and an initial.
      if (from === a - 1 && from - 1 >= 0 && wordTok(ctx, from - 1) && !FUNCTION_WORDS.has(ctx.low(from - 1)) && !isNumTok(toks[from - 1])
        && !JOINERS.has(ctx.low(from - 1))) from--;
    } else if (FUNCTION_WORDS.has(lp.low) && !/\d/.test(lp.core)) continue;
    from = initialsBefore(ctx, from);
    for (let steps = 0; steps < 4; steps++) {
      // A spelled part before the joiner may end in "a" or "i" ("m i r a dot ..."): a letter among letters.
      const spelledBefore = letterTok(ctx, from - 2) && letterTok(ctx, from - 3);
      // "oyelaran dot a dot bisi at ...": an initial "a" or "i" between two joiners is a letter, not the word.
      const initialBetween = /^[ai]$/.test(ctx.low(from - 2)) && JOINERS.has(ctx.low(from - 3)) && wordTok(ctx, from - 4) && !FUNCTION_WORDS.has(ctx.low(from - 4));
      // "email it to a dot osman at ...": an initial "a" or "i" right after the word that hands over to the address.
      const initialLead = /^[ai]$/.test(ctx.low(from - 2)) && LOCAL_PART_LEADS.has(ctx.low(from - 3)) && !ctx.breakAfter(from - 3);
      // "sunday dot adeyemi at ...", "june dot park at ...": a weekday or month that is also a given name.
      const givenWord = ctx.low(from - 2).length > 2 && givenClass(ctx.low(from - 2)) > 0 && ctx.low(from - 2) !== 'will';
      if (from - 2 >= 0 && JOINERS.has(ctx.low(from - 1)) && ctx.free(from - 1) && wordTok(ctx, from - 2)
        && (!FUNCTION_WORDS.has(ctx.low(from - 2)) || spelledBefore || initialBetween || initialLead || givenWord)) {
        from = letterTok(ctx, from - 2) ? spelledRunStart(ctx, from - 2) : from - 2;
        continue;
      }
      // "t dot okafor lang at": a hyphen the recogniser dropped; only when a joiner comes before.
      if (from - 3 >= 0 && wordTok(ctx, from - 1) && !FUNCTION_WORDS.has(ctx.low(from - 1)) && JOINERS.has(ctx.low(from - 2)) && wordTok(ctx, from - 3) && !FUNCTION_WORDS.has(ctx.low(from - 3))) { from -= 3; continue; }
      break;
    }
    // "y pierce dot home at ...": an initial before the first part, found once the joiners are behind.
    from = initialsBefore(ctx, from);
    from = nameWordsBefore(ctx, from);
    from = localPartAfterCue(ctx, from);
    // ("page two at c d c dot gov", "form ten at i r s dot gov": a page or a form at a site, not a mailbox.)
    if (numberLast && !emailCue(ctx, from) && !MAIL_PROVIDERS.has(ctx.low(a + 1)) && !JOINERS.has(ctx.low(a - 2))) continue;
    ctx.claim(from, last, 'EMAIL');
    a = last;
  }
  // Every spoken link and IPv4 address has a "dot" in it; most messages have none and skip these scans.
  const hasDot = toks.some((t) => t.low === 'dot');
  // Spoken URL: "w w w dot example dot com", "example dot org slash forms".
  for (let i = 0; hasDot && i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    let start = i;
    if (ctx.low(i) === 'w' && ctx.low(i + 1) === 'w' && ctx.low(i + 2) === 'w' && ctx.low(i + 3) === 'dot') start = i;
    const domStart = start === i && ctx.low(i) === 'w' && ctx.low(i + 3) === 'dot' ? i + 4 : i;
    // "it's caring bridge dot org": after a word that introduces a site, a first label may be two words.
    // Without such a word, two words that are no small words still make one label when a known ending follows
    // ("we started a meal train meal train dot com", "face book dot com").
    const twoWordLabel = domStart === i && wordTok(ctx, i + 1) && !FUNCTION_WORDS.has(ctx.low(i + 1)) && !NOT_IN_LABEL.has(ctx.low(i + 1))
      && ctx.low(i + 2) === 'dot' && ((URL_LEADS.has(ctx.low(i - 1)) && !ctx.breakAfter(i - 1))
        || (!FUNCTION_WORDS.has(ctx.low(i)) && !NOT_IN_SITE_NAME.has(ctx.low(i)) && ((TLDS.has(ctx.low(i + 3)) && ctx.low(i + 4) !== 'dot')
          || (letterRun(ctx, i + 3) === 2 && COUNTRY_TLDS.has(ctx.low(i + 3) + ctx.low(i + 4)) && pathSeparatorLen(ctx, i + 5) > 0))
          // both everyday words ("meal train") or neither ("tik tok"); "notes facebook dot com" is a word and a site
          && isEnglishWord(ctx.low(i)) === isEnglishWord(ctx.low(i + 1))));
    // "w w w dot river bend family logs dot com": after a spoken "www" the first label is whatever words run up to the
    // next "dot" (a site name said as words), so it may be longer than two words.
    const wwwLabel = domStart > i ? wwwLabelWords(ctx, domStart) : 0;
    // "it's go fund me dot com": after such a word, three words before "dot" and a generic ending are one label.
    const threeWordLabel = domStart === i && !twoWordLabel && URL_LEADS.has(ctx.low(i - 1)) && !ctx.breakAfter(i - 1) && wordTok(ctx, i + 1)
      && wordTok(ctx, i + 2) && ctx.low(i + 3) === 'dot' && [i, i + 1, i + 2].every((q) => !NOT_IN_SITE_NAME.has(ctx.low(q)))
      && ctx.low(i) !== ctx.low(i + 1) + ctx.low(i + 2)
      && spokenDomain(ctx, i + 2) >= 0;
    // "one d r v dot m s slash ...": a first label read as letters and digits, when a path follows the domain.
    const codeLabel = domStart === i && ctx.low(i + 1) !== 'dot' ? codeLabelWords(ctx, i) : 0;
    // "b p share dot i o slash ...": letters and a word make the first label ("bpshare").
    const lettersHere = letterRun(ctx, i);
    const lettersNext = letterRun(ctx, i + 1);
    const lettersThenWord = domStart === i && lettersHere >= 1 && lettersHere <= 3 && !letterTok(ctx, i - 1)
      && wordTok(ctx, i + lettersHere) && !FUNCTION_WORDS.has(ctx.low(i + lettersHere)) && ctx.low(i + lettersHere + 1) === 'dot';
    // "tiny u r l dot com": a word and then letters.
    const wordThenLetters = domStart === i && !letterTok(ctx, i) && !FUNCTION_WORDS.has(ctx.low(i)) && pathSeparatorLen(ctx, i) === 0 && ctx.low(i + 1) !== 'w'
      && lettersNext >= 1 && lettersNext <= 4 && ctx.low(i + 1 + lettersNext) === 'dot';
    // "go fund me dot com": a well-known site said in several words.
    const siteLabel = domStart === i && SITE_FIRST_WORDS.has(ctx.low(i)) ? SPOKEN_SITES.find((site) => site.every((w, n) => ctx.low(i + n) === w && ctx.free(i + n)) && ctx.low(i + site.length) === 'dot')?.length ?? 0 : 0;
    const dotNext = ctx.low(domStart + 1) === 'dot' || wwwLabel > 0 || twoWordLabel || threeWordLabel || codeLabel > 0 || lettersThenWord || wordThenLetters
      || siteLabel > 0;
    if (!wordTok(ctx, domStart) || !dotNext || (FUNCTION_WORDS.has(ctx.low(domStart)) && codeLabel === 0 && !lettersThenWord && !threeWordLabel && domStart === i && siteLabel === 0
      && !(twoWordLabel && isNumTok(ctx.toks[domStart])))) continue;
    if (ctx.low(domStart - 1) === 'at' && !ctx.free(domStart - 1)) continue;
    let last = siteLabel > 0 ? spokenDomain(ctx, i + siteLabel - 1) : threeWordLabel ? spokenDomain(ctx, i + 2)
      : codeLabel > 0 ? spokenDomain(ctx, i + codeLabel - 1) : spokenDomain(ctx, domStart);
    if (last < 0 && wwwLabel > 1) last = spokenDomain(ctx, domStart + wwwLabel - 1);
    if (last < 0 || (codeLabel > 0 && pathSeparatorLen(ctx, last + 1) === 0)) continue;
    // Path segments, and "dash"/"underscore" inside one ("slash u slash i lopez dash four four one").
    // "support dash for dash the dash nguyen": a small word between two joiners is part of the slug too.
    const joinedSegment = (k: number): boolean => PATH_JOINERS.has(ctx.low(k)) && ctx.free(k) && !ctx.breakAfter(k - 1)
      && pathEndTok(ctx, k + 1) && (isNumTok(ctx.toks[k + 1]) || (!FUNCTION_WORDS.has(ctx.low(k + 1)) && !NOT_IN_LABEL.has(ctx.low(k + 1)))
        || (PATH_JOINERS.has(ctx.low(k + 2)) && !ctx.breakAfter(k + 1)));
    let words = 0;
    let dashed = false;
    for (;;) {
      const sl = pathSeparatorLen(ctx, last + 1);
      const joined = sl === 0 && joinedSegment(last + 1);
      const from = sl > 0 ? last + 1 + sl : joined ? last + 2 : -1;
      if (from < 0 || (sl > 0 && !wordTok(ctx, from) && !pathEndTok(ctx, from))) break;
      dashed = sl > 0 ? false : dashed || joined;
      last = pathSegmentEnd(ctx, from);
      // A run of letters and digits is one word of the slug.
      words = [...Array(last - from + 1).keys()].every((q) => isNumTok(ctx.toks[from + q]) || letterTok(ctx, from + q) || ctx.low(from + q) === 'capital') ? 1 : last - from + 1;
      // Each segment may be a slug of several words ("slash shared album slash ..."); one joined by dashes is
      // whole already ("slash nwosu dash kidney the transplant coordinator said").
      if (!joinedSegment(last + 1)) last = slugEnd(ctx, last, dashed ? 5 : words, dashed);
    }
    // "consent dot p d f", "form dot pdf": a file's extension after the last segment; "slash harold dot beasley
    // dot five": a segment with dots in it.
    if (words > 0 && ctx.low(last + 1) === 'dot' && !ctx.breakAfter(last) && ctx.free(last + 1)) {
      const n = letterRun(ctx, last + 2);
      if (n >= 2 && n <= 4) last += 1 + n;
      else for (let dots = 0; dots < 3 && ctx.low(last + 1) === 'dot' && !ctx.breakAfter(last) && ctx.free(last + 1) && pathEndTok(ctx, last + 2)
        && (isNumTok(ctx.toks[last + 2]) || !FUNCTION_WORDS.has(ctx.low(last + 2))) && !NOT_IN_LABEL.has(ctx.low(last + 2)); dots++) last += 2;
    }
    start = spokenSiteStart(ctx, start);
    start = siteWordBefore(ctx, start);
    if (!ctx.written) start = spelledLabelStart(ctx, start);
    start = schemeStart(ctx, start);
    ctx.claim(start, last, 'URL');
    i = last;
  }
  if (!ctx.written) emailsBeforeSites(ctx);
  // Spoken IPv6: groups of number words and hex letters joined by "colon", three colons or more.
  const hasColon = toks.some((t) => t.low === 'colon');
  for (let i = 0; hasColon && i < toks.length; i++) {
    if (!ctx.free(i) || !hexGroupTok(ctx, i) || hexGroupTok(ctx, i - 1)) continue;
    let j = i;
    let colons = 0;
    let end = -1;
    for (;;) {
      while (hexGroupTok(ctx, j) && j - i < 40) j++;
      if (j > 0 && hexGroupTok(ctx, j - 1)) end = j - 1;
      if (ctx.low(j) !== 'colon' || !ctx.free(j)) break;
      colons++;
      j++;
    }
    if (colons >= 3 && end > i) { ctx.claim(i, end, 'IP'); i = end; }
  }
  // Spoken IP: four numbers joined by "dot".
  const hasPoint = toks.some((t) => t.low === 'point');
  for (let i = 0; (hasDot || hasPoint) && i < toks.length; i++) {
    if (!ctx.free(i) || !isNumTok(toks[i]) || isNumTok(toks[i - 1])) continue;
    let j = i;
    let parts = 0;
    let end = -1;
    while (parts < 4) {
      // The last number may run into what follows ("... dot two forty three oh one five ..."): the longest run of
      // up to four words that reads as 0-255 is the part.
      let run = numberRun(ctx, j, 4);
      if (parts === 3) {
        // Of the readings that fit 0-255, the longest, unless a shorter one leaves a whole phone number after it.
        const fits = [4, 3, 2, 1].map((n) => numberRun(ctx, j, n)).filter((r) => r.end > j && r.digits.length <= 3 && Number(r.digits) <= 255);
        const leavesPhone = fits.find((r) => /^[2-9]\d{9}$/.test(numberRun(ctx, r.end, 16).digits));
        run = leavesPhone ?? fits[0] ?? run;
      }
      if (run.end === j || run.digits.length > 3 || run.digits.length === 0) break;
      parts++;
      end = run.end - 1;
      // "ninety eight point two fourteen point ...": "point" for the dot, when it joins every part.
      if (parts === 4 || (ctx.low(run.end) !== 'dot' && !(ctx.low(run.end) === 'point' && ctx.low(i - 1) !== 'point'))) break;
      j = run.end + 1;
    }
    if (parts === 4) { ctx.claim(i, end, 'IP'); i = end; }
  }
}
