import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
// s3rver ships no types; its surface here is tiny, so it is typed where it is used.
// @ts-expect-error -- untyped CommonJS module
import S3rverModule from 's3rver';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
const S3rver = S3rverModule as new (opts: Record<string, unknown>) => S3rverInstance;

export interface EmbeddedS3 {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  close(): Promise<void>;
}

/**
 * The embedded S3-protocol server (s3rver) for one-machine installs and tests: loopback only,
 * objects stored under `dir`.
 */
export async function startEmbeddedS3(opts: { dir: string; port: number; bucket: string }): Promise<EmbeddedS3> {
  mkdirSync(opts.dir, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: opts.port,
    directory: opts.dir,
    silent: true,
    configureBuckets: [{ name: opts.bucket }],
  });
  const addr = await server.run();
  return {
    endpoint: `http://127.0.0.1:${addr.port}`,
    // s3rver's fixed development credentials; it is only ever bound to loopback.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    close: async () => {
      await server.close();
    },
  };
}
