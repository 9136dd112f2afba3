/**
 * People: clinicians after a title ("Dr. Patel", "doctor patel") are PROVIDER; callers, patients and
 * relatives are NAME, found after cues ("my name is", "this is", "it's", "my mother, ...", "the pharmacist
 * ..."), after honorifics, between a greeting and "here"/"calling", or from given names anywhere; once
 * found, the same name elsewhere in the message is masked too. Written text is capitalised, so a name is
 * a run of capitalised words; spoken text has no case, so what a word can be (name-words.ts: a clear
 * given name, a given name that is also an everyday word, a surname, a word unknown to English) decides
 * how much context it needs and where a name ends.
 */
import { type Ctx, type Entity, isNumTok, letterOf, letterSpan, spellingAidWord } from './detect-context.ts';
import type { Token } from './tokens.ts';
import {
  AMBIGUOUS_GIVEN, COMMON_WORDS, COUNTRIES, FUNCTION_WORDS, GIVEN_NAMES, MEDICATIONS, MONTHS, NON_NAME_WORDS, ORG_NAMES, ORG_WORDS,
  RELATIONS, ROLE_NOUNS, STREET_SUFFIXES, SURNAMES, US_STATES, VEHICLE_WORDS, WEEKDAYS,
} from './lexicon.ts';
import { englishSize, givenClass, isClearGivenName, isClearSurname, isEnglishWord, surnameClass } from './name-data.ts';
import {
  anyGiven, anySurname, clearGiven, clearSurname, EXTRA_STOPS, HONORIFICS, isName, laterNameWord, nameEvidence, PROVIDER_TITLES, stopWord,
  unknownWord,
} from './name-words.ts';
import { placeClass } from './place-data.ts';
import type { PhiType } from './types.ts';

// Irish and Scottish Gaelic surname prefixes too: "Ó Súilleabháin", "Ní Bhriain", "Nic Dhomhnaill", spoken "o suilleabhain".
const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'st', 'mc', 'mac', 'dos', 'das', 'viuda',
  'ó', 'o', 'ní', 'nic', 'uí', 'ua', 'dela', 'delos', 'bint', 'abu', 'el']);

/** Words a caller says right after her own name, never after a modal or an everyday word used so. */
const INTRO_NEXT = new Set(['returning', 'calling', 'here', 'speaking', 'again', 'from']);

/** Words after which "it's <word>" introduces a person: "it's rose from the lab", "it's bill calling back". */
const INTRO_FOLLOWERS = new Set([...INTRO_NEXT, 'over', 'at', 'with']);

/**
 * Spoken "my arm's been hurting now it's red and hot", "my pressure it is high": in the middle of a message,
 * "it's" before an everyday word describes something. A caller introducing herself says it first ("hi it's rose
 * ...") or goes on with where she calls from ("it's rose from the lab").
 */
function adjectiveAfterIts(ctx: Ctx, cueEnd: number, j: number): boolean {
  if (ctx.written) return false;
  const w = ctx.toks[j]!.base;
  if (!isEnglishWord(w) || isClearGivenName(w)) return false;
  const c = cueEndsAt(ctx, cueEnd - 1, ["it's"]) ? cueEnd - 1 : cueEndsAt(ctx, cueEnd - 1, ['it', 'is']) ? cueEnd - 2 : -1;
  if (c < 0) return false;
  const opening = c === 0 || GREETINGS.has(ctx.low(c - 1));
  return !opening && !INTRO_FOLLOWERS.has(ctx.low(j + 1));
}

/** Kin words people put before a relative's given name like a title ("Grandma Rose", "Aunt Lucinda"). */
const KIN_TITLES = new Set(['grandma', 'grandpa', 'granny', 'gramma', 'nana', 'papa', 'aunt', 'auntie', 'uncle', 'cousin', 'abuela', 'abuelo', 'tia', 'tio']);

/** Words that end a message after a caller's sign-off name. */
const SIGN_OFFS = new Set(['bye', 'goodbye', 'thanks', 'thank']);

/** Words after a family's surname: "the Morales household". */
const HOUSEHOLD_WORDS = new Set(['household', 'family', 'residence', 'household\'s', 'family\'s', 'place', 'farm', 'ranch', 'kids', 'children', 'boys',
  'girls', 'twins', 'house', 'home']);
/** Household words that name a building: "the White House" is no family. */
const BUILDING_WORDS = new Set(['house', 'home']);

/** Strong cues: a name follows directly. Weak cues need the first word to look like a name. */
const STRONG_CUES: string[][] = [
  ['my', 'name', 'is'], ['name', 'is'], ['my', 'name'], ['her', 'name'], ['his', 'name'], ["name's"], ['this', 'is'], ["it's"], ['it', 'is'], ['name', 'was'],
  ['patient', 'name', 'is'], ["patient's", 'name', 'is'], ['named'], ['call', 'me'], ['last', 'name', 'is'], ['first', 'name', 'is'],
  ['this', 'is', 'mister'], ['tell'], ['let'], ['first', 'name'], ['last', 'name'], ['middle', 'name'], ['surname'], ['goes', 'by'], ['go', 'by'], ['known', 'as'], ['nickname', 'is'],
  ['pronounced'], ['pronounce', 'it'], ['say', 'it'], ['calls', 'me'], ['everyone', 'calls', 'me'],
  // "hey it's me, Deb", "it's me dolores again": a caller who expects to be recognised still says her name.
  ["it's", 'me'], ['it', 'is', 'me'], ['this', 'is', 'me'],
  // "this here's Vada Crisp": a regional way of saying "this is".
  ['this', "here's"], ['this', 'here', 'is'],
  // "my name's really Bill", "you may have me in your system as Soojin Park", "listed as ...".
  ["name's", 'really'], ['name', 'is', 'really'], ["name's", 'actually'], ['name', 'is', 'actually'],
  ['system', 'as'], ['listed', 'as'], ['registered', 'as'], ['chart', 'as'], ['file', 'as'], ['records', 'as'],
  // "about a patient of yours, Siriporn Chaiyasit".
  ['patient', 'of', 'yours'], ['patients', 'of', 'yours'],
  // Callers who open in their own language: Spanish "soy", "me llamo", Kreyòl "mwen se", "bonjou, se", Portuguese
  // "meu nome é", French "je m'appelle".
  ['me', 'llamo'], ['se', 'llama'], ['nombre', 'es'], ['mwen', 'se'], ['bonjou', 'se'], ['alo', 'se'], ['non', 'mwen', 'se'],
  ['meu', 'nome', 'e'], ["m'appelle"], ['je', 'suis'],
  // Mexican Spanish on the phone: "bueno, habla Chayo", "le habla María de Jesús".
  ['bueno', 'habla'], ['le', 'habla'], ['les', 'habla'],
];
const WEAK_CUES: string[][] = [
  ["i'm"], ['i', 'am'], ['calling', 'for'], ['calling', 'about'], ['calling', 'on', 'behalf', 'of'], ['on', 'behalf', 'of'],
  ['regarding'], ['re'], ['patient'], ['member'], ['beneficiary'], ['patients'], ['members'], ['residents'], ['clients'], ['have', 'a'], ['resident'], ['subscriber'], ['reach'], ['for', 'patient'], ['speak', 'to'], ['speak', 'with'], ['ask', 'for'], ['message', 'for'],
  ['from'], ['with'], ['for'], ['and'], ['about'], ['to'], ['call'], ['have'], ['ask'], ['remind'], ['text'], ['the', 'late'],
  // A clinician's verb whose object is a patient: "we're discharging Ramón Gutiérrez", "we saw Ada Moss".
  ['discharging'], ['discharged'], ['saw'], ['seeing'], ['admitting'], ['admitted'], ['transferring'], ['transferred'],
  ['treating'], ['treated'], ['examined'], ['referring'], ['referred'], ['visiting'], ['picking', 'up'], ['dropping', 'off'],
  ['pick', 'up'], ['drop', 'off'], ['picked', 'up'], ['dropped', 'off'],
  // "hola soy ...", "Alo, bonjou. Se Marie-Ange ...": Spanish and Kreyòl for "I am", "it's"; weak, as both are
  // everyday words there too ("soy diabética", "se cayó").
  ['soy'], ['se'],
  // "Mom is Halyna Hrytsenko", "the patient is ...": a relative named with "is" (a name-like word must follow).
  ...[...RELATIONS].map((r) => [r, 'is']),
];

function alpha(t: Token): boolean {
  // Letters of any script: "Sørensen", "Sebastián", "Ní".
  return /^\p{L}[\p{L}'’-]*$/u.test(t.core) && t.core.length >= 2;
}

/** Verbs that follow a person as subject: "my wife may had ..." makes "may" a name, not the modal. */
const SUBJECT_VERBS = new Set(['had', 'has', 'is', 'was', 'fell', 'needs', 'needed', 'wants', 'wanted', 'said', 'says',
  'called', 'calls', 'got', 'gets', 'went', 'goes', 'took', 'takes', 'died', 'passed', 'broke', 'started', 'seems',
  'feels', 'felt', 'lives', 'lived', 'asked', 'asks', 'told', 'tells', 'woke', 'fainted', 'collapsed', 'hurt', 'slipped']);

/** Month or modal words that are also given names ("May", "June", "Will"): only with a strong cue and a name or verb after. */
function wordNameAfterStrongCue(ctx: Ctx, j: number): boolean {
  const next = ctx.toks[j + 1];
  // "calling about my daughter april", "my son, August, ...": right after a relation word, where the clause ends,
  // a month that is a given name can only be the relative's name (a date with a day was claimed before).
  if ((!next || ctx.breakAfter(j) || ctx.toks[j]!.commaAfter) && RELATIONS.has(ctx.low(j - 1))
    && MONTHS[ctx.toks[j]!.base] !== undefined && ctx.toks[j]!.base !== 'may' && ctx.toks[j]!.base.length > 3) return true;
  // Written "Hi, this is Will, Will Grant": capitalised and set off by a comma right after the cue, a modal that is
  // a given name can only be the caller's name (months stay out: "it's May, and ...").
  // A month too when the same word comes right after the comma ("this is June, June Whitfield").
  if (ctx.written && ctx.toks[j]!.cap && ctx.toks[j]!.commaAfter && anyGiven(ctx.toks[j]!.base)
    && (MONTHS[ctx.toks[j]!.base] === undefined || ctx.toks[j + 1]?.base === ctx.toks[j]!.base)) return true;
  if (!next || ctx.breakAfter(j) || !ctx.free(j + 1) || isNumTok(next) || /^\d/.test(next.core)) return false;
  if (nameFollower(ctx, j)) return true;
  // "this is will returning your call": a modal is never followed by these; a caller's name is.
  if (INTRO_NEXT.has(next.low)) return true;
  return ctx.written ? next.cap && !stopWord(next.base) : laterNameWord(next.base);
}

/**
 * "I'm June Fairbanks": after a weak cue, a month that is also a given name starts a name when a surname (or a
 * word unknown to the data) follows it, never a number, another month or a weekday ("June fourteenth").
 */
function monthNameBeforeSurname(ctx: Ctx, j: number): boolean {
  const next = ctx.toks[j + 1];
  if (!next || ctx.breakAfter(j) || ctx.toks[j]!.commaAfter || !ctx.free(j + 1) || !alpha(next) || isNumTok(next)) return false;
  const w = next.base;
  if (MONTHS[w] !== undefined || WEEKDAYS.has(w) || FUNCTION_WORDS.has(w) || /(?:st|nd|rd|th)$/.test(w) && isEnglishWord(w)) return false;
  if (ctx.written && !next.cap) return false;
  return (clearSurname(w) || unknownWord(w)) && (ctx.written || !isEnglishWord(w));
}

/**
 * "I'm Joe.", "hi i'm ines my number is ...": after "I'm", a lone given name where a name would end, when the
 * word is no everyday English word; written text must capitalise it.
 */
function loneNameAfterIm(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  if (!t || !ctx.free(j) || !alpha(t) || isNumTok(t) || (ctx.written && !t.cap)) return false;
  if (!(cueEndsAt(ctx, j - 1, ["i'm"]) || cueEndsAt(ctx, j - 1, ['i', 'am']))) return false;
  const w = t.base;
  if (t.possessive || FUNCTION_WORDS.has(w) || EXTRA_STOPS.has(w) || stopWord(w) || MONTHS[w] !== undefined || WEEKDAYS.has(w)
    || RELATIONS.has(w) || NON_NAME_WORDS.has(w) || MEDICATIONS.has(w) || droppedG(w)) return false;
  // "i'm losa his wife": a word no dictionary or name list knows, then how the caller is related, is her name.
  if (relationAfter(ctx, j + 1) && englishSize(w) === 0 && !anyGiven(w) && alpha(t)) return true;
  // "i'm sage two oh six ...": a given name, even one that is also a word, right before the caller's number.
  if (!ctx.breakAfter(j) && ctx.owner[j + 1] === 'PHONE' && givenClass(w) >= 2 && !COMMON_WORDS.has(w)) return true;
  if (!anyGiven(w) || isEnglishWord(w) || COMMON_WORDS.has(w)) return false;
  // "i'm kim the nurse on days": a role after the name.
  const role = ctx.low(j + 1) === 'the' && (ROLE_NOUNS.has(ctx.toks[j + 2]?.base ?? '') || ctx.low(j + 2) === 'nurse') && !ctx.breakAfter(j);
  return nameEnds(ctx, j) || relationAfter(ctx, j + 1) || role;
}

/** Words after which a lone word is a person: "it's will from the lab", "my husband bill he's wheezing". */
const NAME_FOLLOWERS = new Set(['from', 'at', 'with', 'calling', 'here', 'speaking', 'again', 'and', 'who', 'he', 'she', "he's",
  "she's", 'they', "they're", 'i', "i'm", 'we', "we're"]);

/** More words that may follow a caller's lone first name: "it's kobina my number is ...", "this is kobina um ...". */
const LONE_NAME_FOLLOWERS = new Set(['my', 'um', 'uh', 'please', 'returning', "i'd", "i'll", "i've", 'your', 'just', 'again',
  'here', 'calling', 'speaking', 'over', 'in', 'on', 'for', 'about', 'regarding', 'hi', 'hello', 'yeah', 'so', 'thanks', 'sorry',
  'you', 'our', 'this', 'that', "that's", "it's", 'can', 'could', 'would', 'will', 'did', 'do', 'need', 'needs', 'wanted']);

function nameFollower(ctx: Ctx, j: number): boolean {
  const w = ctx.low(j + 1);
  return !ctx.breakAfter(j) && ctx.free(j + 1) && (SUBJECT_VERBS.has(w) || NAME_FOLLOWERS.has(w));
}

/** Can token j be word number `pos` of a name? */
/** "i'm callin about", "she's doin better": a verb with its final g dropped, never a name. */
function droppedG(w: string): boolean {
  return w.length >= 5 && w.endsWith('in') && isEnglishWord(w + 'g') && givenClass(w) < 2;
}

function nameWordOk(ctx: Ctx, j: number, pos: number, strong: boolean): boolean {
  const t = ctx.toks[j];
  if (!t || !ctx.free(j) || !alpha(t) || isNumTok(t)) return false;
  const w = t.base;
  if (droppedG(w)) return false;
  // "St. Luke's", "saint agnes home": a saint's name names a place; "p as in paul" only spells.
  if (ctx.low(j - 1) === 'st' || ctx.low(j - 1) === 'saint' || spellingAidWord(ctx, j)) return false;
  if (pos === 0 && (w === 'st' || w === 'saint')) return false;
  // "Hi, it's Sister Mary Clare", "it's mom": a relation word is not itself the name.
  if (pos === 0 && RELATIONS.has(w) && !clearGiven(w)) return false;
  // "this is jessica stacy papaw's dewey stacy": a relation word ends the name before it.
  if (pos > 0 && RELATIONS.has(w) && !isName(w)) return false;
  if (pos === 0 && ORG_NAMES.has(w)) return false;
  if (MEDICATIONS.has(w) || NON_NAME_WORDS.has(w) || ROLE_NOUNS.has(w)) return false;
  // "a grey Altima": a word right before a car's make or model describes the car.
  if (VEHICLE_WORDS.has(ctx.toks[j + 1]?.base ?? '') && !ctx.breakAfter(j)) return false;
  if (ctx.written) {
    if (!t.cap) return false;
    if (t.low === 'i' || t.low === "i'm" || t.low === "i'd" || t.low === "i'll") return false;
    if (WEEKDAYS.has(w) && !GIVEN_NAMES.has(w) && !(pos === 0 && weekdayGivenName(ctx, j))) return false;
    if (MONTHS[w] !== undefined && !GIVEN_NAMES.has(w) && !(pos === 0 && anyGiven(w) && (strong ? wordNameAfterStrongCue(ctx, j) : monthNameBeforeSurname(ctx, j)))) return false;
    if (PROVIDER_TITLES.has(w) || HONORIFICS.has(w)) return false;
    // "my mother Hazel Street", "I'm Cliff Street, her son": a street word as a surname after a given name, with
    // no house number before; "Maple Street" is taken earlier by the address rules.
    const streetSurname = pos === 1 && STREET_SUFFIXES.has(w) && surnameClass(w) > 0 && anyGiven(ctx.toks[j - 1]!.base) && !isNumTok(ctx.toks[j - 2])
      && !/^\d/.test(ctx.toks[j - 2]?.core ?? '');
    // "Arnold Sings Above", "Marvin Knows The Road": Plains surnames made of everyday words, capitals and all, mid-sentence
    // after two name words.
    const wordSurname = pos >= 2 && (FUNCTION_WORDS.has(w) || (pos >= 3 && STREET_SUFFIXES.has(w))) && !ctx.breakAfter(j - 1) && ctx.toks[j - 1]!.cap && !ctx.toks[j - 1]!.commaAfter
      && !PRONOUN_WORDS.has(w) && MONTHS[w] === undefined && !WEEKDAYS.has(w);
    if (pos > 0 && (FUNCTION_WORDS.has(w) || STREET_SUFFIXES.has(w)) && !isName(w) && !streetSurname && !wordSurname) return false;
    if (pos === 0 && FUNCTION_WORDS.has(w) && !isName(w) && !(anyGiven(w)
      && (strong ? wordNameAfterStrongCue(ctx, j) : MONTHS[w] !== undefined && monthNameBeforeSurname(ctx, j)))) return false;
    return true;
  }
  if (PROVIDER_TITLES.has(w) || HONORIFICS.has(w)) return false;
  // "her name is june abernathy", "it's will ferreira", "my wife may had ...".
  const wordName = (pos === 0 && strong && anyGiven(w) && !WEEKDAYS.has(w) && (FUNCTION_WORDS.has(w) || MONTHS[w] !== undefined)
    && wordNameAfterStrongCue(ctx, j)) || (pos === 0 && strong && weekdayGivenName(ctx, j));
  if (FUNCTION_WORDS.has(w) && !wordName && !(pos > 0 && SURNAMES.has(w) && !EXTRA_STOPS.has(w) && w.length > 3)) return false;
  if (EXTRA_STOPS.has(w) && !wordName) return false;
  // "my father bill okafor": a given name that is also a word ("bill", "hope") counts after a strong cue;
  // takeName then insists on a second name word.
  if (COMMON_WORDS.has(w) && !isName(w) && !(strong && AMBIGUOUS_GIVEN.has(w)) && !wordName) return false;
  if (pos === 0 && !strong && !clearGiven(w)) return false;
  // Everyday words that are no name: "it's inactive", "this is pacific home health".
  if (isEnglishWord(w) && !nameEvidence(w) && !wordName) return false;
  if (pos > 0 && !laterNameWord(w) && !SURNAMES.has(w) && !GIVEN_NAMES.has(w) && !(strong && AMBIGUOUS_GIVEN.has(w))) return false;
  return true;
}

/**
 * "my name is Sunday Okoro", "it's Thu Trang Nguyen": a weekday (or its short form) that is a given name, known by
 * the name word right after it: a surname or given name no dictionary has, never a date ("Monday the 5th").
 */
function weekdayGivenName(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  const n = ctx.toks[j + 1];
  if (!t || !n || !WEEKDAYS.has(t.base) || ctx.breakAfter(j) || t.commaAfter || t.possessive || !ctx.free(j + 1) || !alpha(n) || isNumTok(n)) return false;
  if (ctx.written && !(t.cap && n.cap)) return false;
  const w = n.base;
  return !isEnglishWord(w) && !FUNCTION_WORDS.has(w) && MONTHS[w] === undefined && (clearSurname(w) || unknownWord(w) || clearGiven(w));
}

/** An organisation word right after a name-like run: "Kroger Pharmacy", "Jefferson Elementary". */
function orgAfter(ctx: Ctx, last: number): boolean {
  const t = ctx.toks[last]!;
  if (!ctx.free(last + 1) || ctx.breakAfter(last) || t.commaAfter || t.possessive) return false;
  // "georgia wells medical record number ...": a record, not a medical practice.
  if (ctx.low(last + 1) === 'medical' && /^records?$/.test(ctx.low(last + 2))) return false;
  if (ORG_WORDS.has(ctx.low(last + 1))) return true;
  // "this is Medline customer service": a business's desk. A given name before it is the agent ("this is Jenny
  // customer service"), so only a word no name data knows as a given name counts.
  return ctx.low(last + 1) === 'customer' && BUSINESS_DESKS.has(ctx.low(last + 2)) && !anyGiven(t.base);
}
const BUSINESS_DESKS = new Set(['service', 'services', 'care', 'support', 'relations', 'experience']);

/** An organisation word that is no name among tokens from..to ("Pacific Home Health"). */
function orgWordsIn(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = ctx.toks[k]?.base ?? '';
    // "Blue Shield" is an insurer; "Leroy Bear Shield" is a man.
    if (w === 'shield' && ctx.low(k - 1) !== 'blue') continue;
    if (ORG_WORDS.has(w) && !isName(w)) return true;
  }
  return false;
}

