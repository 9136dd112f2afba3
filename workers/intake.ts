import type { Job } from 'bullmq';
import { scanIncoming, type ScanDeps, type ScanResult } from '../services/intake/s3-scanner.ts';
import { parseJobData } from './queues.ts';

/** The S3 scanner: the safety net that finds every object put under incoming/, whatever door announced it. */
export function createIntakeProcessor(deps: ScanDeps) {
  return async (job: Job): Promise<ScanResult> => {
    parseJobData('intake', job.data);
    return scanIncoming(deps);
  };
}

export const SCAN_SCHEDULER_ID = 'scan-incoming';
