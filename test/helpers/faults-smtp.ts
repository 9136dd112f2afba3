/**
 * A controllable SMTP relay for fault tests. It records every RCPT attempt and every DATA transfer,
 * answers by rules the test sets (421/550 at RCPT, 421 after DATA, or hold the final reply), can be
 * stopped (port closed, every connection cut) and started again on the same port.
 *
 * A message counts as accepted only once its final 250 has been written: a client that disconnects
 * while the reply is held gets nothing, exactly as a relay that had not yet committed the message.
 */
import { once } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { waitFor } from './wait.ts';

export interface SmtpReply {
  code: number;
  message?: string;
}

/** Per-recipient answer to RCPT TO: null accepts. */
export type RcptRule = (address: string) => SmtpReply | null;
/** Final answer after DATA: 'accept', 'hold' (wait for release()), or a refusal. */
export type DataRule = (recipients: string[]) => 'accept' | 'hold' | SmtpReply;

export interface RcptAttempt {
  address: string;
  /** 250 when accepted, else the code returned. */
  code: number;
}

export interface DataTransfer {
  seq: number;
  recipients: string[];
  raw: Buffer;
  /** pending: reply held; accepted: 250 written; refused: 4xx/5xx written; dropped: the client left first. */
  state: 'pending' | 'accepted' | 'refused' | 'dropped';
  code?: number;
}

export interface ControllableSmtp {
  readonly port: number;
  readonly url: string;
  rcptRule: RcptRule;
  dataRule: DataRule;
  readonly rcptAttempts: RcptAttempt[];
  readonly transfers: DataTransfer[];
  /** Messages the relay accepted (final 250 written). */
  accepted(): DataTransfer[];
  /** Accepted messages for one envelope recipient. */
  acceptedFor(address: string): DataTransfer[];
  /** Transfers whose final reply is being held. */
  pending(): DataTransfer[];
  /** Sends 250 for held transfers (all, or those `which` selects). */
  release(which?: (t: DataTransfer) => boolean): void;
  waitForPending(count: number, deadlineMs?: number): Promise<DataTransfer[]>;
  /** Closes the port and cuts every open connection: the relay is down. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  readonly running: boolean;
  close(): Promise<void>;
}

class SmtpRefusal extends Error {
  constructor(readonly responseCode: number, message: string) {
    super(message);
  }
}

export async function startControllableSmtp(opts: { port?: number } = {}): Promise<ControllableSmtp> {
  const rcptAttempts: RcptAttempt[] = [];
  const transfers: DataTransfer[] = [];
  const held = new Map<DataTransfer, { sessionId: string; done: () => void }>();
  let server: SMTPServer | null = null;
  const sockets = new Set<Socket>();
  let port = opts.port ?? 0;
  let seq = 0;

  const dropSession = (sessionId: string) => {
    for (const [t, h] of held) {
      if (h.sessionId !== sessionId) continue;
      t.state = 'dropped';
      held.delete(t);
    }
  };

  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 60 * 1024 * 1024,
      onRcptTo(address, _session, callback) {
        const rule = api.rcptRule(address.address);
        rcptAttempts.push({ address: address.address, code: rule?.code ?? 250 });
        if (rule) return callback(new SmtpRefusal(rule.code, rule.message ?? 'refused by test'));
        callback();
      },
      onData(stream, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const recipients = session.envelope.rcptTo.map((r) => r.address);
          const t: DataTransfer = { seq: ++seq, recipients, raw: Buffer.concat(chunks), state: 'pending' };
          transfers.push(t);
          const rule = api.dataRule(recipients);
          if (rule === 'accept') {
            t.state = 'accepted';
            t.code = 250;
            return callback();
          }
          if (rule === 'hold') {
            held.set(t, {
              sessionId: session.id,
              done: () => {
                t.state = 'accepted';
                t.code = 250;
                callback();
              },
            });
            return;
          }
          t.state = 'refused';
          t.code = rule.code;
          callback(new SmtpRefusal(rule.code, rule.message ?? 'refused by test'));
        });
      },
      onClose(session) {
        dropSession(session.id);
      },
    });

  const listen = async () => {
    const s = make();
    s.server.on('connection', (sock: Socket) => {
      sockets.add(sock);
      sock.on('close', () => sockets.delete(sock));
    });
    s.listen(port, '127.0.0.1');
    await once(s.server, 'listening');
    port = (s.server.address() as AddressInfo).port;
    server = s;
  };

  const api: ControllableSmtp = {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    rcptRule: () => null,
    dataRule: () => 'accept',
    rcptAttempts,
    transfers,
    accepted: () => transfers.filter((t) => t.state === 'accepted'),
    acceptedFor: (address) => transfers.filter((t) => t.state === 'accepted' && t.recipients.includes(address)),
    pending: () => transfers.filter((t) => t.state === 'pending'),
    release(which = () => true) {
      for (const [t, h] of [...held]) {
        if (!which(t)) continue;
        held.delete(t);
        h.done();
      }
    },
    waitForPending: (count, deadlineMs = 60_000) =>
      waitFor(`${count} held SMTP transfer(s)`, deadlineMs, () => {
        const p = api.pending();
        return p.length >= count ? p : null;
      }, 25),
    async stop() {
      const s = server;
      if (!s) return;
      server = null;
      const closed = new Promise<void>((r) => s.server.close(() => r()));
      for (const sock of sockets) sock.destroy();
      await closed;
    },
    async start() {
      if (!server) await listen();
    },
    get running() {
      return server !== null;
    },
    async close() {
      for (const t of held.keys()) t.state = 'dropped';
      held.clear();
      await api.stop();
    },
  };
  await listen();
  return api;
}