/** An everyday-word given name at j ("hope", "opal") followed by a surname that is no English word. */
function wordNameWithSurname(ctx: Ctx, j: number, minGivenClass = 1): boolean {
  const t = ctx.toks[j];
  const n = ctx.toks[j + 1];
  if (!t || !n) return false;
  const w = t.base;
  // The data holds a few odd entries ("saw", "man"): an everyday word needs to be a frequent given name.
  const handListed = AMBIGUOUS_GIVEN.has(w) || GIVEN_NAMES.has(w);
  const given = handListed || (givenClass(w) >= minGivenClass && !COMMON_WORDS.has(w) && !(englishSize(w) > 0 && englishSize(w) <= 20 && givenClass(w) < 3));
  if (!given || FUNCTION_WORDS.has(w) || EXTRA_STOPS.has(w) || RELATIONS.has(w) || NON_NAME_WORDS.has(w) || MEDICATIONS.has(w)) return false;
  if (!((clearSurname(n.base) && !isEnglishWord(n.base)) || unknownWord(n.base))) return false;
  // Not across a comma: "This is Oscar, Oscar Lindahl" says the name twice.
  return ctx.free(j) && ctx.free(j + 1) && !ctx.breakAfter(j) && !t.commaAfter && alpha(t) && alpha(n);
}

/** A name word as plain letters a-z, for comparing with a spelling ("Yılmaz" -> "yilmaz", "Sørensen" -> "sorensen"). */
function plainLetters(w: string): string {
  return w.replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe')
    .normalize('NFD').replace(/[^a-z]/g, '');
}

const CLINICAL_ENDING = /(?:ation|itis|osis|emia|aemia|ectomy|otomy|oscopy|plasty|algia|ology|opathy|pathy|trophy|uria|plegia|rrhea|ectasis|ular|atic|eal|ial)$/;

/** Spoken: two words at j that are no English words, the first unknown to the data, the second unknown or a surname. */
function unknownPair(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  const n = ctx.toks[j + 1];
  if (!t || !n || !unknownWord(t.base) || !(unknownWord(n.base) || (clearSurname(n.base) && !isEnglishWord(n.base)))) return false;
  // "atrial fibrillation", "peripheral neuropathy": clinical words the word list lacks, known by their endings.
  if (CLINICAL_ENDING.test(t.base) || CLINICAL_ENDING.test(n.base)) return false;
  return ctx.free(j) && ctx.free(j + 1) && !ctx.breakAfter(j) && alpha(t) && alpha(n) && !t.possessive;
}

/** Spoken: after a two-word name ending at k, a third word when it is a surname or unknown ("rich delgado moore"). */
function thirdNameWord(ctx: Ctx, k: number): number {
  const t = ctx.toks[k + 1];
  if (!t || ctx.breakAfter(k) || ctx.toks[k]!.possessive || !nameWordOk(ctx, k + 1, 2, true)) return k;
  if (isEnglishWord(t.base) && !nameEnds(ctx, k + 1)) return k;
  return (clearSurname(t.base) || unknownWord(t.base)) && !clearGiven(t.base) ? k + 1 : k;
}

/**
 * Spoken "this is nora quintero wren i'm calling": a clear given name, a surname no dictionary has, then a surname
 * that is also an everyday word, where the name would end: a double surname, not the next sentence.
 */
function secondSurname(ctx: Ctx, j: number, k: number): boolean {
  const g = ctx.toks[j]!.base;
  const s1 = ctx.toks[j + 1]!.base;
  const w = ctx.toks[k]!.base;
  return clearGiven(g) && clearSurname(s1) && !isEnglishWord(s1) && surnameClass(w) >= 1 && !NOT_SURNAME_AFTER_GIVEN.has(w)
    && !EXTRA_STOPS.has(w) && !FUNCTION_WORDS.has(w) && MONTHS[w] === undefined && !WEEKDAYS.has(w) && nameEnds(ctx, k);
}

/** Everyday words that are frequent surnames but, after a given name, go on with the sentence ("this is grace back again"). */
const NOT_SURNAME_AFTER_GIVEN = new Set(['do', 'will', 'may', 'her', 'oh', 'call', 'still', 'back', 'quick', 'fine', 'good', 'early',
  'new', 'card', 'falls', 'hurt', 'free', 'now', 'here', 'there', 'again', 'too', 'also', 'just', 'so', 'well', 'home', 'soon', 'late',
  'calling', 'speaking', 'returning']);

/**
 * Spoken, after a strong cue ("this is ivy day i had a ..."): a frequent surname that is also an everyday or
 * time word ("day", "long", "little") completes a given name when the name would end right after it.
 */
function wordSurnameAfterGiven(ctx: Ctx, j: number): boolean {
  if (ctx.written || ctx.breakAfter(j) || ctx.toks[j]!.possessive || ctx.toks[j]!.commaAfter) return false;
  const g = ctx.toks[j]!.base;
  const t = ctx.toks[j + 1];
  if (!t || !ctx.free(j + 1) || !alpha(t) || isNumTok(t) || !anyGiven(g) || MONTHS[g] !== undefined || WEEKDAYS.has(g)) return false;
  const w = t.base;
  const sc = surnameClass(w);
  if (sc < 1 || sc > 2 || NOT_SURNAME_AFTER_GIVEN.has(w) || MONTHS[w] !== undefined || WEEKDAYS.has(w) || EXTRA_STOPS.has(w)) return false;
  return nameEnds(ctx, j + 1) && !(ctx.toks[j + 2] !== undefined && isNumTok(ctx.toks[j + 2]));
}

/** Where a name would end after token k: the end, a sentence end, or a word that follows names. */
function nameEnds(ctx: Ctx, k: number): boolean {
  if (k + 1 >= ctx.toks.length || ctx.breakAfter(k) || ctx.toks[k]!.commaAfter || ctx.toks[k]!.possessive) return true;
  const w = ctx.low(k + 1);
  return NAME_FOLLOWERS.has(w) || SUBJECT_VERBS.has(w) || LONE_NAME_FOLLOWERS.has(w);
}

/** "i'm her daughter", "he's my father", "my mother": how the caller is related to the person just named, from k. */
function relationAfter(ctx: Ctx, k: number): boolean {
  const a = ctx.low(k);
  if (POSSESSIVES.has(a) && RELATIONS.has(ctx.low(k + 1))) return true;
  const pron = a === "i'm" || a === "she's" || a === "he's" || (a === 'i' && ctx.low(k + 1) === 'am');
  const o = a === 'i' ? k + 2 : k + 1;
  return pron && POSSESSIVES.has(ctx.low(o)) && RELATIONS.has(ctx.low(o + 1));
}

/** One free word at j that is a name on its own: a clear given name or a word neither English nor the data knows. */
function oneNameWord(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  if (!t || !ctx.free(j) || !alpha(t) || isNumTok(t) || t.possessive || ctx.breakAfter(j) || FUNCTION_WORDS.has(t.base) || stopWord(t.base)
    || ORG_WORDS.has(t.base) || MEDICATIONS.has(t.base) || RELATIONS.has(t.base) || CLINICAL_ENDING.test(t.base)) return false;
  return (clearGiven(t.base) && !isEnglishWord(t.base)) || (unknownWord(t.base) && !isEnglishWord(t.base));
}

/** Two free words at j that may be a name: letters, no function word, stop word, number or organisation word. */
function pairOfWords(ctx: Ctx, j: number): boolean {
  for (const k of [j, j + 1]) {
    const t = ctx.toks[k];
    if (!t || !ctx.free(k) || !alpha(t) || isNumTok(t) || stopWord(t.base) || FUNCTION_WORDS.has(t.base) || ORG_WORDS.has(t.base)
      || MEDICATIONS.has(t.base) || RELATIONS.has(t.base) || ROLE_NOUNS.has(t.base)) return false;
  }
  // Some name evidence still: a given name first, a surname or an unknown word second.
  const second = ctx.toks[j + 1]!.base;
  return !ctx.breakAfter(j) && !ctx.toks[j]!.possessive && anyGiven(ctx.toks[j]!.base) && (surnameClass(second) > 0 || unknownWord(second));
}

/** Words after a rare given name alone that go on about that person: "omid just got his shots", "sipho still has a cough". */
const RARE_NAME_FOLLOWERS = new Set(['just', 'still', 'really', 'also', 'already', 'called', 'came', 'started', 'finished', 'turned']);

/** Verbs whose object is a patient ("we saw ...", "discharging ..."). */
const PATIENT_VERBS = new Set(['discharging', 'discharged', 'saw', 'seeing', 'admitting', 'admitted', 'transferring', 'transferred',
  'treating', 'treated', 'examined', 'referring', 'referred', 'visiting']);

/** Cues that say outright that a name follows. */
const NAME_IS_CUES: string[][] = [['name', 'is'], ["name's"], ['named'], ['goes', 'by'], ['known', 'as'], ['nickname', 'is']];

/** Spoken, after "name is": one or two words that are no stop word nor look like a verb or adverb; -1 if none. */
function nameAfterNameIs(ctx: Ctx, j: number): number {
  const ok = (k: number): boolean => {
    const t = ctx.toks[k];
    return t !== undefined && ctx.free(k) && alpha(t) && !isNumTok(t) && !stopWord(t.base) && !/(ing|ed|ly)$/.test(t.base)
      && !ORG_WORDS.has(t.base) && !RELATIONS.has(t.base);
  };
  if (!ok(j)) return -1;
  // "their name is pacific kidney": a word before an organisation word names the organisation.
  if (ORG_WORDS.has(ctx.low(j + 1)) && !ctx.breakAfter(j)) return -1;
  return !ctx.breakAfter(j) && ok(j + 1) && laterNameWord(ctx.toks[j + 1]!.base) ? thirdNameWord(ctx, j + 1) : j;
}

/** One initial inside a name: written "T." / "T", spoken "t" (not the words "a" and "i"), with no break after it. */
function middleInitial(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || ctx.breakAfter(k) || t.commaAfter || !ctx.free(k + 1)) return false;
  return ctx.written ? /^[A-Z]$/.test(t.core) : /^[b-hj-z]$/.test(t.low);
}

/** Takes name words from j; returns the last index or -1. */
function takeName(ctx: Ctx, j: number, strong: boolean, max: number): number {
  let last = -1;
  for (let pos = 0; pos < max; pos++) {
    const k = j + pos;
    if (pos > 0 && PARTICLES.has(ctx.low(k)) && !ctx.breakAfter(k)) {
      // "van der Berg": particles join the name when a name word follows them.
      let q = k;
      while (PARTICLES.has(ctx.low(q)) && ctx.free(q) && !ctx.breakAfter(q) && q - k < 2) q++;
      // Spoken "o" is the Irish "Ó" only before a word no dictionary knows ("patrick o suilleabhain").
      const bareO = ctx.low(q - 1) === 'o' && isEnglishWord(ctx.toks[q]?.base ?? '');
      if (q > k && !bareO && nameWordOk(ctx, q, 1, true)) {
        last = q;
        if (ctx.toks[q]!.possessive || ctx.breakAfter(q) || ctx.toks[q]!.commaAfter) break;
        pos += q - k;
        continue;
      }
    }
    // "Harold T. Fitch", "harold t fitch": a middle initial joins the name when a surname follows it.
    if (pos > 0 && middleInitial(ctx, k) && nameWordOk(ctx, k + 1, pos + 1, true) && (ctx.written || anySurname(ctx.toks[k + 1]!.base))) {
      last = k + 1;
      const s = ctx.toks[k + 1]!;
      if (s.possessive || ctx.breakAfter(k + 1) || s.commaAfter) break;
      pos++;
      continue;
    }
    if (!nameWordOk(ctx, k, pos, strong)) break;
    const t = ctx.toks[k]!;
    // Spoken: a third word only after a known middle name or for a clear surname ("mary ann lee", "dolores
    // huerta blanco"), else it is more likely the next sentence ("... tavita oyelaran email me at").
    // "theo vasquez lindqvist": a third word no English word nor name data knows, where a name would end,
    // is the second part of a surname the recogniser split at its hyphen.
    const splitSurname = unknownWord(t.base) && !isEnglishWord(t.base) && nameEnds(ctx, k);
    // "ingrid halvorsen case manager": an everyday word before a role word starts the role, not a surname.
    if (!ctx.written && pos >= 2 && isEnglishWord(t.base) && (ROLE_NOUNS.has(ctx.low(k + 1)) || ORG_WORDS.has(ctx.low(k + 1)))) break;
    if (!ctx.written && pos === 2 && !anyGiven(ctx.toks[j + 1]!.base) && !splitSurname && !(clearSurname(t.base) && (givenClass(t.base) < 3 || !clearGiven(t.base)))
      && !secondSurname(ctx, j, k)) break;
    if (!ctx.written && pos === 3 && !(anyGiven(ctx.toks[j + 1]!.base) && (splitSurname || (clearSurname(t.base) && !isEnglishWord(t.base))))) break;
    last = k;
    if (t.possessive || ctx.breakAfter(k) || t.commaAfter) break;
    if (!ctx.written && pos === 0 && !strong && !clearGiven(t.base)) break;
  }
  if (last < 0) return -1;
  if (last === j && strong && wordSurnameAfterGiven(ctx, j)) last = j + 1;
  // Spoken: an ordinary word alone after a cue ("this is bill") is too weak; a surname must follow.
  if (!ctx.written && last === j && COMMON_WORDS.has(ctx.toks[j]!.base) && !GIVEN_NAMES.has(ctx.toks[j]!.base)
    && !(strong && anyGiven(ctx.toks[j]!.base) && (nameFollower(ctx, j) || INTRO_NEXT.has(ctx.low(j + 1))))) return -1;
  // A month or modal alone is a name only before a verb that needs a subject ("my wife may had her knee done").
  if (last === j && (FUNCTION_WORDS.has(ctx.toks[j]!.base) || MONTHS[ctx.toks[j]!.base] !== undefined) && !GIVEN_NAMES.has(ctx.toks[j]!.base)
    && !nameFollower(ctx, j) && !(strong && wordNameAfterStrongCue(ctx, j))) return -1;
  // Spoken "it's telehealth tomorrow": a lone word the name data lacks is a name only where a name would end
  // ("it's kobina from the lab", "this is kobina i'm calling ...").
  if (!ctx.written && last === j && unknownWord(ctx.toks[j]!.base) && !ctx.breakAfter(j) && j + 1 < ctx.toks.length && !(strong && ctx.toks[j]!.possessive)
    && !NAME_FOLLOWERS.has(ctx.low(j + 1)) && !SUBJECT_VERBS.has(ctx.low(j + 1)) && !LONE_NAME_FOLLOWERS.has(ctx.low(j + 1))) return -1;
  // "Kroger pharmacy", "Pacific Home Health": words before an organisation word name the organisation.
  // A clear given name and a surname stay a person before such a word ("hiroshi tanabe physical therapist").
  // "this is lakshmi pharmacy tech at ...": a clear given name before an organisation word and a role is the agent.
  const agent = last === j && clearGiven(ctx.toks[j]!.base) && !isEnglishWord(ctx.toks[j]!.base) && ROLE_NOUNS.has(ctx.low(last + 2)) && !ctx.breakAfter(last + 1);
  if (orgWordsIn(ctx, j, last) || (orgAfter(ctx, last) && !(last > j && clearGiven(ctx.toks[j]!.base)) && !agent)) return -1;
  return last;
}

