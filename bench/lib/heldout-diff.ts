/**
 * Lists what detectPhi misses (MISS), over-masks (FP) and mistypes (TYPE) on a gold JSONL file, one line per
 * problem, for rule work. Misses and over-masks are counted as the scorer counts them (whole tokens).
 * Usage: npx tsx bench/lib/heldout-diff.ts [GOLD] [--form written|spoken]
 */
import { readFileSync } from 'node:fs';
import { detectPhi } from '../../services/redaction/detect.ts';

interface Gold { id: string; form: string; text: string; spans: { start: number; end: number; type: string }[] }
const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? 'bench/heldout/handwritten.jsonl';
const form = args.includes('--form') ? args[args.indexOf('--form') + 1] : undefined;
// Its lines quote the text around each problem: fine for the synthetic gold sets (every name and number
// in them invented), never for real transcripts. So it reads only those.
if (!/(^|\/)bench\/heldout\/[^/]+\.jsonl$|(^|\/)phi-dev\.jsonl$/.test(path)) {
  console.error('heldout-diff: reads only the synthetic gold sets (bench/heldout/*.jsonl, phi-dev.jsonl): its output quotes their text');
  process.exit(2);
}
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as Gold;
  if (form && g.form !== form) continue;
  const pred = detectPhi(g.text);
  const cov = new Set<number>();
  for (const p of pred) for (let i = p.start; i < p.end; i++) cov.add(i);
  for (const s of g.spans) {
    if (s.type === 'PROVIDER') continue;
    let miss = false;
    for (let i = s.start; i < s.end; i++) if (/[a-z0-9]/i.test(g.text[i]!) && !cov.has(i)) miss = true;
    if (miss) {
      const got = pred.filter((p) => p.start < s.end && s.start < p.end).map((p) => `${p.type}:"${g.text.slice(p.start, p.end)}"`).join(' ');
      console.log(`MISS ${g.id} ${s.type} "${g.text.slice(s.start, s.end)}" | got ${got || '-'} | ...${g.text.slice(Math.max(0, s.start - 30), s.start)}[*]`);
    }
  }
  // Over-masks are judged per whitespace token, as phi-score.ts counts precision: a masked token is an over-mask only
  // when none of its letters or digits is labelled ("Tavian's" for a gold "Tavian" is fine: the token carries PHI).
  const labelled = new Uint8Array(g.text.length);
  for (const s of g.spans) for (let i = s.start; i < s.end; i++) labelled[i] = 1;
  for (const p of pred) {
    const over: string[] = [];
    for (const m of g.text.slice(0, p.end).matchAll(/\S+/g)) {
      const a = m.index;
      const b = a + m[0].length;
      if (b <= p.start) continue;
      let any = false;
      for (let i = a; i < b; i++) if (labelled[i] && /[\p{L}\p{N}]/u.test(g.text[i]!)) any = true;
      if (!any && /[\p{L}\p{N}]/u.test(m[0])) over.push(m[0]);
    }
    if (over.length) {
      console.log(`FP   ${g.id} ${p.type} "${g.text.slice(p.start, p.end)}" unlabelled: ${over.join(' ')} | ...${g.text.slice(Math.max(0, p.start - 30), p.start)}[*]`);
      continue;
    }
    // A masked span whose type differs from every gold span it overlaps (PROVIDER spans are neutral).
    const types = g.spans.filter((s) => s.start < p.end && p.start < s.end && s.type !== 'PROVIDER').map((s) => s.type);
    if (types.length && !types.includes(p.type)) {
      console.log(`TYPE ${g.id} ${p.type} "${g.text.slice(p.start, p.end)}" gold ${[...new Set(types)].join('/')} | ...${g.text.slice(Math.max(0, p.start - 30), p.start)}[*]`);
    }
  }
}
