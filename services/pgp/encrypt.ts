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
  const date = options.date ?? new Date();
  try {
    const message = await openpgp.createMessage({ binary, format: 'binary', date });
    // format 'object' + armor(): the string/stream overloads resolve through a types package that
    // openpgp does not install, which leaves their return type unknown to the type checker.
    const encrypted = await openpgp.encrypt({
      message,
      encryptionKeys: recipient,
      signingKeys: signer,
      date,
      format: 'object',
      config: { aeadProtect: false },
    });
    return encrypted.armor();
  } catch {
    throw new EncryptionFailedError(recipient.getFingerprint().toUpperCase(), signer.getFingerprint().toUpperCase());
  }
}
