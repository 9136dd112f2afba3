import {
  Aws,
  Duration,
  RemovalPolicy,
  aws_certificatemanager as acm,
  aws_ec2 as ec2,
  aws_ecr as ecr,
  aws_ecs as ecs,
  aws_elasticloadbalancingv2 as elbv2,
  aws_logs as logs,
} from 'aws-cdk-lib';
import type { aws_iam as iam, aws_s3 as s3 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { AppSecrets } from './app-secrets.ts';
import type { RedisCache } from './redis-cache.ts';
import type { QuietlineSettings } from './settings.ts';
import type { QuietlineRole } from './task-roles.ts';

export interface RoleServicesProps {
  settings: QuietlineSettings;
  vpc: ec2.IVpc;
  appSubnets: ec2.SubnetSelection;
  bucket: s3.IBucket;
  redis: RedisCache;
  secrets: AppSecrets;
  taskRoles: Record<QuietlineRole, iam.IRole>;
  logRetention: logs.RetentionDays;
}

/** Where the image keeps its working data; the Dockerfile declares both as VOLUMEs owned by `node`. */
export const DATA_DIR = '/var/lib/quietline';
const DASHBOARD_PORT = 8080;
/** Fargate's ceiling; SHUTDOWN_TIMEOUT_SEC stays below it so BullMQ's close() finishes before SIGKILL. */
const STOP_TIMEOUT_SEC = 120;

interface RoleShape {
  cpu: number;
  memoryMiB: number;
  count: number;
  env: Record<string, string>;
  secrets: Record<string, ecs.Secret>;
}

/** One Fargate service per Quietline role, all from the same image, in private subnets. */
export class RoleServices extends Construct {
  readonly cluster: ecs.Cluster;
  readonly logGroup: logs.LogGroup;
  readonly services: Record<QuietlineRole, ecs.FargateService>;
  readonly taskDefinitions: Record<QuietlineRole, ecs.FargateTaskDefinition>;
  readonly dashboardLoadBalancer: elbv2.ApplicationLoadBalancer;

  constructor(scope: Construct, id: string, props: RoleServicesProps) {
    super(scope, id);
    const { settings, secrets } = props;
    this.cluster = new ecs.Cluster(this, 'Cluster', { vpc: props.vpc, containerInsightsV2: ecs.ContainerInsights.ENABLED });
    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.RETAIN });
    const repository = ecr.Repository.fromRepositoryName(this, 'Repository', settings.imageRepository);
    const image = ecs.ContainerImage.fromEcrRepository(repository, settings.imageTag);

    const common: Record<string, string> = {
      // The entrypoint builds REDIS_URL=rediss://:<token>@host:port from these, so the token never sits in plain env.
      REDIS_HOST: props.redis.host,
      REDIS_PORT: props.redis.port,
      // Hash-tagged so the same prefix keeps working if Redis moves to cluster mode (docs/scaling.md).
      QUEUE_PREFIX: '{ql}',
      // Set explicitly: an unset S3_ENDPOINT would start the embedded loopback S3 server.
      S3_ENDPOINT: `https://s3.${Aws.REGION}.${Aws.URL_SUFFIX}`,
      S3_BUCKET: props.bucket.bucketName,
      S3_REGION: Aws.REGION,
      S3_FORCE_PATH_STYLE: 'false',
      QUIETLINE_DATA_DIR: DATA_DIR,
      QUIETLINE_CONFIG: `${DATA_DIR}/config/quietline.yaml`,
      SHUTDOWN_TIMEOUT_SEC: String(STOP_TIMEOUT_SEC - 20),
      LOG_LEVEL: 'info',
    };
    const commonSecrets: Record<string, ecs.Secret> = {
      REDIS_AUTH_TOKEN: ecs.Secret.fromSecretsManager(secrets.redisAuthToken),
      QUIETLINE_CONFIG_BUNDLE: ecs.Secret.fromSecretsManager(secrets.configBundle),
    };
    // Roles other than "all" start no embedded servers, so only the worker, which sends mail, needs SMTP_URL.
    const shapes: Record<QuietlineRole, RoleShape> = {
      intake: {
        cpu: 512,
        memoryMiB: 1024,
        count: settings.intakeCount,
        env: common,
        secrets: { ...commonSecrets, QUIETLINE_STORAGE_KEY: ecs.Secret.fromSecretsManager(secrets.storageKey) },
      },
      worker: {
        cpu: settings.workerCpu,
        memoryMiB: settings.workerMemoryMiB,
        count: settings.workerCount,
        env: { ...common, WORKER_CONCURRENCY: '1', MAIL_FROM: settings.mailFrom },
        secrets: {
          ...commonSecrets,
          QUIETLINE_STORAGE_KEY: ecs.Secret.fromSecretsManager(secrets.storageKey),
          SMTP_URL: ecs.Secret.fromSecretsManager(secrets.smtpUrl),
          QUIETLINE_SIGNING_KEY_PASSPHRASE: ecs.Secret.fromSecretsManager(secrets.signingKeyPassphrase),
        },
      },
      // The app requires the storage key in every role; without kms:Decrypt the dashboard still cannot
      // fetch an object body to unseal.
      dashboard: {
        cpu: 256,
        memoryMiB: 512,
        count: settings.dashboardCount,
        env: { ...common, DASHBOARD_HOST: '0.0.0.0', DASHBOARD_PORT: String(DASHBOARD_PORT) },
        secrets: {
          ...commonSecrets,
          QUIETLINE_STORAGE_KEY: ecs.Secret.fromSecretsManager(secrets.storageKey),
          DASHBOARD_TOKEN: ecs.Secret.fromSecretsManager(secrets.dashboardToken),
        },
      },
    };

    const taskDefinitions = {} as Record<QuietlineRole, ecs.FargateTaskDefinition>;
    const services = {} as Record<QuietlineRole, ecs.FargateService>;
    for (const role of ['intake', 'worker', 'dashboard'] as const) {
      const shape = shapes[role];
      const td = new ecs.FargateTaskDefinition(this, `${cap(role)}Task`, {
        family: `quietline-${role}`,
        cpu: shape.cpu,
        memoryLimitMiB: shape.memoryMiB,
        taskRole: props.taskRoles[role],
        runtimePlatform: { operatingSystemFamily: ecs.OperatingSystemFamily.LINUX, cpuArchitecture: ecs.CpuArchitecture.X86_64 },
        volumes: [{ name: 'data' }, { name: 'tmp' }],
      });
      const container = td.addContainer('app', {
        image,
        command: ['start', '--role', role],
        environment: shape.env,
        secrets: shape.secrets,
        logging: ecs.LogDrivers.awsLogs({ logGroup: this.logGroup, streamPrefix: role }),
        readonlyRootFilesystem: true,
        stopTimeout: Duration.seconds(STOP_TIMEOUT_SEC),
        ...(role === 'dashboard'
          ? {
              portMappings: [{ containerPort: DASHBOARD_PORT, protocol: ecs.Protocol.TCP }],
              healthCheck: {
                // The slim image has no curl; node's fetch is already there.
                command: [
                  'CMD',
                  'node',
                  '-e',
                  `fetch('http://127.0.0.1:${DASHBOARD_PORT}/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`,
                ],
                interval: Duration.seconds(15),
                timeout: Duration.seconds(5),
                retries: 3,
                startPeriod: Duration.seconds(30),
              },
            }
          : {}),
      });
      container.addMountPoints(
        { sourceVolume: 'data', containerPath: DATA_DIR, readOnly: false },
        { sourceVolume: 'tmp', containerPath: '/tmp', readOnly: false },
      );
      const sg = new ec2.SecurityGroup(this, `${cap(role)}SecurityGroup`, {
        vpc: props.vpc,
        description: `Quietline ${role} tasks`,
        allowAllOutbound: true,
      });
      props.redis.allowFrom(sg);
      const single = role === 'intake';
      services[role] = new ecs.FargateService(this, `${cap(role)}Service`, {
        cluster: this.cluster,
        taskDefinition: td,
        desiredCount: shape.count,
        vpcSubnets: props.appSubnets,
        securityGroups: [sg],
        assignPublicIp: false,
        platformVersion: ecs.FargatePlatformVersion.LATEST,
        circuitBreaker: { rollback: true },
        // Intake never runs twice during a deployment: two scanners would race over incoming/.
        minHealthyPercent: single ? 0 : 100,
        maxHealthyPercent: single ? 100 : 200,
      });
      taskDefinitions[role] = td;
    }
    this.taskDefinitions = taskDefinitions;
    this.services = services;

    const workerScaling = services.worker.autoScaleTaskCount({
      minCapacity: Math.max(1, settings.workerCount),
      maxCapacity: settings.workerMaxCount,
    });
    // CPU is a fair proxy while every worker runs one CPU-bound job; docs/scaling.md explains queue-depth scaling.
    workerScaling.scaleOnCpuUtilization('Cpu', {
      targetUtilizationPercent: 70,
      scaleOutCooldown: Duration.minutes(2),
      scaleInCooldown: Duration.minutes(10),
    });

    this.dashboardLoadBalancer = this.dashboardAccess(props, services.dashboard);
  }

  /** An internal load balancer: the dashboard is for staff on the practice network or VPN, never the internet. */
  private dashboardAccess(props: RoleServicesProps, service: ecs.FargateService): elbv2.ApplicationLoadBalancer {
    const lb = new elbv2.ApplicationLoadBalancer(this, 'DashboardLb', {
      vpc: props.vpc,
      internetFacing: false,
      vpcSubnets: props.appSubnets,
      dropInvalidHeaderFields: true,
    });
    const cidr = props.settings.dashboardAllowedCidr ?? props.vpc.vpcCidrBlock;
    const certArn = props.settings.dashboardCertificateArn;
    const listener = certArn
      ? lb.addListener('Https', {
          port: 443,
          open: false,
          certificates: [acm.Certificate.fromCertificateArn(this, 'DashboardCert', certArn)],
          sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
        })
      : lb.addListener('Http', { port: 80, open: false });
    lb.connections.allowFrom(ec2.Peer.ipv4(cidr), ec2.Port.tcp(certArn ? 443 : 80), 'dashboard users');
    listener.addTargets('Dashboard', {
      port: DASHBOARD_PORT,
      protocol: elbv2.ApplicationProtocol.HTTP,
      targets: [service],
      healthCheck: { path: '/readyz', healthyHttpCodes: '200', interval: Duration.seconds(15) },
      deregistrationDelay: Duration.seconds(15),
    });
    return lb;
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
