import JSON5 from 'json5';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { inputError } from '../core/errors.ts';
import { jsonSyntaxError, lineColumnAt } from '../source/json-text.ts';
import { syntaxOf, type TokenFileSyntax } from './token-file-names.ts';

/**
 * Parses the text of one token file by its extension (JSON, JSON5, JSONC); a syntax error is one
 * line, "file:line:col: not valid JSON5 (what is wrong)", whatever the syntax.
 */

export interface TokenTextOptions {
  /** Read `.json` files as JSONC (comments and trailing commas allowed): `tokens.jsonComments`. */
  jsonComments?: boolean;
}

const LABEL: Record<TokenFileSyntax, string> = { json: 'JSON', json5: 'JSON5', jsonc: 'JSONC' };

/** Parses a token file's text; `where` (the path relative to the project) names it in errors. */
export function parseTokenText(text: string, where: string, options: TokenTextOptions = {}): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const declared = syntaxOf(where) ?? 'json';
  const syntax = declared === 'json' && options.jsonComments ? 'jsonc' : declared;
  const failure = (reason: string, at: { line?: number | undefined; column?: number | undefined }) => {
    const position = at.line === undefined ? '' : `:${at.line}:${at.column ?? 1}`;
    const lenient = declared === 'json' && syntax === 'jsonc' ? ' (comments allowed by tokens.jsonComments)' : '';
    const oneLine = reason.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
    return inputError('tokens/bad-json', `${where}${position}: not valid ${LABEL[syntax]}${lenient}: ${oneLine}`, {
      hint:
        declared === 'json' && syntax === 'json'
          ? 'Fix the syntax of the token file (rename it to .jsonc or .json5 to allow comments), or remove it from tokens.files.'
          : 'Fix the syntax of the token file, or remove it from tokens.files.',
    });
  };
  if (syntax === 'json') {
    try {
      return JSON.parse(body) as unknown;
    } catch (error) {
      const { reason, ...at } = jsonSyntaxError(body, error as Error);
      // Node 20 names no position for some errors ("Unexpected token '}'"): a strict JSONC parse finds it.
      const located = at.line === undefined ? strictErrorOffset(body) : undefined;
      throw failure(lowerFirst(reason), located === undefined ? at : lineColumnAt(body, located));
    }
  }
  if (syntax === 'json5') {
    try {
      return JSON5.parse(body) as unknown;
    } catch (error) {
      const e = error as SyntaxError & { lineNumber?: number; columnNumber?: number };
      const reason = e.message.replace(/^JSON5: /, '').replace(/ at \d+:\d+$/, '');
      throw failure(reason, { line: e.lineNumber, column: e.columnNumber });
    }
  }
  const errors: ParseError[] = [];
  const value = parseJsonc(body, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  const first = errors[0];
  if (first !== undefined) throw failure(jsoncReason(first), lineColumnAt(body, first.offset));
  return value;
}

/** Where a strict (no comments, no trailing commas) parse finds the first error, if it finds one. */
function strictErrorOffset(body: string): number | undefined {
  const errors: ParseError[] = [];
  parseJsonc(body, errors, { allowTrailingComma: false, disallowComments: true });
  return errors[0]?.offset;
}

/** jsonc-parser's error codes ("PropertyNameExpected") as words ("property name expected"). */
function jsoncReason(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
