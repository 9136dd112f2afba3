import { RemovalPolicy, aws_ec2 as ec2, aws_elasticache as elasticache, aws_kms as kms, aws_logs as logs } from 'aws-cdk-lib';
import type { aws_secretsmanager as sm } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export interface RedisCacheProps {
  vpc: ec2.IVpc;
  subnets: ec2.SubnetSelection;
  authToken: sm.ISecret;
  nodeType: string;
  replicas: number;
  engineVersion: string;
  logRetention: logs.RetentionDays;
}

/**
 * BullMQ's Redis: a cluster-mode-disabled replication group (one primary, `replicas` replicas).
 * BullMQ needs every key of a queue on one node; cluster mode would also work with a `{ql}`
 * hash-tagged QUEUE_PREFIX (docs/scaling.md) but buys nothing at this size.
 */
export class RedisCache extends Construct {
  readonly securityGroup: ec2.SecurityGroup;
  readonly replicationGroup: elasticache.CfnReplicationGroup;

  constructor(scope: Construct, id: string, props: RedisCacheProps) {
    super(scope, id);
    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'Quietline Redis: reachable only from Quietline tasks',
      allowAllOutbound: false,
    });
    const subnetGroup = new elasticache.CfnSubnetGroup(this, 'SubnetGroup', {
      description: 'Quietline Redis (isolated subnets)',
      subnetIds: props.vpc.selectSubnets(props.subnets).subnetIds,
    });
    const params = new elasticache.CfnParameterGroup(this, 'Parameters', {
      cacheParameterGroupFamily: `redis${props.engineVersion.split('.')[0] ?? '7'}`,
      description: 'Quietline: BullMQ needs noeviction (an evicted job key is a lost voicemail)',
      properties: { 'maxmemory-policy': 'noeviction' },
    });
    const key = new kms.Key(this, 'Key', {
      description: 'Quietline Redis at-rest encryption',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const slowLog = new logs.LogGroup(this, 'SlowLog', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    const multiAz = props.replicas > 0;
    this.replicationGroup = new elasticache.CfnReplicationGroup(this, 'ReplicationGroup', {
      replicationGroupDescription: 'Quietline BullMQ queues',
      engine: 'redis',
      engineVersion: props.engineVersion,
      cacheNodeType: props.nodeType,
      numCacheClusters: 1 + props.replicas,
      automaticFailoverEnabled: multiAz,
      multiAzEnabled: multiAz,
      port: 6379,
      cacheSubnetGroupName: subnetGroup.ref,
      securityGroupIds: [this.securityGroup.securityGroupId],
      cacheParameterGroupName: params.ref,
      transitEncryptionEnabled: true,
      transitEncryptionMode: 'required',
      atRestEncryptionEnabled: true,
      kmsKeyId: key.keyArn,
      // A CloudFormation dynamic reference: the token is resolved at deploy time, never written into the template.
      authToken: props.authToken.secretValue.unsafeUnwrap(),
      snapshotRetentionLimit: 7,
      autoMinorVersionUpgrade: true,
      logDeliveryConfigurations: [
        {
          destinationType: 'cloudwatch-logs',
          destinationDetails: { cloudWatchLogsDetails: { logGroup: slowLog.logGroupName } },
          logFormat: 'json',
          logType: 'slow-log',
        },
      ],
    });
    // Redis is the only record of queued work; replacing it by accident would drop every waiting job.
    this.replicationGroup.applyRemovalPolicy(RemovalPolicy.SNAPSHOT);
  }

  get host(): string {
    return this.replicationGroup.attrPrimaryEndPointAddress;
  }

  get port(): string {
    return this.replicationGroup.attrPrimaryEndPointPort;
  }

  allowFrom(peer: ec2.IConnectable): void {
    this.securityGroup.connections.allowFrom(peer, ec2.Port.tcp(6379), 'Quietline task to Redis');
  }
}
