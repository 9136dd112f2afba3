/**
 * Numbers and codes (written digits or spoken digit words, with spelled letters): phone, SSN, MRN,
 * health plan, card, account, licence, vehicle, device ids, ZIP codes, and ages over 89. The type comes
 * from the nearest cue before the number ("my social is", "member ID", "call me back at"), checked
 * against the number's shape; without a cue only unmistakable shapes count (a ten-digit number, a
 * Luhn-valid card number, ddd-dd-dddd). Short numbers without a cue (doses, times, counts, an
 * extension) are left alone.
 */
import { type Ctx, isNumTok, isDigitTok, letterOf, letterSpan, atomsOf } from './detect-context.ts';
import { isNumberWord, parseChunks, yearAt, type Atom, type Chunk } from './numbers.ts';
import { ORDINAL_UNITS, PHONETIC_LETTERS, RELATIONS, STATE_PAIRS, STAY_UNITS, US_STATES } from './lexicon.ts';
import { SPANISH_DIGITS, spanishOld, spanishSmall } from './spanish-numbers.ts';
import { PT_DIGITS } from './romance-numbers.ts';
import type { PhiType } from './types.ts';

type Cue = PhiType | 'NEG' | 'SKIP';

/** Single-word cues; "number", "id", "is" and the like are skipped so the scan reaches the real cue. */
const WORD_CUES: Record<string, Cue> = {
  social: 'SSN', ssn: 'SSN', security: 'SSN', socials: 'SSN', ss: 'SSN',
  // A clinic's "client number" is its chart number.
  mrn: 'MRN', chart: 'MRN', record: 'MRN', client: 'MRN',
  member: 'HEALTH_PLAN_ID', insurance: 'HEALTH_PLAN_ID', policy: 'HEALTH_PLAN_ID', subscriber: 'HEALTH_PLAN_ID',
  medicare: 'HEALTH_PLAN_ID', medicaid: 'HEALTH_PLAN_ID', plan: 'HEALTH_PLAN_ID', group: 'HEALTH_PLAN_ID',
  beneficiary: 'HEALTH_PLAN_ID', insurer: 'HEALTH_PLAN_ID', supplement: 'HEALTH_PLAN_ID', medigap: 'HEALTH_PLAN_ID',
  card: 'CARD', visa: 'CARD', mastercard: 'CARD', amex: 'CARD', credit: 'CARD', debit: 'CARD',
  account: 'ACCOUNT', acct: 'ACCOUNT', invoice: 'ACCOUNT', statement: 'ACCOUNT', claim: 'ACCOUNT', authorization: 'ACCOUNT',
  auth: 'ACCOUNT', confirmation: 'ACCOUNT', reference: 'ACCOUNT', accession: 'ACCOUNT', case: 'ACCOUNT', ticket: 'ACCOUNT',
  // Court and corrections numbers identify a person as surely as an account: "docket", "probation ID", "booking number".
  docket: 'ACCOUNT', probation: 'ACCOUNT', parole: 'ACCOUNT', booking: 'ACCOUNT', inmate: 'ACCOUNT', offender: 'ACCOUNT',
  license: 'LICENSE', licence: 'LICENSE', "driver's": 'LICENSE', drivers: 'LICENSE', dl: 'LICENSE', permit: 'LICENSE',
  certificate: 'LICENSE', passport: 'LICENSE', npi: 'LICENSE', dea: 'LICENSE',
  // Spanish cues, for callers who switch language: "mi teléfono es", "mi cel", "la cuenta", "la licencia", "la póliza".
  telefono: 'PHONE', celular: 'PHONE', cel: 'PHONE', llameme: 'PHONE', cuenta: 'ACCOUNT', licencia: 'LICENSE', poliza: 'HEALTH_PLAN_ID',
  phone: 'PHONE', cell: 'PHONE', mobile: 'PHONE', telephone: 'PHONE', fax: 'PHONE', call: 'PHONE', reach: 'PHONE',
  callback: 'PHONE', line: 'PHONE', text: 'PHONE', dial: 'PHONE', reached: 'PHONE', landline: 'PHONE', cellphone: 'PHONE',
  plate: 'VEHICLE', plates: 'VEHICLE', placas: 'VEHICLE', placa: 'VEHICLE', vin: 'VEHICLE', vehicle: 'VEHICLE', tag: 'VEHICLE', tags: 'VEHICLE', cdl: 'LICENSE',
  serial: 'DEVICE', device: 'DEVICE', pacemaker: 'DEVICE', implant: 'DEVICE', pump: 'DEVICE', monitor: 'DEVICE',
  zip: 'ADDRESS', zipcode: 'ADDRESS', postal: 'ADDRESS',
  extension: 'NEG', ext: 'NEG', press: 'NEG', option: 'NEG', room: 'NEG', suite: 'NEG', floor: 'NEG', page: 'NEG',
  milligrams: 'NEG', mg: 'NEG', dose: 'NEG', tablets: 'NEG', pills: 'NEG', refill: 'NEG', rx: 'NEG',
  prescription: 'NEG', lot: 'NEG',
};

/**
 * Health insurers by name: "It's Humana and the ID starts with ..." names a member id without saying "member".
 * Their phone lines are called by name too, so a number shaped like a phone keeps that reading.
 */
const INSURERS = new Set(['humana', 'aetna', 'cigna', 'anthem', 'kaiser', 'tricare', 'molina', 'wellcare', 'ambetter', 'highmark',
  'premera', 'regence', 'unitedhealthcare', 'bluecross', 'blueshield', 'centene', 'amerigroup', 'caresource', 'medi-cal', 'healthnet']);

const CARD_HEALTH_PREFIX = new Set(['insurance', 'medicare', 'medicaid', 'member', 'health', 'id', 'plan', 'benefits']);
const NUMBER_OWNERS_PHONE = new Set(['my', 'phone', 'cell', 'home', 'work', 'callback', 'contact', 'the', 'our', 'her', 'his', 'their', 'best', 'mobile', 'daytime', 'direct', 'your', 'this', 'that']);

/** Spelled acronyms ending at token j: "s s n" -> "ssn", "m r n" -> "mrn". */
function acronymAt(ctx: Ctx, j: number): string {
  let s = '';
  for (let k = j; k >= 0 && j - k < 4 && /^[a-z]$/.test(ctx.toks[k]!.low); k--) s = ctx.toks[k]!.low + s;
  return s.length >= 2 ? s : '';
}

function cueAt(ctx: Ctx, j: number): Cue | undefined {
  const w = ctx.toks[j]!.base;
  const prev = j > 0 ? ctx.toks[j - 1]!.base : '';
  const acr = acronymAt(ctx, j);
  if (acr) {
    const c = WORD_CUES[acr] ?? WORD_CUES[acr.slice(-3)] ?? WORD_CUES[acr.slice(-2)];
    if (c) return c;
    if (acr.endsWith('id') || acr === 'd') return cueAt2(ctx, j - acr.length);
  }
  if ((w === 'id' || w === 'number' || w === '#') && prev === 'patient') return 'MRN';
  // "my state ID number is ...": a state-issued ID card is a licence.
  if (w === 'id' && prev === 'state') return 'LICENSE';
  // "the device ID on her card is ...", "pump serial number".
  if ((w === 'id' || w === 'number' || w === '#' || w === 'serial') && DEVICE_OWNERS.has(prev)) return 'DEVICE';
  if (w === 'id' && (insuredWith(ctx, j) || (prev === 'my' && insuranceEarlier(ctx, j - 1)))) return 'HEALTH_PLAN_ID';
  // "the ID on her card is", "the number on my card": the card is where the id is printed, not a payment card.
  // Only after an id label, so "charges on my card ending in ..." keeps its card reading.
  if (w === 'card' && POSSESSIVE_OR_THE.has(prev) && ctx.low(j - 2) === 'on' && ID_LABELS.has(ctx.low(j - 3))) return 'SKIP';
  if (w === 'card' && CARD_HEALTH_PREFIX.has(prev)) return 'HEALTH_PLAN_ID';
  // "the serial on the pacemaker card": the device's card.
  if (w === 'card' && DEVICE_OWNERS.has(prev)) return 'DEVICE';
  // "record" alone is "for the record", "a record of it"; "medical record", "our record number" name the chart.
  if (w === 'record' && prev !== 'medical' && prev !== 'health' && !RECORD_ID_WORDS.has(ctx.low(j + 1))) return undefined;
  // "the new Medicaid card, the number is ...": "the number" names whatever was spoken of; the scan goes on to the
  // cue before it, and a number with none keeps the reading its shape gives (a phone number's, mostly).
  if (w === 'number' && prev === 'the' && !isNumTok(ctx.toks[j + 1])) return 'SKIP';
  if (w === 'number' && NUMBER_OWNERS_PHONE.has(prev)) {
    // "my number" names a phone; "my account number" was handled by reaching "account" first.
    const next = ctx.toks[j + 1]?.base;
    const nt = ctx.toks[j + 1];
    // "my number, double five five ...": the number itself right after "my number".
    if (nt && (isNumTok(nt) || isDigitTok(nt) || ((nt.low === 'double' || nt.low === 'triple') && isNumTok(ctx.toks[j + 2])))) return 'PHONE';
    return next === 'is' || next === 'at' || next === "it's" || next === 'again' || next === undefined || prev === 'phone' || prev === 'cell' ? 'PHONE' : undefined;
  }
  if (w === 'at' && (prev === 'me' || prev === 'him' || prev === 'her' || prev === 'us' || prev === 'them')) return 'PHONE';
  // "I'm at five five five ...", "we're at ...": where the caller can be reached.
  if (w === 'at' && REACHABLE_AT.has(prev)) return 'PHONE';
  // "my number, just in case, is ...": the idiom names no case number.
  if (w === 'case' && prev === 'in') return undefined;
  if (INSURERS.has(w)) return 'HEALTH_PLAN_ID';
  if (w === 'security' && prev !== 'social') return undefined;
  if ((w === 'group' || w === 'plan' || w === 'policy') && prev === 'care') return undefined;
  return WORD_CUES[ctx.toks[j]!.low] ?? WORD_CUES[w];
}

const ID_LABELS = new Set(['id', 'd', 'number', '#', 'code']);
/** Words after "record" that make it a record number: "record number", "record no.", "record ID". */
const RECORD_ID_WORDS = new Set(['number', 'no', 'no.', '#', 'id', 'numbers']);
const POSSESSIVE_OR_THE = new Set(['my', 'her', 'his', 'their', 'our', 'your', 'the', 'this']);

/** Subjects of "... at <number>" that say where someone can be reached. */
const REACHABLE_AT = new Set(["i'm", "we're", "he's", "she's", "they're", 'am', 'be', 'reachable']);

/** The cue for "patient i d", "device i d", "i'm with united i d": the words before a spelled "i d". */
function cueAt2(ctx: Ctx, j: number): Cue | undefined {
  if (j < 0) return undefined;
  if (ctx.toks[j]!.base === 'patient') return 'MRN';
  if (DEVICE_OWNERS.has(ctx.toks[j]!.base)) return 'DEVICE';
  if (ctx.toks[j]!.base === 'my' && insuranceEarlier(ctx, j)) return 'HEALTH_PLAN_ID';
  return insuredWith(ctx, j + 1) ? 'HEALTH_PLAN_ID' : undefined;
}

const PLAN_WORDS = new Set(['insurance', 'insurer', 'medicare', 'medicaid', 'member', 'subscriber', 'coverage', 'copay']);

/**
 * "my insurance card has the wrong name ... my i d is ...": a caller's own bare "ID" after they spoke of their
 * insurance earlier in the message (up to 40 words back) is their plan's member id.
 */
function insuranceEarlier(ctx: Ctx, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 40; k--) if (PLAN_WORDS.has(ctx.toks[k]!.base) || INSURERS.has(ctx.toks[k]!.base)) return true;
  return false;
}

/** Things whose "ID" or "number" is a device identifier: "device ID", "the pump's serial number". */
const DEVICE_OWNERS = new Set(['device', 'pump', 'monitor', 'pacemaker', 'implant', 'meter', 'sensor', 'transmitter', 'serial', 'machine',
  'concentrator', 'cpap', 'bipap', 'nebulizer', 'glucometer', 'reader', 'aid', 'aids', 'defibrillator', 'stimulator', 'processor']);
/** "I'm with", "we're with", "he's insured with": a plan named right before a bare "ID". */
const WITH_SUBJECTS = new Set(["i'm", "we're", "he's", "she's", "they're", 'am', 'is', 'insured', 'covered', 'coverage', 'insurance']);

/**
 * "I'm with United, ID 9182...": a bare "ID" (token i) shortly after the caller says which plan they are with. The
 * plan's name is one or two words between "with" and the ID; no other cue comes between.
 */
function insuredWith(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    if (j < i - 1 && ctx.breakAfter(j)) return false;
    // "with my daughter today, ID ...": a possessive or article says the words are no plan's name.
    if (POSSESSIVE_OR_THE.has(ctx.low(j)) || ctx.low(j) === 'a' || ctx.low(j) === 'an') return false;
    if ((ctx.low(j) === 'with' || ctx.low(j) === 'through') && j < i - 1 && WITH_SUBJECTS.has(ctx.low(j - 1))) return true;
  }
  return false;
}

/** Nearest cue before token i within the sentence, not crossing another detection. */
function findCue(ctx: Ctx, i: number, window = 9): Cue | undefined {
  for (let j = i - 1; j >= 0 && j >= i - window; j--) {
    if (ctx.breakAfter(j) || !ctx.free(j)) return undefined;
    const c = cueAt(ctx, j);
    if (c === 'SKIP') continue;
    if (c) {
      // "my number is" right before a card/account cue is still the phone; nearest wins.
      return c;
    }
  }
  return undefined;
}

/** Cues a code may take from the sentence before it. */
const CARRIED_TYPES = new Set<Cue>(['HEALTH_PLAN_ID', 'LICENSE', 'MRN']);
const CODE_JOINERS = new Set(['and', 'or', 'also', 'then', 'plus']);

