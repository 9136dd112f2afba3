/**
 * Builds a blind held-out PHI gold set N (bench/heldout/blind-N.jsonl, ids blN-…) from heldout-blindN-src.ts
 * and checks every record. Each voicemail is written once, in the written form, with inline marks:
 *   «TYPE|written|spoken»  a PHI span; the spoken part may be left out when speak(written) says it right
 *   ‹written|spoken›       plain text that is said differently from how it is written (numbers, symbols)
 * Everything else is spoken as speak() renders it. The spoken form is assembled word by word, so span
 * offsets are computed, never typed. Run: npx tsx bench/lib/heldout-blind-build.ts N [--check]  (N = 2 … 97, or all)
 * --check rebuilds in memory and fails if the committed file differs or any record is invalid.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BLIND2_MESSAGES } from './heldout-blind2-src.ts';
import { BLIND3_MESSAGES } from './heldout-blind3-src.ts';
import { BLIND4_MESSAGES } from './heldout-blind4-src.ts';
import { BLIND5_MESSAGES } from './heldout-blind5-src.ts';
import { BLIND6_MESSAGES } from './heldout-blind6-src.ts';
import { BLIND7_MESSAGES } from './heldout-blind7-src.ts';
import { BLIND8_MESSAGES } from './heldout-blind8-src.ts';
import { BLIND9_MESSAGES } from './heldout-blind9-src.ts';
import { BLIND10_MESSAGES } from './heldout-blind10-src.ts';
import { BLIND11_MESSAGES } from './heldout-blind11-src.ts';
import { BLIND12_MESSAGES } from './heldout-blind12-src.ts';
import { BLIND13_MESSAGES } from './heldout-blind13-src.ts';
import { BLIND14_MESSAGES } from './heldout-blind14-src.ts';
import { BLIND15_MESSAGES } from './heldout-blind15-src.ts';
import { BLIND16_MESSAGES } from './heldout-blind16-src.ts';
import { BLIND17_MESSAGES } from './heldout-blind17-src.ts';
import { BLIND18_MESSAGES } from './heldout-blind18-src.ts';
import { BLIND19_MESSAGES } from './heldout-blind19-src.ts';
import { BLIND20_MESSAGES } from './heldout-blind20-src.ts';
import { BLIND21_MESSAGES } from './heldout-blind21-src.ts';
import { BLIND22_MESSAGES } from './heldout-blind22-src.ts';
import { BLIND23_MESSAGES } from './heldout-blind23-src.ts';
import { BLIND24_MESSAGES } from './heldout-blind24-src.ts';
import { BLIND25_MESSAGES } from './heldout-blind25-src.ts';
import { BLIND26_MESSAGES } from './heldout-blind26-src.ts';
import { BLIND27_MESSAGES } from './heldout-blind27-src.ts';
import { BLIND28_MESSAGES } from './heldout-blind28-src.ts';
import { BLIND29_MESSAGES } from './heldout-blind29-src.ts';
import { BLIND30_MESSAGES } from './heldout-blind30-src.ts';
import { BLIND31_MESSAGES } from './heldout-blind31-src.ts';
import { BLIND32_MESSAGES } from './heldout-blind32-src.ts';
import { BLIND33_MESSAGES } from './heldout-blind33-src.ts';
import { BLIND34_MESSAGES } from './heldout-blind34-src.ts';
import { BLIND35_MESSAGES } from './heldout-blind35-src.ts';
import { BLIND36_MESSAGES } from './heldout-blind36-src.ts';
import { BLIND37_MESSAGES } from './heldout-blind37-src.ts';
import { BLIND38_MESSAGES } from './heldout-blind38-src.ts';
import { BLIND39_MESSAGES } from './heldout-blind39-src.ts';
import { BLIND40_MESSAGES } from './heldout-blind40-src.ts';
import { BLIND41_MESSAGES } from './heldout-blind41-src.ts';
import { BLIND42_MESSAGES } from './heldout-blind42-src.ts';
import { BLIND43_MESSAGES } from './heldout-blind43-src.ts';
import { BLIND44_MESSAGES } from './heldout-blind44-src.ts';
import { BLIND45_MESSAGES } from './heldout-blind45-src.ts';
import { BLIND46_MESSAGES } from './heldout-blind46-src.ts';
import { BLIND47_MESSAGES } from './heldout-blind47-src.ts';
import { BLIND48_MESSAGES } from './heldout-blind48-src.ts';
import { BLIND49_MESSAGES } from './heldout-blind49-src.ts';
import { BLIND50_MESSAGES } from './heldout-blind50-src.ts';
import { BLIND51_MESSAGES } from './heldout-blind51-src.ts';
import { BLIND52_MESSAGES } from './heldout-blind52-src.ts';
import { BLIND53_MESSAGES } from './heldout-blind53-src.ts';
import { BLIND54_MESSAGES } from './heldout-blind54-src.ts';
import { BLIND55_MESSAGES } from './heldout-blind55-src.ts';
import { BLIND56_MESSAGES } from './heldout-blind56-src.ts';
import { BLIND57_MESSAGES } from './heldout-blind57-src.ts';
import { BLIND58_MESSAGES } from './heldout-blind58-src.ts';
import { BLIND59_MESSAGES } from './heldout-blind59-src.ts';
import { BLIND60_MESSAGES } from './heldout-blind60-src.ts';
import { BLIND61_MESSAGES } from './heldout-blind61-src.ts';
import { BLIND62_MESSAGES } from './heldout-blind62-src.ts';
import { BLIND63_MESSAGES } from './heldout-blind63-src.ts';
import { BLIND64_MESSAGES } from './heldout-blind64-src.ts';
import { BLIND65_MESSAGES } from './heldout-blind65-src.ts';
import { BLIND66_MESSAGES } from './heldout-blind66-src.ts';
import { BLIND67_MESSAGES } from './heldout-blind67-src.ts';
import { BLIND68_MESSAGES } from './heldout-blind68-src.ts';
import { BLIND69_MESSAGES } from './heldout-blind69-src.ts';
import { BLIND70_MESSAGES } from './heldout-blind70-src.ts';
import { BLIND71_MESSAGES } from './heldout-blind71-src.ts';
import { BLIND72_MESSAGES } from './heldout-blind72-src.ts';
import { BLIND73_MESSAGES } from './heldout-blind73-src.ts';
import { BLIND74_MESSAGES } from './heldout-blind74-src.ts';
import { BLIND75_MESSAGES } from './heldout-blind75-src.ts';
import { BLIND76_MESSAGES } from './heldout-blind76-src.ts';
import { BLIND77_MESSAGES } from './heldout-blind77-src.ts';
import { BLIND78_MESSAGES } from './heldout-blind78-src.ts';
import { BLIND79_MESSAGES } from './heldout-blind79-src.ts';
import { BLIND80_MESSAGES } from './heldout-blind80-src.ts';
import { BLIND81_MESSAGES } from './heldout-blind81-src.ts';
import { BLIND82_MESSAGES } from './heldout-blind82-src.ts';
import { BLIND83_MESSAGES } from './heldout-blind83-src.ts';
import { BLIND84_MESSAGES } from './heldout-blind84-src.ts';
import { BLIND85_MESSAGES } from './heldout-blind85-src.ts';
import { BLIND86_MESSAGES } from './heldout-blind86-src.ts';
import { BLIND87_MESSAGES } from './heldout-blind87-src.ts';
import { BLIND88_MESSAGES } from './heldout-blind88-src.ts';
import { BLIND89_MESSAGES } from './heldout-blind89-src.ts';
import { BLIND90_MESSAGES } from './heldout-blind90-src.ts';
import { BLIND91_MESSAGES } from './heldout-blind91-src.ts';
import { BLIND92_MESSAGES } from './heldout-blind92-src.ts';
import { BLIND93_MESSAGES } from './heldout-blind93-src.ts';
import { BLIND94_MESSAGES } from './heldout-blind94-src.ts';
import { BLIND95_MESSAGES } from './heldout-blind95-src.ts';
import { BLIND96_MESSAGES } from './heldout-blind96-src.ts';
import { BLIND97_MESSAGES } from './heldout-blind97-src.ts';
import { luhnOk, speak } from './heldout-blind2-words.ts';

/** The voicemail sources of each blind set, by set number. */
const SETS: Record<string, readonly string[]> = { '2': BLIND2_MESSAGES, '3': BLIND3_MESSAGES, '4': BLIND4_MESSAGES, '5': BLIND5_MESSAGES, '6': BLIND6_MESSAGES, '7': BLIND7_MESSAGES,
  '8': BLIND8_MESSAGES, '9': BLIND9_MESSAGES, '10': BLIND10_MESSAGES, '11': BLIND11_MESSAGES, '12': BLIND12_MESSAGES,
  '13': BLIND13_MESSAGES, '14': BLIND14_MESSAGES, '15': BLIND15_MESSAGES, '16': BLIND16_MESSAGES,
  '17': BLIND17_MESSAGES, '18': BLIND18_MESSAGES, '19': BLIND19_MESSAGES, '20': BLIND20_MESSAGES,
  '21': BLIND21_MESSAGES, '22': BLIND22_MESSAGES, '23': BLIND23_MESSAGES, '24': BLIND24_MESSAGES,
  '25': BLIND25_MESSAGES, '26': BLIND26_MESSAGES, '27': BLIND27_MESSAGES, '28': BLIND28_MESSAGES,
  '29': BLIND29_MESSAGES, '30': BLIND30_MESSAGES, '31': BLIND31_MESSAGES,
  '32': BLIND32_MESSAGES, '33': BLIND33_MESSAGES, '34': BLIND34_MESSAGES, '35': BLIND35_MESSAGES,
  '36': BLIND36_MESSAGES, '37': BLIND37_MESSAGES, '38': BLIND38_MESSAGES, '39': BLIND39_MESSAGES, '40': BLIND40_MESSAGES, '41': BLIND41_MESSAGES,
  '42': BLIND42_MESSAGES, '43': BLIND43_MESSAGES, '44': BLIND44_MESSAGES, '45': BLIND45_MESSAGES,
  '46': BLIND46_MESSAGES, '47': BLIND47_MESSAGES, '48': BLIND48_MESSAGES, '49': BLIND49_MESSAGES,
  '50': BLIND50_MESSAGES, '51': BLIND51_MESSAGES, '52': BLIND52_MESSAGES, '53': BLIND53_MESSAGES,
  '54': BLIND54_MESSAGES, '55': BLIND55_MESSAGES, '56': BLIND56_MESSAGES, '57': BLIND57_MESSAGES,
  '58': BLIND58_MESSAGES, '59': BLIND59_MESSAGES, '60': BLIND60_MESSAGES, '61': BLIND61_MESSAGES,
  '62': BLIND62_MESSAGES, '63': BLIND63_MESSAGES, '64': BLIND64_MESSAGES, '65': BLIND65_MESSAGES,
  '66': BLIND66_MESSAGES, '67': BLIND67_MESSAGES, '68': BLIND68_MESSAGES, '69': BLIND69_MESSAGES,
  '70': BLIND70_MESSAGES, '71': BLIND71_MESSAGES, '72': BLIND72_MESSAGES, '73': BLIND73_MESSAGES,
  '74': BLIND74_MESSAGES, '75': BLIND75_MESSAGES, '76': BLIND76_MESSAGES, '77': BLIND77_MESSAGES,
  '78': BLIND78_MESSAGES, '79': BLIND79_MESSAGES, '80': BLIND80_MESSAGES, '81': BLIND81_MESSAGES,
  '82': BLIND82_MESSAGES, '83': BLIND83_MESSAGES, '84': BLIND84_MESSAGES, '85': BLIND85_MESSAGES,
  '86': BLIND86_MESSAGES, '87': BLIND87_MESSAGES, '88': BLIND88_MESSAGES, '89': BLIND89_MESSAGES,
  '90': BLIND90_MESSAGES, '91': BLIND91_MESSAGES, '92': BLIND92_MESSAGES, '93': BLIND93_MESSAGES,
  '94': BLIND94_MESSAGES, '95': BLIND95_MESSAGES, '96': BLIND96_MESSAGES, '97': BLIND97_MESSAGES };