/** Words right before letters that spell a name ("it's spelled k o w a l"). */
const SPELLING_CUES = new Set(['spelled', 'spelt', 'spell', 'spelling', "that's", 'its', "it's"]);

/** Spelled letters from token k ("s m i t h", "m as in mary o r"): the letters and the token after each. */
function readLetters(ctx: Ctx, k: number): { letters: string; ends: number[] } {
  let letters = '';
  const ends: number[] = [];
  for (;;) {
    // "g i double l i a m": a doubled letter said as "double l", once the spelling has begun.
    if (letters && ctx.low(k) === 'double' && ctx.free(k) && ctx.free(k + 1) && !ctx.breakAfter(k) && /^[a-z]$/.test(ctx.low(k + 1))) {
      letters += ctx.low(k + 1).repeat(2);
      ends.push(k + 1, k + 1);
      if (ctx.breakAfter(k + 1)) break;
      k += 2;
      continue;
    }
    if (!ctx.free(k) || !/^[a-z]$/i.test(ctx.toks[k]?.core ?? '')) break;
    // "o" reads as a digit elsewhere; here it is a letter like any other.
    const span = Math.max(1, letterSpan(ctx, k));
    letters += ctx.toks[k]!.low;
    ends.push(k + span - 1);
    if (ctx.breakAfter(k + span - 1)) break;
    k += span;
  }
  return { letters, ends };
}

/** Acronyms a caller spells after a name to introduce the next item ("d o b", "m r n", "s s n"). */
const SPELLED_CUES = ['dob', 'mrn', 'ssn'];

/** Spelled-out letters after a name ("smith s m i t h") spell the name too. */
function extendSpelling(ctx: Ctx, last: number): number {
  if (ctx.breakAfter(last)) return last;
  const { letters: spelled, ends } = readLetters(ctx, last + 1);
  // "tomasz wrobel d o b ...": a spelled cue for what comes next, not the spelling of the name.
  if (SPELLED_CUES.includes(spelled)) return last;
  // "ignacio ferrante i i had ...", "I, I was ...": a stammered pronoun spells nothing.
  if (/^[ai]+$/.test(spelled)) return last;
  // Two letters spell only a name word of those two letters ("tuan le l e").
  if (spelled.length === 2 && ![...Array(3).keys()].some((n) => last - n >= 0 && plainLetters(ctx.toks[last - n]!.base) === spelled)) return last;
  // "rosalind achebe i n r was two point one": a short run of letters that starts no name word is an abbreviation.
  if (spelled.length >= 3 && spelled.length <= 4 && !anySurname(spelled) && !anyGiven(spelled)
    && ![0, 1].some((n) => last - n >= 0 && plainLetters(ctx.toks[last - n]!.base).startsWith(spelled[0]!))) return last;
  if (spelled.length >= 2) {
    // "moe thu zar m o e t h u z a r": the spelling of the whole name said just before, word after word.
    for (const n of [3, 2]) {
      if (last - n + 1 < 0) continue;
      const whole = Array.from({ length: n }, (_, m) => plainLetters(ctx.toks[last - n + 1 + m]!.base)).join('');
      if (spelled.startsWith(whole) && (spelled.length === whole.length || spelled.length > whole.length)) return ends[whole.length - 1]!;
    }
    // "whitaker w h i t a k e r i need": stop where the spelling of a name word ends.
    for (let q = last; q >= 0 && last - q < 3; q--) {
      const w = plainLetters(ctx.toks[q]!.base);
      if (w.length >= 2 && spelled.startsWith(w) && spelled.length > w.length) return ends[w.length - 1]!;
    }
    return ends[ends.length - 1]!;
  }
  const t = ctx.toks[last + 1];
  if (!t || !ctx.free(last + 1) || !/^[A-Za-z](-[A-Za-z]){1,}$/.test(t.core)) return last;
  // "Moe Thu Zar, M-O-E, T-H-U, Z-A-R": one spelled group per word of the name, set off by commas.
  const words = Array.from({ length: Math.min(3, last + 1) }, (_, m) => plainLetters(ctx.toks[last - m]!.base)).reverse();
  let end = last;
  for (let k = last + 1, w = 0; k < ctx.toks.length && w < words.length; k++) {
    const g = ctx.toks[k]!;
    if (!ctx.free(k) || !/^[A-Za-z](-[A-Za-z])+$/.test(g.core)) break;
    const letters = g.core.replace(/-/g, '').toLowerCase();
    // Only the first group may spell a word of three letters or more without the name's other words being spelled too.
    if (!words.slice(w).includes(letters)) { if (k === last + 1 && letters.length >= 3) end = k; break; }
    w = words.indexOf(letters, w) + 1;
    end = k;
    if (ctx.breakAfter(k) || !g.commaAfter) break;
  }
  return end;
}

function byLastWord(cues: string[][]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const c of cues) {
    const k = c[c.length - 1]!;
    m.set(k, [...(m.get(k) ?? []), c]);
  }
  return m;
}
const STRONG_BY_LAST = byLastWord(STRONG_CUES);
const WEAK_BY_LAST = byLastWord(WEAK_CUES);

function cueEndsAt(ctx: Ctx, j: number, cue: string[]): boolean {
  for (let k = 0; k < cue.length; k++) {
    const idx = j - (cue.length - 1 - k);
    if (idx < 0 || ctx.toks[idx]!.low !== cue[k]) return false;
    if (k < cue.length - 1 && ctx.breakAfter(idx)) return false;
  }
  return true;
}

const POSSESSIVES = new Set(['my', 'her', 'his', 'our', 'their', 'your']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'downtown', 'into', 'toward', 'towards']);
const PERSON_NOUNS = new Set(['patient', 'member', 'beneficiary', 'resident', 'client', 'subscriber', 'enrollee', 'insured', 'employee', 'claimant',
  'student', 'inmate']);
/** Spoken "for patient ..." / "your patient ...", but not "the patient portal". */
const PERSON_NOUN_OWNERS = new Set(['your', 'our', 'for', 'about', 'regarding', 're', 'concerning', 'on', 'with', 'a', 'to', 'is', 'calling']);
const GREETING_AFTER: string[][] = [['here'], ['calling'], ['speaking']];
const GREETINGS = new Set(['hi', 'hello', 'hey', 'yeah', 'yes', 'morning', 'afternoon', 'evening', 'um', 'uh', 'oh']);
const BIRTH_AFTER: string[][] = [['date', 'of', 'birth'], ['dob'], ['d', 'o', 'b'], ['born'], ['birthday'], ['birth', 'date']];

function cueStartsAt(ctx: Ctx, j: number, cue: string[]): boolean {
  for (let k = 0; k < cue.length; k++) if (ctx.toks[j + k]?.low !== cue[k]) return false;
  return j === 0 || !ctx.breakAfter(j - 1) || ctx.toks[j - 1]!.commaAfter || ctx.written;
}

function claimName(ctx: Ctx, from: number, to: number, type: PhiType): void {
  const spelledEnd = extendSpelling(ctx, to);
  ctx.claim(from, to, type);
  // The spelling after a name ("Banks, B-A-N-K-S") is a detection of its own.
  if (spelledEnd > to) ctx.claim(to + 1, spelledEnd, type);
}

