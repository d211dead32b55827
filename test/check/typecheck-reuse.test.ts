import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typecheckFiles } from '../../generator/check/typecheck.ts';
import type { PlannedFile } from '../../generator/core/plan.ts';
import type { TypecheckResult } from '../../generator/check/types.ts';
import { validateFiles } from '../../generator/generate/gate/validate-files.ts';
import { cleanCss, cleanTsx, gateProject } from '../generate/gate/gate-fixtures.ts';

const CSS_MODULES = `declare module '*.module.css' {\n  const classes: { readonly [key: string]: string };\n  export default classes;\n}\n`;

/** The gate passes the files, which are then written as they were gated; tsc runs are counted. */
async function gatedProject(tsx = cleanTsx) {
  const { root, ctx, at } = gateProject();
  const files: PlannedFile[] = [
    { path: at('src/Button/Button.tsx'), content: tsx, producer: 'test' },
    { path: at('src/Button/Button.module.css'), content: cleanCss, producer: 'test' },
    { path: at('src/css-modules.d.ts'), content: CSS_MODULES, producer: 'test' },
  ];
  const gate = await validateFiles(files, ctx);
  for (const file of files) {
    mkdirSync(join(file.path, '..'), { recursive: true });
    writeFileSync(file.path, file.content);
  }
  const runs: string[] = [];
  const runTsc = async (tsconfig: string): Promise<TypecheckResult> => {
    runs.push(tsconfig);
    return { status: 'pass', diagnostics: [] };
  };
  const check = () =>
    typecheckFiles(
      root,
      [at('src/css-modules.d.ts'), at('src/Button/Button.tsx')],
      join(root, '.design-sync', 'cache'),
      runTsc,
    );
  return { gate, at, runs, check };
}

describe("the check's type-check after the gate's", () => {
  it('does not run tsc again for the files the gate passed, unchanged on disk', async () => {
    const project = await gatedProject();
    expect(project.gate.ok).toBe(true);
    expect(await project.check()).toEqual({ status: 'pass', diagnostics: [] });
    expect(project.runs).toHaveLength(0);
  });

  it('runs tsc when a gated file changed on disk since', async () => {
    const project = await gatedProject();
    writeFileSync(project.at('src/Button/Button.tsx'), `${cleanTsx}\nexport const extra: number = 1;\n`);
    await project.check();
    expect(project.runs).toHaveLength(1);
  });

  it('runs tsc when a file the gated ones read changed (the css-modules declarations)', async () => {
    const project = await gatedProject();
    writeFileSync(project.at('src/css-modules.d.ts'), `${CSS_MODULES}\n// edited\n`);
    await project.check();
    expect(project.runs).toHaveLength(1);
  });

  it('runs tsc for files the gate rejected', async () => {
    const project = await gatedProject(cleanTsx.replace("label = 'Button'", 'label = 42'));
    expect(project.gate.rejected.map((r) => r.reasons.map((x) => x.rule)).flat()).toContain('type/error');
    await project.check();
    expect(project.runs).toHaveLength(1);
  });
});
