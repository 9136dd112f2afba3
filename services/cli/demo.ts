import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseEnv } from '../config/env.ts';
import { loadConfig } from '../config/load-config.ts';
import { CALLER_METADATA, callerAad } from '../intake/s3-scanner.ts';
import { keys } from '../voicemail/object-keys.ts';
import { ensureDemoSetup } from './demo-setup.ts';
import { startQuietline } from './start.ts';

/** Fictional callers; every name and number here is made up for the demo. */
const SAMPLES = [
  {
    mailbox: 'front-desk',
    caller: '(555) 234-9876',
    text: 'Hello, this is Jordan Avery calling about my appointment on Tuesday. Please call me back at five five five, two three four, nine eight seven six. Thank you.',
  },
  {
    mailbox: 'front-desk',
    caller: '(555) 410-2231',
    text: 'Hi, this is Casey Morgan. I need a refill of my blood pressure medicine. My pharmacy is on Main Street. Please call me back this afternoon.',
  },
  {
    mailbox: 'nurse-line',
    caller: '(555) 877-0142',
    text: 'Good morning, this is Robin Ellis. I have had a fever since yesterday and I would like to speak with a nurse. My number is five five five, eight seven seven, zero one four two.',
  },
];

async function waitFor<T>(what: string, deadlineMs: number, probe: () => Promise<T | null>): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function demo(o: { keepRunning: boolean }): Promise<number> {
  const base = parseEnv();
  const dataDir = resolve(base.QUIETLINE_DATA_DIR);
  const setup = await ensureDemoSetup(join(dataDir, 'demo'));
  process.env.QUIETLINE_DEMO_PASSPHRASE = setup.passphrase;
  const env = parseEnv({ ...process.env, QUIETLINE_CONFIG: setup.configPath });
  const config = loadConfig(setup.configPath);
  console.log(`demo config: ${setup.configPath}`);

  const running = await startQuietline('all', { env, config });
  const { ctx } = running;
  const mailDir = ctx.embedded.mailDir ?? join(dataDir, 'mail');
  const before = new Set(await readdir(mailDir).catch(() => [] as string[]));
  const work = await mkdtemp(join(tmpdir(), 'ql-demo-'));
  try {
    let expected = 0;
    for (const s of SAMPLES) {
      const wav = join(work, `${randomUUID()}.wav`);
      const r = spawnSync('flite', ['-voice', 'rms', '-t', s.text, '-o', wav]);
      if (r.status !== 0) throw new Error('flite could not synthesise the sample voicemails (is the flite package installed?)');
      const key = keys.incoming('riverside', s.mailbox, `${randomUUID()}.wav`);
      await ctx.store.put(key, await readFile(wav), { metadata: { [CALLER_METADATA]: ctx.sealed.sealString(s.caller, callerAad(key)) } });
      expected += config.recipients('riverside', s.mailbox).length;
    }
    console.log(`submitted ${SAMPLES.length} sample voicemails; waiting for ${expected} encrypted emails...`);
    const fresh = await waitFor('the demo emails', 240_000, async () => {
      const now = (await readdir(mailDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml') && !before.has(f));
      return now.length >= expected ? now.sort() : null;
    });
    const first = join(mailDir, fresh[0] ?? '');
    console.log(`\n${fresh.length} encrypted emails delivered to ${mailDir}:`);
    for (const f of fresh) console.log(`  ${join(mailDir, f)}`);
    console.log(`\nRead one with GnuPG (the demo staff keys are in ${setup.gnupgHome}):`);
    console.log(`  sed -n '/-----BEGIN PGP MESSAGE-----/,/-----END PGP MESSAGE-----/p' '${first}' | gpg --homedir '${setup.gnupgHome}' --decrypt`);
    if (running.dashboardUrl) console.log(`\ndashboard: ${running.dashboardUrl}`);
    if (o.keepRunning) {
      console.log(`\nQuietline keeps running; Ctrl-C to stop. Submit your own recording from another terminal with:\n  QUIETLINE_CONFIG='${setup.configPath}' node bin/quietline.mjs submit FILE --practice riverside --mailbox front-desk`);
      await new Promise<void>((r) => {
        process.once('SIGINT', () => r());
        process.once('SIGTERM', () => r());
      });
    }
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
    await running.stop();
  }
}
