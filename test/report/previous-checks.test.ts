import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { buildReport } from '../../generator/report/build-report.ts';
import { previousChecks } from '../../generator/report/previous-checks.ts';
import { reportToJson } from '../../generator/report/write-report.ts';
import { fixtureChecks, fixtureInput } from './report-fixture.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function reportDir(reportJson?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ds-previous-checks-'));
  dirs.push(dir);
  if (reportJson !== undefined) writeFileSync(join(dir, 'report.json'), reportJson);
  return dir;
}

describe('previousChecks: the last run’s check results from report.json', () => {
  it('gives the run-wide results with each component’s checks back', async () => {
    const logger = createMemoryLogger();
    const dir = reportDir(reportToJson(buildReport({ ...fixtureInput, checks: fixtureChecks })));
    const previous = await previousChecks(dir, logger);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(previous?.components.toSorted(byName)).toEqual(fixtureChecks.components.toSorted(byName));
    expect(previous?.environment).toEqual(fixtureChecks.environment);
    expect(logger.lines).toEqual([]);
  });

  it('is undefined, quietly, when there is no report or the report has no checks', async () => {
    const logger = createMemoryLogger();
    expect(await previousChecks(reportDir(), logger)).toBeUndefined();
    const { checks: _checks, ...withoutChecks } = fixtureInput;
    expect(await previousChecks(reportDir(reportToJson(buildReport(withoutChecks))), logger)).toBeUndefined();
    expect(logger.lines).toEqual([]);
  });

  it('ignores a corrupt report with a one-line warning naming the file, instead of failing the run', async () => {
    const logger = createMemoryLogger();
    const dir = reportDir('{"schemaVersion": 1,');
    expect(await previousChecks(dir, logger)).toBeUndefined();
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^warning: ignoring the previous report: .*report\.json is not valid JSON/);
    expect(logger.lines[0]).not.toContain('\n');
  });

  it('ignores a report of another schema version or one that does not fit the schema', async () => {
    const logger = createMemoryLogger();
    expect(await previousChecks(reportDir('{"schemaVersion": 99}'), logger)).toBeUndefined();
    expect(await previousChecks(reportDir('{}'), logger)).toBeUndefined();
    const report = JSON.parse(reportToJson(buildReport({ ...fixtureInput, checks: fixtureChecks }))) as {
      components: Array<{ status: unknown }>;
    };
    report.components[0]!.status = 'great';
    expect(await previousChecks(reportDir(JSON.stringify(report)), logger)).toBeUndefined();
    expect(logger.lines).toEqual([
      expect.stringMatching(/^warning: ignoring the previous report: .*schemaVersion 99/),
      expect.stringMatching(/^warning: ignoring the previous report: .*schemaVersion undefined/),
      expect.stringMatching(/^warning: ignoring the previous report: .*components\.0\.status/),
    ]);
  });
});