type Form = 'written' | 'spoken';
interface Span { start: number; end: number; type: string; text: string }
interface Rec { id: string; form: Form; text: string; spans: Span[] }

/** The span types the scorer (bench/lib/phi-score.ts) reports; PROVIDER is scored as neutral. */
const TYPES = new Set(['NAME', 'PROVIDER', 'DATE', 'PHONE', 'SSN', 'MRN', 'HEALTH_PLAN_ID', 'CARD', 'ACCOUNT', 'EMAIL',
  'ADDRESS', 'AGE', 'LICENSE', 'URL', 'IP', 'VEHICLE', 'DEVICE']);
const MARK = /«([A-Z_]+)\|([^|»]*)(?:\|([^»]*))?»|‹([^|›]*)\|([^›]*)›/g;

interface Piece { written: string; spoken: string; type?: string }

function pieces(src: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of src.matchAll(MARK)) {
    const plain = src.slice(last, m.index);
    out.push({ written: plain, spoken: speak(plain) });
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      if (!TYPES.has(m[1])) throw new Error(`unknown type ${m[1]} in ${src}`);
      out.push({ written: m[2]!, spoken: m[3] ?? speak(m[2]!), type: m[1] });
    } else {
      out.push({ written: m[4]!, spoken: m[5]! });
    }
  }
  const tail = src.slice(last);
  out.push({ written: tail, spoken: speak(tail) });
  if (/[«»‹›]/.test(out.map((p) => p.written).join(''))) throw new Error(`unbalanced mark in ${src}`);
  return out;
}