/**
 * "... asked for her new Medicare number. It's 7QK4-...", "call in my driver's license ... It's D42-...": a code with
 * no cue of its own takes the nearest cue said shortly before it, across one sentence end, when that cue names a
 * plan id, a licence or a record number. Any nearer cue (a phone, a dose) keeps its own reading.
 */
function carriedCue(ctx: Ctx, i: number): Cue | undefined {
  let breaks = 0;
  for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
    if (ctx.breakAfter(j) && ++breaks > 1) return undefined;
    // "member IDs are CGN 4459 and CGN 5510": a second code joined to one just typed by its cue shares that type.
    if (!ctx.free(j)) {
      const owner = ctx.owner[j];
      // Between them only a joiner and, written, the second code's own letter prefix ("and KQZ 5512...").
      const between = Array.from({ length: i - 1 - j }, (_, n) => ctx.toks[j + 1 + n]!);
      return j >= i - 3 && breaks === 0 && owner !== undefined && owner !== null && CARRIED_TYPES.has(owner)
        && between.every((t) => CODE_JOINERS.has(t.low) || (ctx.written && /^[A-Z]{1,4}$/.test(t.core))) ? owner : undefined;
    }
    const c = cueAt(ctx, j);
    if (c === 'SKIP') continue;
    if (c) return CARRIED_TYPES.has(c) ? c : undefined;
  }
  return undefined;
}

/** The nearest cue before token i is an insurer's name. */
function insurerCue(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 9; j--) {
    if (ctx.breakAfter(j) || !ctx.free(j)) return false;
    const c = cueAt(ctx, j);
    if (c && c !== 'SKIP') return INSURERS.has(ctx.toks[j]!.base);
  }
  return false;
}

function cueWithin(ctx: Ctx, i: number, n: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - n; j--) {
    const c = cueAt(ctx, j);
    if (c && c !== 'SKIP') return true;
  }
  return false;
}

function luhn(d: string): boolean {
  let sum = 0;
  for (let k = 0; k < d.length; k++) {
    let x = d.charCodeAt(d.length - 1 - k) - 48;
    if (k % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}

/** How many digits atoms read as (letters inside a code not counted). */
function digitCount(atoms: Atom[]): number {
  return parseChunks(atoms).map((c) => c.digits).join('').replace(/\D/g, '').length;
}
const AGE_BEFORE = new Set(["she's", "he's", "i'm", 'is', 'am', 'was', 'turned', 'turning', 'turns', 'age', 'aged', 'be', "they're", "we're", 'are', "who's",
  'pushing', 'nearly', 'almost']);
const LINK_BE = new Set(['is', 'was', 'are', 'were', 'be']);
/** Things whose number is said with "is": "my apartment is 102", "the code is 115". None has an age. */
const NOT_AGE_SUBJECTS = new Set(['address', 'total', 'extension', 'ext', 'code', 'unit', 'bill', 'number', 'dose', 'dosage', 'apartment',
  'apt', 'room', 'suite', 'floor', 'amount', 'price', 'zip', 'id', 'account', 'bus', 'route', 'highway', 'exit', 'channel', 'page',
  'line', 'option', 'order', 'invoice', 'fee', 'pin', 'password', 'building', 'house', 'lot', 'size', 'bed', 'gate', 'door', 'box',
  'ticket', 'seat', 'speed', 'limit', 'copay', 'deductible', 'refund', 'payment', 'rent', 'it', 'that', 'this', 'which']);
/** Subjects that make the number after them said of a person: "she's ninety". */
const PERSON_SUBJECTS = new Set(["she's", "he's", "i'm", "who's", "they're", "we're"]);
const AGE_FILLER = new Set(['very', 'old', 'quite', 'really', 'now', 'almost', 'nearly', 'over', 'just', 'about', 'already', 'actually', 'only', 'like', 'around', 'maybe',
  'probably', 'um', 'uh', 'turning', 'both']);
const UNIT_AFTER = new Set(['dollars', 'percent', 'pounds', 'lbs', 'degrees', 'mg', 'milligrams', 'minutes', 'units', 'cents',
  'miles', 'days', 'hours', 'seconds', 'times', 'bucks', 'over', 'milliliters', 'ml', 'grams', 'micrograms', 'mcg', 'fever',
  'temp', 'temperature', 'point', 'percent', 'kilos', 'kg', 'weeks', 'months', 'tabs', 'capsules', 'pills', 'tablets', 'units']);

/** Things measured in numbers that look like ages: a number said after them is a reading. */
const MEASURES = new Set(['temperature', 'temp', 'fever', 'thermometer', 'reading', 'readings', 'pressure', 'bp', 'sugar', 'sugars',
  'glucose', 'weight', 'weighs', 'weighed', 'oxygen', 'sats', 'saturation', 'pulse', 'rate', 'heartrate', 'cholesterol', 'a1c',
  'level', 'levels', 'count', 'score', 'systolic', 'diastolic', 'balance', 'copay', 'charge', 'cost', 'costs', 'paid', 'owe',
  // Pulse-oximeter and lab readings sit in the nineties as often as ages do: "my O2 sat is 94", "his INR ran ninety".
  'sat', 'o2', 'spo2', 'oximeter', 'bpm', 'inr', 'hemoglobin', 'potassium', 'sodium', 'creatinine', 'platelets', 'wbc',
  'ferritin', 'tsh', 'ldl', 'hdl', 'triglycerides', 'psa', 'gfr', 'egfr']);

const OVER_89_DECADES = new Set(['nineties', '90s', "90's", 'hundreds']);
const POSSESSIVE_BEFORE_DECADE = new Set(['her', 'his', 'their', 'my', 'your']);
const DECADE_PARTS = new Set(['early', 'mid', 'late']);

/** Words of a spoken self-correction: "she's ninety — sorry, ninety-one". */
const CORRECTION = new Set(['sorry', 'mean', 'actually', 'wait', 'correction', 'rather', 'no', 'oops']);
const CORRECTION_FILLER = new Set(['i', 'um', 'uh', 'or', 'oh', '—', '–', '-', '--', '...']);
/** "let me start over", "scratch that", "hold on": a caller abandoning a number to read it again. */
const RESTART = new Set(['over', 'scratch', 'again', 'hold', 'hang']);
const RESTART_FILLER = new Set(['let', 'me', 'start', 'that', 'on', 'try', 'a', 'second', 'sec', 'minute']);

function ageCue(ctx: Ctx, from: number, to: number, corrected = false): boolean {
  const next = ctx.toks[to + 1]?.base;
  const next2 = ctx.toks[to + 2]?.base;
  if (!ctx.breakAfter(to) && (next === 'years' || next === 'year' || next === 'yrs' || next === 'y/o' || next === 'yo')) {
    return next !== 'year' || next2 === 'old';
  }
  if (next !== undefined && UNIT_AFTER.has(next) && !ctx.breakAfter(to)) return false;
  // "my temperature was a hundred and one", "his sugar is ninety five": a reading, not an age.
  for (let m = from - 1; m >= 0 && from - m <= 6 && !ctx.breakAfter(m); m--) {
    // "a low fever ninety nine point eight she's ninety": a person said between the reading and the number.
    if (PERSON_SUBJECTS.has(ctx.low(m))) break;
    if (MEASURES.has(ctx.toks[m]!.base)) return false;
    // Spoken "my o two was ninety one": oxygen read out as "o two".
    if (ctx.toks[m]!.base === 'two' && (ctx.low(m - 1) === 'o' || ctx.low(m - 1) === 'oh') && m !== from) return false;
  }
  let j = from - 1;
  while (j >= 0 && AGE_FILLER.has(ctx.toks[j]!.base) && !ctx.breakAfter(j)) j--;
  if (j < 0 || ctx.breakAfter(j)) return false;
  // "the total is 120", "my apartment is 102": after a plain "is"/"was", a thing as the subject makes it no age.
  if (LINK_BE.has(ctx.toks[j]!.low) && j > 0 && NOT_AGE_SUBJECTS.has(ctx.toks[j - 1]!.base)) return false;
  if (AGE_BEFORE.has(ctx.toks[j]!.low) || (ctx.toks[j]!.base === 'of' && ctx.toks[j - 1]?.base === 'age')) return true;
  // "He's noventa y dos, ninety-two": the age said again right after the age.
  if (ctx.owner[j] === 'AGE') return true;
  // "she's going on ninety one".
  if (ctx.toks[j]!.low === 'on' && ctx.low(j - 1) === 'going') return true;
  if (corrected) return false;
  // A number corrected right after an age is an age too.
  let k = from - 1;
  let sawCorrection = false;
  while (k >= 0 && from - k <= 5 && (CORRECTION.has(ctx.toks[k]!.base) || CORRECTION_FILLER.has(ctx.toks[k]!.base))) {
    if (CORRECTION.has(ctx.toks[k]!.base)) sawCorrection = true;
    k--;
  }
  if (!sawCorrection || k < 0 || !(isNumTok(ctx.toks[k]) || isDigitTok(ctx.toks[k]))) return false;
  let s = k;
  while (s - 1 >= 0 && (isNumTok(ctx.toks[s - 1]) || isDigitTok(ctx.toks[s - 1])) && !ctx.breakAfter(s - 1)) s--;
  return ageCue(ctx, s, k, true);
}

/** Claims an age over 89; returns true if the run was an age (of any value) so it is not re-read as an id. */
function tryAge(ctx: Ctx, from: number, to: number, chunks: Chunk[]): boolean {
  if (chunks.length !== 1) return false;
  const c = chunks[0]!;
  if (c.kind === 'letter' || c.kind === 'digit') return false;
  const v = c.value;
  if (v < 10 || v > 130) return false;
  // "the last part is 0128": a number written with a leading zero is a code's digits, never an age.
  if (c.digits.startsWith('0')) return false;
  if (!ageCue(ctx, from, to)) return false;
  if (v > 89) ctx.claim(from, to, 'AGE');
  return true;
}

interface Run {
  from: number;
  to: number;
  atoms: Atom[];
}

function buildRun(ctx: Ctx, i: number): Run | undefined {
  const { toks } = ctx;
  const atoms: Atom[] = [];
  let j = i;
  let last = -1;
  for (; j < toks.length; j++) {
    if (!ctx.free(j)) break;
    const t = toks[j]!;
    const num = isNumTok(t);
    const dig = isDigitTok(t);
    const prevAtom = atoms[atoms.length - 1]?.w ?? '';
    const andOk = t.low === 'and' && /hundred|thousand/.test(prevAtom) && isNumTok(toks[j + 1]);
    const multOk = (t.low === 'double' || t.low === 'triple') && isNumTok(toks[j + 1]);
    // "seven kilo papa lima three nine two": radio-alphabet letters inside a code already begun, with more to come.
    const next = toks[j + 1];
    const phonetic = !num && atoms.length > 0 && PHONETIC_LETTERS[t.low] !== undefined && next !== undefined && ctx.free(j + 1) && !ctx.breakAfter(j)
      && (isNumTok(next) || isDigitTok(next) || letterOf(next) !== undefined || PHONETIC_LETTERS[next.low] !== undefined);
    if (phonetic) {
      atoms.push({ w: PHONETIC_LETTERS[t.low]!.toLowerCase(), tok: j });
      last = j;
      continue;
    }
    const letter = letterOf(t) !== undefined && !num;
    const aHundred = t.low === 'a' && (toks[j + 1]?.low === 'hundred' || toks[j + 1]?.low === 'thousand');
    // "five one two dash four four dash ...": a spoken dash between digit groups.
    // "five five five uh two three four ...": a hesitation between digit groups of one number.
    if (FILLERS.has(t.low) && atoms.length > 0 && (isNumTok(toks[j - 1]) || isDigitTok(toks[j - 1])) && (isNumTok(toks[j + 1]) || isDigitTok(toks[j + 1])) && ctx.free(j + 1)
      && !ctx.breakAfter(j) && !t.commaAfter) continue;
    if ((t.low === 'dash' || t.low === 'hyphen') && atoms.length > 0 && /^\d|^[a-z]+$/.test(prevAtom) && (isNumTok(toks[j + 1]) || isDigitTok(toks[j + 1]))
      && !ctx.breakAfter(j) && !ctx.written) continue;
    if (!num && !dig && !andOk && !multOk && !letter) break;
    // "920.555.0110 x31": an extension glued to its "x" ends the number; extendExtension takes it.
    if (atoms.length > 0 && GLUED_EXTENSION.test(t.core)) break;
    const span = letter ? letterSpan(ctx, j) : 1;
    if (letter && !aHundred) {
      // Letters belong to a code only when digits follow (after more letters): "m r eight three", "w as in william four ...".
      let k = j;
      while (k < toks.length && ctx.free(k) && letterOf(toks[k]) !== undefined && !isNumTok(toks[k]) && !ctx.breakAfter(k + letterSpan(ctx, k) - 1)) k += letterSpan(ctx, k);
      const multiplier = (toks[k]?.low === 'double' || toks[k]?.low === 'triple') && isNumTok(toks[k + 1]);
      // Spoken "m r dash oh oh four ...": a dash between the letter prefix and the digits.
      if (!ctx.written && k > j && (toks[k]?.low === 'dash' || toks[k]?.low === 'hyphen') && ctx.free(k) && !ctx.breakAfter(k) && isNumTok(toks[k + 1])) k++;
      if (!(isNumTok(toks[k]) || isDigitTok(toks[k]) || multiplier) || !ctx.free(k)) {
        if (closingLetter(ctx, j, span, atoms)) { atoms.push({ w: t.low, tok: j }); last = j; }
        else if (closingPair(ctx, j, span, atoms)) { atoms.push({ w: t.low, tok: j }, { w: ctx.low(j + 1), tok: j + 1 }); last = j + 1; j++; }
        else if (closingLetters(ctx, j, k, atoms)) { for (let q = j; q < k; q++) atoms.push({ w: ctx.low(q), tok: q }); last = k - 1; j = k - 1; }
        break;
      }
      // "a" and "i" are words unless a long code follows: "is a four seven seven eight ..."
      const afterLetter = atoms.length > 0 && /^[a-z]$/i.test(atoms[atoms.length - 1]!.w) && atoms[atoms.length - 1]!.w !== 'o';
      // "a b c one two three four": a run of three or more letters before digits is a code prefix.
      // Inside a code already begun ("one a b two ...") "a" is a letter like any other.
      const codeDigits = atoms.length > 0 ? digitCount(atoms) : 0;
      // "one four a oh nine nine two r": an "a" between digits of a code already begun is a letter.
      const inCode = (codeDigits > 0 && k - j >= 2) || (codeDigits >= 5 && k > j) || (codeDigits >= 2 && k > j && isNumTok(toks[j - 1]));
      // "a a r p oh four ...": "a" twice running is spelling, never the article.
      const doubled = t.low === 'a' && toks[j + 1]?.low === 'a';
      if ((t.low === 'a' || t.low === 'i') && !afterLetter && !inCode && !doubled && (k - j > 3 || (k - j < 3 && countDigitsAhead(ctx, k) < 5))) break;
      // "a charge for a 99214": the article before a short bare number (a billing code, a count) is no prefix.
      if ((t.low === 'a' || t.low === 'i') && atoms.length === 0 && k - j === 1 && countDigitsAhead(ctx, k) < 8) {
        const c = findCue(ctx, j);
        if (c === undefined || c === 'NEG' || c === 'SKIP') break;
      }
    }
    // "a hundred and two"
    if (t.low === 'a' && (toks[j + 1]?.low === 'hundred' || toks[j + 1]?.low === 'thousand')) atoms.push({ w: 'one', tok: j });
    else atoms.push(...atomsOf(t));
    j += span - 1;
    last = j;
    if (ctx.breakAfter(j) || toks[j]!.commaAfter) break;
  }
  if (last < i) return undefined;
  // A lone "oh" is an interjection.
  if (atoms.every((a) => a.w === 'oh' || a.w === 'o')) return undefined;
  return { from: i, to: last, atoms };
}

/** Words that start the caller's next clause right after a code: "... three eight a i live at ...". */
const CLAUSE_STARTS = new Set(['i', "i'm", "i'll", "i've", 'and', 'thanks', 'thank', 'please', 'so', 'but', 'my']);

/**
 * Spoken "n g one eight four oh two seven seven h i changed ...": a letter with no digits after it closes a code that has
 * letters and four digits or more in it already, when no further letter follows ("a", a word too, only where the
 * caller's next clause starts right after it; "i" never).
 */
function closingLetter(ctx: Ctx, j: number, span: number, atoms: Atom[]): boolean {
  const t = ctx.toks[j]!;
  if (ctx.written || span !== 1 || t.low === 'i' || (t.low === 'a' && !(j + 1 >= ctx.toks.length || CLAUSE_STARTS.has(ctx.low(j + 1))))) return false;
  // "... h i ...": "i" after the letter is the caller's word; "a" or "i" with a letter or digit after it spells on.
  const n = ctx.toks[j + 1];
  if (n !== undefined && letterOf(n) !== undefined && (!/^[ai]$/.test(n.low) || isNumTok(ctx.toks[j + 2]) || letterOf(ctx.toks[j + 2]) !== undefined)) return false;
  const letters = atoms.filter((a) => /^[a-z]$/.test(a.w) && a.w !== 'o').length;
  if (!letters) return false;
  // "eight g four k seven q": a code of letters and digits in turn closes on a letter with three digits as well.
  const nd = digitCount(atoms);
  return nd >= 4 || (nd >= 3 && letters >= 2);
}

/**
 * Spoken "two oh four four one seven eight five three w a i have ...", "four eight one two three three seven nine oh
 * five k t i need": two letters closing a long id (Washington's ProviderOne, Ontario's health card), where the
 * clause ends or the caller goes on with "i", "and", "thanks".
 */
function closingPair(ctx: Ctx, j: number, span: number, atoms: Atom[]): boolean {
  const t = ctx.toks[j]!;
  const n = ctx.toks[j + 1];
  if (ctx.written || span !== 1 || !n || /^[aio]$/.test(t.low) || letterOf(n) === undefined || n.low === 'i' || n.low === 'o' || !ctx.free(j + 1) || ctx.breakAfter(j)) return false;
  const after = ctx.toks[j + 2];
  if (after && !ctx.breakAfter(j + 1) && !CLAUSE_STARTS.has(after.low) && (letterOf(after) !== undefined || isNumTok(after) || isDigitTok(after))) return false;
  if (atoms.some((a) => /^[a-z]$/.test(a.w) && a.w !== 'o')) return false;
  // "call me at six one seven ...": a phone number said as one is no id, whatever follows it.
  const from = atoms[0]?.tok ?? j;
  for (let q = from - 1; q >= 0 && q >= from - 6 && !ctx.breakAfter(q); q--) if (PHONE_WORDS.has(ctx.low(q))) return false;
  return digitCount(atoms) >= 8;
}
const PHONE_WORDS = new Set(['call', 'phone', 'cell', 'reach', 'text', 'fax', 'callback', 'mobile', 'landline']);

/**
 * Spoken "eight g four j x k my number ...": two or three letters closing a code that already mixes letters and
 * digits (a transmitter's or a sensor's serial), where the caller goes on with words.
 */
function closingLetters(ctx: Ctx, j: number, k: number, atoms: Atom[]): boolean {
  if (ctx.written || k - j < 2 || k - j > 3) return false;
  for (let q = j; q < k; q++) if (!/^[b-hj-np-z]$/.test(ctx.low(q)) || !ctx.free(q)) return false;
  const after = ctx.toks[k];
  if (after && (isNumTok(after) || isDigitTok(after))) return false;
  if (!atoms.some((a) => /^[a-z]$/.test(a.w) && a.w !== 'o')) return false;
  return digitCount(atoms) >= 2;
}

/** Digits in the code from token k on; single letters inside it ("five z two oh ...") are passed over. */
function countDigitsAhead(ctx: Ctx, k: number): number {
  let n = 0;
  for (let j = k; j < ctx.toks.length && ctx.free(j) && n < 20; j++) {
    const t = ctx.toks[j]!;
    if (isNumTok(t)) n += 1;
    else if (isDigitTok(t)) n += t.core.replace(/\D/g, '').length;
    else if (n > 0 && letterOf(t) !== undefined && (isNumTok(ctx.toks[j + 1]) || isDigitTok(ctx.toks[j + 1]))) continue;
    else break;
  }
  return n;
}

function shapeType(ctx: Ctx, run: Run, digits: string): PhiType | undefined {
  const nd = digits.replace(/\D/g, '').length;
  const nl = digits.length - nd;
  const raw = ctx.text.slice(ctx.toks[run.from]!.cs, ctx.toks[run.to]!.ce);
  if (/^\d{3}-\d{2}-\d{4}$/.test(raw)) return 'SSN';
  if (nl === 0) {
    if (/^\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}$/.test(raw) || /^\d{3}[-.]\d{4}$/.test(raw)) return 'PHONE';
    if (nd === 10 || (nd === 11 && digits[0] === '1')) return 'PHONE';
    if (nd >= 13 && nd <= 19 && luhn(digits)) return 'CARD';
    if (/^\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}$/.test(raw)) return 'CARD';
    if (nd >= 7) return 'ACCOUNT';
    return undefined;
  }
  if (nd >= 3 && nl >= 1 && nd + nl >= 6) {
    if (/^MR/.test(digits)) return 'MRN';
    return 'ACCOUNT';
  }
  return undefined;
}

