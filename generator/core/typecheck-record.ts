/**
 * The gate's type-check pass, recorded by content hash, so the check stage does not type-check
 * again files the gate already passed: the files it passed, and every project file its program
 * read (their imports), each with the hash of the content it saw. A file edited since, or an
 * import of it, or other compiler options, and the check runs its own type-check as before.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cacheDir, ensureCacheDir } from './cache-dir.ts';
import { writeJsonAtomic } from './fs-atomic.ts';
import { GENERATED_COMPILER_OPTIONS } from './generated-compiler-options.ts';
import { createHash } from 'node:crypto';

interface TypecheckRecord {
  options: string;
  /** Absolute path -> sha256 of the content the gate passed with no diagnostic. */
  passed: Record<string, string>;
  /** Absolute path -> sha256 of every project file the gate's program read. */
  read: Record<string, string>;
}

export const typecheckRecordPath = (root: string) => join(cacheDir(root), 'gate-typecheck.json');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const optionsHash = () => sha256(JSON.stringify(GENERATED_COMPILER_OPTIONS));

/** Records what one gate type-check passed (`passed`) and read (`read`), path -> content. */
export async function recordTypecheckPass(
  root: string,
  passed: ReadonlyMap<string, string>,
  read: ReadonlyMap<string, string>,
): Promise<void> {
  const hashes = (files: ReadonlyMap<string, string>) =>
    Object.fromEntries(
      [...files].map(([path, text]) => [resolve(path), sha256(text)]).sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
  const record: TypecheckRecord = { options: optionsHash(), passed: hashes(passed), read: hashes(read) };
  await ensureCacheDir(cacheDir(root));
  await writeJsonAtomic(typecheckRecordPath(root), record);
}

async function hashOnDisk(path: string): Promise<string | undefined> {
  try {
    return sha256(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** True when the gate passed every one of `files` as they are on disk now, with nothing they read changed since. */
export async function passedByGate(root: string, files: readonly string[]): Promise<boolean> {
  let record: TypecheckRecord;
  try {
    record = JSON.parse(await readFile(typecheckRecordPath(root), 'utf8')) as TypecheckRecord;
  } catch {
    return false;
  }
  if (record.options !== optionsHash() || files.length === 0) return false;
  const wanted = files.map((file) => resolve(root, file));
  // Declaration files (css-modules.d.ts) need only have been read; every other file must have passed.
  const covered = (path: string) =>
    record.passed[path] !== undefined || (path.endsWith('.d.ts') && record.read[path] !== undefined);
  if (!wanted.every(covered)) return false;
  const expected = new Map([...Object.entries(record.read), ...Object.entries(record.passed)]);
  for (const [path, hash] of expected) if ((await hashOnDisk(path)) !== hash) return false;
  return true;
}