export function detectNames(ctx: Ctx): void {
  const { toks } = ctx;
  // 1. Titles: clinicians and honorifics.
  for (let i = 0; i < toks.length; i++) {
    // "Hey Doc, Bartholomew here": a title set off by a comma addresses someone rather than naming them.
    if (!ctx.free(i) || toks[i]!.commaAfter || (ctx.breakAfter(i) && !['dr', 'mr', 'mrs', 'ms'].includes(toks[i]!.low))) continue;
    const t = toks[i]!;
    const isTitle = PROVIDER_TITLES.has(t.low) && !t.possessive;
    const isHon = HONORIFICS.has(t.low) || rankTitle(ctx, i);
    if (!isTitle && !isHon) continue;
    if (ctx.written && !t.cap && t.low !== 'doctor' && t.low !== 'nurse') continue;
    let last = -1;
    for (let pos = 0; pos < 3; pos++) {
      const k = i + 1 + pos;
      const tk = toks[k];
      if (!tk || !ctx.free(k) || !alpha(tk)) break;
      const w = tk.base;
      // "the doctor hadn't signed it": a contraction is no name.
      if (/(n't|'ll|'ve|'re|'d|'m)$/.test(tk.low)) break;
      if (ctx.written ? !tk.cap : (FUNCTION_WORDS.has(w) || EXTRA_STOPS.has(w) || (COMMON_WORDS.has(w) && !isName(w)) || (isEnglishWord(w) && !nameEvidence(w)))) break;
      if (ctx.written && pos > 0 && FUNCTION_WORDS.has(w) && !isName(w)) break;
      if (!ctx.written && pos > 0 && !laterNameWord(w)) break;
      last = k;
      if (tk.possessive || ctx.breakAfter(k) || tk.commaAfter) break;
      // Spoken: one word after the title unless it is a given name ("doctor maria lopez", "mister lionel
      // fairbanks") or a known surname follows ("doctor okonkwo reyes").
      if (!ctx.written && !anyGiven(w) && !(pos === 0 && clearSurname(toks[k + 1]?.base ?? '') && ctx.free(k + 1) && !FUNCTION_WORDS.has(toks[k + 1]!.base))) break;
    }
    if (last < 0) continue;
    if (isTitle) ctx.claim(i, last, 'PROVIDER');
    else ctx.claim(i + 1, last, 'NAME');
    i = last;
  }
  // 2. Cues.
  for (let j = 0; j < toks.length; j++) {
    if (!ctx.free(j) || j === 0) continue;
    if (ctx.breakAfter(j - 1) && !toks[j - 1]!.commaAfter) { /* a cue cannot span a sentence end */ }
    let strong = false;
    let found = false;
    if (!ctx.breakAfter(j - 1)) {
      const lastWord = toks[j - 1]!.low;
      for (const c of STRONG_BY_LAST.get(lastWord) ?? []) if (cueEndsAt(ctx, j - 1, c)) { strong = true; found = true; break; }
      // "the name on the chart is Limei Chen", "the name on her insurance is ...": "name" a few words before "is".
      if (!found && lastWord === 'is' && [2, 3, 4].some((n) => ctx.low(j - 1 - n) === 'name' && ctx.low(j - n) === 'on'
        && Array.from({ length: n + 1 }, (_, q) => j - 1 - n + q).every((q) => !ctx.breakAfter(q)))) { strong = true; found = true; }
      if (!found) for (const c of WEAK_BY_LAST.get(lastWord) ?? []) if (cueEndsAt(ctx, j - 1, c)) { found = true; break; }
      // "my mother, Grace Lee" / "her son ann" / "my mother's name is" handled by "name is".
      // "the daughter of Constantine Petrakis", "neighbor of ada whitmore".
      if (!found && toks[j - 1]!.low === 'of' && j >= 2 && RELATIONS.has(toks[j - 2]!.base) && !ctx.breakAfter(j - 2)) {
        strong = true;
        found = true;
      }
      // "the pharmacist Yolanda Birch", "Officer Dana Whitlock": a role before a clear given name.
      if (!found && ROLE_NOUNS.has(toks[j - 1]!.base)) found = true;
      // "my father in law raghavan menon": a relation said in three words.
      if (!found && toks[j - 1]!.low === 'law' && ctx.low(j - 2) === 'in' && RELATIONS.has(ctx.low(j - 3)) && !ctx.breakAfter(j - 2)) {
        strong = POSSESSIVES.has(ctx.low(j - 4)) || ctx.low(j - 4) === 'the';
        found = true;
      }
      if (!found && RELATIONS.has(toks[j - 1]!.low)) {
        const p = toks[j - 2]?.low;
        // "dorothy price's son gene": someone's relation, named right after, is as sure as "my son".
        const owner = toks[j - 2];
        strong = p === 'my' || p === 'her' || p === 'his' || p === 'our' || p === 'their' || p === 'the' || p === 'old' || p === 'year-old' || p === 'elderly' || p === 'late'
          || (owner !== undefined && owner.possessive && !S_CONTRACTIONS.has(owner.low) && !ctx.breakAfter(j - 2));
        found = true;
      }
    }
    if (!found) continue;
    const weakWritten = !strong && ctx.written;
    // Written weak cues: a capitalised word that is a known name, or two capitalised words.
    if (weakWritten) {
      const t = toks[j]!;
      const next = toks[j + 1];
      const twoCaps = t.cap && next !== undefined && next.cap && !ctx.breakAfter(j) && !t.commaAfter && alpha(next) && !FUNCTION_WORDS.has(next.base);
      // "ask for Candy.", "Please call Mason, that's me": a capitalised given name, even an everyday word, that
      // ends the clause right after the cue.
      const capGivenEnds = t.cap && anyGiven(t.base) && (ctx.breakAfter(j) || t.commaAfter) && MONTHS[t.base] === undefined && !WEEKDAYS.has(t.base)
        && !ORG_WORDS.has(t.base) && !MEDICATIONS.has(t.base) && !FUNCTION_WORDS.has(t.base) && ['for', 'call', 'ask', 'from', 'tell', 'reach'].includes(toks[j - 1]!.low);
      if (!(isName(t.base) && !AMBIGUOUS_GIVEN.has(t.base)) && !twoCaps && !loneNameAfterIm(ctx, j) && !capGivenEnds) continue;
      // "calling for Harriet Sloane": two capitalised words after "for"/"about" are a person unless they name
      // an organisation ("for Blue Cross", "from Lakeside Cardiology").
      if (['from', 'with', 'for', 'and', 'about', 'to'].includes(toks[j - 1]!.low) && !clearGiven(t.base) && !capGivenEnds
        && !(twoCaps && !toks[j - 1]!.cap && !ORG_WORDS.has(t.base) && !ORG_WORDS.has(next.base) && toks[j - 1]!.low !== 'from'
          && !ORG_WORDS.has(toks[j + 2]?.base ?? ''))) continue;
    }
    let plainName = false;
    if (!strong && !ctx.written && ['from', 'with', 'for', 'and', 'about', 'to'].includes(toks[j - 1]!.low)) {
      const t = toks[j]!;
      // "calling for patience cook i'm her daughter": two words, then the caller says how she is related.
      const related = relationAfter(ctx, j + 2) && pairOfWords(ctx, j);
      if (related) { claimName(ctx, j, j + 1, 'NAME'); j++; continue; }
      // "calling about sofiia my daughter": one word no dictionary has (or a clear given name), then the relation.
      if (relationAfter(ctx, j + 1) && oneNameWord(ctx, j)) { claimName(ctx, j, j, 'NAME'); continue; }
      // "this message is for kim from the front desk": a short given name no dictionary has, then where she is from.
      plainName = AMBIGUOUS_GIVEN.has(t.base) && englishSize(t.base) === 0 && !ctx.breakAfter(j)
        && ['from', 'at', 'in', 'about', 'when', 'and', 'with', 'please', 'thanks'].includes(ctx.low(j + 1));
      // "june whitfield calling for ray he's my husband", "i'm calling for river he has an ear infection": after
      // "calling for/about", a given name, even an everyday word, that the next words go on about as a person.
      const personNext = ['he', 'she', "he's", "she's", 'who'].includes(ctx.low(j + 1)) && !ctx.breakAfter(j);
      if (!plainName && personNext && ctx.low(j - 2) === 'calling' && ['for', 'about'].includes(ctx.low(j - 1)) && givenClass(t.base) >= 3
        && notFillerWord(t.base) && !t.possessive) plainName = true;
      // "i live next door to grant long he's one of your patients": a given name and a frequent surname, both everyday
      // words, where a name would end.
      if (everydayPair(ctx, j)) { claimName(ctx, j, j + 1, 'NAME'); j++; continue; }
      // "calling for precious precious ogunbiyi": a stuttered first word, then the name read again.
      const js = toks[j + 1]?.base === t.base && ctx.free(j + 1) && !ctx.breakAfter(j) ? j + 1 : j;
      if (!clearGiven(t.base) && !wordNameWithSurname(ctx, js) && !unknownPair(ctx, js) && !plainName) continue;
    }
    // Spoken "hey this is jerome jerome oyelowo banks": a stuttered first word is part of the name.
    const start = j;
    if (!ctx.written && toks[j + 1]?.base === toks[j]!.base && ctx.free(j + 1) && !ctx.breakAfter(j)) j++;
    let last = takeName(ctx, j, strong, 4);
    if (last === j && adjectiveAfterIts(ctx, start, j)) last = -1;
    if (last < 0 && plainName) last = j;
    // "it's j r smith calling back": initials before the surname, after a strong cue.
    if (last < 0 && strong) {
      let n = 0;
      while (n < 2 && /^[b-hj-z]$/.test(ctx.low(j + n)) && ctx.free(j + n) && !ctx.breakAfter(j + n)) n++;
      const w = toks[j + n]?.base ?? '';
      if (n > 0 && !FUNCTION_WORDS.has(w) && ((anySurname(w) && (!isEnglishWord(w) || SURNAMES.has(w))) || unknownWord(w) || clearGiven(w))) {
        const l2 = takeName(ctx, j + n, true, 3);
        if (l2 >= j + n) last = l2;
      }
    }
    // "my daughter's name is bluebell fairhurst": after "name is" even an everyday word starts the name.
    if (last < 0 && !ctx.written && NAME_IS_CUES.some((c) => cueEndsAt(ctx, start - 1, c))) last = nameAfterNameIs(ctx, j);
    // Spoken "calling for hope ibarra", "deliver to opal reddick": a given name that is also a word, then a
    // surname that is not; "calling for benedikt sauer": a first name the data lacks, then a surname.
    if (last < 0 && !strong && !ctx.written && (wordNameWithSurname(ctx, j) || unknownPair(ctx, j))) last = thirdNameWord(ctx, j + 1);
    // Spoken "it's mercy ama asante": after a strong cue, a given name that is also a word, then name words
    // the data does not take for words.
    if (last < 0 && strong && !ctx.written && anyGiven(toks[j]!.base) && !FUNCTION_WORDS.has(toks[j]!.base) && !EXTRA_STOPS.has(toks[j]!.base)
      && ctx.free(j) && alpha(toks[j]!) && !ctx.breakAfter(j) && !toks[j]!.possessive) {
      const rest = takeName(ctx, j + 1, true, 2);
      let ok = rest > j;
      for (let q = j + 1; q <= rest && ok; q++) {
        const w = toks[q]!.base;
        ok = !isEnglishWord(w) && (unknownWord(w) || clearSurname(w) || anyGiven(w));
      }
      if (ok) last = rest;
    }
    // "we saw autumn reed yesterday": after a clinician's verb, a given name and a surname even if both are words.
    if (last < 0 && !strong && !ctx.written && PATIENT_VERBS.has(toks[start - 1]!.low) && pairOfWords(ctx, j)) last = j + 1;
    // "your patient imelda ruiz": after a word naming a person, two name-like words are that person.
    if (last < 0 && !strong && PERSON_NOUNS.has(toks[j - 1]!.base) && (ctx.written || PERSON_NOUN_OWNERS.has(ctx.low(j - 2)))) {
      const l2 = takeName(ctx, j, true, 2);
      if (l2 >= j + 1) last = l2;
    }
    // Spoken "i am lucinda marlowe": an unknown first name after "i am" needs a second name word and
    // neither may look like a verb or adverb ("i'm worried sick").
    if (last < 0 && !ctx.written && !strong && (cueEndsAt(ctx, j - 1, ["i'm"]) || cueEndsAt(ctx, j - 1, ['i', 'am']))) {
      const verbish = (k: number): boolean => /(ing|ed|ly)$/.test(ctx.low(k));
      if (nameWordOk(ctx, j, 0, true) && nameWordOk(ctx, j + 1, 1, true) && !verbish(j) && !verbish(j + 1)) last = j + 1;
    }
    if (last < 0 && !strong && loneNameAfterIm(ctx, j)) last = j;
    // Spoken "my niece soraya has a fever": right after "my/her/his <relation>", a word no dictionary or name list
    // knows is that relative's given name.
    if (last < 0 && !ctx.written && RELATIONS.has(toks[start - 1]!.low) && POSSESSIVES.has(ctx.low(start - 2)) && !ctx.breakAfter(start - 1)) {
      const t = toks[j]!;
      if (ctx.free(j) && alpha(t) && !isNumTok(t) && !t.possessive && unknownWord(t.base) && !isEnglishWord(t.base) && !FUNCTION_WORDS.has(t.base)
        && !CLINICAL_ENDING.test(t.base) && !MEDICATIONS.has(t.base) && !ORG_WORDS.has(ctx.low(j + 1))) last = j;
    }
    if (last < 0) { j = start; continue; }
    claimName(ctx, start, last, 'NAME');
    j = last;
  }
  // 2a. "for harriet sloane date of birth ...": name words right before a birth-date cue; "Hi, Perpetua
  // here", "hi matilda osei bonsu calling": name words between a greeting and "here" / "calling".
  for (let j = 1; j < toks.length; j++) {
    const greetingCue = GREETING_AFTER.some((c) => cueStartsAt(ctx, j, c));
    if (!greetingCue && !BIRTH_AFTER.some((c) => cueStartsAt(ctx, j, c))) continue;
    for (const n of greetingCue ? [3, 2, 1] : [3, 2]) {
      const a = j - n;
      if (a < 0 || (greetingCue && !(a === 0 || GREETINGS.has(ctx.low(a - 1))))) continue;
      let ok = true;
      for (let k = a; k < j && ok; k++) {
        const inner = k < j - 1;
        ok = ctx.free(k) && nameWordOk(ctx, k, k - a, true) && !ORG_WORDS.has(toks[k]!.base)
          && !(inner && (ctx.breakAfter(k) || toks[k]!.commaAfter || toks[k]!.possessive));
      }
      const w = toks[a]!.base;
      if (!ok || (n === 1 && !(anyGiven(w) || unknownWord(w) || clearSurname(w)))) continue;
      ctx.claim(a, j - 1, 'NAME');
      break;
    }
  }
  // 2a'. Written "Anatoly, her son, is with her": capitalised words set off before "my/her/his <relation>".
  if (ctx.written) {
    for (let j = 0; j + 2 < toks.length; j++) {
      const t = toks[j]!;
      if (!t.commaAfter || !ctx.free(j) || !POSSESSIVES.has(ctx.low(j + 1)) || !RELATIONS.has(toks[j + 2]!.base)) continue;
      if (!nameWordOk(ctx, j, 1, true) || (!isName(t.base) && !unknownWord(t.base))) continue;
      let from = j;
      if (j > 0 && !ctx.breakAfter(j - 1) && !toks[j - 1]!.commaAfter && nameWordOk(ctx, j - 1, 0, true)) from = j - 1;
      // "at the Hilton, my mother fell": a place, not the relative's name.
      const before = ctx.breakAfter(from - 1) ? '' : ctx.low(from - 1);
      if (before === 'the' || before === 'a' || before === 'from' || PLACE_PREPOSITIONS.has(before)) continue;
      ctx.claim(from, j, 'NAME');
    }
  }
  // 2b. "Rosalind Achterberg's daughter": a possessive before a relation is a person.
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    if (!t.possessive || !ctx.free(j) || !RELATIONS.has(ctx.low(j + 1)) || ctx.breakAfter(j)) continue;
    // "i'm will's grandpa": right after the caller's "I'm", any word with "'s" before a relation is someone's name.
    const afterIm = (cueEndsAt(ctx, j - 1, ["i'm"]) || cueEndsAt(ctx, j - 1, ['i', 'am'])) && alpha(t) && !PERSON_NOUNS.has(t.base)
      && t.base !== 'patient' && !RELATIONS.has(t.base) && !ORG_WORDS.has(t.base);
    if (!nameWordOk(ctx, j, 1, true) && !afterIm) continue;
    let from = j;
    // Spoken: words before the possessive join it only when they look like names ("down the street irene ...").
    const joins = (k: number): boolean => ctx.written || clearGiven(toks[k]!.base) || unknownWord(toks[k]!.base)
      || (anyGiven(toks[k]!.base) && !isEnglishWord(toks[k]!.base)) || clearSurname(toks[k]!.base);
    while (from - 1 >= 0 && j - from < 2 && !ctx.breakAfter(from - 1) && !toks[from - 1]!.commaAfter
      && nameWordOk(ctx, from - 1, from - 1 === j - 1 && j - from === 0 ? 1 : 0, true) && joins(from - 1)) from--;
    ctx.claim(from, j, 'NAME');
  }
  // 2b'. "Grandma Rose wants ...", "aunt lucinda called": a kin word used as a title before a given name; the title
  // stays outside the name.
  for (let k = 1; k < toks.length; k++) {
    if (!KIN_TITLES.has(ctx.low(k - 1)) || !ctx.free(k) || ctx.breakAfter(k - 1) || toks[k - 1]!.commaAfter) continue;
    const t = toks[k]!;
    if (!alpha(t) || FUNCTION_WORDS.has(t.base) || MONTHS[t.base] !== undefined || WEEKDAYS.has(t.base)) continue;
    if (ctx.written ? t.cap && (anyGiven(t.base) || unknownWord(t.base)) : clearGiven(t.base)) ctx.claim(k, k, 'NAME');
  }
  // 2c. "calling from the Morales household", "the okafor family": a surname naming a household.
  for (let k = 2; k < toks.length; k++) {
    if (!HOUSEHOLD_WORDS.has(ctx.low(k)) || ctx.low(k - 2) !== 'the' || !ctx.free(k - 1) || ctx.breakAfter(k - 2) || ctx.breakAfter(k - 1)) continue;
    const t = toks[k - 1]!;
    const w = t.base;
    if (!alpha(t) || FUNCTION_WORDS.has(w) || EXTRA_STOPS.has(w) || ORG_WORDS.has(w) || RELATIONS.has(w)) continue;
    // "the okafor house", "at the Lindqvist home": a building says less; only a surname no dictionary has names it.
    if (BUILDING_WORDS.has(ctx.low(k))) {
      if (anySurname(w) && !isEnglishWord(w) && (!ctx.written || t.cap)) ctx.claim(k - 1, k - 1, 'NAME');
      continue;
    }
    if (ctx.written ? t.cap && (anySurname(w) || unknownWord(w)) : clearSurname(w) || (unknownWord(w) && !isEnglishWord(w))) ctx.claim(k - 1, k - 1, 'NAME');
  }
  // Names found so far recur ("Rosemary Kincaid calling for Ray Kincaid") before rarer evidence is used.
  propagate(ctx, 'NAME');
  // 3. Given names anywhere: "Maria Lopez", "tell maria", "we have a leopold marsh here".
  for (let j = 0; j < toks.length; j++) {
    if (!ctx.free(j)) continue;
    const t = toks[j]!;
    const w = t.base;
    const handListed = GIVEN_NAMES.has(w);
    if ((ctx.written && !t.cap) || !(handListed || anyGiven(w)) || !alpha(t)) continue;
    // "confirm that Dawn Pemberton is coming": a given name that is also a word, before a surname that is not.
    if (!handListed && !clearGiven(w)) {
      if (wordNameWithSurname(ctx, j, 3) && (!ctx.written || toks[j + 1]!.cap) && ctx.low(j - 1) !== 'the') {
        claimName(ctx, j, j + 1, 'NAME');
        j++;
      }
      continue;
    }
    // "at the Hilton": a name after "the" names a place or a thing; "a grey Altima" describes a car.
    if (ctx.low(j - 1) === 'the' || (VEHICLE_WORDS.has(ctx.toks[j + 1]?.base ?? '') && !ctx.breakAfter(j))) continue;
    if (ctx.low(j - 1) === 'st' || ctx.low(j - 1) === 'saint' || spellingAidWord(ctx, j)) continue;
    const next = toks[j + 1];
    const surnameNext = next !== undefined && (SURNAMES.has(next.base) || clearSurname(next.base));
    const nextOk = next !== undefined && !ctx.breakAfter(j) && !t.commaAfter && nameWordOk(ctx, j + 1, 1, true)
      && (ctx.written || surnameNext || unknownWord(next.base) || clearGiven(next.base));
    if (AMBIGUOUS_GIVEN.has(w) && !(nextOk && surnameNext)) continue;
    if (!ctx.written && (FUNCTION_WORDS.has(w) || COMMON_WORDS.has(w))) continue;
    // A given name from the data alone after a place preposition is more likely a place ("she lives in dallas").
    if (!nextOk && !handListed && PLACE_PREPOSITIONS.has(ctx.low(j - 1))) continue;
    const third = toks[j + 2];
    const thirdOk = nextOk && third !== undefined && !ctx.breakAfter(j + 1) && !next.commaAfter && !next.possessive
      && nameWordOk(ctx, j + 2, 2, true) && (SURNAMES.has(third.base) || clearSurname(third.base)) && (ctx.written || !clearGiven(third.base));
    const last = nextOk ? (thirdOk ? j + 2 : j + 1) : j;
    if (orgWordsIn(ctx, j, last) || orgAfter(ctx, last)) continue;
    // A rare given name alone (fewer than 1,000 bearers in the data) is as likely a surname or a word.
    if (last === j && !handListed && givenClass(w) < 2) continue;
    claimName(ctx, j, last, 'NAME');
    j = last;
  }
  // 3a'. "The name on the account is Olive Banks, B-A-N-K-S": words spelled back right after they are said are a name.
  spelledBack(ctx);
  // 3b. A name spelled out anywhere ("that's R-A-M-A-S-W-A-M-Y", "p as in paul a p a d o p o u l o s").
  spelledNames(ctx);
  // 3c. "Patient name Lopez, Maria": a surname written before the given name, set off by a comma.
  if (ctx.written) invertedNames(ctx);
  // 3d. "This is Kim, Ji-hoon", "My name is Adeyemi, Folasade": the given name after a surname said first.
  if (ctx.written) givenAfterSurname(ctx);
  // 3e. "Hi, Autumn Summers. I know...", "... Drew Short. Thank you.": a sentence that is only a name.
  if (ctx.written) standaloneNames(ctx);
  if (ctx.written) setOffNames(ctx);
  else spokenGreetingNames(ctx);
  // 3f. "The nurse, Faith, said ...": a given name set off by commas after a role.
  if (ctx.written) roleAppositives(ctx);
  // 3f''. "my children Hodan, Yusuf, and Ayaan Farah", "Lily, Jack and Rose Page": the other names of a list.
  if (ctx.written) nameLists(ctx);
  // 3f'. "letting Brenda and Kim know", "Kim said she'd call": a capitalised given name joined to a name, or
  // starting a sentence before a verb that needs a person.
  if (ctx.written) joinedAndSubjectNames(ctx);
  // 3g'. Spoken "hi this is georgia wells medical record ...": the caller's opening name, even words that are a state or a modal.
  if (!ctx.written) openingNames(ctx);
  // 3h. Spoken "lester pounds that's all", "lonnie birch calling": a surname that is also an everyday word completes
  // a first name found alone, where a name would end.
  if (!ctx.written) everydaySurnamesAfterNames(ctx);
  // 3i. Spoken "i've had destiny and jaylen moore since ...": a given name joined by "and" to a name found.
  if (!ctx.written) spokenJoinedNames(ctx);
  // 3j. Spoken "the receptionist deb said", "get madison's lab results", "my nieces abena and efua".
  if (!ctx.written) {
    spokenRoleNames(ctx);
    spokenPossessiveNames(ctx);
    spokenNameLists(ctx);
  }
  // 3j'. "my wife is Rukhsana.", "and my husband is earl he ...": a relative named with "is", the name alone.
  relativeIsNames(ctx);
  // 3j''. "Kofi, 6/12/2011, Akosua, 2/2/2014, and Yaw, 9/9/2016": children listed each with a birth date.
  namesWithDates(ctx);
  // 3g. "Hunter Brooks, B as in boy, R-O-O-K-S": the spelling aid before the letters belongs to the spelling.
  spellingAidsIntoSpellings(ctx);
  // 3k. "an employee, Juan Carlos Ixcot, who ...", "Donovan St. Clair calling": capitalised words that go on
  // straight after a name found, up to where the clause ends, are the rest of it.
  capitalisedNameTails(ctx);
  // 3l. "visiting from India", "the boat over to Seattle": a country or a large city after a word of travel is no one.
  placesNotNames(ctx);
  // 3m. Spoken "my husband saw eh doh": the Karen titles Saw and Naw open the name they stand before.
  if (!ctx.written) {
    for (const e of ctx.entities) {
      const p = e.from - 1;
      if (e.type === 'NAME' && (ctx.low(p) === 'saw' || ctx.low(p) === 'naw') && ctx.free(p) && !ctx.breakAfter(p) && NAME_SYLLABLES.has(ctx.low(e.from))) {
        ctx.owner[p] = 'NAME';
        e.from = p;
      }
    }
  }
  // 3n. "Hector Garza Jr.", "hector garza junior": a generational suffix belongs to the name.
  for (const e of ctx.entities) {
    const k = e.to + 1;
    // (A written "Jr." may end the sentence itself.)
    if (e.type !== 'NAME' || (ctx.breakAfter(e.to) && !/^(jr|sr)/.test(ctx.low(k))) || !ctx.free(k)) continue;
    const w = ctx.low(k).replace(/\.$/, '');
    if (['jr', 'junior', 'sr', 'ii', 'iii', 'iv'].includes(w) && (ctx.written ? ctx.toks[k]!.cap : w === 'junior') && e.to > e.from) {
      ctx.owner[k] = 'NAME';
      e.to = k;
    }
  }
  // 3o. "my mother Do Thi Mai": a Vietnamese family name before the middle name Thi or Van that opens a name found.
  for (const e of ctx.entities) {
    const p = e.from - 1;
    if (e.type !== 'NAME' || p < 0 || !['thi', 'van'].includes(ctx.low(e.from)) || e.to === e.from || !ctx.free(p) || ctx.breakAfter(p) || ctx.toks[p]!.commaAfter) continue;
    if (!NAME_SYLLABLES.has(ctx.low(p)) || (ctx.written && !ctx.toks[p]!.cap)) continue;
    ctx.owner[p] = 'NAME';
    e.from = p;
  }
  // 3q. Spoken "hi this is delphine rides far i'm calling": a surname of everyday words after a caller's given name.
  if (!ctx.written) spokenWordSurnames(ctx);
  // 3r. Spoken "hello i'm huang jianping", "the patient is liang shu fen": a name said family name first in syllables.
  if (!ctx.written) syllableNamesAfterCues(ctx);
  // 3s. Spoken "bobby ray tabor call me", "kyaw zin oo i am calling", "hyun woo park i'm": a third word of a name.
  if (!ctx.written) thirdNameWords(ctx);
  // 3p. "Moe Thu Zar, M-O-E, T-H-U, Z-A-R": spellings of name words that only the steps since 3b found (a message
  // with no spelled letters has none).
  if (ctx.toks.some((t) => ctx.free(t.i) && (t.core.length === 1 || /^[A-Za-z](-[A-Za-z])+$/.test(t.core)))) spelledNames(ctx);
  // 4. The same name again elsewhere in the message.
  propagate(ctx, 'NAME');
  propagate(ctx, 'PROVIDER');
  // 4a. Spoken "omid just got his shots": last, so every fuller reading of the same word came first.
  if (!ctx.written) rareNamesAlone(ctx);
  if (!ctx.written) splitSyllableBefore(ctx);
  // 5. "Mrs. Ingrid Halvorsen", "father tomasz wisniewski": a courtesy or clergy title is part of the name.
  titlesIntoNames(ctx);
}

/**
 * "my wife is Rukhsana.", "her husband is Earl, he ...", spoken "my husband is earl he had ...": after "my/her/his
 * <relative> is", one word that is a given name (or, written, a capitalised word no dictionary has) where a name ends.
 * "my son is sick", "my wife is Catholic" stay: an everyday word needs given-name evidence and, spoken, a frequent one.
 */