function validFor(type: PhiType, nd: number, nl: number): boolean {
  switch (type) {
    case 'PHONE': return nl === 0 && nd >= 7 && nd <= 15;
    case 'SSN': return nl === 0 && (nd === 9 || nd === 4 || (nd >= 5 && nd <= 10));
    case 'CARD': return nl === 0 && (nd >= 12 || nd === 4);
    case 'ADDRESS': return nl === 0 && (nd === 5 || nd === 9);
    default: return nd >= 2 && nd + nl >= 4;
  }
}

const TENS_VALUES: Record<string, number> = { ninety: 90, eighty: 80 };
const ORDINAL_TENS: Record<string, number> = { ninetieth: 90, hundredth: 100 };

/** "her 95th birthday", "his ninety fifth birthday", "her hundredth birthday": an ordinal birthday over 89 is an age. */
function claimOrdinalBirthdays(ctx: Ctx): void {
  for (let b = 1; b < ctx.toks.length; b++) {
    if (ctx.toks[b]!.base !== 'birthday' || ctx.breakAfter(b - 1)) continue;
    const k = b - 1;
    const w = ctx.low(k);
    let from = k;
    let value = 0;
    const dm = /^(\d{2,3})(st|nd|rd|th)$/.exec(w);
    // "his ninety-second birthday": the ordinal written as one hyphenated word.
    const hy = /^([a-z]+)-([a-z]+)$/.exec(w);
    if (dm) value = Number(dm[1]);
    else if (hy && hy[1]! in TENS_VALUES && hy[2]! in ORDINAL_UNITS) value = TENS_VALUES[hy[1]!]! + ORDINAL_UNITS[hy[2]!]!;
    else if (w in ORDINAL_TENS) {
      value = ORDINAL_TENS[w]!;
      if (w === 'hundredth' && (ctx.low(k - 1) === 'one' || ctx.low(k - 1) === 'a')) from = k - 1;
    } else if (w in ORDINAL_UNITS) {
      const u = ORDINAL_UNITS[w]!;
      const prev = ctx.low(k - 1);
      if (prev in TENS_VALUES) { value = TENS_VALUES[prev]! + u; from = k - 1; }
      else if (prev === 'hundred' || (prev === 'and' && ctx.low(k - 2) === 'hundred')) {
        from = prev === 'and' ? k - 2 : k - 1;
        value = 100 + u;
        if (ctx.low(from - 1) === 'one' || ctx.low(from - 1) === 'a') from--;
      }
    }
    if (value > 89 && value < 130 && ctx.freeRange(from, k)) ctx.claim(from, k, 'AGE');
  }
}

/** Words a caller puts between the groups of a phone number: "six one two and then five five five okay ...". */
const GROUP_CONNECTIVES = new Set(['and', 'then', 'okay', 'ok', 'so', 'um', 'uh', 'right', 'next', 'after', 'that', 'got', 'you']);

/** Free consecutive number tokens from k: their end (exclusive) and digits (empty when letters are read). */
function digitGroup(ctx: Ctx, k: number): { end: number; digits: string } {
  const atoms: Atom[] = [];
  let j = k;
  while (j < ctx.toks.length && j - k < 8 && ctx.free(j) && (isNumTok(ctx.toks[j]) || /^\d[\d-]*$/.test(ctx.toks[j]!.core))) {
    atoms.push(...atomsOf(ctx.toks[j]!));
    j++;
    if (ctx.breakAfter(j - 1) || ctx.toks[j - 1]!.commaAfter) break;
  }
  const digits = parseChunks(atoms).map((c) => c.digits).join('');
  return { end: j, digits: /^\d+$/.test(digits) ? digits : '' };
}

/** Connective words from k ("and then", "okay", "and the last four are"); how many, 0 when none. */
function groupSeparator(ctx: Ctx, k: number): number {
  if (k === 0 || ctx.breakAfter(k - 1)) return 0;
  let n = 0;
  while (k + n < ctx.toks.length && n < 5 && ctx.free(k + n) && !ctx.breakAfter(k + n)) {
    const w = ctx.low(k + n);
    if (GROUP_CONNECTIVES.has(w)) { n++; continue; }
    // "and the last four are ...": the phrase names the group that follows.
    if (w === 'the' && ctx.low(k + n + 1) === 'last' && ctx.low(k + n + 2) === 'four' && (ctx.low(k + n + 3) === 'are' || ctx.low(k + n + 3) === 'is')) { n += 4; continue; }
    break;
  }
  return n;
}

/**
 * "my number is six one two and then five five five and then oh one four three": a phone number read in groups
 * (3 + 3 + 4, 3 + 7 or 6 + 4 digits) with connective words between them, after a phone cue.
 */
function claimGroupedPhones(ctx: Ctx): void {
  for (let i = 0; i < ctx.toks.length; i++) {
    if (!ctx.free(i) || !(isNumTok(ctx.toks[i]) || /^\d/.test(ctx.toks[i]!.core)) || isNumTok(ctx.toks[i - 1])) continue;
    const g1 = digitGroup(ctx, i);
    if (g1.digits.length !== 3 && g1.digits.length !== 6) continue;
    const groups: { from: number; to: number }[] = [{ from: i, to: g1.end - 1 }];
    let digits = g1.digits;
    let k = g1.end;
    while (digits.length < 10 && groups.length < 3) {
      const sep = groupSeparator(ctx, k);
      if (sep === 0) break;
      const g = digitGroup(ctx, k + sep);
      if (!g.digits) break;
      groups.push({ from: k + sep, to: g.end - 1 });
      digits += g.digits;
      k = g.end;
    }
    if (groups.length < 2 || !/^[2-9]\d{9}$/.test(digits) || findCue(ctx, i) !== 'PHONE') continue;
    // One span from the first group to the last: a reader of the masked text should not see where the groups fall.
    ctx.claim(i, groups[groups.length - 1]!.to, 'PHONE');
    i = k - 1;
  }
}


/** Words after a number that make it money, weight or a dose, not an age: "tengo noventa dolares". */
const SPANISH_MONEY = new Set(['dolares', 'dollars', 'pesos', 'libras', 'miligramos', 'mg', 'pastillas', 'minutos', 'dias']);

