/**
 * The validation gate every generated file passes before it is written: a safe path, no hidden
 * Unicode, parseable, imports from the allowlist only, no dynamic code, network, process or HTML
 * injection, no raw style values where a token exists, and a clean type-check with the project.
 */
import { extname, isAbsolute, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PlannedFile } from '../../core/plan.ts';
import { assertInside } from '../../core/safe-path.ts';
import { checkCss } from './check-css.ts';
import { checkSource } from './check-source.ts';
import { findHiddenUnicode } from './hidden-unicode.ts';
import { isInside } from './import-rules.ts';
import { lastProgramProjectFiles, typeCheck } from './type-check.ts';
import { recordTypecheckPass } from '../../core/typecheck-record.ts';
import { ASSET_EXTENSIONS, checkAsset, missingAssets } from './check-asset.ts';
import type { GateContext, GateFileResult, GateReason, GateResult } from './types.ts';

export type { GateContext, GateReason, GateResult, GateFileResult, GateRule } from './types.ts';

const MAX_BYTES = 256 * 1024;
const EXTENSIONS = new Set(['.ts', '.tsx', '.css', '.json', ...ASSET_EXTENSIONS]);

function pathReasons(path: string, ctx: GateContext): GateReason[] {
  if (!isAbsolute(path) || path.split(/[\\/]/).includes('..') || path.includes('\0')) {
    return [{ rule: 'path/outside', message: `path ${JSON.stringify(path)} must be absolute without ".." segments` }];
  }
  try {
    assertInside(path, ctx.outputDirs);
  } catch {
    return [{ rule: 'path/outside', message: `path ${JSON.stringify(path)} is outside the output folders` }];
  }
  if (ctx.allowedPaths && !ctx.allowedPaths.has(resolve(path))) {
    return [{ rule: 'path/unexpected', message: `path ${JSON.stringify(path)} is not one of this component's files` }];
  }
  if (!EXTENSIONS.has(extname(path)))
    return [{ rule: 'path/extension', message: `files of type ${JSON.stringify(extname(path))} are not generated` }];
  return [];
}

const isStory = (path: string, ctx: GateContext) =>
  /\.stories\.tsx?$/.test(path) || (ctx.storiesDir !== undefined && isInside(ctx.storiesDir, path));

interface Candidate {
  file: PlannedFile;
  reasons: GateReason[];
  parsed: boolean;
  imports: string[];
}

function staticCheck(file: PlannedFile, ctx: GateContext): Candidate {
  const reasons = pathReasons(file.path, ctx);
  const candidate: Candidate = { file, reasons, parsed: false, imports: [] };
  if (reasons.length > 0) return candidate;
  if (ASSET_EXTENSIONS.has(extname(file.path))) {
    reasons.push(...checkAsset(file.path, file.content));
    return candidate;
  }
  if (Buffer.byteLength(file.content) > MAX_BYTES) {
    reasons.push({ rule: 'file/too-large', message: `file is larger than ${MAX_BYTES / 1024} KB` });
    return candidate;
  }
  reasons.push(...findHiddenUnicode(file.content));
  const ext = extname(file.path);
  if (ext === '.css') {
    reasons.push(...checkCss(file.path, file.content, ctx));
  } else if (ext === '.json') {
    try {
      JSON.parse(file.content);
    } catch (error) {
      reasons.push({ rule: 'parse/syntax', message: (error as Error).message });
    }
  } else {
    const source = checkSource(file.path, file.content, isStory(file.path, ctx), ctx);
    reasons.push(...source.reasons);
    candidate.imports = source.relativeImports;
  }
  candidate.parsed = !reasons.some((r) => r.rule === 'parse/syntax');
  return candidate;
}

/** Rejects files that import a rejected candidate, until nothing changes. */
function rejectDependents(candidates: Candidate[]): void {
  const stem = (p: string) => p.replace(/\.(tsx?|css|json)$/, '');
  for (let changed = true; changed;) {
    changed = false;
    const rejected = new Map(
      candidates.filter((c) => c.reasons.length > 0).map((c) => [stem(resolve(c.file.path)), c.file.path]),
    );
    for (const c of candidates) {
      if (c.reasons.length > 0) continue;
      const bad = c.imports.find((i) => rejected.has(stem(i)));
      if (bad) {
        c.reasons.push({
          rule: 'import/rejected-dependency',
          message: `imports ${rejected.get(stem(bad))}, which was rejected`,
        });
        changed = true;
      }
    }
  }
}

export async function validateFiles(files: PlannedFile[], ctx: GateContext): Promise<GateResult> {
  const started = performance.now();
  const candidates = files.map((file) => staticCheck(file, ctx));
  let typeCheckMs = 0;
  if (ctx.typeCheck !== false) {
    const typed = candidates.filter((c) => c.parsed && c.reasons.every((r) => !r.rule.startsWith('path/')));
    // Files the static rules already rejected are not type-checked: they cannot pass, and the
    // type-check is the one slow rule. They stay visible to the others as context.
    const scripts = typed.filter((c) => /\.tsx?$/.test(c.file.path) && c.reasons.length === 0);
    if (scripts.length > 0) {
      const t0 = performance.now();
      const diagnostics = typeCheck({
        root: ctx.root,
        files: new Map([
          ...(ctx.context ?? []).map((f): [string, string] => [f.path, f.content]),
          ...typed.map((c): [string, string] => [c.file.path, c.file.content]),
        ]),
        report: scripts.map((c) => c.file.path),
        outputDirs: ctx.outputDirs,
      });
      typeCheckMs = performance.now() - t0;
      for (const c of scripts) c.reasons.push(...(diagnostics.get(c.file.path) ?? []));
      // The check stage skips its type-check of files this one passed, as long as nothing they read changed.
      const passed = new Map(scripts.filter((c) => c.reasons.length === 0).map((c) => [c.file.path, c.file.content]));
      if (ctx.recordPass !== false) await recordTypecheckPass(ctx.root, passed, lastProgramProjectFiles());
    }
  }
  const planned = new Set(files.map((f) => resolve(f.path)));
  for (const c of candidates) c.reasons.push(...missingAssets(c.imports, planned));
  rejectDependents(candidates);
  const results: GateFileResult[] = candidates.map((c) => ({
    path: c.file.path,
    ok: c.reasons.length === 0,
    reasons: c.reasons,
  }));
  return {
    ok: results.every((r) => r.ok),
    files: results,
    accepted: candidates.filter((c) => c.reasons.length === 0).map((c) => c.file),
    rejected: results.filter((r) => !r.ok),
    timing: { totalMs: performance.now() - started, typeCheckMs },
  };
}
