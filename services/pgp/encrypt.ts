import * as openpgp from 'openpgp';
import type { PrivateKey, PublicKey } from 'openpgp';

/** Permanent: the recipient's key cannot be used (re-checking it will say why); do not retry. */
export class EncryptionFailedError extends Error {
  constructor(
    readonly recipientFingerprint: string,
    readonly signerFingerprint: string,
  ) {
    super(`pgp-encrypt-failed (recipient ${recipientFingerprint}, signer ${signerFingerprint})`);
    this.name = 'EncryptionFailedError';
  }
}

export interface SignAndEncryptOptions {
  /** Signature and key-validity time; defaults to now. */
  date?: Date;
}

/**
 * One OpenPGP message that is both signed by the service and encrypted to one recipient, so the
 * recipient's client verifies origin and decrypts in one step (RFC 3156 section 6.2 combined form).
 * Strings are UTF-8 encoded and stored as binary literal data: the MIME payload is already
 * CRLF-canonical and must reach the recipient byte for byte. The openpgp error is not chained
 * because its message can quote key user IDs.
 */
export async function signAndEncrypt(
  data: Uint8Array | string,
  recipient: PublicKey,
  signer: PrivateKey,
  options: SignAndEncryptOptions = {},
): Promise<string> {
  const binary = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const encrypted = await encryptedMessage(binary, recipient, signer, options);
  return encrypted.armor();
}

/**
 * signAndEncrypt to the binary OpenPGP message, in pieces, for a caller that writes the ASCII armor
 * itself (openpgp.js's armor is slow and several copies of the message in memory). A payload given
 * whole (one Uint8Array) is encrypted in one go: quickest for small ones. One given in pieces (any
 * other iterable, e.g. a MIME message as it is encoded) is streamed through openpgp.js, so neither it
 * nor openpgp's working copies of it are ever held whole: for large ones, some 15% more CPU for a
 * fraction of the memory.
 */
export async function signAndEncryptToBinary(
  payload: Uint8Array | Iterable<Uint8Array>,
  recipient: PublicKey,
  signer: PrivateKey,
  options: SignAndEncryptOptions = {},
): Promise<Uint8Array[]> {
  if (payload instanceof Uint8Array) {
    const bytes: unknown = (await encryptedMessage(payload, recipient, signer, options)).write();
    if (!(bytes instanceof Uint8Array)) throw new EncryptionFailedError(recipient.getFingerprint().toUpperCase(), signer.getFingerprint().toUpperCase());
    return [bytes];
  }
  const source = payload[Symbol.iterator]();
  // An error making the payload (not openpgp's) is passed on as it is.
  const making: { error?: Error } = {};
  const input = new ReadableStream<Uint8Array>({
    pull(c) {
      try {
        const next = source.next();
        if (next.done) c.close();
        else c.enqueue(next.value);
      } catch (err) {
        making.error = err instanceof Error ? err : new Error('payload-failed');
        c.error(making.error);
      }
    },
  });
  const out: Uint8Array[] = [];
  try {
    const written: unknown = (await encryptedMessage(input, recipient, signer, options)).write();
    for await (const chunk of written as AsyncIterable<unknown>) {
      if (!(chunk instanceof Uint8Array)) throw new Error('pgp-stream-not-binary');
      out.push(chunk);
    }
  } catch (err) {
    if (making.error) throw making.error;
    if (err instanceof EncryptionFailedError) throw err;
    throw new EncryptionFailedError(recipient.getFingerprint().toUpperCase(), signer.getFingerprint().toUpperCase());
  }
  return out;
}

/**
 * A signed and encrypted binary OpenPGP message of a stream of any size, as it is made (e.g. a long
 * recording exported for one recipient): neither the input nor the output is held whole.
 */
export async function* signAndEncryptStream(input: ReadableStream<Uint8Array>, recipient: PublicKey, signer: PrivateKey, options: SignAndEncryptOptions = {}): AsyncGenerator<Uint8Array> {
  const written: unknown = (await encryptedMessage(input, recipient, signer, options)).write();
  try {
    for await (const chunk of written as AsyncIterable<unknown>) {
      if (!(chunk instanceof Uint8Array)) throw new Error('pgp-stream-not-binary');
      yield chunk;
    }
  } catch {
    throw new EncryptionFailedError(recipient.getFingerprint().toUpperCase(), signer.getFingerprint().toUpperCase());
  }
}

async function encryptedMessage<T extends Uint8Array | ReadableStream<Uint8Array>>(binary: T, recipient: PublicKey, signer: PrivateKey, options: SignAndEncryptOptions): Promise<openpgp.Message<T>> {
  const date = options.date ?? new Date();
  try {
    const message = await openpgp.createMessage({ binary, format: 'binary', date });
    // format 'object' + armor()/write(): the string/stream overloads resolve through a types package
    // that openpgp does not install, which leaves their return type unknown to the type checker.
    return await openpgp.encrypt({
      message,
      encryptionKeys: recipient,
      signingKeys: signer,
      date,
      format: 'object',
      config: { aeadProtect: false },
    });
  } catch {
    throw new EncryptionFailedError(recipient.getFingerprint().toUpperCase(), signer.getFingerprint().toUpperCase());
  }
}
