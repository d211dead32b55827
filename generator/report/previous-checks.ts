import { join } from 'node:path';
import { readTextIfExists } from '../core/fs-atomic.ts';
import type { Logger } from '../core/logger.ts';
import type { CheckResults } from '../check/types.ts';
import { parseReport } from './read-report.ts';
import { REPORT_FILES } from './write-report.ts';

/**
 * The check results of the last run, read back from its report.json, so components that are not
 * re-checked keep theirs. No report, or one without checks: undefined. A report that cannot be read
 * (bad JSON, another schema version, edited by hand) is ignored with a warning: every component is
 * then checked again.
 */
export async function previousChecks(reportDir: string, logger: Logger): Promise<CheckResults | undefined> {
  const path = join(reportDir, REPORT_FILES.json);
  try {
    const text = await readTextIfExists(path);
    if (text === undefined) return undefined;
    const report = parseReport(text, path);
    if (!report.check) return undefined;
    return { ...report.check, components: report.components.flatMap((c) => (c.check ? [c.check] : [])) };
  } catch (error) {
    logger.warn(`ignoring the previous report: ${(error as Error).message.split('\n')[0]}; every component is checked`);
    return undefined;
  }
}
