import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../../generator/core/config-schema.ts';
import { resolveConfig } from '../../generator/core/resolve-config.ts';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import type { CheckResults } from '../../generator/check/types.ts';
import type { TokensResult } from '../../generator/tokens/build-tokens.ts';
import {
  checkSkip,
  reportSkip,
  syncCheckInput,
  writtenBaselines,
  type CheckInput,
} from '../../generator/sync/sync-check.ts';
import { emptyDesign } from '../../generator/source/design.ts';
import { gateTokens } from '../generate/gate/gate-fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function context(overrides: Partial<CheckInput> = {}): CheckInput {
  const root = mkdtempSync(join(tmpdir(), 'ds-sync-check-'));
  dirs.push(root);
  const config = resolveConfig(configSchema.parse({}), root, undefined, {}, {});
  return {
    config,
    logger: createMemoryLogger(),
    flags: { dryRun: false, skipCheck: false, noPr: true },
    signal: new AbortController().signal,
    noop: false,
    design: emptyDesign('test'),
    tokens: { index: gateTokens, modes: ['light', 'dark'] } as unknown as TokensResult,
    incremental: { added: ['Button'], changed: [], unchanged: ['Card'], removed: [], reasons: {} },
    ...overrides,
  };
}

function writeReportJson(ctx: CheckInput): void {
  mkdirSync(ctx.config.paths.report, { recursive: true });
  writeFileSync(join(ctx.config.paths.report, 'report.json'), '{}');
}

describe('the check and report steps of sync', () => {
  it('lints the checked files for raw values against the run’s tokens', async () => {
    const ctx = context();
    const css = join(ctx.config.root, 'src/Button/Button.module.css');
    mkdirSync(join(ctx.config.root, 'src/Button'), { recursive: true });
    writeFileSync(css, '.root {\n  background: #2563eb;\n  color: var(--color-text-default);\n}\n');
    const input = await syncCheckInput(ctx);
    expect(input.changed).toEqual(['Button']);
    const lint = await input.tokenLint!([css]);
    expect(lint.status).toBe('fail');
    expect(lint.findings).toMatchObject([
      { file: 'src/Button/Button.module.css', line: 2, suggestion: { cssVar: '--color-bg-brand' } },
    ]);
  });

  it('checks everything on a no-op run without a report; with one, reuses it and writes the report only when the check re-ran', async () => {
    const ctx = context({ noop: true });
    expect(checkSkip(ctx)).toBeUndefined();
    expect(reportSkip(ctx)).toBeUndefined();
    const input = await syncCheckInput(ctx);
    expect(input).toMatchObject({ changed: undefined, previous: undefined, recordBaselines: false });

    writeReportJson(ctx);
    expect(checkSkip(ctx)).toBeUndefined();
    expect(await syncCheckInput(ctx)).toMatchObject({ changed: [], recordBaselines: false });
    expect(reportSkip(ctx)).toBe('nothing changed');
    expect(reportSkip({ ...ctx, checks: { reused: true } as CheckResults })).toBe('nothing changed');
    expect(reportSkip({ ...ctx, checks: { reused: false } as CheckResults })).toBeUndefined();
  });

  it('honours --skip-check and dry runs, but still writes a missing report without checks', () => {
    const noop = context({ noop: true, flags: { dryRun: false, skipCheck: true, noPr: true } });
    expect(checkSkip(noop)).toBe('--skip-check');
    expect(reportSkip(noop)).toBeUndefined();
    const dry = context({ noop: true, flags: { dryRun: true, skipCheck: false, noPr: true } });
    expect(checkSkip(dry)).toBe('dry run');
    expect(reportSkip(dry)).toBe('nothing changed');
    expect(reportSkip(context({ noop: false }))).toBeUndefined();
  });

  it('commits the baselines a changed run recorded, not those of carried-over components', () => {
    const baseline = (path: string, written: boolean) => ({ written, baselinePath: path, mode: 'light' });
    const checks = {
      components: [
        {
          name: 'Button',
          rechecked: true,
          stories: [{ visual: { baseline: [baseline('.design-sync/baselines/b--light.png', true)] } }],
        },
        {
          name: 'Card',
          rechecked: true,
          stories: [{ visual: { baseline: [baseline('.design-sync/baselines/c--light.png', false)] } }],
        },
        {
          name: 'Tabs',
          rechecked: false,
          stories: [{ visual: { baseline: [baseline('.design-sync/baselines/t--light.png', true)] } }],
        },
      ],
    } as unknown as CheckResults;
    expect(writtenBaselines(checks, '/project')).toEqual(['.design-sync/baselines/b--light.png']);
  });

  it('re-checks every component, with a warning, when the previous report.json cannot be read', async () => {
    const ctx = context();
    mkdirSync(ctx.config.paths.report, { recursive: true });
    writeFileSync(join(ctx.config.paths.report, 'report.json'), 'not json');
    const input = await syncCheckInput(ctx);
    expect(input.changed).toEqual(['Button']);
    expect(input.previous).toBeUndefined();
    const logger = ctx.logger as ReturnType<typeof createMemoryLogger>;
    expect(logger.lines).toEqual([expect.stringMatching(/^warning: ignoring the previous report: .*not valid JSON/)]);
  });
});