function relativeIsNames(ctx: Ctx): void {
  for (let j = 3; j < ctx.toks.length; j++) {
    if (!ctx.free(j) || ctx.low(j - 1) !== 'is' || !RELATIONS.has(ctx.toks[j - 2]!.base) || !POSSESSIVES.has(ctx.low(j - 3))
      || ctx.breakAfter(j - 1) || ctx.breakAfter(j - 2)) continue;
    const t = ctx.toks[j]!;
    const w = t.base;
    if (!alpha(t) || isNumTok(t) || FUNCTION_WORDS.has(w) || stopWord(w) || MONTHS[w] !== undefined || WEEKDAYS.has(w) || MEDICATIONS.has(w)
      || ORG_WORDS.has(w) || RELATIONS.has(w) || CLINICAL_ENDING.test(w) || /(ing|ed|ly)$/.test(w)) continue;
    const given = ctx.written ? t.cap && (anyGiven(w) || (unknownWord(w) && !isEnglishWord(w)))
      : (clearGiven(w) && !isEnglishWord(w)) || (givenClass(w) >= 3 && notFillerWord(w)) || (unknownWord(w) && !isEnglishWord(w));
    if (!given || !nameEnds(ctx, j)) continue;
    claimName(ctx, j, j, 'NAME');
  }
}

/** Places of business that stand on a street: "the body shop on Havana", "the convent on Adams Street". */
const BUSINESS_PLACES = new Set(['shop', 'restaurant', 'store', 'convent', 'mall', 'plant', 'warehouse', 'bar', 'diner', 'salon', 'garage',
  'factory', 'depot', 'station', 'target', 'bakery', 'cafe', 'gym', 'library', 'bank', 'dealership', 'laundromat', 'market']);
/** Firms named "<kind> of <town>": "the Medical Center of Aurora", "University of Denver". */
const FIRMS_OF_TOWNS = new Set(['center', 'centre', 'hospital', 'university', 'college', 'bank', 'clinic', 'institute', 'city', 'county']);
/** First words of place names: "Fort Carson", "Mount Vernon", "Port Huron". */
const PLACE_FIRST_WORDS = new Set(['fort', 'ft', 'mount', 'mt', 'port', 'camp', 'lake']);
/** Words of travel before "to": "the boat over to Seattle", "we drove back to Dallas". */
const TRAVEL_BEFORE_TO = new Set(['over', 'back', 'down', 'up', 'drive', 'drove', 'driving', 'fly', 'flew', 'flying', 'move', 'moved', 'moving',
  'go', 'going', 'went', 'trip', 'ferry', 'boat', 'commute', 'way', 'flight', 'travel', 'traveling', 'travelling', 'headed', 'heading']);

/**
 * A name found right after "from", "in", "near" or a travel word and "to" that is a country, or a city of 100,000
 * people or more and no clear given name, is the place: "he's visiting from India", "I take the boat over to Seattle".
 */
function placesNotNames(ctx: Ctx): void {
  for (let n = ctx.entities.length - 1; n >= 0; n--) {
    const e = ctx.entities[n]!;
    if (e.type !== 'NAME' || e.from === 0 || ctx.breakAfter(e.from - 1)) continue;
    const prev = ctx.low(e.from - 1);
    // "the King Soopers on Havana", "a restaurant on Parker", "CVS on Adams Street": a firm's street, not a person.
    // "the Walgreens on Carrollton and Claiborne", "the CVS on Ponce de Leon": the street's words back to "on".
    let on = e.from - 1;
    while (on > e.from - 4 && on > 0 && ctx.low(on) !== 'on' && !ctx.breakAfter(on) && (ctx.low(on) === 'and' || PARTICLES.has(ctx.low(on))
      || (ctx.written ? ctx.toks[on]!.cap : !FUNCTION_WORDS.has(ctx.low(on)) && !isEnglishWord(ctx.low(on))))) on--;
    const firmAt = (n: number, chain: boolean): boolean => {
      const w = ctx.toks[on - n];
      return w !== undefined && !ctx.breakAfter(on - n) && (chain ? ORG_NAMES.has(w.base) : ORG_NAMES.has(w.base) || BUSINESS_PLACES.has(w.base));
    };
    const firmStreet = ctx.low(on) === 'on' && (((on === e.from - 1) && [1, 2].some((n) => firmAt(n, false)) && !(e.to > e.from && clearGiven(ctx.toks[e.from]!.base)))
      // A chain's store is named by its street whatever the street's words are ("the CVS on Elysian Fields").
      || [1, 2].some((n) => firmAt(n, true)));
    const words0 = ctx.toks.slice(e.from, e.to + 1).map((t) => t.low.replace(/[.,]$/, ''));
    // "Fort Carson", "Fort Morgan", "Mount Vernon": a place word before a place's name.
    const placePrefix = PLACE_FIRST_WORDS.has(prev.replace(/\.$/, '')) && (!ctx.written || ctx.toks[e.from - 1]!.cap)
      && placeClass([prev.replace(/\.$/, ''), ...words0]) > 0;
    // "the Medical Center of Aurora": a firm named after its town.
    const firmOf = prev === 'of' && FIRMS_OF_TOWNS.has(ctx.toks[e.from - 2]?.base ?? '') && e.from === e.to && placeClass(words0) > 0;
    // "service in Perry, Knott and Letcher counties": a list of counties or parishes.
    let q = e.to + 1;
    while (q < ctx.toks.length && q <= e.to + 6 && !ctx.breakAfter(q - 1) && (ctx.low(q) === 'and' || (ctx.toks[q]!.cap && !COUNTY_WORDS.has(ctx.low(q))) || (!ctx.written && !COUNTY_WORDS.has(ctx.low(q)) && !FUNCTION_WORDS.has(ctx.low(q))))) q++;
    const counties = COUNTY_WORDS.has(ctx.low(q)) && (q === e.to + 1 || ctx.low(q).endsWith('s')) && !ctx.breakAfter(q - 1) && !ctx.toks[q - 1]!.commaAfter;
    // "from Puerto Rico", "in El Salvador": the word before completes a country's name.
    const countryWithPrev = COUNTRIES.has([prev, ...words0].join(' '));
    if ((firmStreet || placePrefix || firmOf || counties || countryWithPrev) && !ctx.toks[e.to]!.possessive) { dropEntity(ctx, n); continue; }
    const travel = prev === 'from' || prev === 'in' || prev === 'near' || (prev === 'to' && TRAVEL_BEFORE_TO.has(ctx.low(e.from - 2)));
    if (!travel || ctx.toks[e.to]!.possessive) continue;
    const words = ctx.toks.slice(e.from, e.to + 1).map((t) => t.low.replace(/[.,]$/, ''));
    const country = COUNTRIES.has(words.join(' '));
    const city = placeClass(words) >= 3 && !(words.length === 1 && givenClass(words[0]!) >= 3);
    if (country || city) dropEntity(ctx, n);
  }
}

const COUNTY_WORDS = new Set(['county', 'counties', 'parish', 'parishes', 'borough', 'boroughs']);

/** Takes back the detection at index n: its tokens are free again. */
function dropEntity(ctx: Ctx, n: number): void {
  const e = ctx.entities[n]!;
  for (let k = e.from; k <= e.to; k++) ctx.owner[k] = null;
  ctx.entities.splice(n, 1);
}

/**
 * Where two or more dates are listed, a name-like word (one or two) right before a date, after a comma, "and" or the
 * date before it, is the person the date belongs to: "Kofi, 6/12/2011, Akosua, 2/2/2014, and Yaw, 9/9/2016", spoken
 * "kofi six twelve two thousand eleven akosua two two twenty fourteen and yaw nine nine twenty sixteen".
 */
function namesWithDates(ctx: Ctx): void {
  const dates = ctx.entities.filter((e) => e.type === 'DATE');
  if (dates.length < 2) return;
  const nameWord = (k: number): boolean => {
    const t = ctx.toks[k];
    if (!t || !ctx.free(k) || !alpha(t) || isNumTok(t) || t.possessive) return false;
    const w = t.base;
    if (FUNCTION_WORDS.has(w) || MONTHS[w] !== undefined || WEEKDAYS.has(w) || ORG_WORDS.has(w) || RELATIONS.has(w) || MEDICATIONS.has(w) || stopWord(w)) return false;
    return ctx.written ? t.cap && !FUNCTION_WORDS.has(t.low) : (unknownWord(w) && !isEnglishWord(w)) || (clearGiven(w) && !isEnglishWord(w));
  };
  for (const d of dates) {
    const k = d.from - 1;
    if (k < 0 || ctx.breakAfter(k) || (ctx.written && !ctx.toks[k]!.commaAfter) || !nameWord(k)) continue;
    let from = k;
    if (nameWord(k - 1) && !ctx.breakAfter(k - 1) && !ctx.toks[k - 1]!.commaAfter) from = k - 1;
    // The list goes on: a comma, "and", a sentence start or the date before.
    const b = from - 1;
    const listed = b < 0 || ctx.breakAfter(b) || ctx.toks[b]!.commaAfter || ctx.low(b) === 'and' || ctx.owner[b] === 'DATE';
    if (listed) ctx.claim(from, k, 'NAME');
  }
}

/** Roles before a person's name besides ROLE_NOUNS: "the nurse practitioner alvarez", "her therapist dana". */
const ROLES_BEFORE_NAME = new Set([...ROLE_NOUNS, 'practitioner', 'therapist', 'midwife', 'caregiver', 'nanny', 'babysitter', 'coach', 'teacher',
  'dietitian', 'nutritionist', 'hygienist', 'doula', 'adjuster']);
/** Words after a staff member's name where a name ends: "the receptionist deb yesterday", "coordinator kim said". */
const AFTER_STAFF_NAME = new Set(['yesterday', 'today', 'there', 'said', 'says', 'told', 'called', 'mentioned', 'asked', 'gave', 'sent', 'faxed']);

/** A spoken word that is a given name or a surname and nothing that goes on with a sentence. */
function spokenNameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || !alpha(t) || isNumTok(t)) return false;
  const w = t.base;
  return (givenClass(w) >= 3 || clearSurname(w)) && noSentenceWord(w) && !ROLES_BEFORE_NAME.has(w) && !NON_NAME_WORDS.has(w)
    && !PROVIDER_TITLES.has(w) && !HONORIFICS.has(w);
}

/**
 * A word that is no small word, everyday filler, month, weekday, relation, organisation word, medicine or role: what a
 * spoken word must not be before name data alone may make it a name.
 */
function noSentenceWord(w: string): boolean {
  return notFillerWord(w) && !COMMON_WORDS.has(w);
}

/** No small word, stop word, month, weekday, relation, organisation word, medicine or role (everyday words may pass). */
function notFillerWord(w: string): boolean {
  return !FUNCTION_WORDS.has(w) && !EXTRA_STOPS.has(w) && !stopWord(w) && MONTHS[w] === undefined && !WEEKDAYS.has(w) && !RELATIONS.has(w)
    && !ORG_WORDS.has(w) && !MEDICATIONS.has(w) && !ROLE_NOUNS.has(w);
}

/** A frequent given name (the data's commonest bands), even an everyday word ("destiny", "hazel"), and no sentence word. */
function frequentGiven(w: string): boolean {
  return givenClass(w) >= 3 && noSentenceWord(w);
}

/** Spoken "i spoke with the receptionist deb and she said", "the referral coordinator kim yesterday": staff named after their role. */
function spokenRoleNames(ctx: Ctx): void {
  for (let k = 1; k < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    // A surname no dictionary has will do too: "nurse practitioner okonjo".
    const unknown = ctx.free(k) && alpha(t) && unknownWord(t.base) && !isEnglishWord(t.base) && t.base.length >= 4 && !CLINICAL_ENDING.test(t.base);
    if (!ROLES_BEFORE_NAME.has(ctx.low(k - 1)) || ctx.breakAfter(k - 1) || !(spokenNameWord(ctx, k) || unknown)) continue;
    const n = ctx.low(k + 1);
    if (!(nameEnds(ctx, k) || AFTER_STAFF_NAME.has(n) || ctx.toks[k]!.possessive)) continue;
    ctx.claim(k, k, 'NAME');
  }
}

/** Spoken "i'm trying to get madison's lab results": a given name no dictionary has, with "'s", mid-sentence. */
function spokenPossessiveNames(ctx: Ctx): void {
  for (let k = 1; k < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    if (!t.possessive || S_CONTRACTIONS.has(t.low) || !ctx.free(k) || !alpha(t) || ctx.low(k - 1) === 'st' || ctx.low(k - 1) === 'saint' || ctx.low(k - 1) === 'the') continue;
    const w = t.base;
    if (givenClass(w) < 2 || isEnglishWord(w) || !notFillerWord(w) || EPONYMS.has(w) || ORG_NAMES.has(w)) continue;
    ctx.claim(k, k, 'NAME');
  }
}

/**
 * Spoken "omid just got his shots": a rare given name no dictionary has (the data's fewest bearers), alone, where the
 * next word goes on about a person. Last of the name rules, so a fuller reading of the same word wins.
 */
function rareNamesAlone(ctx: Ctx): void {
  for (let j = 0; j < ctx.toks.length; j++) {
    const t = ctx.toks[j]!;
    const w = t.base;
    if (!ctx.free(j) || !alpha(t) || w.length < 4 || givenClass(w) < 1 || isEnglishWord(w) || !notFillerWord(w) || CLINICAL_ENDING.test(w)
      || ORG_NAMES.has(w) || ctx.low(j - 1) === 'the' || PLACE_PREPOSITIONS.has(ctx.low(j - 1))
      || ctx.low(j - 1) === 'st' || ctx.low(j - 1) === 'saint' || US_STATES.has(w) || spellingAidWord(ctx, j)) continue;
    if (nameFollower(ctx, j) || (RARE_NAME_FOLLOWERS.has(ctx.low(j + 1)) && !ctx.breakAfter(j))) ctx.claim(j, j, 'NAME');
  }
}

/** Spoken "my nieces abena and efua", "my two boys omid and dariush need ...": the names listed after a plural word for people. */
function spokenNameLists(ctx: Ctx): void {
  const item = (k: number): boolean => {
    const t = ctx.toks[k];
    if (!t || !ctx.free(k) || !alpha(t) || isNumTok(t)) return false;
    const w = t.base;
    return (spokenNameWord(ctx, k) || (unknownWord(w) && !isEnglishWord(w)) || (clearGiven(w) && !isEnglishWord(w))) && !CLINICAL_ENDING.test(w);
  };
  for (let k = 1; k < ctx.toks.length; k++) {
    if (!PLURAL_PEOPLE.has(ctx.low(k - 1)) || ctx.breakAfter(k - 1)) continue;
    const items: number[] = [];
    let q = k;
    while (items.length < 5 && item(q) && !ctx.breakAfter(q)) {
      items.push(q);
      if (ctx.low(q + 1) === 'and' && !ctx.breakAfter(q + 1) && (item(q + 2) || ctx.owner[q + 2] === 'NAME')) { items.push(q + 2); break; }
      q++;
    }
    if (items.length < 2 || ctx.low(items[items.length - 1]! - 1) !== 'and') continue;
    for (const i of items) if (ctx.free(i)) ctx.claim(i, i, 'NAME');
    k = items[items.length - 1]!;
  }
}

/**
 * Spoken "hi this is georgia wells medical record number ...", "hello this is will price": in the caller's opening
 * "this is" (after a greeting at most), any given name followed by a frequent surname is the caller's name, whatever
 * else the two words can mean.
 */
function openingNames(ctx: Ctx): void {
  let a = 0;
  while (a < 3 && (GREETINGS.has(ctx.low(a)) || ctx.low(a) === 'good' || ctx.low(a) === 'there')) a++;
  if (ctx.low(a) !== 'this' || ctx.low(a + 1) !== 'is') return;
  const j = a + 2;
  const t = ctx.toks[j];
  if (!t || !ctx.freeRange(j, j + 1) || ctx.breakAfter(j) || !alpha(t) || t.possessive || givenClass(t.base) < 3 || RELATIONS.has(t.base) || ORG_WORDS.has(t.base)
    || ORG_NAMES.has(t.base) || stopWord(t.base) || WEEKDAYS.has(t.base)) return;
  const n = ctx.toks[j + 1]!;
  if (!alpha(n) || isNumTok(n) || !everydaySurname(n.base) || orgAfter(ctx, j + 1) || ctx.low(j + 2) === 'dot') return;
  ctx.claim(j, j + 1, 'NAME');
}

/**
 * Spoken: a frequent given name, even one that is also a word ("destiny", "grace"), joined by "and" to a name
 * already found, on either side ("destiny and jaylen moore", "jaylen moore and destiny need ..."), is a name too.
 */
function spokenJoinedNames(ctx: Ctx): void {
  const given = (k: number): boolean => {
    const t = ctx.toks[k];
    return t !== undefined && ctx.free(k) && alpha(t) && !isNumTok(t) && frequentGiven(t.base) && !NON_NAME_WORDS.has(t.base);
  };
  for (const e of [...ctx.entities]) {
    if (e.type !== 'NAME') continue;
    const b = e.from - 2;
    if (ctx.low(e.from - 1) === 'and' && !ctx.breakAfter(b) && !ctx.breakAfter(e.from - 1) && given(b) && !ctx.toks[b]!.possessive
      && !['the', 'a', 'an', 'of'].includes(ctx.low(b - 1))) ctx.claim(b, b, 'NAME');
    const a = e.to + 2;
    if (ctx.low(e.to + 1) === 'and' && !ctx.breakAfter(e.to) && !ctx.breakAfter(e.to + 1) && !ctx.toks[e.to]!.possessive && given(a)
      && (nameEnds(ctx, a) || ctx.toks[a]!.possessive || englishSize(ctx.toks[a]!.base) === 0)) ctx.claim(a, a, 'NAME');
  }
}

/** Seasons that are given names too: "for summer camp" names no one. */
const SEASONS = new Set(['summer', 'winter', 'spring', 'autumn', 'fall']);

/** Spoken: at j a frequent given name and then a frequent surname, even everyday words both, where a name would end. */
function everydayPair(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  const n = ctx.toks[j + 1];
  if (!t || !n || ctx.written || !ctx.freeRange(j, j + 1) || ctx.breakAfter(j) || t.possessive || !alpha(t) || !alpha(n) || isNumTok(t) || isNumTok(n)) return false;
  if (!frequentGiven(t.base) || SEASONS.has(t.base)) return false;
  return everydaySurname(n.base) && surnameClass(n.base) >= 2 && nameEnds(ctx, j + 1) && !orgAfter(ctx, j + 1);
}

