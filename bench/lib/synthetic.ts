/**
 * Synthetic held-out voicemails for the PHI detector: phrasings, names and numbers that differ from the dev
 * corpus, each rendered in written form (cloud engine: case, punctuation, digits) and spoken form
 * (PocketSphinx: lower case, no punctuation, numbers as words). Seeded, so runs are comparable.
 * Many names are deliberately absent from the detector's name lists, to test cue-based detection.
 */
import type { GoldRecord, GoldSpan } from './phi-score.ts';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type R = () => number;
const pick = <T>(r: R, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
const int = (r: R, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: R, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function below100(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t} ${ONES[n % 10]}` : t;
}
export function cardinal(n: number): string {
  if (n < 100) return below100(n);
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ' ' + below100(n % 100) : ''}`;
  return `${cardinal(Math.floor(n / 1000))} thousand${n % 1000 ? ' ' + cardinal(n % 1000) : ''}`;
}
function ordinal(n: number): string {
  if (n <= 20) return ORD[n]!;
  if (n === 30) return 'thirtieth';
  return `${TENS[Math.floor(n / 10)]} ${ORD[n % 10]}`;
}
function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
/** Digits read one by one, "oh" or "zero" for 0, now and then a pair ("forty seven") or "double". */
function sayDigits(r: R, d: string, pairs = true): string {
  const out: string[] = [];
  const zero = r() < 0.5 ? 'oh' : 'zero';
  for (let i = 0; i < d.length; i++) {
    const a = d[i]!;
    const b = d[i + 1];
    if (pairs && b !== undefined && a !== '0' && r() < 0.15) { out.push(below100(Number(a + b))); i++; continue; }
    if (b === a && r() < 0.08) { out.push('double', ONES[Number(a)]!); i++; continue; }
    out.push(a === '0' ? zero : ONES[Number(a)]!);
  }
  return out.join(' ');
}
function sayYear(r: R, y: number): string {
  if (y >= 2000 && y < 2010) return r() < 0.5 ? `two thousand${y % 10 ? ' ' + ONES[y % 10] : ''}` : `twenty oh ${ONES[y % 10]}`;
  if (y >= 2000) return r() < 0.8 ? `twenty ${below100(y % 100)}` : `two thousand ${below100(y % 100)}`;
  const lo = y % 100;
  return `nineteen ${lo === 0 ? 'hundred' : lo < 10 ? 'oh ' + ONES[lo] : below100(lo)}`;
}

interface Val { w: string; s: string; type?: string }
const v = (w: string, s: string, type?: string): Val => (type ? { w, s, type } : { w, s });

// Names chosen to differ from common lists (and from any corpus): cue-based detection must find them.
const GIVEN = ['Tavita', 'Bjorn', 'Anouk', 'Kwame', 'Siobhan', 'Dariusz', 'Ngozi', 'Eamon', 'Marisol', 'Thandiwe', 'Jennifer',
  'Walter', 'Beatrix', 'Cormac', 'Yevgenia', 'Matteo', 'Oluwaseun', 'Rhiannon', 'Tobias', 'Ximena', 'Harold', 'Dolores',
  'Keanu', 'Ines', 'Lorenzo', 'Freya', 'Anil', 'Gwendolyn', 'Rasmus', 'Valentina', 'Stanley', 'Juniper'];
const FAMILY = ['Oyelaran', 'Sandqvist', 'Verhoeven', 'Asante', 'Quigley', 'Wrobel', 'Eze', 'Doherty', 'Villanueva',
  'Mbeki', 'Walker', 'Brandt', 'Ferreira', 'Lindgren', 'Nakashima', 'Carmichael', 'Abernathy', 'Kowalczyk', 'Duchamp',
  'Halvorsen', 'Baptiste', 'Reyes', 'Morrison', 'Ostrowski', 'Tiberius', 'Fairweather', 'Achebe', 'Szabo'];
const PROVIDERS = ['Lindahl', 'Ocampo', 'Nwosu', 'Brightman', 'Yamaguchi', 'Ferraro', 'Sorensen', 'Obi', 'Kaplan', 'Mendel'];
const STREETS = ['Juniper', 'Birchwood', 'Old Mill', 'Lakeview', 'Magnolia', 'Harbor', 'Quail Run', 'Elm', 'Chestnut', 'Ridgecrest'];
const SUFFIXES = ['Street', 'Avenue', 'Road', 'Court', 'Drive', 'Lane', 'Terrace', 'Parkway', 'Circle', 'Boulevard'];
const CITIES = ['Fort Collins', 'Greenbrook', 'Ashland', 'Millbrae', 'Lakewood', 'Brookhaven', 'Dunmore', 'Cedar Falls'];
const STATES = ['Ohio', 'Oregon', 'Texas', 'Colorado', 'Iowa', 'Vermont'];
const DOMAINS = ['gmail', 'yahoo', 'hotmail', 'icloud', 'aol', 'comcast'];

function nameVal(r: R, full = true): Val {
  const g = pick(r, GIVEN);
  const f = pick(r, FAMILY);
  const w = full ? `${g} ${f}` : g;
  return v(w, w.toLowerCase(), 'NAME');
}
function providerVal(r: R): Val {
  const p = pick(r, PROVIDERS);
  return v(`Dr. ${p}`, `doctor ${p.toLowerCase()}`, 'PROVIDER');
}
function phoneVal(r: R): Val {
  const d = `${pick(r, ['216', '503', '720', '802', '919', '646', '808'])}${int(r, 2, 9)}${digits(r, 6)}`;
  const fmt = pick(r, [`${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`, `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`]);
  return v(fmt, sayDigits(r, d), 'PHONE');
}
function dateVal(r: R, birth: boolean): Val {
  const y = birth ? int(r, 1931, 2012) : int(r, 2024, 2027);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const withYear = birth || r() < 0.5;
  const style = int(r, 0, 3);
  const mn = MONTHS[m - 1]!;
  if (style === 0) return v(`${mn} ${d}${suffix(d)}${withYear ? `, ${y}` : ''}`, `${mn.toLowerCase()} ${ordinal(d)}${withYear ? ' ' + sayYear(r, y) : ''}`, 'DATE');
  if (style === 1) return v(`${m}/${d}/${y}`, `${cardinal(m)} ${cardinal(d)} ${sayYear(r, y)}`, 'DATE');
  if (style === 2) return v(`the ${d}${suffix(d)} of ${mn}${withYear ? `, ${y}` : ''}`, `the ${ordinal(d)} of ${mn.toLowerCase()}${withYear ? ' ' + sayYear(r, y) : ''}`, 'DATE');
  return v(`${mn} ${d}, ${y}`, `${mn.toLowerCase()} ${ordinal(d)} ${sayYear(r, y)}`, 'DATE');
}
function ssnVal(r: R): Val {
  const d = `${int(r, 100, 899)}${digits(r, 6)}`;
  return v(`${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`, sayDigits(r, d, false), 'SSN');
}
function codeVal(r: R, type: string, letters: number, n: number, sep = ''): Val {
  const L = Array.from({ length: letters }, () => String.fromCharCode(65 + int(r, 0, 25))).join('');
  const d = digits(r, n);
  return v(`${L}${sep}${d}`, [...L.toLowerCase()].join(' ') + (letters ? ' ' : '') + sayDigits(r, d), type);
}
function cardVal(r: R): Val {
  const d = `${pick(r, ['4', '5', '37', '6011'])}`;
  let s = d + digits(r, 15 - d.length);
  // make it Luhn-valid, as real cards are
  for (let c = 0; c < 10; c++) {
    const full = s + c;
    let sum = 0;
    for (let k = 0; k < full.length; k++) { let x = Number(full[full.length - 1 - k]); if (k % 2) { x *= 2; if (x > 9) x -= 9; } sum += x; }
    if (sum % 10 === 0) { s = full; break; }
  }
  return v(s.replace(/(\d{4})(?=\d)/g, '$1 '), sayDigits(r, s, false), 'CARD');
}
function emailVal(r: R): Val {
  const g = pick(r, GIVEN).toLowerCase();
  const f = pick(r, FAMILY).toLowerCase();
  const dom = pick(r, DOMAINS);
  const tld = pick(r, ['com', 'net', 'org']);
  const style = int(r, 0, 2);
  if (style === 0) return v(`${g}.${f}@${dom}.${tld}`, `${g} dot ${f} at ${dom} dot ${tld}`, 'EMAIL');
  if (style === 1) return v(`${g[0]}${f}@${dom}.${tld}`, `${g[0]}${f} at ${dom} dot ${tld}`, 'EMAIL');
  const n = int(r, 10, 99);
  return v(`${g}${n}@${dom}.${tld}`, `${g}${n} at ${dom} dot ${tld}`, 'EMAIL');
}
function addressVal(r: R): Val {
  const n = r() < 0.3 ? int(r, 10, 999) : int(r, 1000, 9899);
  const st = pick(r, STREETS);
  const sf = pick(r, SUFFIXES);
  const city = pick(r, CITIES);
  const zip = digits(r, 5);
  let sn: string;
  if (n < 100) sn = below100(n);
  else if (n < 1000) sn = r() < 0.5 ? cardinal(n) : `${ONES[Math.floor(n / 100)]} ${n % 100 < 10 ? 'oh ' + ONES[n % 10] : below100(n % 100)}`;
  else sn = `${below100(Math.floor(n / 100))} ${n % 100 === 0 ? 'hundred' : n % 100 < 10 ? 'oh ' + ONES[n % 10] : below100(n % 100)}`;
  const style = int(r, 0, 3);
  if (style === 0) return v(`${n} ${st} ${sf}`, `${sn} ${st.toLowerCase()} ${sf.toLowerCase()}`, 'ADDRESS');
  if (style === 1) return v(`${n} ${st} ${sf}, ${city} ${zip}`, `${sn} ${st.toLowerCase()} ${sf.toLowerCase()} ${city.toLowerCase()} ${sayDigits(r, zip, false)}`, 'ADDRESS');
  if (style === 2) { const s2 = pick(r, STATES); return v(`${n} ${st} ${sf}, ${city}, ${s2} ${zip}`, `${sn} ${st.toLowerCase()} ${sf.toLowerCase()} ${city.toLowerCase()} ${s2.toLowerCase()} ${sayDigits(r, zip, false)}`, 'ADDRESS'); }
  const apt = int(r, 2, 40);
  return v(`${n} ${st} ${sf}, Apt ${apt}`, `${sn} ${st.toLowerCase()} ${sf.toLowerCase()} apartment ${cardinal(apt)}`, 'ADDRESS');
}
function ageVal(r: R): Val {
  const a = int(r, 90, 104);
  return v(String(a), cardinal(a), 'AGE');
}

/** A sentence: literal text pieces and values; spoken form of literals is derived by lower-casing and dropping punctuation. */
type Piece = string | Val;
type Template = (r: R, who: Val, doc: Val) => Piece[];

const OPENERS: Template[] = [
  (r, who) => ['Hi, it\'s', who, 'again.'],
  (r, who) => ['Good afternoon, my name\'s', who, '.'],
  (r, who, doc) => ['Yes, hello, this is', who, ', I see', doc, '.'],
  (r, who, doc) => ['Hi, this message is for', doc, '. This is', who, '.'],
  (r, who) => ['Hello, I\'m calling on behalf of my husband,', who, '.'],
  (r, who) => ['Hi there, I\'m calling about my son', who, '.'],
  (r, who, doc) => ['Morning, it\'s', who, ', a patient of', doc, '.'],
  (r, who) => ['Hello, my name is', who, 'and I have a question.'],
];
const BODY: Template[] = [
  (r) => ['The best number to reach me is', phoneVal(r), '.'],
  (r) => ['My cell is', phoneVal(r), '.'],
  (r) => ['You can text me at', phoneVal(r), 'any time.'],
  (r) => ['My fax number is', phoneVal(r), '.'],
  (r) => ['I was born on', dateVal(r, true), '.'],
  (r) => ['Date of birth', dateVal(r, true), '.'],
  (r) => ['I have an appointment on', dateVal(r, false), 'but I can\'t make it.'],
  (r) => ['He was admitted on', dateVal(r, false), '.'],
  (r) => ['My social security number is', ssnVal(r), '.'],
  (r) => ['My chart number is', codeVal(r, 'MRN', 0, 7), '.'],
  (r) => ['The MRN on the letter is', codeVal(r, 'MRN', 2, 7), '.'],
  (r) => ['My Medicare number is', codeVal(r, 'HEALTH_PLAN_ID', 1, 10), '.'],
  (r) => ['The policy number on my insurance card is', codeVal(r, 'HEALTH_PLAN_ID', 3, 8), '.'],
  (r) => ['Please put it on my Visa,', cardVal(r), '.'],
  (r) => ['The account number on the bill is', codeVal(r, 'ACCOUNT', 0, 9), '.'],
  (r) => ['My license is', codeVal(r, 'LICENSE', 1, 7), '.'],
  (r) => ['Email me at', emailVal(r), '.'],
  (r) => ['My email is', emailVal(r), 'if that\'s easier.'],
  (r) => ['I live at', addressVal(r), '.'],
  (r) => ['Please mail the forms to', addressVal(r), '.'],
  (r) => ['My father is', ageVal(r), 'years old and very weak.'],
  (r) => ['She just turned', ageVal(r), 'last month.'],
  (r, who, doc) => [doc, 'said I should call about the results.'],
  (r) => ['My wife', nameVal(r), 'will pick it up.'],
  (r) => ['Please tell', nameVal(r, false), 'I called.'],
];
/** Hard negatives: doses, times, counts, the practice's own extension, years alone, weekdays. */
const NEGATIVES: Template[] = [
  (r) => { const n = int(r, 2, 60); return [v(`I take ${n} milligrams twice a day.`, `i take ${cardinal(n)} milligrams twice a day`)]; },
  (r) => { const h = int(r, 1, 11); const m = pick(r, [15, 30, 45]); return [v(`The appointment was at ${h}:${m}.`, `the appointment was at ${ONES[h]} ${below100(m)}`)]; },
  (r) => { const e = digits(r, 3); return [v(`I was transferred from extension ${e}.`, `i was transferred from extension ${sayDigits(r, e, false)}`)]; },
  (r) => { const y = int(r, 1995, 2024); return [v(`Back in ${y} I had the same problem.`, `back in ${sayYear(r, y)} i had the same problem`)]; },
  (r) => { const n = int(r, 2, 9); return [v(`I've had ${n} falls this year.`, `i've had ${ONES[n]} falls this year`)]; },
  () => [v('I can come in Thursday afternoon.', 'i can come in thursday afternoon')],
  (r) => { const n = pick(r, [30, 60, 90]); return [v(`I need a ${n} day supply.`, `i need a ${below100(n)} day supply`)]; },
  (r) => { const a = int(r, 120, 170); const b = int(r, 70, 99); return [v(`My blood pressure was ${a} over ${b}.`, `my blood pressure was ${cardinal(a)} over ${below100(b)}`)]; },
  () => [v('Call between nine and five.', 'call between nine and five')],
  (r) => { const n = int(r, 2, 6); return [v(`It's been about ${n} weeks.`, `it's been about ${ONES[n]} weeks`)]; },
];
const CLOSERS: Template[] = [
  () => ['Thanks so much.'], () => ['Okay, bye bye.'], () => ['Appreciate it, have a good day.'], () => ['Talk soon.'],
];

function spokenLiteral(s: string): string {
  return s.replace(/Dr\./g, 'doctor').replace(/[.,!?:]/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

function render(pieces: Piece[], form: 'written' | 'spoken'): { text: string; spans: GoldSpan[] } {
  let text = '';
  const spans: GoldSpan[] = [];
  for (const p of pieces) {
    const s = typeof p === 'string' ? (form === 'written' ? p : spokenLiteral(p)) : form === 'written' ? p.w : p.s;
    if (!s) continue;
    // Written punctuation attaches to the preceding word.
    const glue = form === 'written' && /^[.,!?]/.test(s);
    if (text && !glue) text += ' ';
    const start = text.length;
    text += s;
    if (typeof p !== 'string' && p.type) spans.push({ start, end: text.length, type: p.type });
  }
  return { text, spans };
}

export function syntheticCorpus(n: number, seed = 7): GoldRecord[] {
  const r = rng(seed);
  const out: GoldRecord[] = [];
  for (let k = 0; k < n; k++) {
    const who = nameVal(r);
    const doc = providerVal(r);
    const pieces: Piece[] = [...pick(r, OPENERS)(r, who, doc)];
    const nBody = int(r, 2, 4);
    for (let b = 0; b < nBody; b++) pieces.push(...pick(r, BODY)(r, who, doc));
    if (r() < 0.7) pieces.push(...pick(r, NEGATIVES)(r, who, doc));
    if (r() < 0.3) pieces.push(...pick(r, NEGATIVES)(r, who, doc));
    pieces.push(...pick(r, CLOSERS)(r, who, doc));
    const id = `syn-${String(k).padStart(4, '0')}`;
    for (const form of ['written', 'spoken'] as const) {
      const { text, spans } = render(pieces, form);
      out.push({ id: `${id}-${form[0]}`, form, text, spans });
    }
  }
  return out;
}
