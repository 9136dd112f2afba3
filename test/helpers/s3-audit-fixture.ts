import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { AuditTrail } from '../../services/audit/audit-trail.ts';
import { startEmbeddedS3 } from '../../services/storage/embedded-s3.ts';
import { S3Store } from '../../services/storage/s3-store.ts';
import { deleteRedisPrefix } from './redis-keys.ts';

export interface S3AuditFixture {
  store: S3Store;
  redis: Redis;
  audit: AuditTrail;
  /** Redis key prefix of this fixture (the audit trail's cached chain heads live under it). */
  prefix: string;
  close(): Promise<void>;
}

/**
 * An embedded S3 server, a store on it, real Redis and an audit trail over both: what unit tests of
 * S3-backed records (audit trail, retention) need. close() removes the bucket dir and the Redis keys.
 */
export async function startS3AuditFixture(name: string): Promise<S3AuditFixture> {
  const dir = await mkdtemp(join(tmpdir(), `ql-${name}-`));
  const s3 = await startEmbeddedS3({ dir, port: 0, bucket: 'quietline' });
  const store = new S3Store({ bucket: 'quietline', region: 'us-east-1', endpoint: s3.endpoint, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const prefix = `qltest-${name}-${randomUUID().slice(0, 8)}`;
  return {
    store,
    redis,
    audit: new AuditTrail(store, redis, prefix),
    prefix,
    async close() {
      await deleteRedisPrefix(redis, prefix);
      redis.disconnect();
      store.destroy();
      await s3.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
