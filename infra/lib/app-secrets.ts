import { aws_secretsmanager as sm } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/**
 * Every secret the tasks receive, held in Secrets Manager and injected by ECS at start (never in
 * the template or the task definition). Values marked "operator" start as random placeholders
 * that the app rejects, so a task fails closed until the operator stores the real value
 * (infra/README.md, "Secrets").
 */
export class AppSecrets extends Construct {
  /** ElastiCache AUTH token: 64 alphanumerics, so it needs no escaping inside a rediss:// URL. */
  readonly redisAuthToken: sm.Secret;
  readonly dashboardToken: sm.Secret;
  /** Passphrase protecting the signing key; generated here, used when the operator creates that key. */
  readonly signingKeyPassphrase: sm.Secret;
  /** Operator: `openssl rand -base64 32`. */
  readonly storageKey: sm.Secret;
  /** Operator: smtps://user:password@relay.example:465 */
  readonly smtpUrl: sm.Secret;
  /** Operator: base64 of a .tar.gz holding quietline.yaml and the key files it names (infra/docker/entrypoint.sh). */
  readonly configBundle: sm.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const alnum = (length: number): sm.SecretStringGenerator => ({ passwordLength: length, excludePunctuation: true, includeSpace: false });
    this.redisAuthToken = new sm.Secret(this, 'RedisAuthToken', {
      description: 'Quietline: ElastiCache Redis AUTH token',
      generateSecretString: alnum(64),
    });
    this.dashboardToken = new sm.Secret(this, 'DashboardToken', {
      description: 'Quietline: bearer token of the dashboard',
      generateSecretString: alnum(48),
    });
    this.signingKeyPassphrase = new sm.Secret(this, 'SigningKeyPassphrase', {
      description: 'Quietline: passphrase of the OpenPGP signing key',
      generateSecretString: alnum(40),
    });
    this.storageKey = new sm.Secret(this, 'StorageKey', {
      description: 'Quietline: QUIETLINE_STORAGE_KEY (operator sets: openssl rand -base64 32)',
    });
    this.smtpUrl = new sm.Secret(this, 'SmtpUrl', {
      description: 'Quietline: SMTP_URL of the mail relay (operator sets: smtps://user:pass@host:465)',
    });
    this.configBundle = new sm.Secret(this, 'ConfigBundle', {
      description: 'Quietline: base64 tar.gz of quietline.yaml and its key files (operator sets)',
    });
  }
}
