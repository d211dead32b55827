import { readFile } from 'node:fs/promises';
import { inputError } from '../core/errors.ts';

/** Parses JSON text (a UTF-8 BOM is allowed); a syntax error names the file and the line and column. */
export function parseJsonText(text: string, where: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw inputError('input/json', `${where}: not valid JSON (${describeSyntaxError(body, error as Error)})`, {
      hint: 'The file must be a JSON response of the Figma REST API, saved unchanged.',
      cause: error,
    });
  }
}

function describeSyntaxError(body: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message)?.[1];
  // Node 20 quotes a snippet of the text instead of a position; the snippet is noise for a 3 MB file.
  const reason = error.message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  if (position === undefined) return reason;
  const before = body.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column}`;
}

/** Reads and parses a JSON file; a missing file is an input error, not a crash. */
export async function readJsonFile(path: string, where: string = path): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw inputError('input/missing', `${where}: file not found`, {
        hint: 'Check the path; `design-sync pull` writes the snapshot, `--source` reads another file.',
      });
    }
    if (code === 'EISDIR') throw inputError('input/not-a-file', `${where}: is a folder, expected a JSON file`);
    throw error;
  }
  return parseJsonText(text, where);
}
