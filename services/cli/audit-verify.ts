import { parseEnv } from '../config/env.ts';
import { loadConfig } from '../config/load-config.ts';
import { verifyChain } from '../audit/audit-trail.ts';
import { createContext } from '../runtime/context.ts';
import { keys } from '../voicemail/object-keys.ts';

/** Verifies every voicemail's audit chain (or one); exits 1 when any record was changed, removed or reordered. */
export async function auditVerify(o: { voicemail?: string }): Promise<number> {
  const env = parseEnv();
  const config = loadConfig(env.QUIETLINE_CONFIG);
  const ctx = await createContext(config, env, { startEmbedded: false });
  try {
    const ids = o.voicemail ? [o.voicemail] : await ctx.audit.voicemailIds();
    let bad = 0;
    for (const id of ids) {
      const records = await ctx.audit.read(id);
      const done = Boolean(await ctx.store.head(keys.done(id)));
      const problems = verifyChain(id, records, done);
      if (problems.length === 0) continue;
      bad++;
      for (const p of problems) console.log(`${id}  record ${p.seq}: ${p.problem}`);
    }
    console.log(`${ids.length} voicemail audit trail(s) checked, ${bad} with problems`);
    return bad > 0 ? 1 : 0;
  } finally {
    await ctx.close();
  }
}
