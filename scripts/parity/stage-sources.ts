import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import JSON5 from 'json5';

/**
 * Harness-side layouts for what design-sync cannot read yet, so a value gap and a layout gap show
 * as separate numbers. Each writes plain files into a temp folder and returns the paths to build.
 * Nothing here changes a value: files are re-spelled (JSON5 -> JSON) or regrouped (sets -> modes).
 */

/** Re-spells JSON5 files as JSON at the given names (a name "x.dark.json" makes "dark" a mode of "x"). */
export async function json5AsJson(files: { from: string; to: string }[], out: string): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const doc: unknown = JSON5.parse(await readFile(file.from, 'utf8'));
    const path = join(out, file.to);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(doc, null, 2));
    written.push(path);
  }
  return written;
}

/**
 * A single-file Tokens Studio export whose mode lives in set names ("color-scheme-dark/common"
 * overrides "common"), as NL Design System themes build it: one "<name>.<mode>.json" per mode,
 * each the sets of $metadata.tokenSetOrder merged in order, a mode's own sets last.
 */
export async function tokensStudioSetsAsModes(
  file: string,
  modes: { mode: string; setPrefix: string | undefined }[],
  name: string,
  out: string,
): Promise<string[]> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const order = ((doc.$metadata as { tokenSetOrder?: string[] } | undefined)?.tokenSetOrder ?? []).filter(
    (set) => typeof doc[set] === 'object',
  );
  const modePrefixes = modes.map((m) => m.setPrefix).filter((p): p is string => p !== undefined);
  const shared = order.filter((set) => !modePrefixes.some((prefix) => set.startsWith(prefix)));
  const written: string[] = [];
  for (const { mode, setPrefix } of modes) {
    const own = setPrefix === undefined ? [] : order.filter((set) => set.startsWith(setPrefix));
    let merged: unknown = {};
    for (const set of [...shared, ...own]) merged = deepMerge(merged, doc[set]);
    const path = join(out, `${name}.${mode}.json`);
    await mkdir(out, { recursive: true });
    await writeFile(path, JSON.stringify(merged, null, 2));
    written.push(path);
  }
  return written;
}

function deepMerge(a: unknown, b: unknown): unknown {
  if (!isGroup(a) || !isGroup(b) || '$value' in b) return b;
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = key in out ? deepMerge(out[key], value) : value;
  return out;
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
