import type { App } from 'aws-cdk-lib';
import { QuietlineStack } from './quietline-stack.ts';
import { readSettings } from './settings.ts';

/** Adds the Quietline stack to `app`; shared by bin/app.ts and the tests so both synthesise the same thing. */
export function buildApp(app: App): QuietlineStack {
  const settings = readSettings(app.node);
  if (settings.account && settings.region && settings.availabilityZones) {
    // A pinned Vpc checks its AZs against the region's list, which would otherwise be an AWS lookup
    // (and a failed synth offline). Answer it from the settings, as cdk.context.json would.
    const key = `availability-zones:account=${settings.account}:region=${settings.region}`;
    if (app.node.tryGetContext(key) === undefined) app.node.setContext(key, settings.availabilityZones);
  }
  const stackName = (app.node.tryGetContext('stackName') as string | undefined) ?? 'Quietline';
  return new QuietlineStack(app, stackName, { settings });
}
