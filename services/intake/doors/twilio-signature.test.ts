import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { twilioSignature, urlVariants, verifyTwilioSignature } from './twilio-signature.ts';

// The example from Twilio's security documentation.
const TOKEN = '12345';
const URL_ = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS: [string, string][] = [
  ['CallSid', 'CA1234567890ABCDE'],
  ['Caller', '+14158675309'],
  ['Digits', '1234'],
  ['From', '+14158675309'],
  ['To', '+18005551212'],
];
const EXPECTED = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';

describe('Twilio request signature', () => {
  it('matches the documented example', () => {
    assert.equal(twilioSignature(TOKEN, URL_, PARAMS), EXPECTED);
    assert.equal(twilioSignature(TOKEN, URL_, [...PARAMS].reverse()), EXPECTED, 'parameter order does not matter');
  });

  it('verifies the example and refuses a changed parameter, URL or token', () => {
    assert.ok(verifyTwilioSignature(TOKEN, URL_, PARAMS, EXPECTED));
    assert.ok(!verifyTwilioSignature(TOKEN, URL_, [...PARAMS.slice(1), ['CallSid', 'CA0']], EXPECTED));
    assert.ok(!verifyTwilioSignature(TOKEN, URL_.replace('foo=1', 'foo=2'), PARAMS, EXPECTED));
    assert.ok(!verifyTwilioSignature('54321', URL_, PARAMS, EXPECTED));
    assert.ok(!verifyTwilioSignature(TOKEN, URL_, PARAMS, ''));
  });

  it('accepts the URL with or without the default port', () => {
    assert.deepEqual(new Set(urlVariants('https://a.example/x?y=1')), new Set(['https://a.example/x?y=1', 'https://a.example:443/x?y=1']));
    const withPort = twilioSignature(TOKEN, 'https://mycompany.com:443/myapp.php?foo=1&bar=2', PARAMS);
    assert.ok(verifyTwilioSignature(TOKEN, URL_, PARAMS, withPort));
  });
});