/** "he's noventa y dos", "she's cien": an age over 89 said in Spanish after someone. */
function spanishAges(ctx: Ctx): void {
  for (let i = 1; i < ctx.toks.length; i++) {
    // "tengo noventa y dos años": the caller's own age.
    if (!ctx.free(i) || ctx.breakAfter(i - 1) || !(AGE_BEFORE.has(ctx.low(i - 1)) || ['tiene', 'tengo', 'she', 'he'].includes(ctx.low(i - 1)))) continue;
    const old = spanishOld(ctx, i);
    if (old && ctx.low(i + old.len) !== 'por' && !SPANISH_MONEY.has(ctx.low(i + old.len))) { ctx.claim(i, i + old.len - 1, 'AGE'); i += old.len - 1; continue; }
    // "Ella tiene 92", "tiene 91 años": digits after "tiene".
    const n = /^\d{2,3}$/.test(ctx.toks[i]!.core) ? Number(ctx.toks[i]!.core) : 0;
    if ((ctx.low(i - 1) === 'tiene' || ctx.low(i - 1) === 'tengo') && n >= 90 && n <= 115 && !SPANISH_MONEY.has(ctx.low(i + 1))) ctx.claim(i, i, 'AGE');
    // "Mama, Lucille Brisbane, she 102": a pronoun and the age with the verb left out.
    else if (['she', 'he'].includes(ctx.low(i - 1)) && n >= 90 && n <= 115 && (ctx.breakAfter(i) || ctx.toks[i]!.commaAfter || ['and', 'years'].includes(ctx.low(i + 1)))) ctx.claim(i, i, 'AGE');
  }
}

/**
 * "+52 656 555 0118", spoken "cincuenta y dos seis cinco seis ...": a country code before a ten-digit number is part of
 * it. Spoken in Spanish, the code's "dos" was read as the run's first digit (eleven digits, read as an account).
 */
function countryCodes(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'PHONE' && e.type !== 'ACCOUNT') continue;
    const k = e.from - 1;
    if (e.type === 'PHONE' && ctx.written && k >= 0 && ctx.free(k) && /^\+\d{1,3}$/.test(ctx.toks[k]!.core) && !ctx.breakAfter(k)) {
      ctx.owner[k] = 'PHONE';
      e.from = k;
      continue;
    }
    // Spoken: "cincuenta y | dos seis cinco ..." with eleven digit words from "dos".
    if (ctx.written || k < 1 || ctx.low(k) !== 'y' || !ctx.freeRange(k - 1, k)) continue;
    const tens = spanishSmall(ctx, k - 1);
    if (!tens || tens.len !== 3 || tens.value < 20 || tens.value > 99) continue;
    if (e.to - e.from + 1 !== 11) continue;
    for (let q = k - 1; q <= e.to; q++) ctx.owner[q] = 'PHONE';
    e.from = k - 1;
    e.type = 'PHONE';
  }
}

/** "... five five five oh one treinta y dos": a phone number of eight digits takes a last pair said in Spanish. */
function spanishPhonePairs(ctx: Ctx): void {
  for (const e of ctx.entities.filter((x) => x.type === 'PHONE')) {
    const i = e.to + 1;
    if (!ctx.free(i) || ctx.breakAfter(e.to)) continue;
    const pair = spanishSmall(ctx, i);
    if (!pair || pair.value < 10 || digitCount(ctx.toks.slice(e.from, e.to + 1).flatMap((t) => atomsOf(t))) !== 8) continue;
    // The pair joins the number's entity rather than standing as one of its own.
    if (ctx.claim(i, i + pair.len - 1, 'PHONE')) { ctx.entities.pop(); e.to = i + pair.len - 1; }
  }
}

