/** Small readers over a synthesised CloudFormation template, so tests state intent rather than JSON paths. */

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
}
export type Resources = Record<string, CfnResource>;

export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: Record<string, unknown>;
  Sid?: string;
}

export function list<T>(v: T | T[] | undefined): T[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

export function ofType(resources: Resources, type: string): [string, CfnResource][] {
  return Object.entries(resources).filter(([, r]) => r.Type === type);
}

/** Logical id of the IAM role whose Description is exactly `description`. */
export function roleIdByDescription(resources: Resources, description: string): string {
  const hits = ofType(resources, 'AWS::IAM::Role').filter(([, r]) => r.Properties?.['Description'] === description);
  if (hits.length !== 1) throw new Error(`expected one role described "${description}", found ${hits.length}`);
  return hits[0]![0];
}

/** Every identity-policy statement attached to a role: inline, AWS::IAM::Policy and managed policies of the stack. */
export function statementsOfRole(resources: Resources, roleId: string): Statement[] {
  const out: Statement[] = [];
  const role = resources[roleId];
  for (const p of list(role?.Properties?.['Policies'] as { PolicyDocument: { Statement: Statement[] } }[] | undefined)) {
    out.push(...p.PolicyDocument.Statement);
  }
  for (const [, r] of [...ofType(resources, 'AWS::IAM::Policy'), ...ofType(resources, 'AWS::IAM::ManagedPolicy')]) {
    const roles = list(r.Properties?.['Roles'] as unknown[] | undefined);
    if (roles.some((x) => JSON.stringify(x) === JSON.stringify({ Ref: roleId }))) {
      out.push(...(r.Properties?.['PolicyDocument'] as { Statement: Statement[] }).Statement);
    }
  }
  return out;
}

/** Every identity-policy statement in the template (roles' inline policies and policy resources). */
export function allIdentityStatements(resources: Resources): Statement[] {
  const out: Statement[] = [];
  for (const [, r] of ofType(resources, 'AWS::IAM::Role')) {
    for (const p of list(r.Properties?.['Policies'] as { PolicyDocument: { Statement: Statement[] } }[] | undefined)) {
      out.push(...p.PolicyDocument.Statement);
    }
  }
  for (const [, r] of [...ofType(resources, 'AWS::IAM::Policy'), ...ofType(resources, 'AWS::IAM::ManagedPolicy')]) {
    out.push(...(r.Properties?.['PolicyDocument'] as { Statement: Statement[] }).Statement);
  }
  return out;
}

/** IAM action pattern match ("s3:Put*" matches "s3:PutObject"), case-insensitive as IAM is. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return re.test(action);
}

/** True when an Allow statement among `statements` grants `action` (NotAction counts as granting everything else). */
export function allows(statements: Statement[], action: string): boolean {
  return statements.some((s) => {
    if (s.Effect !== 'Allow') return false;
    if (s.NotAction !== undefined) return !list(s.NotAction).some((p) => actionMatches(p, action));
    return list(s.Action).some((p) => actionMatches(p, action));
  });
}

/** Allowed actions whose service prefix is `service` (e.g. "transcribe"), including wildcards like "*". */
export function allowedInService(statements: Statement[], service: string): string[] {
  return statements
    .filter((s) => s.Effect === 'Allow')
    .flatMap((s) => list(s.Action))
    .filter((a) => a === '*' || a.toLowerCase().startsWith(`${service.toLowerCase()}:`));
}

export function resourcesOf(s: Statement): unknown[] {
  return list(s.Resource as unknown);
}
