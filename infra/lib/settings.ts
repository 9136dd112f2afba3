import type { Node } from 'constructs';

/**
 * Deployment knobs, read from CDK context (`cdk synth -c workerCount=4`, or cdk.json "context").
 * Every value has a default so `synth` needs no arguments and no AWS account: the stack stays
 * environment-agnostic unless both `account` and `region` are given.
 */
export interface QuietlineSettings {
  /** Both set: the stack is pinned to this account/region. Neither: environment-agnostic. */
  account?: string;
  region?: string;
  /** AZs for the VPC when pinned; given explicitly because looking them up needs AWS credentials. */
  availabilityZones?: string[];
  /** ECR repository holding the Quietline image (built from the repo's Dockerfile), and the tag to run. */
  imageRepository: string;
  imageTag: string;
  /** NAT gateways for the private subnets (tasks reach ECR, Transcribe and SMTP through them). */
  natGateways: number;
  redisNodeType: string;
  /** Read replicas besides the primary; at least 1 keeps Multi-AZ automatic failover. */
  redisReplicas: number;
  redisEngineVersion: string;
  intakeCount: number;
  workerCount: number;
  workerMaxCount: number;
  dashboardCount: number;
  /** One vCPU per worker task: speech recognition is CPU-bound, one job per core. */
  workerCpu: number;
  workerMemoryMiB: number;
  /**
   * Days after which lifecycle rules remove incoming/ and voicemails/ objects the app did not clean up.
   * Above 7 because the app keeps content 7 days after a failed delivery for an operator's retry.
   */
  intermediateExpiryDays: number;
  logRetentionDays: number;
  mailFrom: string;
  /** ACM certificate for an HTTPS dashboard listener; without it the internal ALB listens on HTTP. */
  dashboardCertificateArn?: string;
  /** Who may reach the (internal) dashboard load balancer. Default: the VPC's own range. */
  dashboardAllowedCidr?: string;
}

type Ctx = Pick<Node, 'tryGetContext'>;

function str(node: Ctx, key: string): string | undefined {
  const v: unknown = node.tryGetContext(key);
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`context ${key}: expected a string`);
  return String(v);
}

function int(node: Ctx, key: string, fallback: number, min: number, max: number): number {
  const raw = str(node, key);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`context ${key}: expected an integer ${min}..${max}`);
  return n;
}

export function readSettings(node: Ctx): QuietlineSettings {
  const account = str(node, 'account');
  const region = str(node, 'region');
  if ((account === undefined) !== (region === undefined)) {
    throw new Error('context account and region: give both (pinned stack) or neither (environment-agnostic)');
  }
  const azs = str(node, 'availabilityZones')?.split(',').map((s) => s.trim()).filter(Boolean);
  const workerCount = int(node, 'workerCount', 2, 0, 200);
  const settings: QuietlineSettings = {
    imageRepository: str(node, 'imageRepository') ?? 'quietline',
    imageTag: str(node, 'imageTag') ?? 'latest',
    natGateways: int(node, 'natGateways', 1, 1, 3),
    redisNodeType: str(node, 'redisNodeType') ?? 'cache.t4g.small',
    redisReplicas: int(node, 'redisReplicas', 1, 0, 5),
    redisEngineVersion: str(node, 'redisEngineVersion') ?? '7.1',
    // One intake scanner is enough and avoids two processes racing over the same incoming/ objects.
    intakeCount: int(node, 'intakeCount', 1, 0, 1),
    workerCount,
    workerMaxCount: int(node, 'workerMaxCount', Math.max(8, workerCount), 1, 200),
    dashboardCount: int(node, 'dashboardCount', 1, 0, 4),
    workerCpu: int(node, 'workerCpu', 1024, 256, 16384),
    workerMemoryMiB: int(node, 'workerMemoryMiB', 2048, 512, 122880),
    intermediateExpiryDays: int(node, 'intermediateExpiryDays', 14, 8, 3650),
    logRetentionDays: int(node, 'logRetentionDays', 90, 1, 3653),
    mailFrom: str(node, 'mailFrom') ?? 'Quietline <voicemail@example.org>',
  };
  if (settings.workerMaxCount < settings.workerCount) throw new Error('context workerMaxCount: must be >= workerCount');
  if (account !== undefined && region !== undefined) {
    settings.account = account;
    settings.region = region;
    settings.availabilityZones = azs && azs.length > 0 ? azs : [`${region}a`, `${region}b`];
  }
  const cert = str(node, 'dashboardCertificateArn');
  if (cert) settings.dashboardCertificateArn = cert;
  const cidr = str(node, 'dashboardAllowedCidr');
  if (cidr) settings.dashboardAllowedCidr = cidr;
  return settings;
}