/** A frequent surname that may also be an everyday word ("finch", "holt"), but no word that goes on with a sentence. */
function everydaySurname(w: string): boolean {
  return surnameClass(w) >= 1 && notFillerWord(w) && !NOT_SURNAME_AFTER_GIVEN.has(w) && !SUBJECT_VERBS.has(w);
}

/**
 * Spoken: a first name found alone by any rule takes the next word as its surname when that word is a frequent
 * surname, even one that is also an everyday word ("finch", "pounds", "holt"), and the name would end after it
 * (a sentence goes on with "calling", "that's", "he's", a possessive, or a role: "karen holt school nurse").
 */
function everydaySurnamesAfterNames(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'NAME' || e.from !== e.to) continue;
    const j = e.to;
    const g = ctx.toks[j]!;
    const t = ctx.toks[j + 1];
    if (!t || g.possessive || ctx.breakAfter(j) || !ctx.free(j + 1) || !alpha(t) || isNumTok(t) || givenClass(g.base) < 3) continue;
    if (!everydaySurname(t.base)) continue;
    const role = ROLE_NOUNS.has(ctx.low(j + 2)) && !ctx.breakAfter(j + 1);
    if (!nameEnds(ctx, j + 1) && !role) continue;
    ctx.owner[j + 1] = 'NAME';
    e.to = j + 1;
  }
}

/** "it's", "that's": an "'s" that is a verb, not a possessive ("it's Sister Mary" is no one's sister). */
const S_CONTRACTIONS = new Set(["it's", "that's", "he's", "she's", "there's", "here's", "who's", "what's", "let's"]);
/** Ranks and offices said before a surname like a courtesy title: "Judge Whitcomb", "Lieutenant Ortiz", "coach brandt". */
const RANK_TITLES = new Set(['judge', 'lieutenant', 'lt', 'captain', 'capt', 'sergeant', 'sgt', 'officer', 'deputy', 'detective', 'trooper',
  'corporal', 'cpl', 'chief', 'coach', 'principal', 'professor', 'prof', 'pastor', 'reverend', 'rev', 'rabbi', 'imam', 'deacon']);

/**
 * Token i is a rank or a clergy title used as a title: written capitalised before a capitalised word; spoken before a
 * word that is a name and no everyday word ("judge whitcomb", not "judge the case"); "father"/"sister" only right
 * after "this is"/"it's" ("this is Father Tom").
 */
function rankTitle(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!;
  const n = ctx.toks[i + 1];
  if (!n || t.possessive || ctx.breakAfter(i) || t.commaAfter || !ctx.free(i + 1)) return false;
  const clergyIntro = (t.low === 'father' || t.low === 'sister' || t.low === 'brother') && (cueEndsAt(ctx, i - 1, ['this', 'is']) || cueEndsAt(ctx, i - 1, ["it's"]));
  if (!RANK_TITLES.has(t.low) && !clergyIntro) return false;
  if (KIN_OWNERS.has(ctx.low(i - 1)) && !clergyIntro) return false;
  if (ctx.written) return t.cap && n.cap && alpha(n) && !FUNCTION_WORDS.has(n.base) && !ORG_WORDS.has(n.base);
  return alpha(n) && !FUNCTION_WORDS.has(n.base) && !ORG_WORDS.has(n.base) && (!isEnglishWord(n.base) || clearSurname(n.base) || (clergyIntro && anyGiven(n.base)))
    && (anySurname(n.base) || anyGiven(n.base) || unknownWord(n.base));
}

/** Clergy and religious titles used before a name ("Father Tomasz", "sister agnes", "Pastor Ruiz"). */
const CLERGY_TITLES = new Set(['father', 'sister', 'brother', 'pastor', 'reverend', 'rev', 'rabbi', 'imam', 'deacon', 'fr']);
/** Words before "father"/"sister" that make it kin or a common noun, not a title ("my sister Ana"). */
const KIN_OWNERS = new Set([...POSSESSIVES, 'the', 'a', 'an', "patient's", 'whose', 'younger', 'older', 'big', 'little', 'step', 'half']);

/**
 * Widens every NAME to take in a title right before it. Titles are harmless to mask and the name is
 * incomplete without one in a transcript read back to staff ("Mr." alone tells who was meant).
 */
function titlesIntoNames(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'NAME') continue;
    const p = e.from - 1;
    const t = ctx.toks[p];
    if (t === undefined || !ctx.free(p) || ctx.breakAfter(p) || t.commaAfter || t.possessive) continue;
    if (ctx.written && !t.cap) continue;
    const honorific = HONORIFICS.has(t.low);
    // Kin words double as clergy titles only when nothing before them makes them a relative.
    const before = ctx.toks[p - 1];
    const clergy = CLERGY_TITLES.has(t.low) && !KIN_OWNERS.has(ctx.low(p - 1)) && !RELATIONS.has(ctx.low(p - 1)) && !(before?.possessive === true && !S_CONTRACTIONS.has(before.low));
    if (!honorific && !clergy) continue;
    ctx.owner[p] = 'NAME';
    e.from = p;
  }
}

/** Cues before a caller's or patient's name said surname first ("This is Kim, Ji-hoon", "The patient is Zhang, Xiulan"). */
const SURNAME_FIRST_CUES: string[][] = [['this', 'is'], ["it's"], ['name', 'is'], ["name's"], ['patient', 'is'], ['patient'], ['re'], ['regarding']];

/** Second words that make two capitalised words a greeting or a holiday, not a name ("Merry Christmas", "Good Morning"). */
const NOT_SECOND_NAME = new Set(['christmas', 'easter', 'thanksgiving', 'morning', 'afternoon', 'evening', 'night', 'day', 'birthday', 'holidays', 'year']);

/**
 * Written: a sentence that is nothing but two or three capitalised name words, at the start of the message or after
 * a greeting ("Hi, Autumn Summers.", "Yes, good morning, Bliss Love.") or standing alone ("Drew Short. Thank you."),
 * is the caller saying who she is.
 */
function standaloneNames(ctx: Ctx): void {
  const toks = ctx.toks;
  const sentenceStart = (a: number): boolean => {
    if (a === 0 || ctx.breakAfter(a - 1)) return true;
    // After a greeting set off by a comma, itself all greeting words back to the sentence start.
    if (!toks[a - 1]!.commaAfter) return false;
    let k = a - 1;
    while (k >= 0 && (GREETINGS.has(ctx.low(k)) || ctx.low(k) === 'good') && !(k < a - 1 && ctx.breakAfter(k))) {
      if (k === 0 || ctx.breakAfter(k - 1)) return GREETINGS.has(ctx.low(a - 1));
      k--;
    }
    return false;
  };
  const wordOk = (k: number, pos: number): boolean => {
    const t = toks[k];
    if (!t || !ctx.free(k) || !t.cap || !alpha(t) || t.possessive || ORG_WORDS.has(t.base) || MONTHS[t.base] !== undefined || WEEKDAYS.has(t.base)
      || HONORIFICS.has(t.low) || PROVIDER_TITLES.has(t.low) || GREETINGS.has(t.low) || MEDICATIONS.has(t.base) || NON_NAME_WORDS.has(t.base)) return false;
    if (pos === 0) return (anyGiven(t.base) || unknownWord(t.base)) && !(FUNCTION_WORDS.has(t.base) && !GIVEN_NAMES.has(t.base));
    return !NOT_SECOND_NAME.has(t.base) && (anySurname(t.base) || anyGiven(t.base) || unknownWord(t.base)) && !FUNCTION_WORDS.has(t.base);
  };
  for (let a = 0; a < toks.length; a++) {
    if (!sentenceStart(a)) continue;
    for (const n of [3, 2]) {
      let ok = true;
      for (let q = 0; q < n && ok; q++) ok = wordOk(a + q, q) && (q === n - 1 || (!ctx.breakAfter(a + q) && !toks[a + q]!.commaAfter));
      // The sentence ends with the name: a full stop, not a comma (", calling about ..." is for other rules); or, after
      // a greeting, a comma and the caller going on about herself ("Hi, Soo-jin Cha, I paid my copay ...").
      const e = a + n - 1;
      const greeted = a > 0 && !ctx.breakAfter(a - 1) && toks[e]?.commaAfter === true && AFTER_GREETING_NAME.has(ctx.low(e + 1));
      if (!ok || (!ctx.breakAfter(e) && !greeted) || e === toks.length - 1 && !/[.!?]/.test(ctx.text.slice(toks[e]!.ce, toks[e]!.end))) continue;
      ctx.claim(a, a + n - 1, 'NAME');
      a += n - 1;
      break;
    }
  }
}

/** Words right after a caller's whole name in speech: where she goes on about her call. */
const AFTER_INTRO = new Set(['i', "i'm", "i'd", "i've", "i'll", 'calling', 'from', 'my', 'here', 'please', 'we', "we're", 'returning', 'speaking']);
/** Words of place and time that end Plains surnames ("Sings Above", "Runs Behind", "Comes Last Night"), small words or not. */
const SURNAME_PLACE_WORDS = new Set(['above', 'behind', 'below', 'ahead', 'far', 'back', 'last', 'night', 'away', 'around', 'twice']);
/** Words after a given name that go on with the call rather than finish the name: "this is tina again, i ...". */
const NOT_ONE_WORD_SURNAMES = new Set(['again', 'also', 'back', 'just', 'real', 'quick', 'still', 'here', 'there', 'now', 'today', 'too', 'hi', 'hello',
  'sorry', 'yes', 'yeah', 'okay', 'ok', 'um', 'uh', 'returning', 'speaking', 'mom', 'dad', 'and', 'with', 'over', 'down', 'up', 'out', 'in', 'at',
  'anyway', 'though', 'instead', 'otherwise', 'upstairs', 'downstairs', 'sir', 'maam', "ma'am", 'lol', 'please', 'first', 'last']);
/** Plurals a small number counts that are no surname: "two days", "three pills". */
const COUNTED_WORDS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'times', 'pills', 'tablets', 'doses', 'kids', 'boys', 'girls',
  'things', 'questions', 'messages', 'calls', 'refills', 'shots', 'units', 'puffs', 'drops', 'sprays', 'patches', 'boxes', 'bottles', 'inhalers',
  'strips', 'prescriptions', 'forms', 'letters', 'copies', 'visits', 'appointments', 'kids', 'people', 'dogs', 'cats']);
/** Intros after which a caller says her own name: "this is", "it's", "my name is". */
const SELF_INTROS: string[][] = [['this', 'is'], ["it's"], ['name', 'is'], ["name's"], ['i', 'am']];

/**
 * Spoken "hi this is delphine rides far i'm calling", "it's kimberly spotted fawn my dexcom": after a caller introduces
 * herself, a clear given name and two or three everyday words, then the words that go on about the call, are her
 * whole name (Plains names such as Rides Far or Knows The Road are everyday words). Only after a self-introduction,
 * where a verb phrase after the name would not be grammatical.
 */
function spokenWordSurnames(ctx: Ctx): void {
  const { toks } = ctx;
  const surnames: string[][] = [];
  for (const e of ctx.entities) {
    if (e.type !== 'NAME' || e.to > e.from + 1) continue;
    const g = toks[e.from]!.base;
    if (givenClass(g) < 2 || stopWord(g)) continue;
    // "howard red | robe": a surname of everyday words may have been read in part already.
    if (e.to > e.from && !isEnglishWord(toks[e.to]!.base)) continue;
    const intro = SELF_INTROS.some((c) => c.every((w, q) => ctx.low(e.from - c.length + q) === w && !ctx.breakAfter(e.from - c.length + q)))
      || (e.from <= 2 && (e.from === 0 || GREETINGS.has(ctx.low(e.from - 1))));
    if (!intro) continue;
    for (const n of [3, 2, 1]) {
      const last = e.from + n;
      if (last >= toks.length || last <= e.to || !ctx.freeRange(e.to + 1, last)) continue;
      const words = toks.slice(e.from + 1, last + 1);
      // "wesley soap i was seen", "kenneth wildcat i need": one everyday word, but no word that could go on with the call.
      if (n === 1 && (AFTER_INTRO.has(words[0]!.base) || NOT_ONE_WORD_SURNAMES.has(words[0]!.base) || /(ing|ed|ly)$/.test(words[0]!.base))) continue;
      // "comes last night", "walks twice": a verb in -s opens many such surnames.
      const verbFirst = (q: number, w: Token): boolean => q === 0 && n > 1 && /[^s]s$/.test(w.base) && !FUNCTION_WORDS.has(w.base);
      // "renee two bears": a small number opens some, before a plural that counts no time or dose.
      const countFirst = (q: number, w: Token): boolean => q === 0 && n > 1 && ['two', 'three', 'four'].includes(w.base) && /[^s]s$/.test(words[1]!.base)
        && !COUNTED_WORDS.has(words[1]!.base);
      // "shawn iron eyes", "mariah eagle shield": words that name a firm elsewhere end a surname after another word.
      const orgLast = (q: number, w: Token): boolean => q > 0 && q === n - 1 && (w.base === 'eyes' || w.base === 'shield') && words[q - 1]!.base !== 'blue';
      const ok = words.every((w, q) => alpha(w) && (!isNumTok(w) || countFirst(q, w)) && !w.possessive && ((q > 0 && SURNAME_PLACE_WORDS.has(w.base)) || countFirst(q, w)
        || ((!FUNCTION_WORDS.has(w.base) || (w.base === 'the' && q > 0 && q < n - 1))
        && (!COMMON_WORDS.has(w.base) || verbFirst(q, w)) && !EXTRA_STOPS.has(w.base) && (!ORG_WORDS.has(w.base) || orgLast(q, w)) && !ROLE_NOUNS.has(w.base) && !MEDICATIONS.has(w.base)
        && !RELATIONS.has(w.base) && MONTHS[w.base] === undefined && !WEEKDAYS.has(w.base) && !GREETINGS.has(w.base))));
      // "hi this is kimberly swimmer noah's insulin pump ...": the next clause may open on someone else's name.
      const boundary = last === toks.length - 1 || AFTER_INTRO.has(ctx.low(last + 1)) || (toks[last + 1]!.possessive && givenClass(toks[last + 1]!.base) >= 2);
      if (!ok || !boundary) continue;
      for (let k = e.to + 1; k <= last; k++) ctx.owner[k] = 'NAME';
      e.to = last;
      surnames.push(words.map((w) => w.base));
      break;
    }
  }
  // "... i'm calling for my grandson tyson rides far he was seen": the same surname after another given name.
  for (const sn of surnames) {
    for (const e of ctx.entities) {
      if (e.type !== 'NAME' || e.to !== e.from || !sn.every((w, q) => toks[e.to + 1 + q]?.base === w && ctx.free(e.to + 1 + q))) continue;
      for (let k = e.to + 1; k <= e.to + sn.length; k++) ctx.owner[k] = 'NAME';
      e.to += sn.length;
    }
  }
}

/** Words that may follow a whole name where the caller goes on: "bobby ray tabor call me", "abul kalam azad date of birth". */
const AFTER_WHOLE_NAME = new Set([...AFTER_INTRO, 'call', 'date', 'this', 'and', 'he', 'she', "he's", "she's", 'who', 'is', 'was', 'dob', 'birthday',
  // Spanish: "habla zulema garza perez queria pedir cita".
  'queria', 'quiero', 'necesito', 'tengo', 'soy', 'para', 'y', 'le', 'me', 'mi', 'llamo', 'estoy']);

/**
 * Spoken, after a name of two words the second of which is a given name or an Asian name syllable ("bobby ray", "kyaw
 * zin", "hyun woo"), a third word that is a clear surname or another syllable, where the caller goes on, is the rest
 * of the name ("bobby ray tabor", "kyaw zin oo", "hyun woo park"). An everyday word qualifies only after syllables.
 */
function thirdNameWords(ctx: Ctx): void {
  const { toks } = ctx;
  for (const e of ctx.entities) {
    if (e.type !== 'NAME' || e.to !== e.from + 1) continue;
    const k = e.to + 1;
    const t = toks[k];
    if (!t || !ctx.free(k) || ctx.breakAfter(e.to) || t.possessive || FUNCTION_WORDS.has(t.low) || isNumTok(t)) continue;
    const second = ctx.low(e.to);
    const syllables = NAME_SYLLABLES.has(ctx.low(e.from)) && NAME_SYLLABLES.has(second);
    const givenSecond = givenClass(second) >= 3 && isEnglishWord(second);
    const third = (syllables && (NAME_SYLLABLES.has(t.low) || t.low.length <= 3 && !isEnglishWord(t.low) || isClearSurname(t.low)))
      || (givenSecond && isClearSurname(t.low) && !isEnglishWord(t.low))
      || (!isEnglishWord(second) && !isEnglishWord(t.low) && isClearSurname(t.low));
    if (!third || COMMON_WORDS.has(t.low) || MEDICATIONS.has(t.low) || ROLE_NOUNS.has(t.low)) continue;
    if (!(k === toks.length - 1 || ctx.breakAfter(k) || AFTER_WHOLE_NAME.has(ctx.low(k + 1)))) continue;
    ctx.owner[k] = 'NAME';
    e.to = k;
  }
}

/** Cues after which a caller or patient is named: "i'm", "this is", "the patient is", "my name is". */
const SYLLABLE_NAME_CUES: string[][] = [["i'm"], ['i', 'am'], ['this', 'is'], ['patient', 'is'], ['name', 'is'], ["it's"], ['for', 'my', 'mother'],
  ['for', 'my', 'father'], ['mother', 'in', 'law'], ['father', 'in', 'law']];

/**
 * Spoken "hello i'm huang jianping i need", "the patient is liang shu fen she", "this is chit ko ko": after a cue, a
 * syllable of an East or Southeast Asian name, then one or two more syllables or words no dictionary has. Family
 * name first, so no given-name test applies; every word must be a name syllable or no English word at all.
 */
