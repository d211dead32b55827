import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ResolvedConfig } from '../core/resolve-config.ts';
import type { Design } from '../source/design.ts';
import type { TokensInput } from './build-tokens.ts';
import { EXT } from './parse-token-document.ts';
import { inputError } from '../core/errors.ts';
import { readTokenSources } from './read-token-files.ts';
import { isTokenFileName } from './token-file-names.ts';
import { isPlainObject } from './token-values.ts';

/** Reads what the tokens stage needs from disk: the configured token files and the committed DTCG files. */

/**
 * The tokens stage's input: the design (none when tokens come from files alone), the token files of
 * `tokens.files` (or, when none are configured, the hand-committed ones in the tokens folder) and
 * design-sync's committed DTCG files.
 */
export async function readTokenInputs(design: Design | undefined, config: ResolvedConfig): Promise<TokensInput> {
  let files: TokensInput['files'] = [];
  if (config.tokens.sources.includes('files')) {
    const paths =
      config.tokens.files.length > 0
        ? config.tokens.files.map((file) => resolve(config.root, file))
        : await uncommittedInputs(config.paths.tokens);
    if (design === undefined && paths.length === 0)
      throw inputError(
        'input/no-source',
        'no design and no token files to read: set figma.file, --source or tokens.files',
        {
          hint: 'Set tokens.files in design-sync.config.json to your token files or folders (DTCG, Tokens Studio; .json, .json5, .jsonc), or set figma.file and run `design-sync pull`.',
        },
      );
    files = await readTokenSources(paths, config.root, { jsonComments: config.tokens.jsonComments });
  }
  return { design, files, committed: await readCommitted(config.paths.tokens) };
}

/** Committed `tokens/*.tokens.json` that design-sync wrote, by file name, for the diff. */
async function readCommitted(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await listTokenFiles(dir)) {
    const text = await readFile(join(dir, name), 'utf8');
    if (name.endsWith('.tokens.json') && isOurs(text)) out[name] = text;
  }
  return out;
}

/** Token files a team committed to `tokens/` by hand or with a plugin (not ones design-sync wrote). */
async function uncommittedInputs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await listTokenFiles(dir)) {
    if (!isOurs(await readFile(join(dir, name), 'utf8'))) out.push(join(dir, name));
  }
  return out;
}

function isOurs(text: string): boolean {
  try {
    const doc = JSON.parse(text) as unknown;
    return isPlainObject(doc) && isPlainObject(doc.$extensions) && isPlainObject(doc.$extensions[EXT]);
  } catch {
    return false;
  }
}

async function listTokenFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && isTokenFileName(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}
