import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

async function listTs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? listTs(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.ts') ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat().sort();
}

/**
 * The first sentence of a file's own doc comment: a comment at the very top, or the first thing after
 * the import block. A comment on a member further down does not describe the file.
 */
export function firstSentence(source: string): string {
  const lines = source.split('\n');
  let i = 0;
  const isComment = (l: string) => /^\s*(\/\*|\/\/)/.test(l);
  if (!isComment(lines[0] ?? '')) {
    let inImport = false;
    for (; i < lines.length; i++) {
      const l = lines[i] ?? '';
      if (inImport) {
        if (/from\s+['"][^'"]+['"];?\s*$|^\s*\}?\s*;?\s*$/.test(l) && /['"];?\s*$/.test(l)) inImport = false;
        continue;
      }
      if (/^\s*import\b/.test(l)) {
        inImport = !/['"];?\s*$/.test(l);
        continue;
      }
      if (l.trim() === '') continue;
      break;
    }
  }
  const rest = lines.slice(i);
  if (!isComment(rest[0] ?? '')) return '';
  const commentLines: string[] = [];
  if (/^\s*\/\//.test(rest[0] ?? '')) {
    for (const l of rest) {
      if (!/^\s*\/\//.test(l)) break;
      commentLines.push(l.replace(/^\s*\/\/\s?/, ''));
    }
  } else {
    for (const l of rest) {
      commentLines.push(
        l
          .replace(/^\s*\/\*\*?\s?/, '')
          .replace(/\*\/\s*$/, '')
          .replace(/^\s*\*\s?/, ''),
      );
      if (l.includes('*/')) break;
    }
  }
  const text = commentLines
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('@'))
    .join(' ');
  const end = text.search(/\.(\s|$)/);
  return (end === -1 ? text : text.slice(0, end + 1)).trim();
}

/** One Markdown line per file under generator/: `- \`path\`: what it is`. */
export async function generatorMap(): Promise<string[]> {
  const files = await listTs(join(ROOT, 'generator'));
  return Promise.all(
    files.map(
      async (file) =>
        `- \`${relative(ROOT, file)}\`: ${firstSentence(await readFile(file, 'utf8')) || '(undocumented)'}`,
    ),
  );
}