function syllableNamesAfterCues(ctx: Ctx): void {
  const { toks } = ctx;
  for (let j = 1; j < toks.length - 1; j++) {
    if (!ctx.free(j) || !NAME_SYLLABLES.has(ctx.low(j)) || isEnglishWord(ctx.low(j))) continue;
    const cued = SYLLABLE_NAME_CUES.some((c) => c.every((w, q) => ctx.low(j - c.length + q) === w && !ctx.breakAfter(j - c.length + q)));
    if (!cued) continue;
    let last = j;
    for (let k = j + 1; k <= j + 2 && k < toks.length && ctx.free(k) && !ctx.breakAfter(k - 1); k++) {
      const w = ctx.low(k);
      const syllable = NAME_SYLLABLES.has(w) && (!isEnglishWord(w) || NAME_SYLLABLES.has(ctx.low(k - 1)));
      if (!(syllable || (unknownWord(w) && !isEnglishWord(w) && /^[a-z]{3,}$/.test(w))) || FUNCTION_WORDS.has(w) && !syllable) break;
      last = k;
    }
    if (last === j) continue;
    ctx.claim(j, last, 'NAME');
    j = last;
  }
}

/** Pronouns and forms of "be" and "do": never part of a name, capitals or not. */
const PRONOUN_WORDS = new Set(['i', "i'm", 'me', 'my', 'you', 'your', 'he', 'she', 'it', 'we', 'they', 'him', 'her', 'us', 'them', 'is', 'am', 'are',
  'was', 'were', 'be', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'and', 'or', 'but', 'so', 'a', 'an', 'of', 'to']);

/** Words after a name set off by commas that say the named person is the one calling or meant. */
const SET_OFF_NEXT = new Set(['calling', 'who', 'returning', 'regarding', 'here', 'speaking']);

/**
 * Written: two or three capitalised name words set off by commas, where a caller goes on about the named person:
 * "Jimmy Deschenie, 505-555-0119, returning your call", "the patient's mother on the line, Mapendo Nsimire, calling
 * for her son". At the start of the message, or after a comma; then a phone number or a word like "calling".
 */
function setOffNames(ctx: Ctx): void {
  const { toks } = ctx;
  for (let a = 0; a < toks.length - 2; a++) {
    if (!(a === 0 || (toks[a - 1]!.commaAfter && !ctx.breakAfter(a - 1)))) continue;
    for (const n of [3, 2]) {
      const e = a + n - 1;
      const words = toks.slice(a, e + 1);
      if (words.length !== n || !ctx.freeRange(a, e) || !toks[e]!.commaAfter || words.slice(0, -1).some((w, q) => w.commaAfter || ctx.breakAfter(a + q))) continue;
      // A given name common enough to be sure of lets everyday words follow as the surname ("Dean Runs Behind").
      const strongGiven = givenClass(words[0]!.base) >= 3 && !stopWord(words[0]!.base);
      const ok = words.every((w, q) => w.cap && alpha(w) && !w.possessive && (!stopWord(w.base) || (q > 0 && strongGiven && !PRONOUN_WORDS.has(w.base)))
        && !ORG_WORDS.has(w.base) && !ORG_NAMES.has(w.base)
        && !RELATIONS.has(w.base) && MONTHS[w.base] === undefined && !WEEKDAYS.has(w.base) && !GREETINGS.has(w.low)
        && (q === 0 ? anyGiven(w.base) || unknownWord(w.base) : anySurname(w.base) || anyGiven(w.base) || unknownWord(w.base) || strongGiven))
        && (!isEnglishWord(words[0]!.base) || givenClass(words[0]!.base) >= 3) && (!isEnglishWord(words[n - 1]!.base) || strongGiven);
      const next = e + 1;
      const phone = ctx.owner[next] === 'PHONE';
      if (!ok || !(phone || (SET_OFF_NEXT.has(ctx.low(next)) && a > 0))) continue;
      ctx.claim(a, e, 'NAME');
      a = e;
      break;
    }
  }
}

/**
 * Syllables of Korean, Chinese and Vietnamese names as romanised in the US, including family names; several are
 * everyday English words ("ok", "soon", "young"), so they join a name only after another syllable of one.
 */
const NAME_SYLLABLES = new Set(['kim', 'lee', 'park', 'choi', 'baek', 'chung', 'jung', 'ahn', 'cho', 'yoon', 'han', 'lim', 'shin', 'kang',
  'ok', 'soon', 'ja', 'ah', 'hee', 'jin', 'min', 'young', 'sook', 'mi', 'kyung', 'hyun', 'jae', 'ho', 'su', 'soo', 'eun', 'ji', 'hye', 'yeon',
  'won', 'seung', 'sun', 'hwa', 'ae', 'suk', 'nam', 'chul', 'jun', 'woo', 'seo', 'yong', 'hong', 'wei', 'li', 'mei', 'lin', 'xiao', 'ying',
  'hua', 'jing', 'yan', 'ming', 'chen', 'wang', 'zhang', 'liu', 'yang', 'huang', 'zhao', 'zhou', 'xu', 'guo',
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'vo', 'vu', 'dang', 'bui', 'ngo', 'duong', 'ly', 'thi', 'linh', 'lan', 'anh', 'mai',
  'hoa', 'hung', 'tuan', 'hai', 'duc', 'minh', 'ngoc', 'thu', 'thanh', 'huong', 'trang', 'phuong', 'quang', 'khanh', 'bao', 'vy', 'loan', 'nga',
  'hanh', 'dung', 'hien', 'hue', 'tam', 'nhung', 'oanh', 'yen', 'thuy', 'xuan', 'diep', 'do', 'ha', 'lam', 'dinh', 'trinh', 'cao', 'mai',
  // More Korean and Chinese syllables ("choi bok soon", "yoon sang chul", "xiu fen huang").
  'bok', 'sang', 'sung', 'dong', 'kwang', 'jeong', 'myung', 'joo', 'bong', 'chang', 'hae', 'sik', 'hyo', 'mun', 'gyu', 'xiu', 'fen', 'feng',
  'hui', 'qing', 'fang', 'juan', 'xia', 'yu', 'jie', 'ping', 'qiong', 'zhen', 'yun',
  // Karen and Burmese names as a recogniser writes them ("hser nay moo", "naw mu lah", "saw eh doh").
  'saw', 'naw', 'eh', 'paw', 'moo', 'htoo', 'hser', 'lah', 'kler', 'mu', 'ku', 'wah', 'blu', 'doh', 'htee', 'tha', 'nay', 'ler', 'dee', 'gay',
  'thaw', 'hla', 'aung', 'kyaw', 'myint', 'thein', 'tun', 'zaw', 'win', 'oo', 'khin', 'nyein', 'thet', 'maung', 'moe', 'zar', 'nwe', 'phyu',
  'myat', 'htet', 'thida', 'aye', 'nu', 'yi', 'swe', 'san', 'ko', 'chit', 'kyi', 'hnin', 'htun', 'lwin', 'naing', 'soe',
  // More Chinese family names as romanised ("liang shu fen", "gao jianping").
  'liang', 'gao', 'luo', 'zheng', 'xie', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'yuan', 'cai', 'jiang', 'cheng', 'ding', 'shen', 'yao',
  'cui', 'zhong', 'liao', 'jia', 'qin', 'qiu', 'xiong', 'meng', 'zou', 'shu', 'jian', 'hao', 'lei', 'tao']);

/** "my mother kim ok soon she is ninety": a pronoun for the person just named starts the next clause. */
const PRONOUNS_AFTER_NAME = new Set(['she', 'he', "she's", "he's", 'they', "they're"]);

/** Words after which a clause goes on past a name: "Juan Carlos Ixcot, who was seen", "Raymond Two Bulls calling". */
const TAIL_ENDS = new Set(['calling', 'here', 'speaking', 'again', 'from', 'who', 'and', 'at', 'with', 'is', 'was', 'has', 'had', 'said', 'says']);