/** English digit words, as they run together with Spanish or Portuguese ones in a number read in two languages. */
const EN_DIGIT_WORDS = new Set(['zero', 'oh', 'o', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
/** The value of a digit word in English, Spanish or Portuguese. */
const DIGIT_VALUE: Record<string, number> = { zero: 0, oh: 0, o: 0, cero: 0, one: 1, uno: 1, una: 1, um: 1, two: 2, dos: 2, dois: 2, duas: 2,
  three: 3, tres: 3, four: 4, cuatro: 4, quatro: 4, five: 5, cinco: 5, six: 6, seis: 6, seven: 7, siete: 7, sete: 7, eight: 8, ocho: 8, oito: 8,
  nine: 9, nueve: 9, nove: 9 };
/** Types a run of digit words may have been read as in part before the whole run is seen. */
const PART_TYPES = new Set(['PHONE', 'ACCOUNT', 'DEVICE']);

/**
 * Spoken: seven, ten or eleven digit words in a row, some of them Spanish or Portuguese, are a phone number: "seis
 * cuatro siete ...", "three two one cinco cinco cinco zero um um seis" (a caller switching language mid-number). A
 * part of the run an English rule read already is taken into the whole. "um" counts as a digit only in a run with
 * other Portuguese or Spanish digits: alone it is the English hesitation.
 */
function spanishDigitPhones(ctx: Ctx): void {
  if (ctx.written || !(ctx.hasAny(SPANISH_DIGITS) || ctx.hasAny(PT_DIGITS))) return;
  const plainDigit = (j: number): boolean => EN_DIGIT_WORDS.has(ctx.low(j)) || SPANISH_DIGITS.has(ctx.low(j)) || PT_DIGITS.has(ctx.low(j));
  // "cinco cero cinco doble cinco ...": a digit said twice ("doble", "double") or three times.
  const MULTIPLIERS: Record<string, number> = { doble: 2, double: 2, triple: 3 };
  const digitWord = (j: number): boolean => plainDigit(j) || (MULTIPLIERS[ctx.low(j)] !== undefined && plainDigit(j + 1) && !ctx.breakAfter(j));
  const takeable = (j: number): boolean => ctx.free(j) || PART_TYPES.has(ctx.owner[j] ?? '');
  for (let i = 0; i < ctx.toks.length; i++) {
    let j = i;
    while (j < ctx.toks.length && digitWord(j) && takeable(j) && (j === i || !ctx.breakAfter(j - 1))) j++;
    // "siete seven seven oh five ...": a first digit said again in the other language starts the number over.
    if (j - i === 11 && DIGIT_VALUE[ctx.low(i)] !== undefined && DIGIT_VALUE[ctx.low(i)] === DIGIT_VALUE[ctx.low(i + 1)]) i++;
    const run = Array.from({ length: j - i }, (_, q) => ctx.low(i + q));
    const foreign = run.some((w) => (SPANISH_DIGITS.has(w) || PT_DIGITS.has(w) || w === 'doble') && !EN_DIGIT_WORDS.has(w) && w !== 'um');
    // How many digits the words say: a multiplier adds its digit's repeats.
    const n = run.reduce((sum, w) => sum + (MULTIPLIERS[w] !== undefined ? MULTIPLIERS[w] - 1 : 1), 0);
    // A run that starts or ends on "um" is a hesitation beside a number.
    // Eleven words are a number with its leading 1 ("one", "uno", "um"); any other eleventh word is a digit said twice.
    const lengthOk = n === 7 || n === 10 || (n === 11 && ['one', 'uno', 'um'].includes(run[0]!));
    // "nueve cinco seis cinco cinco cinco cero uno sesenta y cuatro": eight digits and the last pair said as one number.
    const pair = n === 8 && !ctx.breakAfter(j - 1) ? spanishSmall(ctx, j) : undefined;
    const paired = pair !== undefined && pair.value >= 10 && ctx.freeRange(j, j + pair.len - 1);
    // Other lengths are an identifier when a cue names one ("el número de medicaid es cinco dos siete ..."), or when long.
    const cue = foreign && !lengthOk && !paired && n >= 4 && run[0] !== 'um' ? findCue(ctx, i, 12) : undefined;
    const codeType: PhiType | undefined = cue && cue !== 'NEG' && cue !== 'SKIP' && cue !== 'PHONE' && cue !== 'ADDRESS' ? cue : (foreign && n >= 8 && !lengthOk && !paired ? 'ACCOUNT' : undefined);
    if (codeType && ctx.freeRange(i, j - 1)) { ctx.claim(i, j - 1, codeType); i = j - 1; continue; }
    if (foreign && (lengthOk || paired) && run[0] !== 'um' && run[n - 1] !== 'um') {
      if (paired) j += pair.len;
      // Whatever an English rule read inside the run gives way to the whole number.
      for (let e = ctx.entities.length - 1; e >= 0; e--) {
        const x = ctx.entities[e]!;
        if (x.from >= i && x.to <= j - 1 && PART_TYPES.has(x.type)) {
          for (let q = x.from; q <= x.to; q++) ctx.owner[q] = null;
          ctx.entities.splice(e, 1);
        }
      }
      if (ctx.freeRange(i, j - 1)) ctx.claim(i, j - 1, 'PHONE');
    }
    i = Math.max(i, j - 1);
  }
}

/**
 * Spoken "please call me back at five five five zero one three shows and six ...": the recogniser lost part of the
 * number, so no rule for whole numbers fits. Five or more digit words in a row right after a phone cue are what is
 * left of a phone number, and masked as one; fewer ("call me at five thirty") are a time or a count.
 */
function partialSpokenPhones(ctx: Ctx): void {
  if (ctx.written) return;
  for (let i = 1; i < ctx.toks.length; i++) {
    if (!ctx.free(i) || !EN_DIGIT_WORDS.has(ctx.low(i)) || EN_DIGIT_WORDS.has(ctx.low(i - 1))) continue;
    let j = i;
    while (j < ctx.toks.length && EN_DIGIT_WORDS.has(ctx.low(j)) && ctx.free(j) && (j === i || !ctx.breakAfter(j - 1))) j++;
    if (j - i >= 5 && findCue(ctx, i, 5) === 'PHONE') ctx.claim(i, j - 1, 'PHONE');
    i = j;
  }
}

/** Words before "is" that name a portal login: "my username is", "user ID is", "login is". */
const LOGIN_WORDS = new Set(['username', 'login', 'userid', 'handle']);
/** Spoken symbols inside a login: "j lopez underscore nineteen eighty seven". */
const LOGIN_SYMBOLS = new Set(['underscore', 'dot', 'period', 'dash', 'hyphen']);

/**
 * "My username is jlopez_1987", "my user name is j lopez underscore nineteen eighty seven": a patient-portal login
 * names its patient like a record number, so it is one (MRN).
 */
function portalLogins(ctx: Ctx): void {
  for (let i = 1; i < ctx.toks.length; i++) {
    if (ctx.low(i - 1) !== 'is' || ctx.breakAfter(i - 1) || !ctx.free(i)) continue;
    const w = ctx.low(i - 2);
    const login = LOGIN_WORDS.has(w) || (w === 'name' && ctx.low(i - 3) === 'user') || (w === 'id' && ctx.low(i - 3) === 'user');
    if (!login) continue;
    if (ctx.written) {
      const t = ctx.toks[i]!;
      if (/^[a-z0-9][a-z0-9._-]{2,}$/i.test(t.core) && /[\d_.]/.test(t.core) && !/@/.test(t.core)) ctx.claim(i, i, 'MRN');
      continue;
    }
    // Spoken: letters, words, numbers and spoken symbols up to where the caller goes on.
    let end = -1;
    let symbolOrDigit = false;
    for (let k = i; k < ctx.toks.length && k < i + 10 && ctx.free(k); k++) {
      const t = ctx.toks[k]!;
      const sym = LOGIN_SYMBOLS.has(t.low);
      const piece = sym || isNumTok(t) || letterOf(t) !== undefined || (!FUNCTION_WORDS_IN_LOGIN.has(t.low) && /^[a-z]+$/.test(t.low) && k - i <= 3);
      if (!piece || CLAUSE_STARTS.has(t.low)) break;
      if (sym || isNumTok(t)) symbolOrDigit = true;
      end = k;
      if (ctx.breakAfter(k)) break;
    }
    if (end >= i && symbolOrDigit && !LOGIN_SYMBOLS.has(ctx.low(end))) ctx.claim(i, end, 'MRN');
  }
}
/** Words that end a spoken login rather than belong to it. */
const FUNCTION_WORDS_IN_LOGIN = new Set(['and', 'but', 'so', 'it', 'is', 'the', 'for', 'to', 'can', 'you', 'please', 'thank', 'thanks', 'my', 'i', 'password',
  'locked', 'not', 'doesn\'t', 'won\'t', 'that', 'this', 'was', 'again', 'call', 'me', 'at', 'or']);

export function detectCodes(ctx: Ctx): void {
  const { toks } = ctx;
  portalLogins(ctx);
  spanishAges(ctx);
  spanishDigitPhones(ctx);
  claimOrdinalBirthdays(ctx);
  claimGroupedPhones(ctx);
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = toks[i]!;
    // "a 92-year-old", "92-year-old"
    const ya = /^(\d{2,3})-years?-old$/.exec(t.low);
    if (ya) { if (Number(ya[1]) > 89) ctx.claim(i, i, 'AGE'); continue; }
    // "a ninety-three-year-old", "one-hundred-and-one-year-old": the age spelled out in one hyphenated word.
    const yw = /^([a-z]+(?:-[a-z]+)*)-years?-old$/.exec(t.low);
    if (yw && yw[1]!.split('-').every((w) => isNumberWord(w) || w === 'and')) {
      const chunks = parseChunks(yw[1]!.split('-').filter((w) => w !== 'and').map((w) => ({ w, tok: i })));
      const value = chunks.length === 1 ? chunks[0]!.value : Number(chunks.map((c) => c.digits).join(''));
      if (value > 89 && value < 130) ctx.claim(i, i, 'AGE');
      continue;
    }
    // "she's in her nineties", "in his late 90s": a decade over 89 is an age too.
    if (OVER_89_DECADES.has(t.low)) {
      const from = DECADE_PARTS.has(ctx.low(i - 1)) ? i - 1 : i;
      if (POSSESSIVE_BEFORE_DECADE.has(ctx.low(from - 1))) { ctx.claim(from, i, 'AGE'); continue; }
    }
    const startsRun = isNumTok(t) || isDigitTok(t) || letterOf(t) !== undefined || t.low === 'double' || t.low === 'triple';
    if (!startsRun) continue;
    const run = buildRun(ctx, i);
    if (!run) continue;
    // Spoken "... i d nine one eight ...", "m r n m r five five ...": letters that spell the label ("ID", "MRN") are
    // no part of the id, which starts after them.
    // "last four 6608", "the last four six six oh eight": "four" names the group, it is none of its digits.
    const lastFourWord = ctx.low(run.from) === 'four' && ctx.low(run.from - 1) === 'last' && !ctx.breakAfter(run.from) ? 1 : 0;
    const label = spokenLabelLength(ctx, run.from) || lastFourWord;
    if (label > 0 && run.to >= run.from + label) {
      const start = run.from + label;
      run.from = start;
      run.atoms = run.atoms.filter((a) => a.tok >= start);
    }
    // Spoken "he's in room four twelve two eight one five five five ...": a room's number said straight into a phone
    // number; the room is plain text, the phone number starts where ten digits remain.
    if (!ctx.written && STAY_UNITS.has(ctx.low(run.from - 1))) {
      for (let m = 1; m <= 3; m++) {
        const start = run.from + m;
        const rest = run.atoms.filter((a) => a.tok >= start);
        if (start > run.to || !rest.length) break;
        if (/^1?[2-9]\d{9}$/.test(parseChunks(rest).map((c) => c.digits).join(''))) { run.from = start; run.atoms = rest; break; }
      }
    }
    const chunks = parseChunks(run.atoms);
    if (tryAge(ctx, run.from, run.to, chunks)) { i = run.to; continue; }
    // "i'm a hundred a hundred years old": the same words twice in one run; the first half says the age.
    const half = repeatedHalf(ctx, run.from, run.to);
    if (half > 0 && tryAge(ctx, run.from, run.to, parseChunks(run.atoms.filter((a) => a.tok < half)))) { i = run.to; continue; }
    // "we still owe nine hundred forty dollars", "a balance of 312": an amount of money is no identifier.
    if (moneyAmount(ctx, run.from, run.to, chunks)) { i = run.to; continue; }
    // "the 14th", "the fourteenth": an ordinal counts or dates; ids are not ordinals.
    if (run.from === run.to && /^\d{1,3}(?:st|nd|rd|th)$/.test(t.low)) { i = run.to; continue; }
    // "paid it back in 2020", "since twenty nineteen": a year after a time preposition is no identifier.
    if (YEAR_PREPOSITIONS.has(ctx.low(run.from - 1)) && yearAt(chunks, 0)?.len === chunks.length) { i = run.to; continue; }
    const digits = chunks.map((c) => c.digits).join('');
    const nd = digits.replace(/\D/g, '').length;
    const nl = digits.length - nd;
    if (nd === 0) { i = run.to; continue; }
    // Spelled letters whose only "digits" are the letter o ("p a d o p o u l o s") are a word, not a code.
    if (nl > 0 && run.atoms.every((a) => !/^\d+$/.test(a.w) && (a.w === 'o' || a.w === 'oh' || /^[a-z]$/i.test(a.w)))) { i = run.to; continue; }
    // "I'm at extension 4417", "my extension is two oh six": the caller's own extension reaches them; a
    // practice's ("press 2", "your extension", "the extension for billing") does not.
    if (nl === 0 && nd >= 2 && nd <= 6 && ownExtensionBefore(ctx, run.from)) { ctx.claim(run.from, run.to, 'PHONE'); i = run.to; continue; }
    const merged = mergeCommaGroups(ctx, run, nd, nl);
    if (merged) {
      ctx.claim(merged.from, merged.type === 'PHONE' ? extendExtension(ctx, merged.to) : merged.to, merged.type);
      i = merged.to;
      continue;
    }
    let from = run.from;
    // Drop leading letters unless they are glued to the digits as a code prefix (kept below for a plate or id with a
    // cue of its own: "the plate is n j k four seven p l d").
    const lettersKept = from;
    while (from < run.to && letterOf(toks[from]) !== undefined && !isNumTok(toks[from]) && nd < 3) from++;
    const shape = shapeType(ctx, run, digits);
    // Written "MR 0077415", "M-R 7730 415": the record-number prefix, upper case and set apart, names the number.
    if (mrPrefixBefore(ctx, run.from) && nl === 0 && nd >= 5) {
      ctx.claim(run.from - 1, extendTrailingLetters(ctx, run.to), 'MRN');
      i = run.to;
      continue;
    }
    // "we live in the 60614 zip code": five digits named a ZIP code by the words after them.
    if (nl === 0 && nd === 5 && !ctx.breakAfter(run.to) && (ctx.low(run.to + 1) === 'zip' || ctx.low(run.to + 1) === 'zipcode' || (ctx.low(run.to + 1) === 'postal' && ctx.low(run.to + 2) === 'code'))) {
      ctx.claim(run.from, run.to, 'ADDRESS');
      i = run.to;
      continue;
    }
    // "the last four are 6094": four digits named as the last four of a number spoken of earlier.
    const lastFour = nl === 0 && nd === 4 ? lastFourOf(ctx, run.from) : undefined;
    if (lastFour) {
      ctx.claim(run.from, run.to, lastFour);
      i = run.to;
      continue;
    }
    const cue = findCue(ctx, run.from) ?? (shape === 'ACCOUNT' ? carriedCue(ctx, run.from) : undefined);
    let type: PhiType | undefined;
    // "My plate is RKT 449": an upper-case letter prefix written apart counts toward the code's length.
    const pre = toks[run.from - 1];
    const prefixLen = ctx.written && pre && ctx.free(run.from - 1) && !ctx.breakAfter(run.from - 1) && !pre.commaAfter && /^[A-Z]{2,4}$/.test(pre.core)
      && !NOT_PREFIX.has(pre.core) ? pre.core.length : 0;
    // "the plate is seven eight one k t r": letters after the digits count toward a code's length.
    const trailing = cue && cue !== 'NEG' && cue !== 'SKIP' && CODE_TYPES.has(cue) ? extendTrailingLetters(ctx, run.to, cue === 'VEHICLE' ? 3 : 2) - run.to : 0;
    if (cue && cue !== 'NEG' && cue !== 'SKIP' && validFor(cue, nd, nl + trailing + (CODE_TYPES.has(cue) ? prefixLen : 0))) {
      type = cue;
      // A number punctuated like a phone number ("800-555-0100") is one, unless its cue is right before it.
      // Not with a letter prefix of its own ("member ID with Kaiser is KP 11 0398 4772").
      if (cue === 'HEALTH_PLAN_ID' && shape === 'PHONE' && insurerCue(ctx, run.from) && prefixLen === 0) type = 'PHONE';
      if (shape === 'PHONE' && cue !== 'PHONE' && /[-.()]/.test(ctx.text.slice(toks[run.from]!.cs, toks[run.to]!.ce)) && (ctx.low(run.from - 1) === 'at' || !cueWithin(ctx, run.from, 3))) type = 'PHONE';
    }
    // A ten-digit number is a phone number even after a dose or count word, unless that word is right before it.
    // "my Medicare ... The card number is 7TW1-QP3-HA58": a "card" number with letters, after insurance was spoken of.
    else if (cue === 'CARD' && nl > 0 && insuranceEarlier(ctx, run.from)) type = 'HEALTH_PLAN_ID';
    // Spoken, no dose or count has ten digits that read as a phone number ("tonight's dose four one two eight eight one ...").
    else if (cue === 'NEG') type = nd >= 10 && nl === 0 && (/^\(?\d{3}/.test(t.core) || !negWordAdjacent(ctx, run.from) || (!ctx.written && phoneDigits(digits))) ? shape : undefined;
    else type = shape;
    // "five five five oh one eight four extension three three oh two": seven digits and an extension.
    if ((type === undefined || (type === 'ACCOUNT' && !cue)) && nl === 0 && nd === 7 && EXTENSION_WORDS.has(ctx.low(run.to + 1)) && !ctx.breakAfter(run.to)) type = 'PHONE';
    // "i'm free thursday afternoons five five five oh one three four": seven digits and no id cue at all are a local
    // phone number, the callback a caller leaves last, not an account.
    if (type === 'ACCOUNT' && cue === undefined && nl === 0 && nd === 7) type = 'PHONE';
    // "I need my social corrected, they typed it wrong. It should be <nine digits>": nine digits with no cue of their
    // own, shortly after the caller spoke of their social security number, are that number.
    if (type === 'ACCOUNT' && cue === undefined && nl === 0 && nd === 9 && ssnSpokenOf(ctx, run.from)) type = 'SSN';
    if (!type) { i = run.to; continue; }
    if (from > lettersKept && cue === type && CODE_TYPES.has(type) && nd + nl >= 5) from = lettersKept;
    // "i'm around after three five five five oh one nine four": an hour before a seven-digit number.
    if (type === 'PHONE' && nd === 8 && nl === 0 && TIME_PREPOSITIONS.has(ctx.low(run.from - 1)) && run.to > run.from) {
      const first = parseChunks(atomsOf(toks[run.from]!))[0];
      if (first && first.digits.length === 1 && first.value >= 1) from = run.from + 1;
    }
    // "thursday at eleven thirty <ten digits>", "anytime after eleven <ten digits>": a time said
    // right before a phone number is no part of it. When the whole run is no phone number but the words after an hour
    // (and its minutes) are one, the number starts there.
    // "... at three three one five five five zero one one eight oh and this is deb": ten digits and a filler "oh"
    // are the phone number whole, not an hour and the rest.
    const fillerOh = nd === 11 && (ctx.low(run.to) === 'oh' || ctx.low(run.to) === 'o') && phoneDigits(digits.slice(0, 10))
      && !ctx.breakAfter(run.to) && ASIDE_AFTER_OH.has(ctx.low(run.to + 1));
    if ((type === 'PHONE' || (type === 'ACCOUNT' && (cue === undefined || cue === 'PHONE'))) && nl === 0 && !phoneDigits(digits) && !fillerOh
      && timeBefore(ctx, run.from) && cueAt(ctx, run.from - 1) !== 'PHONE' && run.to > run.from) {
      const at = phoneAfterTime(ctx, run.from, run.to);
      if (at > run.from) { from = at; type = 'PHONE'; }
    }
    // "she's fourteen three one nine five five five ...", "on highway thirteen three one nine ...": an age, a road or a
    // count said as one number word (never a digit read alone) right before a whole ten-digit phone number.
    if ((type === 'ACCOUNT' || type === 'PHONE') && cue === undefined && nl === 0 && nd === 12 && from === run.from && run.to > run.from) {
      const head = chunks[0];
      const headEnd = head ? run.atoms[head.to]!.tok : -1;
      if (head && head.digits.length === 2 && head.kind !== 'digit' && run.atoms[chunks[1]?.from ?? 0]!.tok > headEnd && phoneDigits(digits.slice(2))) {
        // "mom is ninety three six oh one ...": an age over 89, said of someone, is PHI of its own ("highway ninety five" is not).
        if (head.value >= 90 && AGE_LINKS.has(ctx.low(run.from - 1))) ctx.claim(run.from, headEnd, 'AGE');
        from = headEnd + 1;
        type = 'PHONE';
      }
    }
    // "her medi cal number is nine one eight three six two five four e": seven digits and a closing letter are an id
    // (a Medi-Cal CIN, a member number), never a phone number.
    // (Not after a phone cue, nor a letter that starts a spelling: "... two three b as in boy".)
    // "... three six a my cell is": an "a" before a word no noun follows is a letter too; "... eight six b i don't": the
    // caller's "i" after the letter is no spelling.
    const closer = ctx.low(run.to + 1);
    const after = ctx.low(run.to + 2);
    const letterOk = /^[b-hj-z]$/.test(closer) || (closer === 'a' && NO_NOUN_AFTER.has(after));
    const spellsOn = /^[a-z]$/.test(after) && !(after === 'i' && !/^[a-z]$/.test(ctx.low(run.to + 3)) && !isNumTok(toks[run.to + 3]));
    // Eight digits are no phone number whatever the cue; an id typed already keeps its type with its letter.
    const codeTyped = !ctx.written && type !== undefined && CODE_TYPES.has(type) && from === run.from;
    if ((type === 'PHONE' || codeTyped) && (cue !== 'PHONE' || planWordBefore(ctx, run.from) || nd === 8) && nl === 0 && (nd === 7 || nd === 8 || (codeTyped && nd === 9))
      && !ctx.breakAfter(run.to) && letterOk && ctx.free(run.to + 1) && !spellsOn && !isNumTok(toks[run.to + 2]) && !['as', 'like', 'for'].includes(after)) {
      ctx.claim(from, run.to + 1, planWordBefore(ctx, run.from) ? 'HEALTH_PLAN_ID' : codeTyped ? type : 'ACCOUNT');
      i = run.to + 1;
      continue;
    }
    let to = run.to;
    if (type === 'PHONE') {
      // "... two three four oh oh and it's rich": eleven digits not led by 1 end in a filler "oh".
      // Likewise eight digits: a seven-digit number and a filler "oh".
      // (eight digits only when "oh" starts an aside: "... four two oh and by the way").
      const aside = nd === 8 && ASIDE_AFTER_OH.has(ctx.low(to + 1)) && !ctx.breakAfter(to);
      // (Not when an hour said first was already cut off the front: "after three six oh eight ... one three oh".)
      if (nl === 0 && from === run.from && ((nd === 11 && digits[0] !== '1') || aside) && (ctx.low(to) === 'oh' || ctx.low(to) === 'o') && to > from) to--;
      to = extendExtension(ctx, to);
      // "plus one five one four ...": the spoken plus of a country code.
      if (from > 0 && ctx.low(from - 1) === 'plus' && ctx.free(from - 1) && !ctx.breakAfter(from - 1)) from--;
    }
    // "m x three oh four one seven b": a letter or two read out after the digits end the code.
    // Plates end in up to three letters ("four seven p l d").
    if (CODE_TYPES.has(type)) to = extendTrailingLetters(ctx, to, type === 'VEHICLE' ? 3 : 2);
    // "member ID XQH 442918731": an upper-case letter prefix written apart from the digits.
    if (CODE_TYPES.has(type) && from === run.from && from > 0 && ctx.free(from - 1) && !ctx.breakAfter(from - 1)) {
      const p = toks[from - 1]!;
      if (/^[A-Z]{1,4}$/.test(p.core) && !p.commaAfter && !NOT_PREFIX.has(p.core)) from--;
    }
    const phoneAt = CODE_TYPES.has(type) && nl === 0 ? trailingPhoneStart(ctx, from, to, digits) : -1;
    if (phoneAt > from) {
      ctx.claim(from, phoneAt - 1, type);
      ctx.claim(phoneAt, to, 'PHONE');
    } else ctx.claim(from, to, type);
    i = to;
  }
  claimRestartedPhones(ctx);
  claimPausedPhones(ctx);
  claimAreaCodes(ctx);
  claimRepeats(ctx);
  claimPhoneFalseStarts(ctx);
  issuingStates(ctx);
  spanishPhonePairs(ctx);
  countryCodes(ctx);
  // Last, so every reading of a whole number came first: only what is left of a garbled one is taken here.
  partialSpokenPhones(ctx);
}

/**
 * Written "plate CT 4PJ-K19", "CDL number is CT 184 552 917": the issuing state's code before a plate or a licence
 * number is part of it (a plate is read with its state).
 */
function issuingStates(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'VEHICLE' && e.type !== 'LICENSE') continue;
    // Spoken "plate new mexico eight one two k t w", written "plate New Mexico 812 KTW": the state's name after "plate".
    const named = [2, 1].find((n) => e.from - n >= 1 && ctx.freeRange(e.from - n, e.from - 1) && ['plate', 'tag', 'plates', 'tags'].includes(ctx.low(e.from - n - 1))
      && (n === 1 ? US_STATES.has(ctx.low(e.from - 1)) && ctx.low(e.from - 1).length > 2 : (STATE_PAIRS[ctx.low(e.from - 2)] ?? []).includes(ctx.low(e.from - 1)))
      && Array.from({ length: n }, (_, q) => e.from - n + q).every((q) => !ctx.breakAfter(q) && !ctx.toks[q]!.commaAfter && (!ctx.written || ctx.toks[q]!.cap)));
    if (e.type === 'VEHICLE' && named !== undefined) {
      for (let q = e.from - named; q < e.from; q++) ctx.owner[q] = e.type;
      e.from -= named;
      continue;
    }
    if (!ctx.written) continue;
    const k = e.from - 1;
    const t = ctx.toks[k];
    // "state ID T88...": a word that names the number (NOT_PREFIX) is no state, even where it spells one.
    if (!t || !ctx.free(k) || ctx.breakAfter(k) || t.commaAfter || !/^[A-Z]{2}$/.test(t.core) || !US_STATES.has(t.low) || NOT_PREFIX.has(t.core)) continue;
    ctx.owner[k] = e.type;
    e.from = k;
  }
}

