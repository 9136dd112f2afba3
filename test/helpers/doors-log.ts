import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';

/** A pino logger writing into memory, so a test can sweep everything the doors logged for PHI. */
export function memoryLogger(): { logger: Logger; text(): string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), text: () => chunks.join('') };
}
