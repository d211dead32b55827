import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve } from 'node:path';
import type { TypeDiagnostic, TypecheckResult } from './types.ts';

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The options generated code must compile under, whatever the host project's tsconfig says. */
const FLAGS = [
  '--noEmit',
  '--pretty',
  'false',
  '--strict',
  '--jsx',
  'react-jsx',
  '--module',
  'esnext',
  '--moduleResolution',
  'bundler',
  '--target',
  'es2022',
  '--lib',
  'es2023,dom,dom.iterable',
  '--skipLibCheck',
  '--allowImportingTsExtensions',
  '--isolatedModules',
];

/** Parses `file(line,col): error TS1234: message` lines (continuation lines join the message). */
export function parseTscOutput(output: string, root: string): TypeDiagnostic[] {
  const diagnostics: TypeDiagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (match) {
      const file = match[1]!;
      diagnostics.push({
        file: relative(root, isAbsolute(file) ? file : resolve(root, file)),
        line: Number(match[2]),
        column: Number(match[3]),
        code: match[4]!,
        message: match[5]!,
      });
    } else if (line.startsWith('  ') && diagnostics.length) {
      diagnostics[diagnostics.length - 1]!.message += ` ${line.trim()}`;
    }
  }
  return diagnostics;
}

/**
 * Type-checks the given files (the components and stories) with the bundled TypeScript in a child
 * process, so it runs beside the browser checks instead of blocking them. `buildInfo` is where tsc
 * keeps its incremental state.
 */
export function typecheckFiles(root: string, files: string[], buildInfo?: string): Promise<TypecheckResult> {
  if (!files.length) return Promise.resolve({ status: 'skipped', diagnostics: [] });
  // Incremental build info makes a re-run after a small change a fraction of the first.
  const incremental = buildInfo ? ['--incremental', '--tsBuildInfoFile', buildInfo] : [];
  return new Promise((done, fail) => {
    execFile(process.execPath, [TSC, ...FLAGS, ...incremental, ...files], { cwd: root, maxBuffer: 32 * 1024 * 1024 }, (error, stdout) => {
      const diagnostics = parseTscOutput(stdout, root);
      // tsc exits 1 or 2 when it reports errors; anything else without diagnostics is a crash.
      if (error && !diagnostics.length) return fail(new Error(`tsc failed: ${error.message}`, { cause: error }));
      done({ status: diagnostics.length ? 'fail' : 'pass', diagnostics });
    });
  });
}