/**
 * A caller who starts a phone number, breaks off and says it whole ("my cell is, uh, 408... um, 408-517-6623",
 * "773, uh, 773-286-4019"), or corrects its end ("504-771-2368. No, wait, it's 2386"): the fragment is part of
 * that number too. A start must be the first digits of a phone number said within the next 15 words; an ending,
 * four digits after a correction word right after one.
 */
function claimPhoneFalseStarts(ctx: Ctx): void {
  const phones = ctx.entities.filter((e) => e.type === 'PHONE').map((e) => ({ ...e, digits: spanDigits(ctx, e.from, e.to) }));
  if (!phones.length) return;
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i) || !(isNumTok(toks[i]) || isDigitTok(toks[i])) || (i > 0 && ctx.free(i - 1) && (isNumTok(toks[i - 1]) || isDigitTok(toks[i - 1])))) continue;
    const run = buildRun(ctx, i);
    if (!run) continue;
    const digits = spanDigits(ctx, run.from, run.to);
    if (!/^\d{3,9}$/.test(digits)) { i = run.to; continue; }
    // A start breaks off: a pause (comma, ellipsis, hesitation) or the whole number right after it, never a unit.
    // Spoken text marks no pause: there, a start said right after a phone cue ("my callback is six oh three can you hear me").
    const breaksOff = toks[run.to]!.commaAfter || ctx.breakAfter(run.to) || FILLERS.has(ctx.low(run.to + 1)) || ctx.owner[run.to + 1] === 'PHONE'
      || findCue(ctx, run.from, 4) === 'PHONE';
    const startOf = breaksOff && !UNIT_AFTER.has(ctx.low(run.to + 1))
      && phones.some((p) => p.from > run.to && p.from - run.to <= 15 && p.digits.length > digits.length && p.digits.startsWith(digits));
    let corrects = false;
    if (!startOf && digits.length === 4) {
      let k = run.from - 1;
      let sawCorrection = false;
      while (k >= 0 && run.from - k <= 6 && ctx.free(k) && (CORRECTION.has(ctx.low(k)) || CORRECTION_FILLER.has(ctx.low(k)) || ctx.low(k) === "it's" || ctx.low(k) === 'it')) {
        if (CORRECTION.has(ctx.low(k))) sawCorrection = true;
        k--;
      }
      corrects = sawCorrection && k >= 0 && ctx.owner[k] === 'PHONE';
    }
    if (startOf || corrects) ctx.claim(run.from, run.to, 'PHONE');
    i = run.to;
  }
}

/** The first token of the second half when tokens from..to are the same words twice ("a hundred a hundred"), else -1. */
function repeatedHalf(ctx: Ctx, from: number, to: number): number {
  const n = to - from + 1;
  if (n < 2 || n % 2 !== 0) return -1;
  for (let k = 0; k < n / 2; k++) if (ctx.low(from + k) !== ctx.low(from + n / 2 + k)) return -1;
  return from + n / 2;
}

/** Words a caller says between a number and the same number said again: "she's 102, yeah, 102". */
const REPEAT_FILLERS = new Set(['yeah', 'yes', 'again', "that's", 'thats', 'i', 'said', 'say', 'repeat', 'um', 'uh', 'so', 'sorry', 'that',
  'is', "it's", 'okay', 'ok', 'like', 'and', 'just']);

/** The digits a claimed stretch of tokens reads as ("a hundred and two" -> "102"). */
function spanDigits(ctx: Ctx, from: number, to: number): string {
  const atoms: Atom[] = [];
  for (let k = from; k <= to; k++) {
    const t = ctx.toks[k]!;
    if (t.low === 'a' && (ctx.low(k + 1) === 'hundred' || ctx.low(k + 1) === 'thousand')) atoms.push({ w: 'one', tok: k });
    else if (isNumTok(t) || isDigitTok(t) || t.low === 'double' || t.low === 'triple' || t.low === 'and' || letterOf(t) !== undefined) atoms.push(...atomsOf(t));
  }
  return parseChunks(atoms).map((c) => c.digits).join('');
}

/**
 * "she's 102, yeah, 102", "two oh six, again, two oh six ...": a number said again right after one already
 * typed (only filler words between) is the same identifier, though the repeat has no cue of its own.
 */
function claimRepeats(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 1; i < toks.length; i++) {
    if (!ctx.free(i) || !(isNumTok(toks[i]) || isDigitTok(toks[i]) || (toks[i]!.low === 'a' && (ctx.low(i + 1) === 'hundred' || ctx.low(i + 1) === 'thousand')))) continue;
    let p = i - 1;
    while (p >= 0 && i - p <= 4 && ctx.free(p) && REPEAT_FILLERS.has(ctx.low(p)) && !ctx.breakAfter(p)) p--;
    const type = p >= 0 ? ctx.owner[p] : undefined;
    if (p < 0 || i - p > 4 || ctx.breakAfter(p) || type === undefined || type === null || type === 'NAME' || type === 'PROVIDER' || type === 'DATE') continue;
    let start = p;
    while (start - 1 >= 0 && ctx.owner[start - 1] === type && !ctx.breakAfter(start - 1)) start--;
    const run = buildRun(ctx, i);
    if (!run) continue;
    const said = spanDigits(ctx, start, p);
    // The repeat may be the first part of the run only when the number ends there: compare as many tokens as match.
    for (let end = run.to; end >= run.from; end--) {
      if (spanDigits(ctx, run.from, end) === said && said.length >= 2) {
        ctx.claim(run.from, end, type);
        i = end;
        break;
      }
    }
  }
}

/** Written "612... 555... 0143": digit groups a caller paused between (an ellipsis) make one phone number. */
function claimPausedPhones(ctx: Ctx): void {
  const { toks, text } = ctx;
  const paused = (k: number): boolean => /^\s*(?:\.{2,}|…)\s*$/.test(text.slice(toks[k]!.ce, toks[k + 1]!.cs));
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!ctx.freeRange(i, i + 2) || !/^\d{3}$/.test(toks[i]!.core) || !paused(i)) continue;
    let to = -1;
    if (/^\d{3}$/.test(toks[i + 1]!.core) && paused(i + 1) && /^\d{4}$/.test(toks[i + 2]!.core)) to = i + 2;
    else if (/^\d{3}-?\d{4}$/.test(toks[i + 1]!.core)) to = i + 1;
    if (to < 0) continue;
    ctx.claim(i, to, 'PHONE');
    i = to;
  }
}

/**
 * "my number's 555-0172, area code 503": an area code said apart from a seven-digit number completes it. When
 * every phone number already has its area code, repeating it ("that's area code 808") reveals nothing more.
 */
function claimAreaCodes(ctx: Ctx): void {
  const local = ctx.entities.some((e) => e.type === 'PHONE'
    && digitCount(ctx.toks.slice(e.from, e.to + 1).flatMap((t) => atomsOf(t))) === 7);
  if (!local) return;
  for (let i = 0; i + 2 < ctx.toks.length; i++) {
    if (ctx.low(i) !== 'area' || ctx.low(i + 1) !== 'code' || ctx.breakAfter(i + 1)) continue;
    // "area code 218", "the area code is two one eight".
    const at = ctx.low(i + 2) === 'is' && !ctx.breakAfter(i + 2) ? i + 3 : i + 2;
    if (!ctx.free(at)) continue;
    const run = buildRun(ctx, at);
    if (!run) continue;
    const digits = parseChunks(run.atoms).map((c) => c.digits).join('');
    if (!/^[2-9]\d\d$/.test(digits)) continue;
    ctx.claim(run.from, run.to, 'PHONE');
    i = run.to;
  }
  // Before the words: "six one two is the area code", "it's a 612 area code", "it's a six one two number".
  for (let i = 1; i < ctx.toks.length; i++) {
    let k = -1;
    if (ctx.low(i) === 'area' && ctx.low(i + 1) === 'code') {
      k = i - 1;
      if (ctx.low(k) === 'the' && ctx.low(k - 1) === 'is') k -= 2;
    } else if (ctx.low(i) === 'number' && !ctx.breakAfter(i - 1)) k = i - 1;
    else continue;
    let from = k;
    while (from - 1 >= 0 && k - from < 2 && ctx.free(from - 1) && (isNumTok(ctx.toks[from - 1]) || isDigitTok(ctx.toks[from - 1])) && !ctx.breakAfter(from - 1)) from--;
    if (k < 0 || !ctx.freeRange(from, k) || !(isNumTok(ctx.toks[from]) || isDigitTok(ctx.toks[from])) || ctx.breakAfter(k)) continue;
    // "a six one two number" needs the article; "is the area code" and "area code" do not.
    if (ctx.low(i) === 'number' && ctx.low(from - 1) !== 'a') continue;
    const digits = parseChunks(ctx.toks.slice(from, k + 1).flatMap((t) => atomsOf(t))).map((c) => c.digits).join('');
    if (!/^[2-9]\d\d$/.test(digits)) continue;
    ctx.claim(from, k, 'PHONE');
  }
}

/**
 * A time preposition right before token i ("after", "at", "around"), or the second end of a time range ("from nine
 * to five ...", "between two and four ...").
 */
function timeBefore(ctx: Ctx, i: number): boolean {
  const p = ctx.low(i - 1);
  if (TIME_PREPOSITIONS.has(p)) return true;
  if ((p !== 'to' && p !== 'and' && p !== 'til' && p !== 'till') || ctx.breakAfter(i - 2)) return false;
  const hour = ctx.toks[i - 2];
  if (!hour || !(isNumTok(hour) || /^\d{1,2}(:\d\d)?$/.test(hour.core) || hour.low === 'noon' || hour.low === 'am' || hour.low === 'pm')) return false;
  for (let k = i - 3; k >= 0 && k >= i - 6 && !ctx.breakAfter(k); k--) if (ctx.low(k) === 'from' || ctx.low(k) === 'between') return true;
  return false;
}

/** Digits of a North American phone number: ten (area code 2-9), eleven led by 1, or seven (local). */
function phoneDigits(d: string): boolean {
  return /^[2-9]\d{9}$/.test(d) || /^1[2-9]\d{9}$/.test(d) || /^[2-9]\d{6}$/.test(d);
}

function tokenDigits(ctx: Ctx, from: number, to: number): Chunk[] {
  const atoms: Atom[] = [];
  for (let k = from; k <= to; k++) atoms.push(...atomsOf(ctx.toks[k]!));
  return parseChunks(atoms);
}

/** Chunks that read as a clock time: an hour 1-12, then optionally minutes ("thirty", "forty five", "oh five"). */
function isClockTime(chunks: Chunk[]): boolean {
  const h = chunks[0];
  if (!h || h.value < 1 || h.value > 12 || !(h.kind === 'digit' || h.kind === 'teen' || h.kind === 'written') || h.digits.length > 2) return false;
  if (chunks.length === 1) return true;
  const m = chunks[1]!;
  if (chunks.length === 2) return (m.kind === 'teen' || m.kind === 'tens' || m.kind === 'compound' || m.kind === 'written') && m.value >= 10 && m.value <= 59;
  return chunks.length === 3 && m.kind === 'digit' && m.value === 0 && chunks[2]!.kind === 'digit' && chunks[2]!.value >= 1;
}

/**
 * The token where a phone number starts after a clock time that opens the run from..to ("eleven thirty | five five
 * one ..."), or -1. A ten- or eleven-digit rest is preferred to a seven-digit one.
 */
function phoneAfterTime(ctx: Ctx, from: number, to: number): number {
  let local = -1;
  for (let k = from + 1; k <= Math.min(to, from + 3); k++) {
    if (!isClockTime(tokenDigits(ctx, from, k - 1))) continue;
    const rest = tokenDigits(ctx, k, to);
    if (rest.some((c) => c.kind === 'letter')) continue;
    const d = rest.map((c) => c.digits).join('');
    if (d.length >= 10 && phoneDigits(d)) return k;
    if (local < 0 && phoneDigits(d)) local = k;
  }
  return local;
}

