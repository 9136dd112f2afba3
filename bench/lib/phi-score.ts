/**
 * Port of /work/shared/tools/phi_score.py (token recall, precision, entity leak rate), so the bench needs no
 * Python. Same definitions: a token is a run of non-space characters; only its letters and digits count;
 * PROVIDER tokens are neutral.
 */
export interface GoldSpan { start: number; end: number; type: string }
export interface GoldRecord { id: string; form: string; text: string; spans: GoldSpan[] }
export interface PredSpan { start: number; end: number }

export interface Score {
  recall: number | null;
  leak_rate: number | null;
  entities: number;
  precision?: number | null;
  tokens: number;
}

interface Counts { phiTok: number; phiTokHit: number; ent: number; entLeak: number; predTok: number; predOk: number }

const isAlnum = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

function tokens(text: string): number[][] {
  const out: number[][] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const idx: number[] = [];
    for (let i = m.index; i < m.index + m[0].length; i++) if (isAlnum(text[i]!)) idx.push(i);
    if (idx.length) out.push(idx);
  }
  return out;
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

export function scorePhi(gold: GoldRecord[], pred: Map<string, PredSpan[]>): Record<string, Score> & { missing_predictions?: never } {
  const st = new Map<string, Counts>();
  const c = (k: string): Counts => {
    let v = st.get(k);
    if (!v) { v = { phiTok: 0, phiTokHit: 0, ent: 0, entLeak: 0, predTok: 0, predOk: 0 }; st.set(k, v); }
    return v;
  };
  for (const g of gold) {
    const text = g.text;
    const cov = new Uint8Array(text.length);
    for (const s of pred.get(g.id) ?? []) for (let i = Math.max(0, s.start); i < Math.min(text.length, s.end); i++) cov[i] = 1;
    const label: (string | undefined)[] = Array.from({ length: text.length }, () => undefined);
    for (const s of g.spans) for (let i = s.start; i < s.end; i++) label[i] = s.type;
    const toks = tokens(text);
    for (const s of g.spans) {
      if (s.type === 'PROVIDER') continue;
      let leaked = false;
      for (const idx of toks) {
        if (!idx.some((i) => s.start <= i && i < s.end)) continue;
        const full = idx.every((i) => cov[i] === 1);
        for (const k of ['all', g.form, s.type]) { c(k).phiTok++; if (full) c(k).phiTokHit++; }
        if (!full) leaked = true;
      }
      for (const k of ['all', g.form, s.type]) { c(k).ent++; if (leaked) c(k).entLeak++; }
    }
    for (const idx of toks) {
      if (!idx.some((i) => cov[i] === 1)) continue;
      const labelled = idx.some((i) => label[i] !== undefined);
      for (const k of ['all', g.form]) { c(k).predTok++; if (labelled) c(k).predOk++; }
    }
  }
  const out: Record<string, Score> = {};
  for (const [k, v] of st) {
    out[k] = {
      recall: v.phiTok ? round4(v.phiTokHit / v.phiTok) : null,
      leak_rate: v.ent ? round4(v.entLeak / v.ent) : null,
      entities: v.ent,
      tokens: v.phiTok,
    };
    if (v.predTok || k === 'all' || k === 'written' || k === 'spoken') out[k].precision = v.predTok ? round4(v.predOk / v.predTok) : null;
  }
  return out;
}
