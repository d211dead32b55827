import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typecheckFiles } from '../../generator/check/typecheck.ts';
import { typeCheck } from '../../generator/generate/gate/type-check.ts';

/**
 * The validation gate's in-process type-check and the check stage's tsc run compile generated code
 * under one set of options, so they accept and reject the same files with the same errors.
 */

const badge = (body: string) => `export interface BadgeProps {
  label?: string;
}

export function Badge({ label = 'New' }: BadgeProps) {
${body}
  return <span>{label}</span>;
}
`;

const FILES: Record<string, string> = {
  'src/Clean/Clean.tsx': badge(''),
  // noUnusedLocals: the two used to disagree here (the gate rejected it, the check passed it).
  'src/Unused/Unused.tsx': badge('  const unused = 1;'),
  // noUncheckedIndexedAccess: an indexed element may be undefined.
  'src/Indexed/Indexed.tsx': badge("  const first: string = ['a'][0];\n  void first;"),
  // exactOptionalPropertyTypes: undefined is not a value of an optional property.
  'src/Optional/Optional.tsx': badge('  const props: BadgeProps = { label: undefined };\n  void props;'),
  'src/Wrong/Wrong.tsx': badge('  const count: string = 42;\n  void count;'),
};

let root: string;
const at = (rel: string) => join(root, rel);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'design-sync-compiler-options-'));
  for (const [rel, text] of Object.entries(FILES)) {
    await mkdir(dirname(at(rel)), { recursive: true });
    await writeFile(at(rel), text);
  }
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('generated-code compiler options', () => {
  it('make the gate and the check stage accept and reject the same files with the same errors', async () => {
    const paths = Object.keys(FILES).map(at);
    const gate = typeCheck({
      root,
      files: new Map(Object.entries(FILES).map(([rel, text]) => [at(rel), text])),
      report: paths,
      outputDirs: [join(root, 'src')],
    });
    const gateErrors = Object.fromEntries(
      Object.keys(FILES).map((rel) => [
        rel,
        (gate.get(at(rel)) ?? []).map((r) => `${r.line}:${r.message.slice(0, r.message.indexOf(':'))}`),
      ]),
    );
    const check = await typecheckFiles(root, paths, join(root, '.design-sync', 'cache'));
    const checkErrors = Object.fromEntries(
      Object.keys(FILES).map((rel) => [
        rel,
        check.diagnostics.filter((d) => d.file === rel).map((d) => `${d.line}:${d.code}`),
      ]),
    );
    expect(gateErrors).toEqual({
      'src/Clean/Clean.tsx': [],
      'src/Unused/Unused.tsx': ['6:TS6133'],
      'src/Indexed/Indexed.tsx': ['6:TS2322'],
      'src/Optional/Optional.tsx': ['6:TS2375'],
      'src/Wrong/Wrong.tsx': ['6:TS2322'],
    });
    expect(checkErrors).toEqual(gateErrors);
    expect(check.status).toBe('fail');
    // Two compilers (one a cold tsc child process) on a loaded machine: more than the default budget.
  }, 120_000);
});
