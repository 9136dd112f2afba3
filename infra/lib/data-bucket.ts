import { Duration, RemovalPolicy, aws_kms as kms, aws_s3 as s3 } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/**
 * Key prefixes the app writes (services/voicemail/object-keys.ts, services/voicemail/retention.ts,
 * services/audit/audit-trail.ts, services/transcription/aws-transcribe.ts).
 */
export const PREFIX = {
  incoming: 'incoming/',
  voicemails: 'voicemails/',
  rejected: 'rejected/',
  retention: 'retention/',
  audit: 'audit/',
  /** Amazon Transcribe job output (services/transcription/aws-transcribe.ts): a plaintext transcript. */
  transcribeOutput: 'transcribe-output/',
} as const;

export interface DataBucketProps {
  /** Days after which lifecycle removes incoming/ and voicemails/ objects the app left behind. */
  intermediateExpiryDays: number;
}

/**
 * The voicemail bucket. Objects are already sealed by the app (QUIETLINE_STORAGE_KEY); SSE-KMS with a
 * customer-managed key is the second layer, so access to object bodies also needs kms:Decrypt,
 * which only the intake and worker task roles get.
 */
export class DataBucket extends Construct {
  readonly bucket: s3.Bucket;
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: DataBucketProps) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      description: 'Quietline voicemail bucket (SSE-KMS)',
      enableKeyRotation: true,
      // Deleting the key would make every stored voicemail unreadable.
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });
    const expiry = Duration.days(props.intermediateExpiryDays);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.key,
      // One data key per bucket instead of one KMS call per object.
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        // Backstops only: the app deletes content itself once every recipient is served
        // (retention.keepDays), and holds it 7 days after a failed delivery; the expiry must exceed both.
        { id: 'expire-incoming', prefix: PREFIX.incoming, expiration: expiry, noncurrentVersionExpiration: Duration.days(1) },
        { id: 'expire-voicemails', prefix: PREFIX.voicemails, expiration: expiry, noncurrentVersionExpiration: Duration.days(1) },
        // The worker reads and deletes Transcribe's output within minutes; it is plaintext, so the backstop is short.
        {
          id: 'expire-transcribe-output',
          prefix: PREFIX.transcribeOutput,
          expiration: Duration.days(1),
          noncurrentVersionExpiration: Duration.days(1),
        },
        // Versioning keeps deleted and overwritten objects as noncurrent versions; PHI must not linger there.
        { id: 'purge-noncurrent-rejected', prefix: PREFIX.rejected, noncurrentVersionExpiration: Duration.days(1) },
        { id: 'purge-noncurrent-retention', prefix: PREFIX.retention, noncurrentVersionExpiration: Duration.days(1) },
        // audit/ has no rule on purpose: its records, and any overwritten versions of them, are the audit trail.
        { id: 'abort-partial-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1), expiredObjectDeleteMarker: true },
      ],
    });
  }
}
