import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSnsMessage, snsStringToSign, trustedSnsUrl, type SnsMessage } from './sns.ts';

const base = { MessageId: 'm1', TopicArn: 'arn:t', Message: 'hello', Timestamp: '2026-11-27T00:00:00.000Z', SignatureVersion: '2', Signature: 'x', SigningCertURL: 'https://sns.us-east-1.amazonaws.com/c.pem' };

describe('SNS message checks', () => {
  it('builds the documented string to sign for each message type', () => {
    const n = { ...base, Type: 'Notification' } as SnsMessage;
    assert.equal(snsStringToSign(n), 'Message\nhello\nMessageId\nm1\nTimestamp\n2026-11-27T00:00:00.000Z\nTopicArn\narn:t\nType\nNotification\n');
    assert.equal(snsStringToSign({ ...n, Subject: 's' }), 'Message\nhello\nMessageId\nm1\nSubject\ns\nTimestamp\n2026-11-27T00:00:00.000Z\nTopicArn\narn:t\nType\nNotification\n');
    const c = { ...base, Type: 'SubscriptionConfirmation', SubscribeURL: 'https://sns.us-east-1.amazonaws.com/?A=1', Token: 'tk' } as SnsMessage;
    assert.equal(snsStringToSign(c), 'Message\nhello\nMessageId\nm1\nSubscribeURL\nhttps://sns.us-east-1.amazonaws.com/?A=1\nTimestamp\n2026-11-27T00:00:00.000Z\nToken\ntk\nTopicArn\narn:t\nType\nSubscriptionConfirmation\n');
  });

  it('trusts HTTPS SNS hosts and allow-listed hosts only', () => {
    assert.ok(trustedSnsUrl('https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-x.pem', []));
    assert.equal(trustedSnsUrl('http://sns.eu-west-1.amazonaws.com/x.pem', []), null, 'plain HTTP to AWS is refused');
    assert.equal(trustedSnsUrl('https://sns.eu-west-1.amazonaws.com.evil.example/x.pem', []), null);
    assert.equal(trustedSnsUrl('https://evil.example/sns.us-east-1.amazonaws.com/x.pem', []), null);
    assert.equal(trustedSnsUrl('https://user@sns.us-east-1.amazonaws.com/x.pem', []), null);
    assert.ok(trustedSnsUrl('http://127.0.0.1:9000/x.pem', ['127.0.0.1:9000']));
    assert.equal(trustedSnsUrl('http://127.0.0.1:9001/x.pem', ['127.0.0.1:9000']), null);
  });

  it('refuses bodies that are not SNS messages', () => {
    assert.equal(parseSnsMessage('not json'), null);
    assert.equal(parseSnsMessage(JSON.stringify({ ...base, Type: 'Other' })), null);
    assert.equal(parseSnsMessage(JSON.stringify({ ...base, Type: 'SubscriptionConfirmation' })), null, 'a confirmation needs SubscribeURL and Token');
    assert.ok(parseSnsMessage(JSON.stringify({ ...base, Type: 'Notification' })));
  });
});
