import { Aws, Stack, aws_iam as iam } from 'aws-cdk-lib';
import type { aws_kms as kms, aws_s3 as s3 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { PREFIX } from './data-bucket.ts';

export type QuietlineRole = 'intake' | 'worker' | 'dashboard';
export const ROLES: readonly QuietlineRole[] = ['intake', 'worker', 'dashboard'];

export interface TaskRolesProps {
  bucket: s3.IBucket;
  bucketKey: kms.IKey;
}

/**
 * One IAM role per Quietline role, each with only what that process does:
 * - intake: picks up incoming/, moves it into voicemails/<id>/, records rejects in rejected/, and runs
 *   the retention purge (retention/ index, voicemails/ content);
 * - worker: reads and writes voicemails/<id>/, files the retention index, runs Amazon Transcribe
 *   (Medical) jobs, which read the media (voicemails/<id>/transcribe-input.wav) and write their output
 *   (transcribe-output/) with the caller's permissions, hence no separate service role;
 * - dashboard: lists and HEADs objects only. It has s3:GetObject because HeadObject is authorised by it,
 *   but no kms:Decrypt, so a GET of an SSE-KMS object body fails.
 * Both writers append to audit/ and neither may delete there: the trail is append-only.
 * Statements are written out rather than made with bucket.grant*() so a reviewer sees every action.
 */
export class TaskRoles extends Construct {
  readonly roles: Record<QuietlineRole, iam.Role>;

  constructor(scope: Construct, id: string, props: TaskRolesProps) {
    super(scope, id);
    const { bucket, bucketKey } = props;
    const objects = (prefix: string) => bucket.arnForObjects(`${prefix}*`);
    // HeadBucket (the app's readiness probe) is authorised by s3:ListBucket on the bucket itself.
    // Object keys carry identifiers only, never PHI, so listing them is not a disclosure.
    const listBucket = () => new iam.PolicyStatement({ sid: 'ListBucket', actions: ['s3:ListBucket'], resources: [bucket.bucketArn] });
    const appendAudit = () => new iam.PolicyStatement({
      sid: 'AppendAudit',
      actions: ['s3:GetObject', 's3:PutObject'],
      resources: [objects(PREFIX.audit)],
    });
    const useBucketKey = () => new iam.PolicyStatement({
      sid: 'UseBucketKey',
      actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
      resources: [bucketKey.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `s3.${Aws.REGION}.${Aws.URL_SUFFIX}` } },
    });

    const region = Stack.of(this).region;
    const account = Stack.of(this).account;
    const partition = Stack.of(this).partition;
    const transcribeArn = (kind: string) => `arn:${partition}:transcribe:${region}:${account}:${kind}/*`;

    this.roles = {
      intake: this.role('intake', [
        listBucket(),
        new iam.PolicyStatement({
          sid: 'IncomingAndVoicemails',
          actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          resources: [objects(PREFIX.incoming), objects(PREFIX.voicemails)],
        }),
        new iam.PolicyStatement({ sid: 'Rejected', actions: ['s3:GetObject', 's3:PutObject'], resources: [objects(PREFIX.rejected)] }),
        new iam.PolicyStatement({
          sid: 'RetentionIndex',
          actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          resources: [objects(PREFIX.retention)],
        }),
        appendAudit(),
        useBucketKey(),
      ]),
      worker: this.role('worker', [
        listBucket(),
        new iam.PolicyStatement({
          sid: 'VoicemailsAndTranscribeOutput',
          actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          resources: [objects(PREFIX.voicemails), objects(PREFIX.transcribeOutput)],
        }),
        new iam.PolicyStatement({ sid: 'RetentionIndex', actions: ['s3:PutObject'], resources: [objects(PREFIX.retention)] }),
        appendAudit(),
        useBucketKey(),
        new iam.PolicyStatement({
          sid: 'Transcribe',
          // Delete* lets the worker remove a finished job, whose transcript AWS otherwise keeps for 90 days.
          actions: ['transcribe:StartTranscriptionJob', 'transcribe:GetTranscriptionJob', 'transcribe:DeleteTranscriptionJob'],
          resources: [transcribeArn('transcription-job')],
        }),
        new iam.PolicyStatement({
          sid: 'TranscribeMedical',
          actions: [
            'transcribe:StartMedicalTranscriptionJob',
            'transcribe:GetMedicalTranscriptionJob',
            'transcribe:DeleteMedicalTranscriptionJob',
          ],
          resources: [transcribeArn('medical-transcription-job')],
        }),
      ]),
      dashboard: this.role('dashboard', [
        listBucket(),
        new iam.PolicyStatement({
          sid: 'HeadObjects',
          actions: ['s3:GetObject'],
          resources: Object.values(PREFIX).map(objects),
        }),
      ]),
    };
  }

  private role(name: QuietlineRole, statements: iam.PolicyStatement[]): iam.Role {
    const stack = Stack.of(this);
    return new iam.Role(this, `${name[0]!.toUpperCase()}${name.slice(1)}`, {
      description: `Quietline ${name} task role`,
      assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com', {
        // Only ECS tasks of this account may assume it (confused-deputy guard).
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: { 'aws:SourceArn': `arn:${stack.partition}:ecs:${stack.region}:${stack.account}:*` },
        },
      }),
      inlinePolicies: { [`quietline-${name}`]: new iam.PolicyDocument({ statements }) },
    });
  }
}
