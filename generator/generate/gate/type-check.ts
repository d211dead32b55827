/**
 * Type-checks candidate files together with the project on disk, in process, under the options
 * every generated file compiles under (core/generated-compiler-options.ts): the candidates are
 * an in-memory overlay over the real file system, so nothing is written before it passes. Parsed
 * lib and package declaration files are cached across calls, and the previous program is reused,
 * so repeated gates (one per model answer) stay fast.
 */
import { cssModulesDeclaration } from '../shared-files.ts';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { generatedCompilerOptions } from '../../core/generated-compiler-options.ts';
import { PACKAGE_ROOT } from '../../core/package-root.ts';
import type { GateReason } from './types.ts';

/** The same declarations the generated css-modules.d.ts holds (CSS modules and asset imports). */
const CSS_MODULES_DTS = cssModulesDeclaration('.').content;

/** The gate's stand-in for a project without css-modules.d.ts: never on disk. */
const VIRTUAL_CSS_MODULES = '.design-sync-gate-css-modules.d.ts';

interface Cached {
  mtimeMs: number;
  source: ts.SourceFile;
}

const diskCache = new Map<string, Cached>();
let lastProgram: ts.Program | undefined;
let compilerOptions: ts.CompilerOptions | undefined;

function createHost(options: ts.CompilerOptions, overlay: Map<string, string>): ts.CompilerHost {
  const base = ts.createCompilerHost(options, true);
  const overlayDirs = new Set<string>();
  for (const path of overlay.keys())
    for (let d = dirname(path); !overlayDirs.has(d) && d !== dirname(d); d = dirname(d)) overlayDirs.add(d);
  // Packages the project lacks (no node_modules yet) resolve from design-sync's own install.
  const fallbackFile = join(PACKAGE_ROOT, 'index.ts');
  const cache = ts.createModuleResolutionCache(base.getCurrentDirectory(), (x) => x, options);
  // Resolution must see overlay files, so it goes through this host, not ts.sys.
  const resolutionHost: ts.ModuleResolutionHost = {
    fileExists: (f) => overlay.has(resolve(f)) || base.fileExists(f),
    readFile: (f) => overlay.get(resolve(f)) ?? base.readFile(f),
    directoryExists: (d) => overlayDirs.has(resolve(d)) || ts.sys.directoryExists(d),
    realpath: (p) => (overlay.has(resolve(p)) ? p : (base.realpath?.(p) ?? p)),
    getCurrentDirectory: () => base.getCurrentDirectory(),
  };

  return {
    ...base,
    fileExists: resolutionHost.fileExists,
    readFile: resolutionHost.readFile,
    directoryExists: (d) => overlayDirs.has(resolve(d)) || ts.sys.directoryExists(d),
    getSourceFile: (fileName, languageVersion) => {
      const path = resolve(fileName);
      const text = overlay.get(path);
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      let mtimeMs: number;
      try {
        mtimeMs = statSync(path).mtimeMs;
      } catch {
        return undefined;
      }
      const cached = diskCache.get(path);
      if (cached && cached.mtimeMs === mtimeMs) return cached.source;
      const content = base.readFile(fileName);
      if (content === undefined) return undefined;
      const source = ts.createSourceFile(fileName, content, languageVersion, true);
      diskCache.set(path, { mtimeMs, source });
      return source;
    },
    resolveModuleNameLiterals: (literals, containingFile, redirected, opts) =>
      literals.map((literal) => {
        const name = literal.text;
        const first = ts.resolveModuleName(name, containingFile, opts, resolutionHost, cache, redirected);
        if (first.resolvedModule || name.startsWith('.')) return first;
        return ts.resolveModuleName(name, fallbackFile, opts, resolutionHost, cache, redirected);
      }),
  };
}

export interface TypeCheckOptions {
  root: string;
  /** Absolute path -> content of every candidate file (all are visible to each other). */
  files: Map<string, string>;
  /** Candidates whose diagnostics are reported. */
  report: string[];
  /** Output folders, searched for an existing css-modules.d.ts. */
  outputDirs: string[];
}

/** Diagnostics per reported file, as gate reasons with lines. */
export function typeCheck(options: TypeCheckOptions): Map<string, GateReason[]> {
  compilerOptions ??= generatedCompilerOptions();
  const overlay = new Map([...options.files].map(([path, text]) => [resolve(path), text]));
  const roots = [...overlay.keys()].filter((p) => /\.(tsx?|d\.ts)$/.test(p));
  if (!roots.some((p) => p.endsWith('.d.ts') && overlay.get(p)?.includes('.module.css'))) {
    const existing = options.outputDirs.map((dir) => join(dir, 'css-modules.d.ts')).find((p) => ts.sys.fileExists(p));
    if (existing) roots.push(existing);
    else {
      const virtual = join(options.outputDirs[0] ?? options.root, VIRTUAL_CSS_MODULES);
      overlay.set(virtual, CSS_MODULES_DTS);
      roots.push(virtual);
    }
  }
  const host = createHost(compilerOptions, overlay);
  const program = ts.createProgram({
    rootNames: roots,
    options: compilerOptions,
    host,
    ...(lastProgram ? { oldProgram: lastProgram } : {}),
  });
  lastProgram = program;

  const result = new Map<string, GateReason[]>();
  for (const path of options.report) {
    const source = program.getSourceFile(resolve(path));
    if (!source) continue;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    result.set(
      path,
      diagnostics.slice(0, 10).map((d) => ({
        rule: 'type/error',
        message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
        ...(d.start === undefined ? {} : { line: source.getLineAndCharacterOfPosition(d.start).line + 1 }),
      })),
    );
  }
  return result;
}

/**
 * Project files (outside node_modules, declarations included, the gate's own css-modules stand-in
 * not) the last type-check's program read, path -> content.
 */
export function lastProgramProjectFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const source of lastProgram?.getSourceFiles() ?? []) {
    const path = resolve(source.fileName);
    const own = path.endsWith(VIRTUAL_CSS_MODULES) || /[\\/]node_modules[\\/]/.test(path);
    if (!own && !lastProgram?.isSourceFileDefaultLibrary(source)) files.set(path, source.text);
  }
  return files;
}
