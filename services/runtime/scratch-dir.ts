import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { log } from '../common/log.ts';

export interface ScratchRoot {
  /** This process's scratch dir; also its TMPDIR from now on. */
  dir: string;
  /** Scratch dirs of dead processes removed at start-up. */
  swept: number;
  /** Removes the scratch dir (clean shutdown). */
  release(): Promise<void>;
}

const host = () => hostname().replace(/[^A-Za-z0-9.-]/g, '_') || 'host';
const ROOT = /^ql-proc-(\d+)@(.+)-[A-Za-z0-9]{6}$/;

/** Roots this process made (normally one): never swept as a predecessor's. */
const claimed = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it just is not ours.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Work dirs hold decrypted audio and transcripts while a job runs, and a process killed with SIGKILL
 * (OOM killer, `docker kill`, a crash) cannot remove them. So each process keeps all of them under one
 * root of its own, `<tmp>/ql-proc-<pid>@<host>-XXXXXX`, made its TMPDIR so every mkdtemp and every
 * tool it runs (ffmpeg, PocketSphinx) lands there; at start-up it removes the roots left by processes
 * of this host that no longer exist. Roots of other hosts (a shared /tmp) are never touched.
 */
export async function claimScratchRoot(): Promise<ScratchRoot> {
  const base = tmpdir();
  const me = host();
  let swept = 0;
  for (const name of await readdir(base).catch(() => [] as string[])) {
    const m = ROOT.exec(name);
    if (!m?.[1] || m[2] !== me) continue;
    const pid = Number(m[1]);
    // A root with this process's own pid that it did not make is a dead predecessor's: in a container
    // restarted under tini, node gets the same pid (and the same hostname) every time.
    if (claimed.has(join(base, name)) || (pid !== process.pid && alive(pid))) continue;
    await rm(join(base, name), { recursive: true, force: true });
    swept++;
  }
  if (swept > 0) log.warn({ swept }, 'removed work dirs left by crashed processes');
  const dir = await mkdtemp(join(base, `ql-proc-${process.pid}@${me}-`));
  claimed.add(dir);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return {
    dir,
    swept,
    release: async () => {
      if (process.env.TMPDIR === dir) {
        if (previous === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = previous;
      }
      await rm(dir, { recursive: true, force: true });
      claimed.delete(dir);
    },
  };
}
