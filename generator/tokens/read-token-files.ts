import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { inputError } from '../core/errors.ts';
import { collectTokenFiles, type TokenFilesResult } from './collect-token-files.ts';
import { isResolverDocument, resolverFileRefs, resolverRefName } from './read-resolver-document.ts';
import { isTokenFileName } from './token-file-names.ts';
import { parseTokenText, type TokenTextOptions } from './parse-token-text.ts';
import { naturalCompare } from './token-names.ts';
import type { TokenDocument, TokenSource } from './token-source.ts';
import { toPosix } from '../core/posix-path.ts';

/**
 * Reads token files and folders from disk into token sources (the edge of the tokens stage's file
 * input): every token file design-sync reads (DTCG, Tokens Studio sets, $themes, $metadata) is
 * parsed here, as JSON, JSON5 or JSONC by its extension.
 */

export type { TokenFilesResult } from './collect-token-files.ts';

/** Reads and collects token files in one go (scripts and tests; the stage itself takes sources). */
export async function readTokenFiles(
  paths: string[],
  root: string,
  options: TokenTextOptions = {},
): Promise<TokenFilesResult> {
  return collectTokenFiles(await readTokenSources(paths, root, options));
}

/** Reads each configured file or folder (recursively, skipping build/, node_modules/ and dot folders). */
export async function readTokenSources(
  paths: string[],
  root: string,
  options: TokenTextOptions = {},
): Promise<TokenSource[]> {
  const out: TokenSource[] = [];
  for (const path of paths) out.push(await readTokenSource(path, root, options));
  return out;
}

async function readTokenSource(path: string, root: string, options: TokenTextOptions): Promise<TokenSource> {
  const label = relative(root, path) || path;
  let info;
  try {
    info = await stat(path);
  } catch {
    throw inputError('tokens/file-missing', `token file not found: ${label}`, {
      hint: 'Check tokens.files in design-sync.config.json: paths are relative to the project root.',
    });
  }
  if (!info.isDirectory()) {
    const documents = [await readDocument(path, basename(path), root, options)];
    await readResolverRefs(documents, dirname(path), root, options);
    return { label, directory: false, documents };
  }
  const documents: TokenDocument[] = [];
  for (const file of (await listTokenFiles(path)).sort(naturalCompare))
    documents.push(await readDocument(file, toPosix(relative(path, file)), root, options));
  await readResolverRefs(documents, path, root, options);
  return { label, directory: true, documents };
}

/** The files resolver documents refer to that are not read yet (outside the folder, or beside a configured file). */
async function readResolverRefs(
  documents: TokenDocument[],
  base: string,
  root: string,
  options: TokenTextOptions,
): Promise<void> {
  for (const resolver of documents.filter((d) => isResolverDocument(d.name, d.doc))) {
    for (const file of resolverFileRefs(resolver.doc)) {
      const name = resolverRefName(resolver.name, file);
      if (documents.some((d) => d.name === name)) continue;
      const full = join(base, name);
      try {
        await stat(full);
      } catch {
        throw inputError('tokens/file-missing', `${resolver.source}: $ref "${file}" names a file that was not found`, {
          hint: 'Paths in a resolver document are relative to the resolver file.',
        });
      }
      documents.push(await readDocument(full, name, root, options));
    }
  }
}

async function readDocument(
  file: string,
  name: string,
  root: string,
  options: TokenTextOptions,
): Promise<TokenDocument> {
  const source = relative(root, file) || file;
  return { name, source, doc: parseTokenText(await readFile(file, 'utf8'), source, options) };
}

/** Token files (.json, .json5, .jsonc) under a folder, skipping build/, node_modules/ and dot folders. */
async function listTokenFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'build' && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
      out.push(...(await listTokenFiles(full)));
    else if (entry.isFile() && isTokenFileName(entry.name)) out.push(full);
  }
  return out;
}
