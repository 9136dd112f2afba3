#!/usr/bin/env -S npx tsx
// The CDK app. `npx cdk synth` runs it with CDK_OUTDIR set; `npm run synth` runs it directly and it
// writes cdk.out itself, which needs neither the CDK CLI nor a network connection.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { buildApp } from '../lib/build-app.ts';

const underCli = Boolean(process.env.CDK_OUTDIR);
const app = new App(underCli ? {} : { outdir: join(dirname(fileURLToPath(import.meta.url)), '..', 'cdk.out') });
buildApp(app);
const assembly = app.synth();
if (!underCli) {
  for (const stack of assembly.stacks) console.log(`synthesised ${stack.stackName} -> ${join(assembly.directory, stack.templateFile)}`);
}
