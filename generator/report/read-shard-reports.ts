/**
 * The file side of `report --merge`: reads each shard's report.json (a folder holding one, or the
 * file itself) and copies the shards' images into the merged report's folder.
 */
import { cp, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { inputError } from '../core/errors.ts';
import { parseReport } from './read-report.ts';
import type { ShardReport } from './merge-reports.ts';
import { REPORT_FILES } from './write-report.ts';

export interface ShardInput extends ShardReport {
  /** The folder the shard's report (and its images) lives in. */
  dir: string;
}

async function reportPath(input: string): Promise<string> {
  const info = await stat(input).catch(() => undefined);
  if (!info) {
    throw inputError('merge/not-found', `${input} does not exist`, {
      hint: 'Pass the report folders (or report.json files) the shards wrote, e.g. downloaded CI artifacts.',
    });
  }
  return info.isDirectory() ? join(input, REPORT_FILES.json) : input;
}

/** Reads every input's report.json; a missing or malformed one is an input error naming it. */
export async function readShardReports(inputs: readonly string[], cwd: string): Promise<ShardInput[]> {
  return Promise.all(
    inputs.map(async (input) => {
      const path = await reportPath(resolve(cwd, input));
      const where = relative(cwd, path) || basename(path);
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (!exists) {
        throw inputError('merge/not-found', `${where} does not exist`, {
          hint: 'Each shard writes report.json into its report folder; pass that folder.',
        });
      }
      return { report: parseReport(await readFile(path, 'utf8'), where), where, dir: dirname(path) };
    }),
  );
}

/** Copies each shard's images (everything but the three report files) into `out`; the report links them by relative path. */
export async function copyShardImages(shards: readonly ShardInput[], out: string): Promise<void> {
  const reportFiles = new Set<string>(Object.values(REPORT_FILES));
  for (const shard of shards) {
    if (resolve(shard.dir) === resolve(out)) continue;
    const entries = await readdir(shard.dir, { withFileTypes: true });
    for (const entry of entries) {
      if (reportFiles.has(entry.name)) continue;
      await cp(join(shard.dir, entry.name), join(out, entry.name), { recursive: true, force: true });
    }
  }
}
