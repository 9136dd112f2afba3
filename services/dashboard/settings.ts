import type { AppContext } from '../runtime/context.ts';

/**
 * Dashboard settings: explicit options win, then the environment parsed in services/config/env.ts
 * (DASHBOARD_HOST, _PORT, _TOKEN, _OPERATOR_TOKEN, _SILENCE_HOURS, _BULLBOARD_ACTIONS).
 */
export interface DashboardOptions {
  host?: string;
  port?: number;
  token?: string;
  operatorToken?: string;
  silenceHours?: number;
  bullBoardActions?: boolean;
  /** Milliseconds between refreshes of the overview page. Default 5000. */
  refreshMs?: number;
}

export interface DashboardSettings {
  host: string;
  port: number;
  token: string | undefined;
  operatorToken: string | undefined;
  silenceHours: number;
  bullBoardActions: boolean;
  refreshMs: number;
}

export function resolveSettings(ctx: Pick<AppContext, 'env'>, opts: DashboardOptions = {}): DashboardSettings {
  return {
    host: opts.host ?? ctx.env.DASHBOARD_HOST,
    port: opts.port ?? ctx.env.DASHBOARD_PORT,
    token: opts.token ?? ctx.env.DASHBOARD_TOKEN,
    operatorToken: opts.operatorToken ?? ctx.env.DASHBOARD_OPERATOR_TOKEN,
    silenceHours: opts.silenceHours ?? ctx.env.DASHBOARD_SILENCE_HOURS,
    bullBoardActions: opts.bullBoardActions ?? ctx.env.DASHBOARD_BULLBOARD_ACTIONS,
    refreshMs: opts.refreshMs ?? 5_000,
  };
}
