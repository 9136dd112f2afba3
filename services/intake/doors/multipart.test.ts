import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MultipartError } from './errors.ts';
import { boundaryOf, parseMultipart } from './multipart.ts';

describe('multipart/form-data parser', () => {
  it('reads the parts FormData writes, binary content intact', async () => {
    const bytes = Buffer.from([0, 1, 2, 13, 10, 45, 45, 255, 254]);
    const fd = new FormData();
    fd.append('mailbox', 'main');
    fd.append('file', new Blob([bytes], { type: 'audio/wav' }), 'message.wav');
    const req = new Request('http://x/', { method: 'POST', body: fd });
    const body = Buffer.from(await req.arrayBuffer());
    const parts = parseMultipart(body, req.headers.get('content-type')!);
    assert.equal(parts.length, 2);
    assert.equal(parts[0]!.name, 'mailbox');
    assert.equal(parts[0]!.data.toString(), 'main');
    assert.equal(parts[1]!.filename, 'message.wav');
    assert.equal(parts[1]!.contentType, 'audio/wav');
    assert.ok(parts[1]!.data.equals(bytes));
  });

  it('takes quoted boundaries and refuses broken bodies with reason codes', () => {
    assert.equal(boundaryOf('multipart/form-data; boundary="a b"'), 'a b');
    assert.throws(() => boundaryOf('multipart/form-data'), (e: unknown) => e instanceof MultipartError && e.code === 'multipart-no-boundary');
    const unterminated = Buffer.from('--xx\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue');
    assert.throws(() => parseMultipart(unterminated, 'multipart/form-data; boundary=xx'), (e: unknown) => e instanceof MultipartError && e.code === 'multipart-unterminated');
    const noName = Buffer.from('--xx\r\nContent-Disposition: form-data\r\n\r\nv\r\n--xx--\r\n');
    assert.throws(() => parseMultipart(noName, 'multipart/form-data; boundary=xx'), MultipartError);
  });
});
