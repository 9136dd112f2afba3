import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../config/load-config.ts';

/**
 * The key that seals PHI at rest. From QUIETLINE_STORAGE_KEY; with the embedded stack and no key
 * set, one is generated once and kept (mode 0600) beside the data it protects.
 */
export function resolveStorageKey(envValue: string | undefined, embedded: boolean, keyFile: string): Buffer {
  if (envValue) {
    const k = Buffer.from(envValue, 'base64');
    if (k.length !== 32) throw new ConfigError('QUIETLINE_STORAGE_KEY: must be base64 of exactly 32 bytes; make one with: openssl rand -base64 32');
    return k;
  }
  if (!embedded) {
    throw new ConfigError('QUIETLINE_STORAGE_KEY: required when S3_ENDPOINT is set; make one with: openssl rand -base64 32, and give every role the same value');
  }
  if (existsSync(keyFile)) return Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
  mkdirSync(dirname(keyFile), { recursive: true });
  const k = randomBytes(32);
  writeFileSync(keyFile, k.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return k;
}