/**
 * "my mrn is three one seven seven oh four five two nine oh one seven ...": an id read straight into a phone
 * number with no pause. A run far longer than an id (15 to 19 digits, no card checksum) whose last ten digits
 * start on a word of their own and look like a North American number is split there; returns that token or -1.
 */
function trailingPhoneStart(ctx: Ctx, from: number, to: number, digits: string): number {
  if (digits.length < 15 || digits.length > 19 || luhn(digits)) return -1;
  const phone = digits.slice(-10);
  if (!/^[2-9]\d{2}[2-9]/.test(phone)) return -1;
  let n = 0;
  for (let k = to; k > from; k--) {
    const atoms = atomsOf(ctx.toks[k]!);
    const d = parseChunks(atoms).map((c) => c.digits).join('');
    if (!/^\d+$/.test(d)) return -1;
    n += d.length;
    if (n === 10) return k;
    if (n > 10) return -1;
  }
  return -1;
}

/**
 * "the callback number is 718-204, sorry, 718-240-5519": a caller who starts a number, breaks off and reads it
 * again has said part of it already. Digits cut short right before a correction and a phone number that starts
 * with the same area code are that phone number too.
 */
function claimRestartedPhones(ctx: Ctx): void {
  const digitsOf = (from: number, to: number): string => {
    const atoms: Atom[] = [];
    for (let k = from; k <= to; k++) atoms.push(...atomsOf(ctx.toks[k]!));
    return parseChunks(atoms).map((c) => c.digits).join('');
  };
  for (const e of [...ctx.entities]) {
    if (e.type !== 'PHONE') continue;
    let k = e.from - 1;
    let sawCorrection = false;
    const restartWord = (w: string): boolean => CORRECTION.has(w) || RESTART.has(w);
    while (k >= 0 && e.from - k <= 6 && ctx.free(k) && (restartWord(ctx.toks[k]!.base) || CORRECTION_FILLER.has(ctx.toks[k]!.base) || RESTART_FILLER.has(ctx.toks[k]!.base))) {
      if (restartWord(ctx.toks[k]!.base)) sawCorrection = true;
      k--;
    }
    if (!sawCorrection || k < 0 || !ctx.free(k) || !(isNumTok(ctx.toks[k]) || isDigitTok(ctx.toks[k]))) continue;
    let s = k;
    while (s - 1 >= 0 && ctx.free(s - 1) && (isNumTok(ctx.toks[s - 1]) || isDigitTok(ctx.toks[s - 1])) && !ctx.breakAfter(s - 1)) s--;
    const part = digitsOf(s, k);
    const whole = digitsOf(e.from, e.to);
    if (!/^\d{3,9}$/.test(part) || !/^\d+$/.test(whole) || whole.slice(0, 3) !== part.slice(0, 3)) continue;
    // "seven seven three nine oh, sorry, seven seven three nine oh two ...": an "oh" before the correction was skipped
    // as an interjection, but when the number read again goes on with a zero there, it was the last digit said.
    let end = k;
    while (end + 1 < e.from && (ctx.low(end + 1) === 'oh' || ctx.low(end + 1) === 'o') && !ctx.breakAfter(end)) end++;
    while (end > k && !whole.startsWith(digitsOf(s, end))) end--;
    ctx.claim(s, end, 'PHONE');
  }
  // "... oh one four, no sorry, oh one four three": the caller repairs the end of the number just read.
  for (const e of [...ctx.entities]) {
    if (e.type !== 'PHONE') continue;
    let k = e.to + 1;
    let sawCorrection = false;
    let lastWord = k;
    while (k < ctx.toks.length && k - e.to <= 4 && ctx.free(k) && (CORRECTION.has(ctx.toks[k]!.base) || CORRECTION_FILLER.has(ctx.toks[k]!.base))) {
      if (CORRECTION.has(ctx.toks[k]!.base)) { sawCorrection = true; lastWord = k; }
      k++;
    }
    if (!sawCorrection || !ctx.free(k) || !(isNumTok(ctx.toks[k]) || isDigitTok(ctx.toks[k]))) continue;
    // "no sorry oh one four three": an "oh" after the correction word was skipped as a filler but is a zero.
    while (k - 1 > lastWord && (ctx.low(k - 1) === 'oh' || ctx.low(k - 1) === 'o')) k--;
    let end = k;
    while (end + 1 < ctx.toks.length && ctx.free(end + 1) && (isNumTok(ctx.toks[end + 1]) || isDigitTok(ctx.toks[end + 1])) && !ctx.breakAfter(end)) end++;
    const part = digitsOf(k, end);
    const whole = digitsOf(e.from, e.to).replace(/\D/g, '');
    if (!/^\d{3,7}$/.test(part)) continue;
    // The repair either completes a number left short, or says again a tail that starts like the one it replaces.
    const short = whole.length !== 7 && whole.length !== 10 && whole.length !== 11;
    const tail = whole.slice(-part.length);
    if (!short && tail.slice(0, 2) !== part.slice(0, 2)) continue;
    ctx.claim(k, end, 'PHONE');
  }
}

/** Words that cannot follow the article "a": a trailing "a" before them is a letter. */
const NO_NOUN_AFTER = new Set(['his', 'her', 'my', 'our', 'your', 'their', 'the', 'and', 'i', "i'm", 'thanks', 'thank', 'please', "it's",
  "that's", 'is', 'so', 'ok', 'okay', 'bye', 'he', 'she', "he's", "she's", 'we', 'they', 'you', 'can', 'could', 'call']);
/** Words that start an aside after an interjection "oh" ("oh and", "oh wait", "oh sorry"). */
/** Words of health plans shortly before an id: "medi cal", "medicaid", "insurance", "member", "c i n". */
const PLAN_ID_WORDS = new Set([...PLAN_WORDS, 'cal', 'medi-cal', 'cin', 'plan', 'policy', 'tricare', 'ahcccs', 'chip']);
function planWordBefore(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) if (PLAN_ID_WORDS.has(ctx.low(j))) return true;
  return false;
}

/** Words right before an age said of someone: "mom is ninety three", "she turned ninety one". */
const AGE_LINKS = new Set(['is', "she's", "he's", 'was', 'turned', 'turns', 'turning', 'age', 'aged', "i'm", 'am']);
const ASIDE_AFTER_OH = new Set(['and', 'wait', 'sorry', 'yeah', 'well', 'actually', 'by', 'also', 'right', 'okay', 'ok']);
const FILLERS = new Set(['uh', 'um', 'er', 'erm', 'uhm']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'of', 'back', 'around', 'before', 'after', 'during', 'year', 'early', 'late', 'mid']);
const EXTENSION_WORDS = new Set(['extension', 'ext', 'x']);
/** An extension written onto its marker: "x31", "ext.204". */
const GLUED_EXTENSION = /^(?:x|ext\.?)\d{1,5}$/i;
const TIME_PREPOSITIONS = new Set(['after', 'before', 'around', 'at', 'until', 'till', 'til', 'by', 'from', 'about', 'past']);

/** Words after a number that make it money: "nine hundred forty dollars", "forty bucks". */
const MONEY_AFTER = new Set(['dollars', 'dollar', 'bucks', 'cents', 'usd']);
/** Words before a number that make it money: "we owe 940", "they charged me four hundred", "a balance of 312". */
const MONEY_BEFORE = new Set(['owe', 'owed', 'owes', 'owing', 'paid', 'pay', 'paying', 'charged', 'charge', 'charging', 'billed',
  'cost', 'costs', 'costing', 'balance', 'copay', 'co-pay', 'deductible', 'refund', 'refunded', 'price', 'fee', 'total', 'amount',
  'due', 'spent', 'spend']);
/** Words that may stand between a money word and the amount ("owe them about", "a balance of", "cost me like"). */
const MONEY_GAP = new Set(['me', 'us', 'you', 'them', 'him', 'her', 'it', 'of', 'is', 'was', 'about', 'around', 'like', 'only',
  'just', 'almost', 'nearly', 'over', 'roughly', 'approximately', 'a', 'an', 'another', 'still', 'now', 'um', 'uh', 'be', 'says', 'said']);

/**
 * An amount of money from..to: a currency word after it or a money verb/noun shortly before it. Up to seven
 * digits and no letters, so an account number read after "pay on account" is not taken for one.
 */
function moneyAmount(ctx: Ctx, from: number, to: number, chunks: Chunk[]): boolean {
  const digits = chunks.map((c) => c.digits).join('');
  if (!/^\d{1,7}$/.test(digits)) return false;
  if (!ctx.breakAfter(to) && MONEY_AFTER.has(ctx.low(to + 1))) return true;
  if (ctx.text[ctx.toks[from]!.cs - 1] === '$' || ctx.toks[from]!.core.startsWith('$')) return true;
  for (let k = from - 1, n = 0; k >= 0 && n < 4 && !ctx.breakAfter(k); k--, n++) {
    const w = ctx.toks[k]!.base;
    if (MONEY_BEFORE.has(w)) return true;
    if (!MONEY_GAP.has(w)) return false;
  }
  return false;
}

/** A dose or count word ("pills", "mg") right before token `from`. */
function negWordAdjacent(ctx: Ctx, from: number): boolean {
  return from > 0 && cueAt(ctx, from - 1) === 'NEG';
}

/** Up to two single letters read out after a code's digits ("... one seven b"); returns the new end. */
function extendTrailingLetters(ctx: Ctx, to: number, max = 2): number {
  let k = to;
  while (k - to < max && !ctx.breakAfter(k) && !ctx.toks[k]!.commaAfter && ctx.free(k + 1)) {
    const t = ctx.toks[k + 1]!;
    // "... two oh one a his address is": "a" ends a code when no noun phrase can follow it as an article.
    const article = (t.low === 'a' || t.low === 'i') && !(t.low === 'a' && (ctx.breakAfter(k + 1) || NO_NOUN_AFTER.has(ctx.low(k + 2)) || k + 2 >= ctx.toks.length));
    // Written plates end in a group of capitals ("MN 884 CTX").
    const capsGroup = max === 3 && ctx.written && /^[A-Z]{2,3}$/.test(t.core) && k === to;
    if (capsGroup) { k++; break; }
    if (letterOf(t) === undefined || isNumTok(t) || article || t.core.length > 1) break;
    k++;
  }
  // Three or more letters in a row are a spelled word, not the end of a code.
  const after = ctx.toks[k + 1];
  if (k > to && after && ctx.free(k + 1) && !ctx.breakAfter(k) && letterOf(after) !== undefined && after.core.length === 1) return to;
  return k;
}

const SELF_AT = new Set(["i'm", 'im', 'am', 'me', 'us', "we're"]);
/** "I'm at extension", "reach me at ext.", "my extension is", "my direct extension": the caller's own extension ends at token j - 1. */
function ownExtensionBefore(ctx: Ctx, j: number): boolean {
  let k = j - 1;
  if (k < 0 || ctx.breakAfter(k)) return false;
  if (ctx.low(k) === 'is' || ctx.low(k) === "it's") k--;
  if (!EXTENSION_WORDS.has(ctx.low(k)) || ctx.low(k) === 'x' || ctx.breakAfter(k - 1)) return false;
  const b = ctx.low(k - 1);
  if (b === 'my' || (b === 'direct' && ctx.low(k - 2) === 'my')) return true;
  return b === 'at' && SELF_AT.has(ctx.low(k - 2));
}

/** Id labels people spell out letter by letter. */
const SPELLED_LABELS = ['id', 'mrn', 'ssn', 'npi', 'vin'];

/** Spoken "i d" / "m r n" at token k, before the id it labels: the number of label tokens, or 0. */
function spokenLabelLength(ctx: Ctx, k: number): number {
  if (ctx.written) return 0;
  // "member i d x g p ...": the run may start at the "d" when "i" was read as the pronoun.
  if (ctx.low(k) === 'd' && ctx.low(k - 1) === 'i' && !ctx.breakAfter(k - 1) && !ctx.breakAfter(k)) {
    const after = ctx.toks[k + 1];
    if (after && (isNumTok(after) || letterOf(after) !== undefined)) return 1;
  }
  for (const l of SPELLED_LABELS) {
    let ok = true;
    for (let n = 0; n < l.length && ok; n++) ok = ctx.low(k + n) === l[n] && !ctx.breakAfter(k + n);
    // The label is followed by the id itself. "i d" is always the label; "m r n five five ..." may be read as the
    // id's own prefix ("MRN 551904"), so other labels count only before an id with letters of its own ("m r n m r five").
    const after = ctx.toks[k + l.length];
    if (ok && after && (l === 'id' ? isNumTok(after) || letterOf(after) !== undefined : letterOf(after) !== undefined && !isNumTok(after))) return l.length;
  }
  return 0;
}

/** "social worker", "social history": "social" in phrases that name no security number. */
const NOT_SSN_AFTER_SOCIAL = new Set(['worker', 'workers', 'work', 'services', 'service', 'media', 'history', 'anxiety', 'security-office', 'club', 'hour']);

/** "social", "SSN" or spelled "s s n" within the last two sentences (or 30 words) before token i. */
function ssnSpokenOf(ctx: Ctx, i: number): boolean {
  let breaks = 0;
  for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
    if (ctx.breakAfter(j) && ++breaks > 2) return false;
    const w = ctx.low(j);
    if (w === 'ssn' || (w === 'n' && ctx.low(j - 1) === 's' && ctx.low(j - 2) === 's')) return true;
    if (w === 'social' && !NOT_SSN_AFTER_SOCIAL.has(ctx.low(j + 1))) return true;
  }
  return false;
}

/** Written "MR" or "M-R" (upper case, no full stop: not the title "Mr.") right before token i. */
function mrPrefixBefore(ctx: Ctx, i: number): boolean {
  const p = ctx.toks[i - 1];
  return ctx.written && p !== undefined && /^M-?R$/.test(p.core) && ctx.free(i - 1) && !p.commaAfter && !ctx.breakAfter(i - 1);
}

/**
 * "... my social on file is wrong. The last four are 6094", "the last four should be oh nine three eight": four
 * digits after "last four" are the end of the number the caller spoke of shortly before (up to 30 words, two
 * sentence ends): a social, or a card.
 */
