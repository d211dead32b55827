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
  const { reason, line, column } = jsonSyntaxError(body, error);
  return line === undefined ? reason : `${reason} at line ${line}, column ${column}`;
}

/** Where a syntax error is in a text, 1-based, from a character offset. */
export function lineColumnAt(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** What `JSON.parse` said is wrong, without its position text, and where (1-based) when it says. */
export function jsonSyntaxError(body: string, error: Error): { reason: string; line?: number; column?: number } {
  const position = /position (\d+)/.exec(error.message)?.[1];
  // Node 20 quotes a snippet of the text instead of a position; the snippet is noise for a 3 MB file.
  const reason = error.message
    .replace(/, ".*"(\.\.\.)? is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  // "Unexpected end of JSON input" names no position: the error is at the end.
  const offset = position === undefined ? (/end of JSON/i.test(reason) ? body.length : undefined) : Number(position);
  if (offset === undefined) return { reason };
  return { reason, ...lineColumnAt(body, offset) };
}

/** Reads and parses a JSON file; a missing file is an input error, not a crash. `seen` gets the text read. */
export async function readJsonFile(
  path: string,
  where: string = path,
  seen?: (text: string) => void,
): Promise<unknown> {
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
  seen?.(text);
  return parseJsonText(text, where);
}