function capitalisedNameTails(ctx: Ctx): void {
  const toks = ctx.toks;
  // "Two Bulls", "St. Clair", "Ixcot": a capitalised word that is no function word, month, weekday, state or firm.
  // Spoken, with no capitals to go by: a word no dictionary has that is a name or no word at all ("darko", "ixcot").
  const tailWord = (k: number): boolean => {
    const t = toks[k];
    if (!t || !ctx.free(k) || (ctx.written && !t.cap)) return false;
    if (ctx.written ? !/^[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*\.?$/.test(t.core) : !/^[a-z][a-z'-]+$/.test(t.core)) return false;
    const b = t.base;
    // "kim ok soon", "ahn soon ja", "soo ah lim": a syllable of a Korean, Chinese or Vietnamese name after another one,
    // everyday English word or not.
    const syllable = NAME_SYLLABLES.has(b) && NAME_SYLLABLES.has(ctx.low(k - 1)) && (ctx.owner[k - 1] === 'NAME' || toks[k - 1]!.cap === t.cap);
    if (!ctx.written && !syllable && (isEnglishWord(b) || !(unknownWord(b) || anySurname(b) || anyGiven(b)) || EXTRA_STOPS.has(b) || COMMON_WORDS.has(b))) return false;
    // "Neng Chue Her": the Hmong clan name Her, written with its capital in mid-sentence.
    const clan = ctx.written && b === 'her' && t.core === 'Her' && !ctx.breakAfter(k - 1);
    return (!FUNCTION_WORDS.has(b) || syllable || clan) && MONTHS[b] === undefined && (!WEEKDAYS.has(b) || syllable) && !ORG_WORDS.has(b) && !US_STATES.has(b)
      && !HONORIFICS.has(t.low) && !PROVIDER_TITLES.has(t.low) && !MEDICATIONS.has(b) && !STREET_SUFFIXES.has(b) && !RELATIONS.has(b);
  };
  for (const e of [...ctx.entities]) {
    // (An entity merged into the one before it is gone.)
    if (e.type !== 'NAME' || !ctx.entities.includes(e)) continue;
    const b = e.to;
    const bt = toks[b]!;
    if ((ctx.written && !bt.cap) || ctx.breakAfter(b) || bt.commaAfter || bt.possessive) continue;
    let last = -1;
    let merged: Entity | undefined;
    for (let k = b + 1; k <= b + 2; k++) {
      const t = toks[k];
      // "María de los Ángeles", "ingrid van tassel": particles, then a word of the name (spoken, even an everyday one).
      let q = k;
      const particle = (j: number): boolean => (PARTICLES.has(ctx.low(j)) || (ctx.low(j) === 'los' && ctx.low(j - 1) === 'de')) && ctx.low(j) !== 'o'
        && ctx.free(j) && !ctx.breakAfter(j) && !toks[j]!.commaAfter && ctx.low(j) !== ctx.low(j - 1);
      while (q < k + 2 && particle(q)) q++;
      // The name found may end on its particle already ("ingrid van | tassel").
      const endsOnParticle = q === k && k === b + 1 && PARTICLES.has(ctx.low(b)) && b > e.from;
      // "María | de los | Ángeles Ulibarri-Chávez": particles between two names found make them one.
      const next = q > k && ctx.owner[q] === 'NAME' ? ctx.entities.find((x) => x.type === 'NAME' && x.from === q) : undefined;
      if (next) {
        merged = next;
        last = next.to;
        break;
      }
      const afterParticles = (q > k || endsOnParticle) && toks[q] !== undefined && ctx.free(q) && !PARTICLES.has(ctx.low(q))
        && (tailWord(q) || (!ctx.written && /^[a-z][a-z'-]+$/.test(ctx.low(q)) && !FUNCTION_WORDS.has(ctx.low(q)) && !COMMON_WORDS.has(ctx.low(q))));
      if (afterParticles) {
        last = q;
        k = q;
        if (ctx.breakAfter(q) || toks[q]!.commaAfter || toks[q]!.possessive) break;
        continue;
      }
      // "St. Clair", "Two Bulls": a saint's or a number's word opens a surname only when another capitalised word follows.
      const opener = t !== undefined && (t.low === 'st' || t.low === 'st.' || t.low === 'saint' || (isNumTok(t) && ctx.written)) && ctx.free(k)
        && (t.cap || !ctx.written) && !ctx.breakAfter(k) && !t.commaAfter && tailWord(k + 1);
      if (!opener && !tailWord(k)) break;
      last = k;
      if (ctx.breakAfter(k) || t!.commaAfter || t!.possessive) break;
    }
    if (last < 0) continue;
    const lt = toks[last]!;
    // Spoken "my mother lim jeong ja her balance ...", "huang shu fen ninety five years old": a tail of name syllables
    // only, after syllables, ends the name whatever follows ("her", an age, a verb).
    // Every tail word is a syllable; only the last may also be an English word, and only after one that is not
    // ("bok soon": "soon" after "bok"), so "kim soon we will call" stays a name of one syllable and a word.
    const tail = Array.from({ length: last - b }, (_, m) => b + 1 + m);
    const syllableTail = !ctx.written && NAME_SYLLABLES.has(ctx.low(b)) && tail.every((k) => NAME_SYLLABLES.has(ctx.low(k)))
      && tail.every((k) => k === last || !isEnglishWord(ctx.low(k))) && !isEnglishWord(ctx.low(last - 1));
    const ends = ctx.breakAfter(last) || lt.commaAfter || lt.possessive || last === toks.length - 1 || TAIL_ENDS.has(ctx.low(last + 1))
      || (!ctx.written && (AFTER_GREETING_NAME.has(ctx.low(last + 1)) || PRONOUNS_AFTER_NAME.has(ctx.low(last + 1)))) || syllableTail;
    if (!ends || orgAfter(ctx, last)) continue;
    if (merged) ctx.entities.splice(ctx.entities.indexOf(merged), 1);
    for (let k = b + 1; k <= last; k++) ctx.owner[k] = 'NAME';
    e.to = last;
  }
}

/** Words that go on after a caller's name said right after the greeting ("yes hello bill price i'm calling ..."). */
const AFTER_GREETING_NAME = new Set([...INTRO_NEXT, 'i', "i'm", "i'd", "i've", "i'll", 'my', 'just']);

/**
 * Spoken "yes hello bill price i'm calling to ...", "good morning bliss love my name really is ...": at the start of
 * the message, after the greeting, a given name and a surname, then words that go on about the caller.
 */
function spokenGreetingNames(ctx: Ctx): void {
  let a = 0;
  while (a < ctx.toks.length && (GREETINGS.has(ctx.low(a)) || ctx.low(a) === 'good')) a++;
  if (a === 0 || a + 2 >= ctx.toks.length || !ctx.freeRange(a, a + 1)) return;
  const w1 = ctx.toks[a]!.base;
  const w2 = ctx.toks[a + 1]!.base;
  if (!anyGiven(w1) || FUNCTION_WORDS.has(w1) || EXTRA_STOPS.has(w1) || MONTHS[w1] !== undefined || RELATIONS.has(w1)) return;
  if (!(anySurname(w2) || unknownWord(w2)) || FUNCTION_WORDS.has(w2) || EXTRA_STOPS.has(w2) || ORG_WORDS.has(w2)) return;
  // "hi karen holt school nurse at ...": a clear given name then a frequent surname need no word after them.
  const clearPair = clearGiven(w1) && !isEnglishWord(w1) && everydaySurname(w2) && !ctx.breakAfter(a);
  if (!AFTER_GREETING_NAME.has(ctx.low(a + 2)) && !clearPair) return;
  ctx.claim(a, a + 1, 'NAME');
}

/** Written "The nurse, Faith, said ...", "my aide, Precious, comes Tuesdays": a given name set off by commas after a role. */
function roleAppositives(ctx: Ctx): void {
  const toks = ctx.toks;
  for (let k = 1; k + 1 < toks.length; k++) {
    // "the referral coordinator there, Kim.": "there" may sit between the role and the comma.
    const r = ctx.low(k - 1) === 'there' ? k - 2 : k - 1;
    const role = ctx.low(r);
    const relation = RELATIONS.has(role) || role === 'lady' || role === 'neighbour';
    if (!(ROLE_NOUNS.has(role) || role === 'nurse' || role === 'aide' || role === 'caregiver' || relation) || !toks[k - 1]!.commaAfter || ctx.breakAfter(k - 1)) continue;
    const t = toks[k]!;
    // The name may end the sentence as well ("her son, Gene.", "the coordinator there, Kim.").
    const setOff = t.commaAfter || ctx.breakAfter(k);
    if (!ctx.free(k) || !t.cap || !alpha(t) || !setOff || !anyGiven(t.base) || FUNCTION_WORDS.has(t.base) || MONTHS[t.base] !== undefined) continue;
    ctx.claim(k, k, 'NAME');
  }
}

/** Names that name a disease, not a person, before "'s" ("Crohn's", "Alzheimer's"). */
const EPONYMS = new Set(['crohn', 'alzheimer', 'parkinson', 'hashimoto', 'graves', 'addison', 'cushing', 'huntington', 'tourette', 'asperger',
  'bell', 'raynaud', 'sjogren', 'hodgkin', 'gehrig', 'meniere', 'paget', 'wilson', 'kawasaki', 'lyme', 'down', 'barrett', 'bright']);

/** Plural kin and people words before a list of their names ("my kids, Trinity and Josiah"). */
const PLURAL_PEOPLE = new Set(['children', 'kids', 'sons', 'daughters', 'nieces', 'nephews', 'grandkids', 'grandchildren', 'grandsons',
  'granddaughters', 'twins', 'boys', 'girls', 'siblings', 'brothers', 'sisters', 'cousins', 'parents', 'mine', 'students', 'patients']);

/**
 * Written lists of capitalised names joined by commas and "and": when one item is a name already, or the list
 * follows a plural word for people, every item is one.
 */
function nameLists(ctx: Ctx): void {
  const toks = ctx.toks;
  const itemWord = (k: number): boolean => {
    const t = toks[k];
    return t !== undefined && t.cap && alpha(t) && !/^[A-Z]{2,}$/.test(t.core) && !FUNCTION_WORDS.has(t.base) && !ORG_WORDS.has(t.base) && MONTHS[t.base] === undefined
      && !WEEKDAYS.has(t.base) && !HONORIFICS.has(t.low) && !PROVIDER_TITLES.has(t.low) && !MEDICATIONS.has(t.base) && t.low !== 'i'
      && (anyGiven(t.base) || anySurname(t.base) || unknownWord(t.base));
  };
  for (let a = 0; a < toks.length; a++) {
    // Items: one or two capitalised words, then ", " or " and " or ", and ".
    const items: [number, number][] = [];
    let k = a;
    while (k < toks.length && itemWord(k)) {
      let e = k;
      if (!toks[e]!.commaAfter && !ctx.breakAfter(e) && itemWord(e + 1)) e++;
      items.push([k, e]);
      if (ctx.breakAfter(e)) break;
      if (toks[e]!.commaAfter && ctx.low(e + 1) === 'and' && !ctx.breakAfter(e + 1)) k = e + 2;
      else if (toks[e]!.commaAfter) k = e + 1;
      else if (ctx.low(e + 1) === 'and' && !ctx.breakAfter(e + 1)) k = e + 2;
      else break;
    }
    if (items.length < 2) continue;
    const named = items.some(([f, t]) => [...Array(t - f + 1).keys()].some((q) => ctx.owner[f + q] === 'NAME'));
    const before = ctx.low(a - 1) === 'and' ? '' : (a > 0 && !ctx.breakAfter(a - 1) ? toks[a - 1]!.base : '');
    const afterPeople = PLURAL_PEOPLE.has(before) || (a > 1 && toks[a - 1]!.commaAfter && PLURAL_PEOPLE.has(toks[a - 1]!.base));
    // A list that starts a sentence may start with any capitalised word; there a name must be in it already.
    if (named || afterPeople) for (const [f, t] of items) if (ctx.freeRange(f, t)) ctx.claim(f, t, 'NAME');
    a = items[items.length - 1]![1];
  }
}

function joinedAndSubjectNames(ctx: Ctx): void {
  const toks = ctx.toks;
  const given = (k: number): boolean => {
    const t = toks[k];
    return t !== undefined && ctx.free(k) && t.cap && alpha(t) && anyGiven(t.base) && !FUNCTION_WORDS.has(t.base) && MONTHS[t.base] === undefined
      && !WEEKDAYS.has(t.base) && !ORG_WORDS.has(t.base) && !MEDICATIONS.has(t.base) && !t.possessive;
  };
  for (let k = 2; k < toks.length; k++) {
    if (ctx.low(k - 1) === 'and' && ctx.owner[k - 2] === 'NAME' && !ctx.breakAfter(k - 2) && !ctx.breakAfter(k - 1) && given(k)
      && !(toks[k + 1]?.cap === true && !ctx.breakAfter(k))) ctx.claim(k, k, 'NAME');
  }
  for (let k = 0; k + 1 < toks.length; k++) {
    if ((k === 0 || ctx.breakAfter(k - 1)) && given(k) && !ctx.breakAfter(k) && !toks[k]!.commaAfter && SUBJECT_VERBS.has(ctx.low(k + 1))) ctx.claim(k, k, 'NAME');
  }
  // "confirm Hazel's appointment", "get Madison's lab results": a capitalised given name with a possessive, mid-sentence.
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.possessive || !t.cap || !ctx.free(k) || ctx.breakAfter(k - 1) || !alpha(t) || ctx.low(k - 1) === 'st' || ctx.low(k - 1) === 'saint') continue;
    if (!(anyGiven(t.base) || unknownWord(t.base)) || FUNCTION_WORDS.has(t.base) || ORG_WORDS.has(t.base) || ORG_NAMES.has(t.base) || MONTHS[t.base] !== undefined
      || EPONYMS.has(t.base)) continue;
    ctx.claim(k, k, 'NAME');
  }
}

/** "B as in boy, R-O-O-K-S": a spelled name whose first letter was given with a spelling aid; the aid joins the span. */
function spellingAidsIntoSpellings(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if ((e.type !== 'NAME' && e.type !== 'EMAIL') || e.from < 4) continue;
    const f = e.from;
    if (ctx.low(f - 3) !== 'as' || ctx.low(f - 2) !== 'in' || letterOf(ctx.toks[f - 4]) === undefined || !ctx.freeRange(f - 4, f - 1)) continue;
    if (ctx.breakAfter(f - 4) || ctx.breakAfter(f - 3) || ctx.breakAfter(f - 2) || ctx.breakAfter(f - 1)) continue;
    for (let k = f - 4; k < f; k++) ctx.owner[k] = e.type;
    e.from = f - 4;
  }
}

/** Words right before a surname said first that no other rule took ("calling for Dziedzic, Hanna"). */
const UNCLAIMED_SURNAME_CUES = new Set(['for', 'under', 'about', 'is', "it's", 'regarding', 're', 'patient']);

/**
 * Written "This is Kim, Ji-hoon", "My name is Ahn, Soon-ja": right after the cue, one name word set off by a comma
 * and then a capitalised given name (one or two words, or a hyphenated one) that ends the clause. Said surname first,
 * the two are one name.
 */
function givenAfterSurname(ctx: Ctx): void {
  const givenLike = (k: number): boolean => {
    const t = ctx.toks[k];
    if (!t || !ctx.free(k) || !t.cap || !alpha(t) || t.possessive || FUNCTION_WORDS.has(t.base) || stopWord(t.base) || ORG_WORDS.has(t.base)
      || HONORIFICS.has(t.low) || PROVIDER_TITLES.has(t.low) || MONTHS[t.base] !== undefined || WEEKDAYS.has(t.base)) return false;
    const parts = t.base.split('-');
    // "Soon-ja", "Ji-hoon": a hyphenated given name needs one part known as a name or unknown to the word list.
    if (parts.length === 2) return parts.every((p) => p.length >= 2) && parts.some((p) => anyGiven(p) || unknownWord(p));
    return parts.every((p) => p.length >= 2 && (anyGiven(p) || unknownWord(p) || !isEnglishWord(p)));
  };
  // "calling for Dziedzic, Hanna", "It's under Wojciechowski, Tomasz": a surname no rule took yet, set off the same way.
  for (let k = 1; k + 1 < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    if (!ctx.free(k) || !t.cap || !t.commaAfter || ctx.breakAfter(k) || !alpha(t) || !(unknownWord(t.base) || clearSurname(t.base))) continue;
    if (!UNCLAIMED_SURNAME_CUES.has(ctx.low(k - 1)) || ctx.breakAfter(k - 1) || !givenLike(k + 1) || ctx.toks[k + 1]!.base === t.base) continue;
    const end = !ctx.breakAfter(k + 1) && !ctx.toks[k + 1]!.commaAfter && givenLike(k + 2) ? k + 2 : k + 1;
    if (ctx.breakAfter(end) || ctx.toks[end]!.commaAfter || end === ctx.toks.length - 1) ctx.claim(k, end, 'NAME');
  }
  for (const e of [...ctx.entities]) {
    if (e.type !== 'NAME' || e.from !== e.to || !ctx.toks[e.to]!.commaAfter || ctx.breakAfter(e.to)) continue;
    // "it's Ms. Baptiste, Nadège Jean-Baptiste": a courtesy title between the cue and the surname.
    const cueEnd = HONORIFICS.has(ctx.low(e.from - 1)) ? e.from - 2 : e.from - 1;
    if (!SURNAME_FIRST_CUES.some((c) => cueEndsAt(ctx, cueEnd, c))) continue;
    let k = e.to + 1;
    // "This is Oscar, Oscar Lindahl": the same word again starts the full name, no surname-first pair.
    if (!givenLike(k) || ctx.toks[k]!.base === ctx.toks[e.to]!.base) continue;
    // "Maria Elena": a second given name before the clause ends.
    if (!ctx.breakAfter(k) && !ctx.toks[k]!.commaAfter && givenLike(k + 1)) k++;
    if (!(ctx.breakAfter(k) || ctx.toks[k]!.commaAfter || k === ctx.toks.length - 1)) continue;
    for (let q = e.to + 1; q <= k; q++) ctx.owner[q] = 'NAME';
    e.to = k;
  }
}

/** Words right before a "Surname, Given" pair that make it a name said last name first. */
const INVERTED_NAME_CUES = new Set(['name', 'patient', 're', 'regarding', 'for', 'about', 'pt']);

/** Written "Patient name Lopez, Maria", "Re: Okafor, Grace": the surname before a given name already found. */
function invertedNames(ctx: Ctx): void {
  for (const e of [...ctx.entities]) {
    if (e.type !== 'NAME') continue;
    const k = e.from - 1;
    const s = ctx.toks[k];
    if (!s || !ctx.free(k) || !s.commaAfter || !s.cap || !alpha(s) || ctx.breakAfter(k) || !clearGiven(ctx.toks[e.from]!.base)) continue;
    if (!INVERTED_NAME_CUES.has(ctx.low(k - 1)) || (ctx.breakAfter(k - 1) && ctx.low(k - 1) !== 're')) continue;
    if (stopWord(s.base) || FUNCTION_WORDS.has(s.base) || !(anySurname(s.base) || unknownWord(s.base))) continue;
    ctx.claim(k, k, 'NAME');
  }
}

/**
 * Spoken "calling for pa nhia yang", "calling for ma yeng lee": the recogniser splits a given name of short
 * syllables, and the rules find only the part that looks like a name. A short name syllable between a name cue
 * and a name found joins it.
 */
function splitSyllableBefore(ctx: Ctx): void {
  for (const e of [...ctx.entities]) {
    if (e.type !== 'NAME') continue;
    const k = e.from - 1;
    const t = ctx.toks[k];
    if (!t || !ctx.free(k) || ctx.breakAfter(k) || t.possessive || !alpha(t) || t.base.length > 4 || isNumTok(t)) continue;
    const w = t.base;
    if (stopWord(w) || FUNCTION_WORDS.has(w) || RELATIONS.has(w) || !(anyGiven(w) || anySurname(w))) continue;
    const c = k - 1;
    if (c < 0 || ctx.breakAfter(c)) continue;
    const cueBefore = RELATIONS.has(ctx.low(c)) || [...(STRONG_BY_LAST.get(ctx.low(c)) ?? []), ...(WEAK_BY_LAST.get(ctx.low(c)) ?? [])].some((q) => cueEndsAt(ctx, c, q));
    if (cueBefore) ctx.claim(k, k, 'NAME');
  }
}

function propagate(ctx: Ctx, type: PhiType): void {
  const seen = new Set<string>();
  // Spoken words that are also everyday words ("quill", "page") recur only with a given name before them.
  const wordy = new Set<string>();
  // Written modal-like given names ("Will"): they recur only capitalised and not starting a sentence.
  const capOnly = new Set<string>();
  for (const e of ctx.entities) {
    if (e.type !== type) continue;
    for (let k = e.from; k <= e.to; k++) {
      const t = ctx.toks[k]!;
      const w = t.base;
      if (ctx.written && t.cap && FUNCTION_WORDS.has(w) && anyGiven(w) && type === 'NAME') { capOnly.add(w); continue; }
      if (w.length < 2 || PROVIDER_TITLES.has(w) || FUNCTION_WORDS.has(w) || COMMON_WORDS.has(w) || /^[a-z]$/.test(w)) continue;
      // Spoken text has no capitals to tell "Page" from "page".
      if (!ctx.written && AMBIGUOUS_GIVEN.has(w)) continue;
      if (!ctx.written && isEnglishWord(w) && !isClearGivenName(w) && !isClearSurname(w)) wordy.add(w);
      else seen.add(w);
    }
  }
  if (seen.size === 0 && wordy.size === 0 && capOnly.size === 0) return;
  for (let k = 0; k < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    const isWordy = wordy.has(t.base);
    const isCapOnly = capOnly.has(t.base) && t.cap && k > 0 && !ctx.breakAfter(k - 1);
    if (!ctx.free(k) || !(seen.has(t.base) || isWordy || isCapOnly) || (ctx.written && !t.cap)) continue;
    if (ctx.low(k - 1) === 'st' || ctx.low(k - 1) === 'saint' || spellingAidWord(ctx, k)) continue;
    // "Beatrice again, Beatrice Onwuachi": a repeated first name can bring its surname along.
    const ext = type === 'NAME' && !t.possessive && !ctx.breakAfter(k) && !t.commaAfter && nameWordOk(ctx, k + 1, 1, true)
      && (ctx.written || !COMMON_WORDS.has(ctx.toks[k + 1]!.base)) && !orgWordsIn(ctx, k + 1, k + 1);
    // "Rosemary Kincaid calling for Ray Kincaid": a given name, even an everyday word, before a known surname.
    const p = ctx.toks[k - 1];
    // Written, a capitalised word that is not starting a sentence may be a modal-like given name ("..., Will Grant").
    const midSentenceCap = ctx.written && p !== undefined && p.cap && k - 2 >= 0 && !ctx.breakAfter(k - 2);
    const left = type === 'NAME' && p !== undefined && ctx.free(k - 1) && !ctx.breakAfter(k - 1) && !p.commaAfter && !p.possessive
      && anyGiven(p.base) && (!FUNCTION_WORDS.has(p.base) || midSentenceCap) && !EXTRA_STOPS.has(p.base) && (!ctx.written || p.cap) && alpha(p);
    // "... twenty sixty three buck": a caller's first name said again to sign off, after the number, ending the message.
    const signOff = isWordy && (ctx.owner[k - 1] === 'PHONE' || GREETINGS.has(ctx.low(k - 1)) || ctx.low(k - 1) === 'thanks')
      && (k === ctx.toks.length - 1 || SIGN_OFFS.has(ctx.low(k + 1)));
    if (isWordy && !left && !signOff) continue;
    ctx.claim(left ? k - 1 : k, ext && !isWordy ? k + 1 : k, type);
  }
}

/**
 * A word spelled letter by letter right after it is said ("Banks, B-A-N-K-S", "olive banks b a n k s"):
 * people spell names, not everyday words, so the word and a name-like word before it are a name.
 */
function spelledBack(ctx: Ctx): void {
  const { toks } = ctx;
  for (let k = 1; k < toks.length; k++) {
    if (!ctx.free(k) || ctx.breakAfter(k - 1)) continue;
    let spelled = '';
    let end = k;
    if (/^[A-Za-z](-[A-Za-z])+$/.test(toks[k]!.core)) spelled = toks[k]!.core.replace(/-/g, '').toLowerCase();
    else if (/^[a-z]$/i.test(toks[k]!.core)) {
      const r = readLetters(ctx, k);
      spelled = r.letters;
      end = r.ends[r.ends.length - 1] ?? k;
    }
    const w = k - 1;
    const said = toks[w]!;
    // "Quang Vo, V-O", "quang vo v o": a short name found already, spelled back right after it.
    if (spelled.length === 2 && ctx.owner[w] === 'NAME' && plainLetters(said.base) === spelled) { ctx.claim(k, end, 'NAME'); k = end; continue; }
    if (spelled.length < 3) continue;
    if (!ctx.free(w) || plainLetters(said.base) !== spelled || !alpha(said)) continue;
    if (ctx.written && !said.cap) continue;
    let from = w;
    // One more word before it when it can start a name ("Olive", "patience").
    if (w > 0 && ctx.free(w - 1) && !ctx.breakAfter(w - 1) && !toks[w - 1]!.commaAfter && alpha(toks[w - 1]!)
      && !FUNCTION_WORDS.has(toks[w - 1]!.base) && !EXTRA_STOPS.has(toks[w - 1]!.base) && (ctx.written ? toks[w - 1]!.cap : anyGiven(toks[w - 1]!.base))) from = w - 1;
    ctx.claim(from, w, 'NAME');
    ctx.claim(k, end, 'NAME');
    k = end;
  }
}

const SPELL_VERBS = new Set(['spelled', 'spelt', 'spell', 'spells']);
/** "that's", "spelled", "they spelled it", "it's spelled as": a spelling cue ends right before token i. */
function spellingCueBefore(ctx: Ctx, i: number): boolean {
  if (i < 1 || ctx.breakAfter(i - 1)) return false;
  const w = ctx.low(i - 1);
  if (SPELLING_CUES.has(w)) return true;
  return (w === 'it' || w === 'as' || w === 'is') && SPELL_VERBS.has(ctx.low(i - 2)) && !ctx.breakAfter(i - 2);
}

/** Letters spelled out (hyphenated or one per word) that spell, or end, a name word found in the message. */
function spelledNames(ctx: Ctx): void {
  const words = new Set<string>();
  for (const e of ctx.entities) {
    if (e.type !== 'NAME') continue;
    for (let k = e.from; k <= e.to; k++) {
      const w = plainLetters(ctx.toks[k]!.base);
      if (w.length >= 3) words.add(w);
    }
  }
  const spells = (s: string): boolean => {
    for (const w of words) if (w === s || (s.length >= 4 && w.endsWith(s)) || (s.length >= 4 && w.startsWith(s))) return true;
    return false;
  };
  const { toks } = ctx;
  // "jsmith71@outlook.com, that's J-S-M-I-T-H": letters that spell part of an e-mail address said just before are that address.
  const locals = ctx.entities.filter((e) => e.type === 'EMAIL').map((e) => {
    const text = ctx.text.slice(ctx.toks[e.from]!.cs, ctx.toks[e.to]!.ce).toLowerCase();
    return text.split(/@| at /)[0]!.replace(/[^a-z]/g, '');
  });
  const typeOf = (letters: string): PhiType => (letters.length >= 3 && locals.some((l) => l.includes(letters)) ? 'EMAIL' : 'NAME');
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = toks[i]!;
    if (/^[A-Za-z](-[A-Za-z]){2,}$/.test(t.core)) {
      const letters = t.core.replace(/-/g, '').toLowerCase();
      // "T as in Tom, H-A-N-D-I": letters after a spelling aid are a spelling.
      const aided = i >= 4 && spellingAidWord(ctx, i - 1);
      if (spells(letters) || spellingCueBefore(ctx, i) || aided || typeOf(letters) === 'EMAIL') ctx.claim(i, i, typeOf(aided ? ctx.low(i - 4) + letters : letters));
      continue;
    }
    if (!/^[a-z]$/i.test(t.core)) continue;
    const { letters: s, ends } = readLetters(ctx, i);
    // Longest prefix of the run that spells a name word.
    let done = false;
    let claimedEnd = -1;
    for (let n = s.length; n >= 3 && !done; n--) {
      if (spells(s.slice(0, n))) { ctx.claim(i, ends[n - 1]!, 'NAME'); done = true; claimedEnd = ends[n - 1]!; }
    }
    // "a i n o v i r t a n e n": the letters after one spelled name word may spell the next one.
    if (done && claimedEnd < ends[ends.length - 1]!) { i = claimedEnd; continue; }
    // "that's g as in george r e y", "spelled k o w a l": a spelling of a name not otherwise said.
    const aided = ends.some((e, n) => e > (n === 0 ? i : ends[n - 1]! + 1));
    if (!done && s.length >= 3 && (aided || spellingCueBefore(ctx, i) || typeOf(s) === 'EMAIL')) ctx.claim(i, ends[ends.length - 1]!, typeOf(s));
    i = ends[ends.length - 1] ?? i;
  }
}
