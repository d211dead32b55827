/**
 * Token lint: finds raw colours, dimensions, fonts and shadows in generated source on disk, each
 * with file:line and the nearest token as the suggested fix. Uses the gate's raw-value scanner,
 * so the gate and the lint agree on what "raw" means.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import ts from 'typescript';
import { inlineStyleSites } from '../generate/gate/inline-styles.ts';
import { parseCss } from '../generate/gate/parse-css.ts';
import { scanRawValues, suggestedToken, tokenExists, type RawValue } from '../generate/gate/raw-values.ts';
import type { TokenIndex } from '../tokens/token-index.ts';
import type { CheckStatus, TokenLintFinding, TokenLintResult } from './types.ts';

type SourceFinding = Omit<TokenLintFinding, 'file'> & { tokenExists: boolean };

function finding(raw: RawValue, line: number, lineText: string): SourceFinding {
  const suggestion = suggestedToken(raw.match);
  const exists = tokenExists(raw.match);
  const where = `${raw.property}: ${raw.text}`;
  const message = exists
    ? `raw ${raw.kind} in "${where}"; use var(${suggestion?.token.cssVar})`
    : suggestion
      ? `raw ${raw.kind} in "${where}" has no token; the nearest is var(${suggestion.token.cssVar}) (${Math.round(suggestion.distance * 100) / 100} ${suggestion.unit} away)`
      : `raw ${raw.kind} in "${where}" has no token`;
  const column = Math.max(0, lineText.indexOf(raw.text)) + 1;
  return {
    line,
    column,
    kind: raw.kind,
    value: raw.text,
    message,
    tokenExists: exists,
    ...(suggestion
      ? {
          suggestion: {
            path: suggestion.token.path,
            cssVar: suggestion.token.cssVar,
            distance: Math.round(suggestion.distance * 1000) / 1000,
            unit: suggestion.unit,
          },
        }
      : {}),
  };
}

/** Findings in one CSS or TSX text (pure). */
export function lintSourceText(path: string, text: string, index: TokenIndex): SourceFinding[] {
  const lines = text.split('\n');
  const sites =
    extname(path) === '.css'
      ? parseCss(text).declarations
      : inlineStyleSites(
          ts.createSourceFile(
            path,
            text,
            ts.ScriptTarget.Latest,
            true,
            path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
          ),
        );
  return sites.flatMap((site) =>
    scanRawValues(site.property, site.value, index).map((raw) => finding(raw, site.line, lines[site.line - 1] ?? '')),
  );
}

/** Raw values where a token exists fail; raw values no token covers warn (the design has them). */
function statusOf(findings: SourceFinding[]): CheckStatus {
  if (findings.some((f) => f.tokenExists)) return 'fail';
  return findings.length > 0 ? 'warn' : 'pass';
}

/** Lints the given files (absolute paths); `file` in findings is relative to `root`. */
export async function lintTokenFiles(files: string[], index: TokenIndex, root: string): Promise<TokenLintResult> {
  const all: SourceFinding[] = [];
  const findings: TokenLintFinding[] = [];
  for (const path of files.filter((f) => /\.(css|tsx?)$/.test(f)).sort()) {
    const text = await readFile(path, 'utf8');
    for (const { tokenExists: exists, ...rest } of lintSourceText(path, text, index)) {
      all.push({ ...rest, tokenExists: exists });
      findings.push({ file: relative(root, path), ...rest });
    }
  }
  return { status: statusOf(all), findings };
}

/** Generated source under a folder: every .tsx and .css, recursively. */
export async function listGeneratedSources(dir: string): Promise<string[]> {
  const found: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  for (const entry of entries) {
    if (entry.isFile() && /\.(tsx|css)$/.test(entry.name)) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** Token lint over `src/**` (config.paths.components), as the check stage wires it in. */
export async function tokenLint(componentsDir: string, index: TokenIndex, root: string): Promise<TokenLintResult> {
  return lintTokenFiles(await listGeneratedSources(componentsDir), index, root);
}
