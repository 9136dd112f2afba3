/**
 * The test suite's PHI canaries: synthetic names and phone numbers that test voicemails speak (and that
 * tests give Quietline as caller ids), chosen so they occur nowhere else. After the whole suite,
 * test/canary-sweep.ts searches every artefact for them; a hit is PHI where it must never be.
 *
 * The names are fixed (the recogniser must know them: "Cornelius Montgomery" and "Beatrice" came through
 * flite's rms voice and PocketSphinx intact in every trial). The numbers are new for every suite run
 * (seeded by QUIETLINE_CANARY_SEED, which scripts/run-tests.mjs sets for every test file and the sweep),
 * so a leftover of an earlier run or a concurrent one is not mistaken for this run's leak. Numbers are
 * in the fictional 555-01xx range; the spoken one avoids "two" and "eight", which the recogniser hears
 * as "to" and "rated", and is spoken without pauses (after a pause "zero" comes out as "euro").
 */
import { createHash, randomBytes } from 'node:crypto';

export const CANARY_SEED_ENV = 'QUIETLINE_CANARY_SEED';

const seed = process.env[CANARY_SEED_ENV] ?? randomBytes(8).toString('hex');

/** Deterministic digits for one label of this run: `count` digits drawn from `alphabet`. */
function digitsFor(label: string, count: number, alphabet: string): string {
  const h = createHash('sha256').update(`${seed}:${label}`).digest();
  let out = '';
  for (let i = 0; out.length < count; i++) out += alphabet[h[i % h.length]! % alphabet.length];
  return out;
}

const SPEAKABLE = '1345679';
const callbackDigits = `55501${digitsFor('callback', 5, SPEAKABLE)}`;
let callerIdDigits = `55501${digitsFor('caller-id', 5, '0123456789')}`;
if (callerIdDigits === callbackDigits) callerIdDigits = `55501${digitsFor('caller-id-2', 5, '0123456789')}`;
const plantedDigits = `55501${digitsFor('planted', 5, '0123456789')}`;

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
/** How a recogniser may write each spoken digit. */
const DIGIT_HEARD: readonly string[] = ['zero|oh', 'one|won', 'two|to|too', 'three', 'four|for', 'five', 'six', 'seven', 'eight|ate', 'nine'];

const formatted = (d: string) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;

export const CANARY = {
  seed,
  /** A caller who speaks in the test voicemails. */
  caller: { first: 'Cornelius', last: 'Montgomery', full: 'Cornelius Montgomery' },
  /** A second spoken first name (the load test's clips vary who speaks). */
  relative: { first: 'Beatrice', full: 'Beatrice Montgomery' },
  /** The number the phone system reports (sealed into object metadata by the tests), e.g. "(555) 014-2398". */
  callerId: formatted(callerIdDigits),
  callerIdDigits,
  /** The call-back number spoken in the recordings, as digits. */
  callbackDigits,
  /** The call-back number as the voicemail speaks it: "five five five zero one three …". */
  callbackSpoken: [...callbackDigits].map((d) => DIGIT_WORDS[Number(d)]).join(' '),
  /** Never spoken: planted by the dashboard tests (config names, job payloads) where Quietline must not surface them. */
  planted: {
    name: 'Zebulon Quackenbush',
    number: `+1 ${plantedDigits.slice(0, 3)} ${plantedDigits.slice(3, 6)} ${plantedDigits.slice(6)}`,
    digits: plantedDigits,
    configName: 'Quackenbush Family Clinic',
    email: 'zebulon.quackenbush@canary.example',
  },
} as const;

/**
 * A voicemail sentence that speaks the canary name and call-back number around `middle`
 * (default: a short request). Use it for every synthesised test voicemail whose content is not the point.
 */
export function canarySentence(middle = 'about my appointment on Tuesday', who: 'caller' | 'relative' = 'caller'): string {
  const name = who === 'caller' ? CANARY.caller.full : CANARY.relative.full;
  return `Hello this is ${name} ${middle} please call me back at ${CANARY.callbackSpoken} thank you`;
}

export interface CanaryToken {
  /** What a report prints: a label, never the value. */
  label: string;
  kind: 'name' | 'number';
  pattern: RegExp;
}

const SEP = '[^0-9a-z]{0,3}';
/** Digits with up to three separators between them ("(555) 013-7469", "555.013.7469"), not inside a longer run. */
function digitPattern(digits: string): string {
  return `(?<![0-9a-z])(?:\\+?1${SEP})?${[...digits].join(SEP)}(?![0-9a-z])`;
}
/** The seven-digit local part, "013-7469" or "0137469"; stricter separators, so a decimal in a log line never matches. */
function localPattern(digits: string): string {
  return `(?<![0-9a-z.:])${digits.slice(3, 6)}[ -]?${digits.slice(6)}(?![0-9a-z])`;
}
/** Any seven spoken digits of the number in a row: recognisers get a digit wrong now and then. */
function spokenPattern(digits: string): string {
  const words = [...digits].map((d) => `(?:${DIGIT_HEARD[Number(d)]})`);
  const windows: string[] = [];
  for (let i = 0; i + 7 <= words.length; i++) windows.push(words.slice(i, i + 7).join('[^a-z0-9]+'));
  return `\\b(?:${windows.join('|')})\\b`;
}

function numberTokens(label: string, digits: string): CanaryToken[] {
  return [
    { label, kind: 'number', pattern: new RegExp(digitPattern(digits), 'i') },
    { label: `${label}:local`, kind: 'number', pattern: new RegExp(localPattern(digits), 'i') },
    { label: `${label}:spoken`, kind: 'number', pattern: new RegExp(spokenPattern(digits), 'i') },
  ];
}

const word = (label: string, w: string): CanaryToken => ({ label, kind: 'name', pattern: new RegExp(`\\b${w}\\b`, 'i') });

/**
 * Everything the sweep searches for. Labels say which canary without spelling it, so a report (or a
 * failing test's message) never carries one into the logs the sweep reads.
 */
export const CANARY_TOKENS: readonly CanaryToken[] = [
  word('name:caller-first', 'cornelius'),
  word('name:caller-last', 'montgomery'),
  word('name:relative-first', 'beatrice'),
  word('name:planted-first', 'zebulon'),
  word('name:planted-last', 'quackenbush'),
  ...numberTokens('callback', callbackDigits),
  ...numberTokens('caller-id', callerIdDigits),
  ...numberTokens('planted-number', plantedDigits),
];

/** Labels of the canary tokens found in `text` (each label once). */
export function findCanaryTokens(text: string, tokens: readonly CanaryToken[] = CANARY_TOKENS): string[] {
  return tokens.filter((t) => t.pattern.test(text)).map((t) => t.label);
}

/** The spoken canaries (the planted dashboard ones are never in a recording). */
export function spokenCanaryTokens(): CanaryToken[] {
  return CANARY_TOKENS.filter((t) => !t.label.includes('planted'));
}
