import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCert {
  certPem: string;
  keyPem: string;
}

/** A throw-away self-signed RSA certificate made by openssl at test time (nothing left on disk). */
export async function makeSelfSignedCert(opts: { cn?: string; san?: string } = {}): Promise<TestCert> {
  const dir = await mkdtemp(join(tmpdir(), 'ql-doors-cert-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    await run('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
      '-keyout', key, '-out', cert,
      '-subj', `/CN=${opts.cn ?? 'localhost'}`,
      '-addext', `subjectAltName=${opts.san ?? 'DNS:localhost,IP:127.0.0.1'}`,
    ]);
    return { certPem: await readFile(cert, 'utf8'), keyPem: await readFile(key, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
