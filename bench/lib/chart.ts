/**
 * The one benchmark chart, as hand-written SVG (no chart library): end-to-end latency p50/p95 by
 * voicemail length on the left, where the time goes (share of p50 per stage) on the right.
 */
export interface ChartLength {
  label: string;
  p50Sec: number;
  p95Sec: number;
  /** Stage name → p50 ms. */
  stages: Record<string, number>;
}

const STAGE_COLORS = ['#9aa5b1', '#5b8def', '#f0a04b', '#d64545', '#46a36f', '#8e6cc4', '#3bb3b3'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function niceMax(x: number): number {
  const e = 10 ** Math.floor(Math.log10(x || 1));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * e >= x) return m * e;
  return 10 * e;
}

export function latencyChart(lengths: ChartLength[], stageLabels: Record<string, string>, caption: string): string {
  const W = 960;
  const H = 400;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);

  // Left: grouped bars, seconds.
  const L = { x: 60, y: 50, w: 360, h: 270 };
  out.push(`<text x="${L.x}" y="28" font-size="15" font-weight="bold">End-to-end latency (put → SMTP accepted)</text>`);
  const max = niceMax(Math.max(...lengths.map((l) => l.p95Sec)) * 1.1);
  for (let i = 0; i <= 5; i++) {
    const v = (max / 5) * i;
    const y = L.y + L.h - (v / max) * L.h;
    out.push(`<line x1="${L.x}" y1="${y}" x2="${L.x + L.w}" y2="${y}" stroke="#e3e7eb"/>`);
    out.push(`<text x="${L.x - 6}" y="${y + 4}" text-anchor="end" fill="#52606d">${Number(v.toFixed(1))}</text>`);
  }
  out.push(`<text x="16" y="${L.y + L.h / 2}" transform="rotate(-90 16 ${L.y + L.h / 2})" text-anchor="middle" fill="#52606d">seconds</text>`);
  const group = L.w / lengths.length;
  const bw = Math.min(46, group / 3);
  lengths.forEach((l, i) => {
    const cx = L.x + group * i + group / 2;
    for (const [k, v, color] of [
      [0, l.p50Sec, '#5b8def'],
      [1, l.p95Sec, '#1f3c88'],
    ] as const) {
      const h = (v / max) * L.h;
      const x = cx - bw + k * bw;
      out.push(`<rect x="${x}" y="${L.y + L.h - h}" width="${bw - 4}" height="${h}" fill="${color}"/>`);
      out.push(`<text x="${x + (bw - 4) / 2}" y="${L.y + L.h - h - 4}" text-anchor="middle" font-size="11">${v.toFixed(1)}</text>`);
    }
    out.push(`<text x="${cx}" y="${L.y + L.h + 18}" text-anchor="middle">${esc(l.label)}</text>`);
  });
  out.push(`<line x1="${L.x}" y1="${L.y + L.h}" x2="${L.x + L.w}" y2="${L.y + L.h}" stroke="#323f4b"/>`);
  out.push(`<rect x="${L.x}" y="${L.y + L.h + 32}" width="12" height="12" fill="#5b8def"/><text x="${L.x + 18}" y="${L.y + L.h + 42}">p50</text>`);
  out.push(`<rect x="${L.x + 60}" y="${L.y + L.h + 32}" width="12" height="12" fill="#1f3c88"/><text x="${L.x + 78}" y="${L.y + L.h + 42}">p95</text>`);
  out.push(`<text x="${L.x + 130}" y="${L.y + L.h + 42}" fill="#52606d">voicemail length</text>`);

  // Right: 100 % stacked bars of stage p50s.
  const R = { x: 560, y: 50, w: 370, h: 200 };
  out.push(`<text x="${R.x - 70}" y="28" font-size="15" font-weight="bold">Where the time goes (share of stage p50s)</text>`);
  const stages = Object.keys(lengths[0]?.stages ?? {});
  const rowH = Math.min(44, R.h / lengths.length);
  lengths.forEach((l, i) => {
    const y = R.y + i * (rowH + 14);
    const total = stages.reduce((a, s) => a + Math.max(0, l.stages[s] ?? 0), 0) || 1;
    let x = R.x;
    out.push(`<text x="${R.x - 8}" y="${y + rowH / 2 + 4}" text-anchor="end">${esc(l.label)}</text>`);
    stages.forEach((s, k) => {
      const v = Math.max(0, l.stages[s] ?? 0);
      const w = (v / total) * R.w;
      if (w <= 0) return;
      out.push(`<rect x="${x}" y="${y}" width="${w}" height="${rowH}" fill="${STAGE_COLORS[k % STAGE_COLORS.length]}"><title>${esc(stageLabels[s] ?? s)}: ${Math.round(v)} ms</title></rect>`);
      if (w > 34) out.push(`<text x="${x + w / 2}" y="${y + rowH / 2 + 4}" text-anchor="middle" fill="#ffffff" font-size="11">${Math.round((v / total) * 100)}%</text>`);
      x += w;
    });
  });
  const legendY = R.y + lengths.length * (rowH + 14) + 10;
  stages.forEach((s, k) => {
    const col = k % 2;
    const row = Math.floor(k / 2);
    const x = R.x + col * 190;
    const y = legendY + row * 18;
    out.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${STAGE_COLORS[k % STAGE_COLORS.length]}"/><text x="${x + 18}" y="${y + 10}">${esc(stageLabels[s] ?? s)}</text>`);
  });
  out.push(`<text x="${W / 2}" y="${H - 10}" text-anchor="middle" fill="#52606d" font-size="11">${esc(caption)}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
