/**
 * The design-sync Storybook addon's preset: registers the review panel (manager side) and adds the
 * sync tags from the check stage's report to the story index.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Indexer } from 'storybook/internal/types';
import { readReport } from '../generator/report/read-report.ts';
import { withSyncTags } from './tag-indexers.ts';

export interface DesignSyncAddonOptions {
  /** Absolute path of the report folder (config.output.report). */
  reportDir?: string;
}

export function managerEntries(entries: string[] = []): string[] {
  return [...entries, fileURLToPath(new URL('./manager.tsx', import.meta.url))];
}

export async function experimental_indexers(
  existing: Indexer[] = [],
  options: DesignSyncAddonOptions = {},
): Promise<Indexer[]> {
  const reportPath = options.reportDir ? join(options.reportDir, 'report.json') : undefined;
  // A missing or unreadable report leaves the stories untagged; the panel then explains what to run.
  const report = reportPath && existsSync(reportPath) ? await readReport(reportPath).catch(() => undefined) : undefined;
  return withSyncTags(existing, report);
}
