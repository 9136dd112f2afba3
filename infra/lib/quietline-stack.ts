import { CfnOutput, Stack, aws_logs as logs } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AppSecrets } from './app-secrets.ts';
import { DataBucket } from './data-bucket.ts';
import { Network } from './network.ts';
import { RedisCache } from './redis-cache.ts';
import { RoleServices } from './role-services.ts';
import type { QuietlineSettings } from './settings.ts';
import { TaskRoles } from './task-roles.ts';

export interface QuietlineStackProps extends StackProps {
  settings: QuietlineSettings;
}

const RETENTION_DAYS = new Set<number>(Object.values(logs.RetentionDays).filter((v): v is number => typeof v === 'number'));

/** Quietline in one AWS account: network, encrypted bucket, Redis, and the three roles on Fargate. */
export class QuietlineStack extends Stack {
  readonly data: DataBucket;
  readonly redis: RedisCache;
  readonly taskRoles: TaskRoles;
  readonly services: RoleServices;

  constructor(scope: Construct, id: string, props: QuietlineStackProps) {
    const { settings } = props;
    super(scope, id, {
      description: 'Quietline: voicemail transcription and encrypted delivery',
      ...props,
      ...(settings.account && settings.region ? { env: { account: settings.account, region: settings.region } } : {}),
    });
    if (!RETENTION_DAYS.has(settings.logRetentionDays)) {
      throw new Error(`context logRetentionDays: CloudWatch accepts ${[...RETENTION_DAYS].join(', ')}`);
    }
    const logRetention = settings.logRetentionDays as logs.RetentionDays;

    const network = new Network(this, 'Network', settings);
    this.data = new DataBucket(this, 'Data', { intermediateExpiryDays: settings.intermediateExpiryDays });
    const secrets = new AppSecrets(this, 'Secrets');
    this.redis = new RedisCache(this, 'Redis', {
      vpc: network.vpc,
      subnets: network.dataSubnets,
      authToken: secrets.redisAuthToken,
      nodeType: settings.redisNodeType,
      replicas: settings.redisReplicas,
      engineVersion: settings.redisEngineVersion,
      logRetention,
    });
    this.taskRoles = new TaskRoles(this, 'TaskRoles', { bucket: this.data.bucket, bucketKey: this.data.key });
    this.services = new RoleServices(this, 'Services', {
      settings,
      vpc: network.vpc,
      appSubnets: network.appSubnets,
      bucket: this.data.bucket,
      redis: this.redis,
      secrets,
      taskRoles: this.taskRoles.roles,
      logRetention,
    });

    new CfnOutput(this, 'BucketName', { value: this.data.bucket.bucketName });
    new CfnOutput(this, 'RedisEndpoint', { value: `${this.redis.host}:${this.redis.port}` });
    new CfnOutput(this, 'DashboardUrl', {
      value: `${settings.dashboardCertificateArn ? 'https' : 'http'}://${this.services.dashboardLoadBalancer.loadBalancerDnsName}`,
    });
    new CfnOutput(this, 'StorageKeySecret', { value: secrets.storageKey.secretArn });
    new CfnOutput(this, 'SmtpUrlSecret', { value: secrets.smtpUrl.secretArn });
    new CfnOutput(this, 'ConfigBundleSecret', { value: secrets.configBundle.secretArn });
  }
}
