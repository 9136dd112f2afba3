import { aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { QuietlineSettings } from './settings.ts';

/**
 * A VPC of its own, built without lookups so synth works offline: public subnets for NAT and
 * nothing else, private subnets (with egress) for the tasks, isolated subnets for Redis.
 */
export class Network extends Construct {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, settings: QuietlineSettings) {
    super(scope, id);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.40.0.0/16'),
      ...(settings.availabilityZones ? { availabilityZones: settings.availabilityZones } : { maxAzs: 2 }),
      natGateways: settings.natGateways,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
      gatewayEndpoints: {
        // S3 traffic (audio, sealed objects) stays on the AWS network and costs no NAT processing.
        S3: { service: ec2.GatewayVpcEndpointAwsService.S3 },
      },
    });
  }

  get appSubnets(): ec2.SubnetSelection {
    return { subnetGroupName: 'app' };
  }

  get dataSubnets(): ec2.SubnetSelection {
    return { subnetGroupName: 'data' };
  }
}
