/**
 * Which relay refusals fail a recipient for good. Only a 5xx to RCPT TO (this address) or after DATA
 * (this message) is permanent; a 5xx about the relay itself (rejected login after a password rotation,
 * refused sender, 5xx greeting) would otherwise fail every recipient on the first attempt, so it is
 * temporary. A real SMTP server (smtp-server) on loopback answers; the errors carry codes, no server text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { SmtpTransport } from './smtp-transport.ts';
import { MailRejectedError, MailTemporaryError } from './transport.ts';

/** Text the server puts in every refusal: it must never reach our errors (it could echo PHI). */
const SERVER_TEXT = 'server-text-marker';

class Refusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

const RAW = Buffer.from('From: q@clinic.test\r\nTo: r@clinic.test\r\nSubject: t\r\n\r\nbody\r\n', 'latin1');

async function listen(server: { listen(port: number, host: string): unknown }, net: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(net, 'listening');
  return (net.address() as AddressInfo).port;
}

describe('SmtpTransport error classification', () => {
  let relay: SMTPServer;
  let port: number;
  let greeter: Server;
  let greeterPort: number;

  before(async () => {
    relay = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: true,
      onAuth(auth, _session, cb) {
        if (auth.username === 'quietline' && auth.password === 'current') return cb(null, { user: auth.username });
        cb(new Refusal(535, `5.7.8 ${SERVER_TEXT} authentication failed`));
      },
      onMailFrom(address, _session, cb) {
        if (address.address.startsWith('refused-sender')) return cb(new Refusal(553, `5.7.1 ${SERVER_TEXT} sender not allowed`));
        cb();
      },
      onRcptTo(address, _session, cb) {
        if (address.address.startsWith('gone')) return cb(new Refusal(550, `5.1.1 ${SERVER_TEXT} no such user ${address.address}`));
        if (address.address.startsWith('busy')) return cb(new Refusal(450, `4.2.1 ${SERVER_TEXT} mailbox busy`));
        cb();
      },
      onData(stream, session, cb) {
        stream.resume();
        stream.on('end', () => {
          if (session.envelope.rcptTo.some((r) => r.address.startsWith('spam'))) return cb(new Refusal(554, `5.7.1 ${SERVER_TEXT} message refused`));
          cb();
        });
      },
    });
    port = await listen(relay, relay.server);
    // A relay that greets with 554 (refusing service to this client): nodemailer reports EPROTOCOL.
    greeter = createServer((sock) => {
      sock.on('error', () => undefined);
      sock.end(`554 ${SERVER_TEXT} no service for you\r\n`);
    });
    greeter.listen(0, '127.0.0.1');
    await once(greeter, 'listening');
    greeterPort = (greeter.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((r) => relay.close(() => r()));
    await new Promise<void>((r) => greeter.close(() => r()));
  });

  async function sendError(url: string, to: string, from = 'q@clinic.test'): Promise<unknown> {
    const t = new SmtpTransport({ url });
    try {
      await t.send({ from, to, raw: RAW });
    } catch (err) {
      return err;
    } finally {
      t.close();
    }
    assert.fail('the send was expected to fail');
  }

  function assertTemporary(err: unknown, detail: RegExp): void {
    assert.ok(err instanceof MailTemporaryError, `temporary, got ${String(err)}`);
    assert.match(err.detail, detail);
    assert.ok(!err.message.includes(SERVER_TEXT), 'no server text in the error');
  }

  it('delivers with the right password (the relay under test works)', async () => {
    const t = new SmtpTransport({ url: `smtp://quietline:current@127.0.0.1:${port}` });
    try {
      assert.match((await t.send({ from: 'q@clinic.test', to: 'r@clinic.test', raw: RAW })).response, /^250/);
    } finally {
      t.close();
    }
  });

  it('treats a rejected login (535, EAUTH) as temporary: a rotated password must not fail recipients for good', async () => {
    assertTemporary(await sendError(`smtp://quietline:rotated@127.0.0.1:${port}`, 'r@clinic.test'), /^EAUTH: relay answered 535$/);
  });

  it('treats a refused sender (553 at MAIL FROM) as temporary: it is the relay configuration, not the recipient', async () => {
    assertTemporary(await sendError(`smtp://127.0.0.1:${port}`, 'r@clinic.test', 'refused-sender@clinic.test'), /^EENVELOPE: relay answered 553$/);
  });

  it('treats a 5xx greeting as temporary', async () => {
    assertTemporary(await sendError(`smtp://127.0.0.1:${greeterPort}`, 'r@clinic.test'), /relay answered 554$/);
  });

  it('treats a 4xx at RCPT TO as temporary', async () => {
    assertTemporary(await sendError(`smtp://127.0.0.1:${port}`, 'busy@clinic.test'), /^EENVELOPE: relay answered 450$/);
  });

  it('treats a 5xx at RCPT TO (this recipient) as permanent, with the code only', async () => {
    const err = await sendError(`smtp://127.0.0.1:${port}`, 'gone@clinic.test');
    assert.ok(err instanceof MailRejectedError, `permanent, got ${String(err)}`);
    assert.equal(err.responseCode, 550);
    assert.ok(!err.message.includes(SERVER_TEXT) && !err.message.includes('gone@'), 'no server text or address in the error');
  });

  it('treats a 5xx after DATA (this message) as permanent', async () => {
    const err = await sendError(`smtp://127.0.0.1:${port}`, 'spam@clinic.test');
    assert.ok(err instanceof MailRejectedError, `permanent, got ${String(err)}`);
    assert.equal(err.responseCode, 554);
  });
});
