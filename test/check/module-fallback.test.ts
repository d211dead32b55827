import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareImports, fallbackPaths } from '../../generator/check/module-fallback.ts';
import { typecheckFiles } from '../../generator/check/typecheck.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder with one component and no node_modules, as right after `git clone`. */
function project(tsx: string): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'ds-fallback-'));
  dirs.push(root);
  mkdirSync(join(root, 'src/Tag'), { recursive: true });
  const file = join(root, 'src/Tag/Tag.tsx');
  writeFileSync(file, tsx);
  return { root, file };
}

const TAG = `import type { ComponentPropsWithoutRef } from 'react';
export function Tag({ children, ...rest }: ComponentPropsWithoutRef<'span'>) {
  return <span {...rest}>{children}</span>;
}
`;

describe('module fallback for the check stage type-check', () => {
  it('lists the bare imports of source texts, not relative ones', () => {
    expect(bareImports([TAG, "import x from './x.ts';\nimport { a } from '@scope/pkg/sub';"])).toEqual([
      '@scope/pkg/sub',
      'react',
    ]);
  });

  it("type-checks a component in a project without node_modules against design-sync's react types", async () => {
    const { root, file } = project(TAG);
    const result = await typecheckFiles(root, [file], join(root, '.design-sync/cache'));
    expect(result).toEqual({ status: 'pass', diagnostics: [] });
  });

  it('still reports real type errors in such a project', async () => {
    const { root, file } = project(TAG.replace('<span {...rest}>', '<span {...rest} title={1}>'));
    const result = await typecheckFiles(root, [file], join(root, '.design-sync/cache'));
    expect(result.status).toBe('fail');
    expect(result.diagnostics).toMatchObject([{ file: 'src/Tag/Tag.tsx', line: 3, code: 'TS2322' }]);
  });

  it('keeps the packages the project resolves itself and maps only the missing ones', async () => {
    const { root, file } = project(TAG);
    mkdirSync(join(root, 'node_modules/react'), { recursive: true });
    writeFileSync(join(root, 'node_modules/react/package.json'), '{"name":"react","types":"index.d.ts"}');
    writeFileSync(join(root, 'node_modules/react/index.d.ts'), 'export type ComponentPropsWithoutRef<T> = object;\n');
    const paths = await fallbackPaths(root, [file], {
      jsx: 'react-jsx',
      moduleResolution: 'bundler',
      module: 'esnext',
    });
    expect(paths).not.toHaveProperty('react');
    expect(paths['react/jsx-runtime']?.[0]).toMatch(/node_modules\/@types\/react\/jsx-runtime\.d\.ts$/);
  });
});
