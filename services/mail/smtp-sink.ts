import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  port: number;
  close(): Promise<void>;
}

let seq = 0;

/**
 * The embedded SMTP sink: accepts mail on loopback and stores each message, exactly as received,
 * as an .eml file under `dir`. It logs nothing about the messages themselves.
 */
export async function startSmtpSink(opts: { dir: string; port: number; host?: string }): Promise<SmtpSink> {
  mkdirSync(opts.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 60 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${++seq}.eml`;
        // Write then rename, so a reader never sees half a message.
        const tmp = join(opts.dir, `.${name}.part`);
        writeFileSync(tmp, Buffer.concat(chunks), { mode: 0o600 });
        renameSync(tmp, join(opts.dir, name));
        callback();
      });
    },
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://${host}:${port}`,
    port,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