/** Words that say a last four belongs to a card or an id, not a social: "her last four of the card, it's ...". */
const CARD_OR_ID_WORDS = new Set(['card', 'visa', 'mastercard', 'amex', 'debit', 'credit', 'account', 'member', 'id', 'policy', 'phone', 'number', 'chart', 'license']);

/** Words after "last" that name the end of a number: "the last four", "the last part", "the last digits". */
const LAST_GROUP_WORDS = new Set(['four', 'part', 'digits', 'numbers']);

function lastFourOf(ctx: Ctx, i: number): PhiType | undefined {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && !(LAST_GROUP_WORDS.has(ctx.low(k)) && ctx.low(k - 1) === 'last') && !ctx.breakAfter(k)) k--;
  // "... the last four of my social to verify. It's 8062": the number in the next sentence, after "it's".
  if (!(LAST_GROUP_WORDS.has(ctx.low(k)) && ctx.low(k - 1) === 'last') && (ctx.low(i - 1) === "it's" || ctx.low(i - 1) === 'is')) {
    // "... the last four of the social so she can find my old account from when I had the other insurance. It's 6038":
    // up to 25 words back when the social is named and no other number comes between.
    for (let q = i - 2; q >= 0 && q >= i - 25 && !(q < i - 2 && (isNumTok(ctx.toks[q + 1]) || /\d/.test(ctx.toks[q + 1]!.core))); q--) {
      if (q < i - 10 && !(ctx.low(q) === 'four' && ctx.low(q - 1) === 'last' && ctx.toks.slice(q, i).some((t) => t.base === 'social' || t.base === 'ssn'))) continue;
      // "... they need her last four for the clinic's form, it's 3307": someone's own last four, as below.
      if (ctx.low(q) === 'four' && ctx.low(q - 1) === 'last' && (ctx.toks.slice(q, i).some((t) => t.base === 'social' || t.base === 'ssn')
        || (['my', 'his', 'her', 'their', 'your'].includes(ctx.low(q - 2)) && !ctx.toks.slice(q, i).some((t) => CARD_OR_ID_WORDS.has(t.base))))) return 'SSN';
    }
  }
  if (!LAST_GROUP_WORDS.has(ctx.low(k)) || ctx.low(k - 1) !== 'last' || ctx.breakAfter(k)) return undefined;
  const four = ctx.low(k) === 'four';
  if (four && ssnSpokenOf(ctx, k - 1)) return 'SSN';
  let breaks = 0;
  for (let j = k - 2; j >= 0 && j >= k - 30; j--) {
    if (ctx.breakAfter(j) && ++breaks > 2) break;
    const w = ctx.toks[j]!.base;
    if (w === 'card' || w === 'visa' || w === 'mastercard' || w === 'amex' || w === 'debit' || w === 'credit') return 'CARD';
  }
  // "Number is 360-555-0139, wait, no, the last part is 0193": the end of a phone number just given, corrected.
  if (ctx.entities.some((e) => e.type === 'PHONE' && e.to < k && k - e.to <= 12)) return 'PHONE';
  if (!four) return undefined;
  // "my last four is 8841": a caller's own "last four", with no card said before it, is her social's; so is a
  // person's, said right after the name ("the veteran, Raymond Kuehl, last four 6608"), and one said as a
  // sentence of its own ("... Staff Sergeant Marcus Greer, but we need his notes. Last four 6630."), as a
  // social's last four is given to identify someone.
  const afterName = ctx.written && ctx.toks[k - 2]?.cap === true && ctx.toks[k - 2]!.commaAfter && /^[A-Z][a-z'-]+$/.test(ctx.toks[k - 2]!.core)
    && ctx.toks[k - 3]?.cap === true;
  const ownSentence = k - 1 === 0 || ctx.breakAfter(k - 2);
  // Spoken, with no stops to find a sentence by: "... i don't know so last four is six one two oh", "army last four
  // thirty three fifty nine". With no card or phone number before it and nothing named between ("last four of my
  // member id"), a last four said to identify someone is a social's.
  const between = Array.from({ length: Math.max(0, i - k - 1) }, (_, q) => ctx.low(k + 1 + q));
  const spokenBare = !ctx.written && between.every((w) => ['is', 'are', 'was', "it's", 'um', 'uh', 'would', 'be'].includes(w));
  // "Sponsor's last four, 3307": someone's, named by a possessive.
  const someones = (['my', 'his', 'her', 'their', 'your'].includes(ctx.low(k - 2)) || (ctx.toks[k - 2]?.possessive === true && !CARD_OR_ID_WORDS.has(ctx.toks[k - 2]!.base)))
    && !between.some((w) => CARD_OR_ID_WORDS.has(w));
  return (someones && !ctx.breakAfter(k - 2)) || afterName || ownSentence || spokenBare ? 'SSN' : undefined;
}

/** "... 6874 extension 22" belongs to the phone number. */
function extendExtension(ctx: Ctx, to: number): number {
  if (ctx.breakAfter(to)) return to;
  const w = ctx.toks[to + 1]?.low;
  if (GLUED_EXTENSION.test(ctx.toks[to + 1]?.core ?? '') && ctx.free(to + 1)) return to + 1;
  if (w !== 'extension' && w !== 'ext' && w !== 'x') return to;
  const run = buildRun(ctx, to + 2);
  return run ? run.to : to;
}

const CODE_TYPES = new Set<PhiType>(['MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'LICENSE', 'DEVICE', 'VEHICLE']);
/** Upper-case words that name the id rather than being part of it. */
const NOT_PREFIX = new Set(['ID', 'MRN', 'DOB', 'SSN', 'DL', 'VIN', 'NPI', 'DEA', 'MBI', 'RX', 'MRI', 'CT', 'ER', 'IT', 'TB',
  'HPV', 'RSV', 'OB', 'VA', 'I', 'A', 'IS', 'PCP', 'EOB', 'NO', 'OK']);

/**
 * "area code 312, 555 6043", "four one five, five five five, eight eight two one": a phone number read
 * in comma-separated groups (3 + 7 or 3 + 3 + 4 digits) when a phone cue or "area code" comes before.
 */
function mergeCommaGroups(ctx: Ctx, run: Run, nd: number, nl: number): { from: number; to: number; type: PhiType } | undefined {
  if (nl !== 0 || nd !== 3 || !ctx.toks[run.to]!.commaAfter || ctx.breakAfter(run.to)) return undefined;
  const areaCode = ctx.low(run.from - 2) === 'area' && ctx.low(run.from - 1) === 'code';
  const cue = findCue(ctx, run.from);
  if (cue === 'SSN') return mergeSsnGroups(ctx, run);
  if (!areaCode && cue !== 'PHONE' && !restatesPhone(ctx, run.from)) return undefined;
  let total = nd;
  let to = run.to;
  for (let g = 0; g < 2 && total < 10; g++) {
    let start = to + 1;
    // "555, uh, 234-8812": a hesitation between the groups.
    if (FILLERS.has(ctx.low(start)) && ctx.free(start) && !ctx.breakAfter(start)) start++;
    const next = buildRun(ctx, start);
    if (!next) return undefined;
    const d = parseChunks(next.atoms).map((c) => c.digits).join('');
    if (!/^\d+$/.test(d)) return undefined;
    total += d.length;
    to = next.to;
    if (total < 10 && (!ctx.toks[to]!.commaAfter || ctx.breakAfter(to))) break;
  }
  return total === 10 || (total === 7 && !areaCode) ? { from: run.from, to, type: 'PHONE' } : undefined;
}

/** "five two nine, four one, six six eight zero" after a social security cue: 3 + 2 + 4 digits. */
function mergeSsnGroups(ctx: Ctx, run: Run): { from: number; to: number; type: PhiType } | undefined {
  let to = run.to;
  const sizes = [2, 4];
  for (const want of sizes) {
    if (ctx.breakAfter(to) || !ctx.toks[to]!.commaAfter) return undefined;
    const next = buildRun(ctx, to + 1);
    if (!next) return undefined;
    const d = parseChunks(next.atoms).map((c) => c.digits).join('');
    if (d.length !== want || !/^\d+$/.test(d)) return undefined;
    to = next.to;
  }
  return { from: run.from, to, type: 'SSN' };
}

/** "... at 207-555-0118, that's two oh seven, ...": a number read again right after a phone number. */
function restatesPhone(ctx: Ctx, from: number): boolean {
  let j = from - 1;
  let words = 0;
  while (j >= 0 && ctx.free(j) && words < 3 && !ctx.breakAfter(j)) {
    if (!RESTATE_WORDS.has(ctx.low(j))) return false;
    words++;
    j--;
  }
  return words > 0 && j >= 0 && ctx.owner[j] === 'PHONE';
}
const RESTATE_WORDS = new Set(["that's", 'that', 'is', 'i', 'mean', 'again', 'or', 'so', 'repeat', 'repeating', 'uh', 'um']);

/** People an age can be set beside: "my grandmother, 96, fell", "one of our residents, 102, has a cough". */
const AGE_HOLDERS = new Set([...RELATIONS, 'resident', 'residents', 'patients', 'member', 'members', 'clients', 'woman', 'man',
  'lady', 'gentleman', 'veteran', 'widow', 'widower', 'elder', 'elders']);

/**
 * Ages over 89 set beside a person without "is"/"years old": right after a name found by detectNames or a
 * word for a person, and not followed by a unit ("my mother 102 degrees" is a temperature). Runs after names.
 */
export function detectAppositiveAges(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 1; i < toks.length; i++) {
    // "we have alma rosenthal a hundred and four": "a hundred" starts the number too.
    const aHundred = toks[i]!.low === 'a' && ctx.low(i + 1) === 'hundred';
    if (!ctx.free(i) || !(isNumTok(toks[i]) || /^\d{2,3}$/.test(toks[i]!.core) || aHundred) || isNumTok(toks[i - 1]) || ctx.breakAfter(i - 1)) continue;
    const prev = toks[i - 1]!;
    const byPerson = ctx.owner[i - 1] === 'NAME' || AGE_HOLDERS.has(prev.base);
    if (!byPerson) continue;
    const run = buildRun(ctx, i);
    if (!run) continue;
    const chunks = parseChunks(run.atoms);
    const c = chunks[0];
    if (chunks.length !== 1 || !c || c.kind === 'letter' || c.kind === 'digit' || c.value < 90 || c.value > 120) continue;
    const next = toks[run.to + 1];
    if (next && !ctx.breakAfter(run.to) && UNIT_AFTER.has(next.base)) continue;
    ctx.claim(run.from, run.to, 'AGE');
    i = run.to;
  }
  vagueAges(ctx);
  restatedAges(ctx);
}

/** Words between an age and the same age said again: "she is 100 years old this year, a hundred". */
const AGE_RESTATEMENT_GAP = new Set(['years', 'year', 'old', 'this', 'now', 'already', 'i', 'mean', 'yes', 'so', 'like', 'um', 'uh']);

/**
 * "I am 90 years. Ninety.", "she have 91 years, ninety-one", "100 years old this year, a hundred": an age over 89
 * said again in words right after it (a caller making sure she is understood) is the same age.
 */
function restatedAges(ctx: Ctx): void {
  const { toks } = ctx;
  for (const e of ctx.entities.filter((x) => x.type === 'AGE')) {
    let k = e.to + 1;
    while (k < toks.length && k - e.to <= 5 && AGE_RESTATEMENT_GAP.has(ctx.low(k)) && ctx.free(k)) k++;
    const aHundred = ctx.low(k) === 'a' && ctx.low(k + 1) === 'hundred';
    if (k >= toks.length || !ctx.free(k) || !(isNumTok(toks[k]) || /^\d{2,3}$/.test(toks[k]!.core) || aHundred)) continue;
    const run = buildRun(ctx, k);
    if (!run) continue;
    const chunks = parseChunks(run.atoms);
    const c = chunks[0];
    if (chunks.length !== 1 || !c || c.kind === 'letter' || c.kind === 'digit' || c.value < 90 || c.value > 120) continue;
    if (!ctx.breakAfter(run.to) && UNIT_AFTER.has(toks[run.to + 1]?.base ?? '')) continue;
    // The same age: "91 years, ninety-one", not "91 years old now, 120 on the scale".
    // "a hundred": the article reads as no number.
    const from = ctx.low(e.from) === 'a' ? e.from + 1 : e.from;
    const first = /^\d{2,3}$/.test(toks[from]!.core) ? Number(toks[from]!.core) : parseChunks(toks.slice(from, e.to + 1).flatMap((t) => atomsOf(t)))[0]?.value;
    if (first === undefined || Math.abs(first - c.value) > 1) continue;
    ctx.claim(run.from, run.to, 'AGE');
  }
}

/** Words after an age that make it approximate: "ninety something", "a hundred odd", "ninety plus". */
const VAGUE_AGE_WORDS = new Set(['something', 'some', 'odd', 'plus', 'ish']);
/** Words before an age said as one hyphenated vague word: "she's ninety-something". */
const VAGUE_AGE_CUES = new Set(["he's", "she's", "i'm", 'is', 'was', 'turned', 'turning', 'about', 'maybe', 'almost', 'nearly', 'be']);

/**
 * "he's ninety something", "she's ninety-something": an age over 89 said only roughly is still an age over 89; the
 * vague word joins the span, and "ninety-something" written as one word is one.
 */
function vagueAges(ctx: Ctx): void {
  for (const e of ctx.entities) {
    const k = e.to + 1;
    if (e.type !== 'AGE' || ctx.breakAfter(e.to) || !ctx.free(k) || !VAGUE_AGE_WORDS.has(ctx.low(k)) || UNIT_AFTER.has(ctx.toks[k + 1]?.base ?? '')) continue;
    ctx.owner[k] = 'AGE';
    e.to = k;
  }
  for (let i = 1; i < ctx.toks.length; i++) {
    if (!ctx.free(i) || !/^(ninety|hundred|one-hundred|a-hundred)-(something|some|odd|ish|plus)$/.test(ctx.low(i)) || !VAGUE_AGE_CUES.has(ctx.low(i - 1))) continue;
    ctx.claim(i, i, 'AGE');
  }
}
