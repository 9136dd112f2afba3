import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateKeyPair } from '../pgp/keygen.ts';

/** Fictional staff of the demo practice. */
export const DEMO_STAFF = [
  { id: 'frontdesk', name: 'Front Desk (demo)', email: 'frontdesk@riverside.example' },
  { id: 'nurse', name: 'Nurse Line (demo)', email: 'nurse@riverside.example' },
] as const;

export interface DemoSetup {
  configPath: string;
  gnupgHome: string;
  passphrase: string;
}

/**
 * Makes throw-away keys (GnuPG 2.2-compatible: v4 Curve25519, no AEAD), a config that uses them, and a
 * GnuPG home holding the staff secret keys, so the demo's emails can be read with plain `gpg`.
 */
export async function ensureDemoSetup(dir: string): Promise<DemoSetup> {
  const keysDir = join(dir, 'keys');
  const gnupgHome = join(dir, 'gnupg');
  const configPath = join(dir, 'quietline.yaml');
  const passFile = join(keysDir, 'service.passphrase');
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  mkdirSync(gnupgHome, { recursive: true, mode: 0o700 });
  if (!existsSync(configPath)) {
    const passphrase = randomBytes(18).toString('base64url');
    const service = await generateKeyPair({ name: 'Quietline demo service', email: 'quietline@riverside.example', type: 'ecc', passphrase });
    writeFileSync(join(keysDir, 'service.sec.asc'), service.privateKey, { mode: 0o600 });
    writeFileSync(join(keysDir, 'service.pub.asc'), service.publicKey);
    writeFileSync(passFile, passphrase + '\n', { mode: 0o600 });
    for (const s of DEMO_STAFF) {
      const k = await generateKeyPair({ name: s.name, email: s.email, type: 'ecc', expiresInDays: 365 });
      writeFileSync(join(keysDir, `${s.id}.pub.asc`), k.publicKey);
      writeFileSync(join(keysDir, `${s.id}.sec.asc`), k.privateKey, { mode: 0o600 });
      gpg(gnupgHome, ['--import', join(keysDir, `${s.id}.sec.asc`)]);
    }
    gpg(gnupgHome, ['--import', join(keysDir, 'service.pub.asc')]);
    writeFileSync(
      configPath,
      `# Demo configuration written by \`quietline demo\`: throw-away keys, fictional practice.
service:
  from: "Quietline demo <quietline@riverside.example>"
  messageIdDomain: riverside.example
  signingKey:
    file: keys/service.sec.asc
    passphraseEnv: QUIETLINE_DEMO_PASSPHRASE
intake:
  scanIntervalSec: 2
practices:
  - id: riverside
    name: Riverside Family Practice
    mailboxes:
      - id: front-desk
        name: Front Desk
        policy: standard
        recipients:
          - { id: frontdesk, email: ${DEMO_STAFF[0].email}, key: keys/frontdesk.pub.asc }
          - { id: nurse, email: ${DEMO_STAFF[1].email}, key: keys/nurse.pub.asc }
      - id: nurse-line
        name: Nurse Line
        policy: safe-harbor
        recipients:
          - { id: nurse, email: ${DEMO_STAFF[1].email}, key: keys/nurse.pub.asc }
`,
    );
  }
  const { readFileSync } = await import('node:fs');
  return { configPath: resolve(configPath), gnupgHome: resolve(gnupgHome), passphrase: readFileSync(passFile, 'utf8').trim() };
}

function gpg(home: string, args: string[]): void {
  const r = spawnSync('gpg', ['--homedir', home, '--batch', '--quiet', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`gpg ${args[0]} failed in ${home}`);
}
