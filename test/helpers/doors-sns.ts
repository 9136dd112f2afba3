import { createSign } from 'node:crypto';

/**
 * Signs an SNS message the way Amazon SNS does, written from the AWS documentation independently of
 * the code under test: "Name\nValue\n" for Message, MessageId, Subject (Notification, if present),
 * SubscribeURL (confirmations), Timestamp, Token (confirmations), TopicArn, Type.
 */
export function signSns(fields: Record<string, string>, keyPem: string, version: '1' | '2'): string {
  const order =
    fields.Type === 'Notification'
      ? ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type']
      : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
  let text = '';
  for (const name of order) {
    if (fields[name] === undefined) continue;
    text += `${name}\n${fields[name]}\n`;
  }
  const s = createSign(version === '1' ? 'RSA-SHA1' : 'RSA-SHA256');
  s.update(text, 'utf8');
  return s.sign(keyPem, 'base64');
}

export interface SnsEnvelope {
  Type: string;
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: '1' | '2';
  Signature: string;
  SigningCertURL: string;
  Subject?: string;
  SubscribeURL?: string;
  Token?: string;
  UnsubscribeURL?: string;
}

let seq = 0;

/** A complete, signed SNS message body as SNS posts it to an HTTP endpoint. */
export function snsMessage(
  o: { type: 'Notification' | 'SubscriptionConfirmation'; topicArn: string; message: string; certUrl: string; keyPem: string; version?: '1' | '2'; subject?: string; subscribeUrl?: string },
): SnsEnvelope {
  const version = o.version ?? '2';
  const fields: Record<string, string> = {
    Type: o.type,
    MessageId: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
    TopicArn: o.topicArn,
    Message: o.message,
    Timestamp: new Date().toISOString(),
    ...(o.subject !== undefined ? { Subject: o.subject } : {}),
    ...(o.type === 'SubscriptionConfirmation' ? { SubscribeURL: o.subscribeUrl ?? '', Token: 'tok-' + seq } : {}),
  };
  return {
    ...(fields as unknown as SnsEnvelope),
    SignatureVersion: version,
    Signature: signSns(fields, o.keyPem, version),
    SigningCertURL: o.certUrl,
    ...(o.type === 'Notification' ? { UnsubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe' } : {}),
  };
}

/** An S3 "ObjectCreated:Put" event, keys encoded as S3 encodes them (+ for spaces). */
export function s3PutEvent(bucket: string, key: string): string {
  const encoded = encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` }, object: { key: encoded, size: 1, eTag: 'x', sequencer: '0' } },
      },
    ],
  });
}
