import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimScratchRoot } from './scratch-dir.ts';

describe('claimScratchRoot', () => {
  let base: string;
  const saved = process.env.TMPDIR;
  const me = hostname().replace(/[^A-Za-z0-9.-]/g, '_') || 'host';

  before(async () => {
    base = await mkdtemp(join(tmpdir(), 'ql-scratch-test-'));
    process.env.TMPDIR = base;
  });
  after(async () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    await rm(base, { recursive: true, force: true });
  });

  async function root(name: string): Promise<string> {
    const dir = join(base, name);
    await mkdir(dir);
    await writeFile(join(dir, 'left-behind.wav'), 'decrypted audio');
    return dir;
  }

  it("sweeps a dead predecessor's root, also one with this process's pid (a restarted container), and nothing else", async () => {
    const samePid = await root(`ql-proc-${process.pid}@${me}-aB3dE9`);
    // A pid far above any pid_max: no such process.
    const dead = await root(`ql-proc-999999999@${me}-Zz0Zz0`);
    const live = await root(`ql-proc-${process.ppid}@${me}-Qq1Qq1`);
    const otherHost = await root(`ql-proc-999999999@another-host-Ww2Ww2`);
    const notOurs = await root('something-else');

    const scratch = await claimScratchRoot();
    try {
      assert.equal(scratch.swept, 2);
      assert.equal(existsSync(samePid), false, 'same pid, not made by this process: a predecessor that died');
      assert.equal(existsSync(dead), false);
      assert.equal(existsSync(live), true, 'a live process keeps its root');
      assert.equal(existsSync(otherHost), true, 'roots of other hosts are never touched');
      assert.equal(existsSync(notOurs), true);
      assert.equal(process.env.TMPDIR, scratch.dir);
      assert.ok(scratch.dir.startsWith(join(base, `ql-proc-${process.pid}@${me}-`)));

      // Claiming again in the same process, in the same base, leaves the root it made alone.
      process.env.TMPDIR = base;
      const second = await claimScratchRoot();
      assert.equal(second.swept, 0);
      assert.equal(existsSync(scratch.dir), true, "this process's own root is never swept");
      await second.release();
    } finally {
      await scratch.release();
    }
    assert.equal(existsSync(scratch.dir), false, 'released at clean shutdown');
    assert.equal(process.env.TMPDIR, base);
  });
});
