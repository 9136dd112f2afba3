/**
 * The smallest configuration commands accept: practice p1, mailbox m1, the given recipients (id,
 * email, key file) and a signing key file, as YAML. For tests that run a command against a config
 * file; key files are the test's to write beside it.
 */
export function oneMailboxConfig(o: { signingKey?: string; passphraseEnv?: string; recipients?: { id?: string; email: string; key: string }[] } = {}): string {
  const recipients = o.recipients ?? [{ id: 'staff', email: 'staff@clinic.test', key: 'staff.asc' }];
  return `service:
  signingKey: { file: ${o.signingKey ?? 'service.asc'}${o.passphraseEnv ? `, passphraseEnv: ${o.passphraseEnv}` : ''} }
practices:
  - id: p1
    name: P1
    mailboxes:
      - id: m1
        name: M1
        recipients:
${recipients.map((r) => `          - { ${r.id ? `id: ${r.id}, ` : ''}email: ${r.email}, key: ${r.key} }`).join('\n')}
`;
}
