import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../lib/build-app.ts';
import {
  allIdentityStatements,
  allowedInService,
  allows,
  list,
  ofType,
  resourcesOf,
  roleIdByDescription,
  statementsOfRole,
} from './template-helpers.ts';
import type { Resources } from './template-helpers.ts';

const outdirs: string[] = [];
after(() => {
  for (const d of outdirs) rmSync(d, { recursive: true, force: true });
});

function synth(context: Record<string, string> = {}): { template: Template; resources: Resources; app: App } {
  const outdir = mkdtempSync(join(tmpdir(), 'ql-cdk-'));
  outdirs.push(outdir);
  const app = new App({ outdir, context });
  const stack = buildApp(app);
  const template = Template.fromStack(stack);
  return { template, resources: template.toJSON()['Resources'] as Resources, app };
}

const { template, resources } = synth();
const role = (name: string) => roleIdByDescription(resources, `Quietline ${name} task role`);
const statements = (name: string) => statementsOfRole(resources, role(name));

describe('voicemail bucket', () => {
  it('encrypts with SSE-KMS under a customer-managed, rotating key', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: Match.anyValue() },
          },
        ],
      },
    });
    const [, bucket] = ofType(resources, 'AWS::S3::Bucket')[0]!;
    const sse = (bucket.Properties?.['BucketEncryption'] as { ServerSideEncryptionConfiguration: { ServerSideEncryptionByDefault: { KMSMasterKeyID: { 'Fn::GetAtt': [string, string] } } }[] })
      .ServerSideEncryptionConfiguration[0]!.ServerSideEncryptionByDefault.KMSMasterKeyID;
    const keyId = sse['Fn::GetAtt'][0];
    assert.equal(resources[keyId]?.Type, 'AWS::KMS::Key');
    assert.equal(resources[keyId]?.Properties?.['EnableKeyRotation'], true);
  });

  it('blocks all public access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it('denies every request that is not over TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('is versioned and retained when the stack is deleted', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({ VersioningConfiguration: { Status: 'Enabled' } }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('expires incoming/ and voicemails/ intermediates, noncurrent versions and partial uploads, never audit/', () => {
    const [, bucket] = ofType(resources, 'AWS::S3::Bucket')[0]!;
    const rules = (bucket.Properties?.['LifecycleConfiguration'] as { Rules: Record<string, unknown>[] }).Rules;
    for (const r of rules) assert.equal(r['Status'], 'Enabled');
    for (const prefix of ['incoming/', 'voicemails/']) {
      const rule = rules.find((r) => r['Prefix'] === prefix);
      assert.ok(rule, `a lifecycle rule for ${prefix}`);
      assert.equal(rule['ExpirationInDays'], 14, 'longer than the 7-day hold after a failed delivery');
    }
    for (const prefix of ['incoming/', 'voicemails/', 'rejected/', 'retention/']) {
      const rule = rules.find((r) => r['Prefix'] === prefix);
      assert.deepEqual(rule?.['NoncurrentVersionExpiration'], { NoncurrentDays: 1 }, `noncurrent versions of ${prefix} go`);
    }
    const bucketWide = rules.find((r) => r['Prefix'] === undefined);
    assert.deepEqual(bucketWide?.['AbortIncompleteMultipartUpload'], { DaysAfterInitiation: 1 });
    assert.equal(bucketWide?.['ExpirationInDays'], undefined, 'nothing expires bucket-wide');
    assert.equal(bucketWide?.['NoncurrentVersionExpiration'], undefined, 'audit/ versions are kept');
    assert.ok(!rules.some((r) => String(r['Prefix'] ?? '').startsWith('audit')), 'no rule touches audit/');
    const transcribeOutput = rules.find((r) => r['Prefix'] === 'transcribe-output/');
    assert.equal(transcribeOutput?.['ExpirationInDays'], 1, 'plaintext Transcribe output goes within a day');
  });

  it('takes the expiry from context and refuses one inside the failure hold', () => {
    const other = synth({ intermediateExpiryDays: '30' });
    const [, bucket] = ofType(other.resources, 'AWS::S3::Bucket')[0]!;
    const rules = (bucket.Properties?.['LifecycleConfiguration'] as { Rules: Record<string, unknown>[] }).Rules;
    const days = (prefix: string) => rules.find((r) => r['Prefix'] === prefix)?.['ExpirationInDays'];
    assert.deepEqual([days('incoming/'), days('voicemails/'), days('transcribe-output/')], [30, 30, 1]);
    assert.throws(() => synth({ intermediateExpiryDays: '7' }), /intermediateExpiryDays/);
  });
});

describe('ElastiCache Redis', () => {
  it('encrypts in transit and at rest, with an AUTH token from Secrets Manager', () => {
    template.hasResourceProperties('AWS::ElastiCache::ReplicationGroup', {
      TransitEncryptionEnabled: true,
      TransitEncryptionMode: 'required',
      AtRestEncryptionEnabled: true,
      KmsKeyId: Match.anyValue(),
      Engine: 'redis',
      MultiAZEnabled: true,
      AutomaticFailoverEnabled: true,
    });
    const [, rg] = ofType(resources, 'AWS::ElastiCache::ReplicationGroup')[0]!;
    const token = JSON.stringify(rg.Properties?.['AuthToken']);
    assert.match(token, /\{\{resolve:secretsmanager:/, 'AuthToken is a dynamic reference, not a literal');
  });

  it('never evicts keys', () => {
    template.hasResourceProperties('AWS::ElastiCache::ParameterGroup', {
      Properties: { 'maxmemory-policy': 'noeviction' },
    });
  });

  it('sits in isolated subnets, reachable only from the Quietline task security groups', () => {
    const [, subnetGroup] = ofType(resources, 'AWS::ElastiCache::SubnetGroup')[0]!;
    const subnetIds = list(subnetGroup.Properties?.['SubnetIds'] as { Ref: string }[]);
    assert.equal(subnetIds.length, 2);
    for (const s of subnetIds) {
      const subnet = resources[s.Ref];
      assert.equal(subnet?.Type, 'AWS::EC2::Subnet');
      assert.equal(subnet?.Properties?.['MapPublicIpOnLaunch'], false);
      const tags = subnet?.Properties?.['Tags'] as { Key: string; Value: string }[];
      assert.ok(tags.some((t) => t.Key === 'aws-cdk:subnet-type' && t.Value === 'Isolated'), `${s.Ref} is isolated`);
    }
    const ingress = ofType(resources, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => r.Properties?.['FromPort'] === 6379);
    assert.equal(ingress.length, 3, 'one rule per role');
    for (const [, r] of ingress) assert.ok(r.Properties?.['SourceSecurityGroupId'], 'from a security group, not a CIDR');
  });
});

describe('task roles', () => {
  it('dashboard can list and head but not write, delete, decrypt or transcribe', () => {
    const st = statements('dashboard');
    assert.ok(allows(st, 's3:ListBucket'));
    assert.ok(allows(st, 's3:GetObject'), 'HeadObject is authorised by s3:GetObject');
    for (const a of ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion', 'kms:Decrypt']) assert.equal(allows(st, a), false, a);
    assert.deepEqual(allowedInService(st, 'transcribe'), []);
  });

  it('intake reads and writes incoming/ and voicemails/ but never calls Transcribe', () => {
    const st = statements('intake');
    assert.deepEqual(allowedInService(st, 'transcribe'), []);
    const rw = st.find((s) => s.Sid === 'IncomingAndVoicemails');
    assert.ok(rw);
    const res = JSON.stringify(resourcesOf(rw));
    assert.match(res, /\/incoming\/\*/);
    assert.match(res, /\/voicemails\/\*/);
    assert.ok(allows(st, 's3:PutObject'));
  });

  it('only the worker may run Transcribe and Transcribe Medical jobs, on job ARNs', () => {
    const st = statements('worker');
    for (const a of [
      'transcribe:StartTranscriptionJob',
      'transcribe:GetTranscriptionJob',
      'transcribe:StartMedicalTranscriptionJob',
      'transcribe:GetMedicalTranscriptionJob',
    ]) {
      assert.ok(allows(st, a), a);
    }
    const output = st.filter((s) => JSON.stringify(resourcesOf(s)).includes('/transcribe-output/*'));
    for (const a of ['s3:PutObject', 's3:GetObject', 's3:DeleteObject']) assert.ok(allows(output, a), `${a} on transcribe-output/`);
    for (const s of st.filter((x) => allowedInService([x], 'transcribe').length > 0)) {
      assert.match(JSON.stringify(resourcesOf(s)), /:transcribe:.*(medical-)?transcription-job\/\*/);
    }
    const objectStatements = st.filter((s) => list(s.Action).some((a) => a.startsWith('s3:') && a !== 's3:ListBucket'));
    for (const s of objectStatements) assert.doesNotMatch(JSON.stringify(resourcesOf(s)), /incoming|rejected/, 'worker never touches incoming/ or rejected/');
  });

  it('keeps audit/ append-only: no role may delete there', () => {
    for (const name of ['intake', 'worker', 'dashboard']) {
      const deleting = statements(name).filter((s) => allows([s], 's3:DeleteObject') || allows([s], 's3:DeleteObjectVersion'));
      for (const s of deleting) assert.doesNotMatch(JSON.stringify(resourcesOf(s)), /audit\//, `${name} cannot delete audit records`);
    }
    assert.ok(allows(statements('intake').filter((s) => JSON.stringify(resourcesOf(s)).includes('audit/')), 's3:PutObject'));
    assert.ok(allows(statements('worker').filter((s) => JSON.stringify(resourcesOf(s)).includes('audit/')), 's3:PutObject'));
  });

  it('uses KMS only on the bucket key, and only through S3', () => {
    const [, bucket] = ofType(resources, 'AWS::S3::Bucket')[0]!;
    const bucketKeyRef = JSON.stringify(
      (bucket.Properties?.['BucketEncryption'] as { ServerSideEncryptionConfiguration: { ServerSideEncryptionByDefault: { KMSMasterKeyID: unknown } }[] })
        .ServerSideEncryptionConfiguration[0]!.ServerSideEncryptionByDefault.KMSMasterKeyID,
    );
    for (const name of ['intake', 'worker', 'dashboard']) {
      for (const s of statements(name).filter((x) => allowedInService([x], 'kms').length > 0)) {
        assert.deepEqual(resourcesOf(s).map((r) => JSON.stringify(r)), [bucketKeyRef], `${name}: kms only on the bucket key`);
        assert.ok(s.Condition?.['StringEquals'], `${name}: kms:ViaService condition`);
        assert.deepEqual(list(s.Action).sort(), ['kms:Decrypt', 'kms:GenerateDataKey']);
      }
    }
  });

  it('no identity policy grants Action "*" or any s3 action on Resource "*"', () => {
    const st = allIdentityStatements(resources);
    assert.ok(st.length > 10, 'statements were found');
    for (const s of st.filter((x) => x.Effect === 'Allow')) {
      const actions = list(s.Action);
      assert.ok(!actions.includes('*'), `Action "*" in ${JSON.stringify(s)}`);
      assert.ok(s.NotAction === undefined, 'no NotAction allows');
      if (actions.some((a) => a.toLowerCase().startsWith('s3:'))) {
        assert.ok(!actions.some((a) => a === 's3:*'), `s3:* in ${JSON.stringify(s)}`);
        assert.ok(!resourcesOf(s).includes('*'), `s3 on Resource "*" in ${JSON.stringify(s)}`);
      }
    }
  });

  it('can be assumed only by ECS tasks of this account', () => {
    for (const name of ['intake', 'worker', 'dashboard']) {
      const doc = resources[role(name)]?.Properties?.['AssumeRolePolicyDocument'] as { Statement: { Principal: unknown; Condition: Record<string, unknown> }[] };
      assert.deepEqual(doc.Statement[0]?.Principal, { Service: 'ecs-tasks.amazonaws.com' });
      assert.ok(doc.Statement[0]?.Condition['StringEquals'], `${name}: aws:SourceAccount condition`);
    }
  });
});

describe('ECS services', () => {
  const taskDefs = ofType(resources, 'AWS::ECS::TaskDefinition');
  const container = (family: string) => {
    const td = taskDefs.find(([, r]) => r.Properties?.['Family'] === family);
    assert.ok(td, family);
    return (td[1].Properties?.['ContainerDefinitions'] as Record<string, unknown>[])[0]!;
  };
  const envNames = (c: Record<string, unknown>) => (c['Environment'] as { Name: string }[]).map((e) => e.Name);
  const secretNames = (c: Record<string, unknown>) => (c['Secrets'] as { Name: string }[]).map((e) => e.Name);

  it('runs one Fargate service per role with the matching task role', () => {
    template.resourceCountIs('AWS::ECS::Service', 3);
    for (const name of ['intake', 'worker', 'dashboard']) {
      const td = taskDefs.find(([, r]) => r.Properties?.['Family'] === `quietline-${name}`);
      assert.ok(td, name);
      assert.deepEqual(td[1].Properties?.['TaskRoleArn'], { 'Fn::GetAtt': [role(name), 'Arn'] });
      assert.deepEqual(container(`quietline-${name}`)['Command'], ['start', '--role', name]);
    }
    template.hasResourceProperties('AWS::ECS::Service', {
      LaunchType: 'FARGATE',
      NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' } },
    });
  });

  it('passes secrets through Secrets Manager, never as plain environment values', () => {
    const secretVars = ['REDIS_AUTH_TOKEN', 'QUIETLINE_STORAGE_KEY', 'SMTP_URL', 'QUIETLINE_SIGNING_KEY_PASSPHRASE', 'DASHBOARD_TOKEN', 'REDIS_URL'];
    for (const name of ['intake', 'worker', 'dashboard']) {
      const c = container(`quietline-${name}`);
      for (const v of secretVars) assert.ok(!envNames(c).includes(v), `${name}: ${v} not in plain env`);
      assert.ok(secretNames(c).includes('REDIS_AUTH_TOKEN'), `${name}: REDIS_AUTH_TOKEN secret`);
      for (const s of c['Secrets'] as { ValueFrom: { Ref: string } }[]) {
        assert.equal(resources[s.ValueFrom.Ref]?.Type, 'AWS::SecretsManager::Secret');
      }
      assert.ok(envNames(c).includes('S3_ENDPOINT'), `${name}: S3_ENDPOINT set so the embedded server never starts`);
      assert.equal(c['ReadonlyRootFilesystem'], true);
    }
    assert.deepEqual(
      secretNames(container('quietline-worker')).sort(),
      ['QUIETLINE_CONFIG_BUNDLE', 'QUIETLINE_SIGNING_KEY_PASSPHRASE', 'QUIETLINE_STORAGE_KEY', 'REDIS_AUTH_TOKEN', 'SMTP_URL'],
    );
    assert.deepEqual(secretNames(container('quietline-dashboard')).sort(), ['DASHBOARD_TOKEN', 'QUIETLINE_CONFIG_BUNDLE', 'QUIETLINE_STORAGE_KEY', 'REDIS_AUTH_TOKEN']);
    assert.deepEqual(secretNames(container('quietline-intake')).sort(), ['QUIETLINE_CONFIG_BUNDLE', 'QUIETLINE_STORAGE_KEY', 'REDIS_AUTH_TOKEN']);
  });

  it('logs to a log group with retention', () => {
    const groups = ofType(resources, 'AWS::Logs::LogGroup');
    assert.ok(groups.length >= 1);
    for (const [, g] of groups) assert.equal(g.Properties?.['RetentionInDays'], 90);
    for (const name of ['intake', 'worker', 'dashboard']) {
      assert.equal((container(`quietline-${name}`)['LogConfiguration'] as { LogDriver: string }).LogDriver, 'awslogs');
    }
  });

  it('exposes the dashboard only on an internal load balancer checking /readyz', () => {
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', { Scheme: 'internal' });
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', { HealthCheckPath: '/readyz', Port: 8080 });
    const c = container('quietline-dashboard');
    assert.ok(envNames(c).includes('DASHBOARD_HOST'));
    assert.match(JSON.stringify(c['HealthCheck']), /\/healthz/);
  });

  it('uses HTTPS for the dashboard when a certificate is given', () => {
    const other = synth({ dashboardCertificateArn: 'arn:aws:acm:eu-west-1:111111111111:certificate/00000000-0000-0000-0000-000000000000' });
    other.template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', { Port: 443, Protocol: 'HTTPS' });
  });
});

describe('offline synthesis', () => {
  it('pins to an account and region from context without any lookup', () => {
    const pinned = synth({ account: '111111111111', region: 'eu-west-1' });
    const assembly = pinned.app.synth();
    assert.equal(assembly.manifest.missing, undefined, 'no context lookups were requested');
    const azs = ofType(pinned.resources, 'AWS::EC2::Subnet').map(([, r]) => r.Properties?.['AvailabilityZone']);
    assert.deepEqual([...new Set(azs)].sort(), ['eu-west-1a', 'eu-west-1b']);
  });

  it('rejects half a pinned environment', () => {
    assert.throws(() => synth({ account: '111111111111' }), /give both/);
  });
});
