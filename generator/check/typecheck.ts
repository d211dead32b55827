import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { writeJsonAtomic } from '../core/fs-atomic.ts';
import { GENERATED_COMPILER_OPTIONS } from '../core/generated-compiler-options.ts';
import { fallbackPaths } from './module-fallback.ts';
import { passedByGate } from '../core/typecheck-record.ts';
import { ensureCacheDir } from '../core/cache-dir.ts';
import type { TypeDiagnostic, TypecheckResult } from './types.ts';

/**
 * Type-checks the generated components and stories with the bundled TypeScript under the options
 * every generated file compiles under (core/generated-compiler-options.ts), in a child process
 * beside the browser checks.
 */

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The generated-code options, plus tsc's incremental state for cheaper re-runs. */
const COMPILER_OPTIONS = { ...GENERATED_COMPILER_OPTIONS, incremental: true, pretty: false };

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
 * process, so it runs beside the browser checks instead of blocking them. `cacheDir` holds the
 * generated tsconfig and tsc's incremental state, which makes a re-run after a small change cheaper.
 */
export async function typecheckFiles(
  root: string,
  files: string[],
  cacheDir: string,
  runTsc: (tsconfig: string) => Promise<TypecheckResult> = (tsconfig) => runTscProject(root, tsconfig),
): Promise<TypecheckResult> {
  if (!files.length) return { status: 'skipped', diagnostics: [] };
  // The gate type-checked exactly these contents under the same options and found nothing.
  if (await passedByGate(root, files)) return { status: 'pass', diagnostics: [] };
  const tsconfig = join(await ensureCacheDir(cacheDir), 'tsconfig.check.json');
  // A project without its own react types (no node_modules yet) compiles against design-sync's, as the gate does.
  const paths = await fallbackPaths(root, files, COMPILER_OPTIONS);
  await writeJsonAtomic(tsconfig, {
    compilerOptions: {
      ...COMPILER_OPTIONS,
      tsBuildInfoFile: join(cacheDir, 'check.tsbuildinfo'),
      ...(Object.keys(paths).length ? { paths } : {}),
    },
    files,
  });
  return runTsc(tsconfig);
}

/** Runs the bundled tsc on a generated tsconfig in a child process; diagnostics relative to `root`. */
function runTscProject(root: string, tsconfig: string): Promise<TypecheckResult> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [TSC, '-p', tsconfig],
      { cwd: dirname(tsconfig), maxBuffer: 32 * 1024 * 1024 },
      (error, stdout) => {
        // tsc prints paths relative to its working directory, the cache folder.
        const diagnostics = parseTscOutput(stdout, dirname(tsconfig)).map((d) => ({
          ...d,
          file: relative(root, resolve(dirname(tsconfig), d.file)),
        }));
        // tsc exits 1 or 2 when it reports errors; anything else without diagnostics is a crash.
        if (error && !diagnostics.length) return fail(new Error(`tsc failed: ${error.message}`, { cause: error }));
        done({ status: diagnostics.length ? 'fail' : 'pass', diagnostics });
      },
    );
  });
}
