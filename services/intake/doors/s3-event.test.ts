import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createdObjectsOf, decodeEventKey } from './s3-event.ts';

describe('S3 event records', () => {
  it('decodes URL-encoded keys with + for spaces', () => {
    assert.equal(decodeEventKey('incoming/p/m/my+message%2B1.wav'), 'incoming/p/m/my message+1.wav');
    assert.equal(decodeEventKey('%E0%A4%A'), null);
  });

  it('lists created objects, ignores other events and the test event, refuses non-events', () => {
    const doc = {
      Records: [
        { eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key: 'incoming/p/m/a+b.wav' } } },
        { eventName: 'ObjectRemoved:Delete', s3: { bucket: { name: 'b' }, object: { key: 'x' } } },
        { eventName: 's3:ObjectCreated:CompleteMultipartUpload', s3: { bucket: { name: 'b' }, object: { key: 'incoming/p/m/c.wav' } } },
      ],
    };
    assert.deepEqual(createdObjectsOf(doc), [
      { bucket: 'b', key: 'incoming/p/m/a b.wav' },
      { bucket: 'b', key: 'incoming/p/m/c.wav' },
    ]);
    assert.deepEqual(createdObjectsOf({ Service: 'Amazon S3', Event: 's3:TestEvent' }), []);
    assert.equal(createdObjectsOf({ hello: 1 }), null);
    assert.equal(createdObjectsOf({ Records: [{ eventName: 'ObjectCreated:Put' }] }), null);
  });
});
