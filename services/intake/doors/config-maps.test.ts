import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doorMapsFrom } from './config-maps.ts';
import { DoorsConfigError } from './errors.ts';

const h = (s: string) => createHash('sha256').update(s).digest('hex');

describe('door maps from the config', () => {
  it('maps keys, intake addresses and phone numbers to practices and mailboxes', () => {
    const maps = doorMapsFrom([
      { id: 'riverside', apiKeys: [{ id: 'pbx', sha256: h('a').toUpperCase() }], mailboxes: [{ id: 'front-desk', intakeAddresses: ['Front-Desk@intake.riverside.example'], phoneNumbers: ['+1 (555) 123-0000'] }] },
      { id: 'lakeside', mailboxes: [{ id: 'main' }] },
    ]);
    assert.deepEqual(maps.apiKeys.get('riverside'), [{ id: 'pbx', sha256: h('a') }]);
    assert.equal(maps.apiKeys.has('lakeside'), false);
    assert.deepEqual(maps.addresses.get('front-desk@intake.riverside.example'), { practiceId: 'riverside', mailboxId: 'front-desk' });
    assert.deepEqual(maps.numbers.get('+15551230000'), { practiceId: 'riverside', mailboxId: 'front-desk' });
  });

  it('refuses duplicates and malformed values', () => {
    const twice = [
      { id: 'a', mailboxes: [{ id: 'm', intakeAddresses: ['x@y.example'] }] },
      { id: 'b', mailboxes: [{ id: 'm', intakeAddresses: ['X@y.example'] }] },
    ];
    assert.throws(() => doorMapsFrom(twice), DoorsConfigError);
    assert.throws(() => doorMapsFrom([{ id: 'a', apiKeys: [{ id: 'k', sha256: 'nothex' }], mailboxes: [] }]), DoorsConfigError);
    assert.throws(() => doorMapsFrom([{ id: 'a', apiKeys: [{ id: 'k', sha256: h('x') }, { id: 'k2', sha256: h('x') }], mailboxes: [] }]), DoorsConfigError);
    assert.throws(() => doorMapsFrom([{ id: 'a', mailboxes: [{ id: 'm', phoneNumbers: ['5551230000'] }] }]), DoorsConfigError);
  });
});