function render(ps: Piece[], form: Form): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  if (form === 'written') {
    let text = '';
    for (const p of ps) {
      if (p.type) spans.push({ start: text.length, end: text.length + p.written.length, type: p.type, text: p.written });
      text += p.written;
    }
    return { text, spans };
  }
  const words: string[] = [];
  let len = -1; // length of words.join(' ') so far; -1 so the first word starts at 0
  for (const p of ps) {
    const ws = p.spoken.split(' ').filter(Boolean);
    if (!ws.length) {
      if (p.type) throw new Error(`empty spoken span ${JSON.stringify(p)}`);
      continue;
    }
    const first = ws[0]!;
    if (first.startsWith("'") && words.length) {
      // A possessive suffix after a span ("morales's") joins the word before it, outside the span.
      words.push(`${words.pop()!}${first}`);
      len += first.length;
      ws.shift();
      if (!ws.length) continue;
    }
    const start = len + 1;
    for (const w of ws) { words.push(w); len += w.length + 1; }
    if (p.type) spans.push({ start, end: len, type: p.type, text: ws.join(' ') });
  }
  return { text: words.join(' '), spans };
}

/** Every check the gold set must pass; returns the problems found in one record. */
export function validate(r: Rec): string[] {
  const bad: string[] = [];
  let prevEnd = 0;
  for (const s of r.spans) {
    if (r.text.slice(s.start, s.end) !== s.text) bad.push(`span text mismatch ${JSON.stringify(s)}`);
    if (!s.text || s.text.trim() !== s.text) bad.push(`span not trimmed ${JSON.stringify(s)}`);
    if (s.start < prevEnd) bad.push(`overlapping or unsorted span ${JSON.stringify(s)}`);
    if (!TYPES.has(s.type)) bad.push(`unknown type ${s.type}`);
    if (r.form === 'written' && s.type === 'CARD' && s.text.replace(/\D/g, '').length >= 12 && !luhnOk(s.text)) bad.push(`card fails Luhn ${s.text}`);
    prevEnd = s.end;
  }
  if (r.form === 'spoken' && /[^a-z' ]|  |^ | $/.test(r.text)) bad.push('spoken form must be lower-case words separated by single spaces');
  if (r.form === 'written' && (/\s{2,}|^\s|\s$/.test(r.text) || /\s[,.?!]/.test(r.text))) bad.push('written form has stray spaces');
  return bad;
}

export function buildBlindSet(set: string): Rec[] {
  const messages = SETS[set];
  if (!messages) throw new Error(`unknown blind set ${set}: one of ${Object.keys(SETS).join(', ')}`);
  const recs: Rec[] = [];
  messages.forEach((src, n) => {
    const ps = pieces(src);
    const pair = (['written', 'spoken'] as const).map((form) => ({ id: `bl${set}-${String(n).padStart(4, '0')}-${form[0]}`, form, ...render(ps, form) }));
    const [w, s] = pair as [Rec, Rec];
    if (w.spans.map((x) => x.type).join() !== s.spans.map((x) => x.type).join()) throw new Error(`forms disagree on spans: ${w.id}`);
    recs.push(w, s);
  });
  const problems = recs.flatMap((r) => validate(r).map((p) => `${r.id}: ${p}`));
  if (new Set(recs.map((r) => r.id)).size !== recs.length) problems.push('duplicate ids');
  if (problems.length) throw new Error(problems.join('\n'));
  return recs;
}

function summary(recs: Rec[]): string {
  const byType = new Map<string, number>();
  for (const r of recs) if (r.form === 'written') for (const s of r.spans) byType.set(s.type, (byType.get(s.type) ?? 0) + 1);
  const total = [...byType.values()].reduce((a, b) => a + b, 0);
  const types = [...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
  const none = recs.filter((r) => r.form === 'written' && !r.spans.some((s) => s.type !== 'PROVIDER')).length;
  return `${recs.length / 2} voicemails, ${recs.length} transcripts, ${total} entities per form (${types}); ${none} with no patient PHI`;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
  // "all --check": every set in one process (CI), instead of one process per set.
  const sets = arg === 'all' ? Object.keys(SETS) : [arg];
  for (const set of sets) buildOne(set);
}

function buildOne(set: string): void {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout', `blind-${set}.jsonl`);
  const recs = buildBlindSet(set);
  const body = recs.map((r) => JSON.stringify(r)).join('\n') + '\n';
  if (process.argv.includes('--check')) {
    const onDisk = readFileSync(out, 'utf8');
    const reread = onDisk.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
    const problems = reread.flatMap((r) => validate(r).map((p) => `${r.id}: ${p}`));
    if (onDisk !== body) problems.push(`${out} is out of date: run npx tsx bench/lib/heldout-blind-build.ts ${set}`);
    if (problems.length) { console.error(problems.join('\n')); process.exitCode = 1; }
    else console.log(`ok: blind-${set}: ${summary(recs)}`);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, body);
    // Re-read what was written and check it again, so the file itself is what passed.
    const reread = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
    const problems = reread.flatMap((r) => validate(r).map((p) => `${r.id}: ${p}`));
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(`${summary(recs)} -> ${out}`);
  }
}
