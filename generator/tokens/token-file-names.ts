/** Which files are token files (by extension), and a token file's name without its extension. */

/** Extensions read as token documents: JSON, JSON5 and JSON with comments. */
export const TOKEN_FILE_EXTENSIONS = ['.json', '.json5', '.jsonc'] as const;

export type TokenFileSyntax = 'json' | 'json5' | 'jsonc';

/** Is this file name one of the token file extensions? */
export function isTokenFileName(name: string): boolean {
  return syntaxOf(name) !== undefined;
}

/** The syntax a token file is parsed with, from its extension; undefined when it is not a token file. */
export function syntaxOf(name: string): TokenFileSyntax | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json5')) return 'json5';
  if (lower.endsWith('.jsonc')) return 'jsonc';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

/** "colors.tokens.json5" -> "colors", "$themes.json" -> "$themes", "light.jsonc" -> "light". */
export function tokenFileStem(name: string): string {
  return name.replace(/(\.tokens)?\.(json|json5|jsonc)$/i, '');
}

/** "base/palette.json5" -> "base/palette": a Tokens Studio set's name is its path without the extension. */
export function withoutExtension(name: string): string {
  return name.replace(/\.(json|json5|jsonc)$/i, '');
}
