/**
 * What a single word can be in a person's name, from the hand-written lexicon and the name data: a clear
 * given name ("desmond"), a given name that is also an everyday word ("grace"), a surname, an unknown word
 * that is likely a name the data lacks ("nkemelu"), or a word that never is ("pharmacy", "lisinopril").
 * Answers are cached per word: the detector asks the same questions about the same words many times.
 */
import {
  AMBIGUOUS_GIVEN, COMMON_WORDS, FUNCTION_WORDS, GIVEN_NAMES, MEDICATIONS, MONTHS, NON_NAME_WORDS, ORG_NAMES, ORG_WORDS,
  ROLE_NOUNS, SURNAMES, US_STATES, WEEKDAYS,
} from './lexicon.ts';
import { givenClass, isClearGivenName, isClearSurname, isEnglishWord, surnameClass } from './name-data.ts';

export const PROVIDER_TITLES = new Set(['dr', 'doctor', 'doc', 'nurse', 'np', 'pa-c', 'dds', 'md']);
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'missus', 'mx']);
/** Verbs and auxiliaries that end a name in speech ("this is maria said ..."). */
export const EXTRA_STOPS = new Set(['said', 'says', 'told', 'asked', 'wants', 'wanted', 'prescribed', 'gave', 'recommended', 'ordered',
  'mentioned', 'thinks', 'thought', 'suggested', 'sent', 'referred', 'put', 'changed', 'increased', 'decreased', 'refilled',
  'approved', 'needs', 'office', 'office\'s', 'and', 'or', 'is', 'was', 'will', 'would', 'can', 'could', 'should', 'has', 'had',
  // A birth-date cue starts what follows the name ("it's henrike quennell born six two ..."), never continues it.
  'born', 'dob', 'birthdate', 'birthday']);

const STOP = 1;
const CLEAR_GIVEN = 2;
const ANY_GIVEN = 4;
const CLEAR_SURNAME = 8;
const ANY_SURNAME = 16;
const UNKNOWN = 32;
const EVIDENCE = 64;

/** Words that never start or continue a person's name, whatever the name data says. */
function isStop(w: string): boolean {
  return FUNCTION_WORDS.has(w) || COMMON_WORDS.has(w) || EXTRA_STOPS.has(w) || WEEKDAYS.has(w) || MONTHS[w] !== undefined
    || NON_NAME_WORDS.has(w) || MEDICATIONS.has(w) || PROVIDER_TITLES.has(w) || HONORIFICS.has(w) || ROLE_NOUNS.has(w);
}

function compute(w: string): number {
  const stop = isStop(w);
  const g = givenClass(w);
  const s = surnameClass(w);
  let f = stop ? STOP : 0;
  if (GIVEN_NAMES.has(w) || AMBIGUOUS_GIVEN.has(w) || g > 0) f |= ANY_GIVEN;
  if (!stop && !AMBIGUOUS_GIVEN.has(w) && !ORG_WORDS.has(w) && !ORG_NAMES.has(w) && !US_STATES.has(w)
    && (GIVEN_NAMES.has(w) || isClearGivenName(w))) f |= CLEAR_GIVEN;
  if (SURNAMES.has(w) || s > 0) f |= ANY_SURNAME;
  if (!stop && (SURNAMES.has(w) || isClearSurname(w))) f |= CLEAR_SURNAME;
  if (GIVEN_NAMES.has(w) || SURNAMES.has(w) || g > 0 || (s > 0 && s <= 3)) f |= EVIDENCE;
  if (unknown(w, stop, g, s)) f |= UNKNOWN;
  return f;
}

function unknown(w: string, stop: boolean, g: number, s: number): boolean {
  if (w.length < 3 || stop || ORG_NAMES.has(w) || ORG_WORDS.has(w)) return false;
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.some((p) => p.length < 2 || isStop(p))) return false;
    return parts.every((p) => !isEnglishWord(p) || (flags(p) & (ANY_GIVEN | ANY_SURNAME)) !== 0);
  }
  return !isEnglishWord(w) && g === 0 && s === 0 && /^\p{L}+(?:['’]\p{L}+)?$/u.test(w);
}

const cache = new Map<string, number>();
/** Beyond this many distinct words the cache starts afresh, so a long-running worker stays small. */
const CACHE_LIMIT = 50_000;

function flags(w: string): number {
  let f = cache.get(w);
  if (f === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    f = compute(w);
    cache.set(w, f);
  }
  return f;
}

/** Never part of a person's name ("pharmacy", "said", "monday", "lisinopril"). */
export function stopWord(w: string): boolean {
  return (flags(w) & STOP) !== 0;
}

/** A given name that is not also an everyday word: "desmond", "maria" (not "grace", "bill", "florida"). */
export function clearGiven(w: string): boolean {
  return (flags(w) & CLEAR_GIVEN) !== 0;
}

/** Any given name, everyday word or not ("grace", "will", "may" too). */
export function anyGiven(w: string): boolean {
  return (flags(w) & ANY_GIVEN) !== 0;
}

/** A surname that is not also an everyday word: "whitaker" (not "park", "moss"). */
export function clearSurname(w: string): boolean {
  return (flags(w) & CLEAR_SURNAME) !== 0;
}

export function anySurname(w: string): boolean {
  return (flags(w) & ANY_SURNAME) !== 0;
}

/** A word in no list at all and not English: likely a name the data lacks ("nkemelu", "oyelaran"). */
export function unknownWord(w: string): boolean {
  return (flags(w) & UNKNOWN) !== 0;
}

/** Name evidence for an everyday English word: it is in the given-name data or is a frequent surname. */
export function nameEvidence(w: string): boolean {
  return (flags(w) & EVIDENCE) !== 0;
}

/** A word that looks like part of a person's name on its own. */
export function isName(w: string): boolean {
  return (flags(w) & (CLEAR_GIVEN | CLEAR_SURNAME)) !== 0 || GIVEN_NAMES.has(w) || SURNAMES.has(w);
}

/** After a first name, a word that can be the rest of the name: a surname (even "Park"), a name, or an unknown word. */
export function laterNameWord(w: string): boolean {
  const f = flags(w);
  if (f & STOP) return false;
  if (w.includes('-')) return w.split('-').every((p) => p.length >= 2 && !stopWord(p) && (flags(p) & (ANY_SURNAME | ANY_GIVEN | UNKNOWN)) !== 0);
  return (f & (ANY_SURNAME | ANY_GIVEN | UNKNOWN)) !== 0;
}
