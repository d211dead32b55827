import { describe, expect, it } from 'vitest';
import { isDesignSyncError } from '../../generator/core/errors.ts';
import { parseTokenText } from '../../generator/tokens/parse-token-text.ts';

function failure(text: string, where: string, jsonComments = false): string {
  try {
    parseTokenText(text, where, { jsonComments });
  } catch (error) {
    expect(isDesignSyncError(error) && error.code).toBe('tokens/bad-json');
    return (error as Error).message;
  }
  throw new Error(`${where} parsed`);
}

describe('parseTokenText', () => {
  it('parses JSON, JSON5 and JSONC by extension, a BOM allowed', () => {
    expect(parseTokenText('\uFEFF{"a": 1}', 'a.json')).toEqual({ a: 1 });
    expect(parseTokenText("{ a: 'x', b: 0x10, c: +1, d: .5, }", 'a.json5')).toEqual({ a: 'x', b: 16, c: 1, d: 0.5 });
    expect(parseTokenText('{ /* c */ "a": [1, 2,], // d\n}', 'a.jsonc')).toEqual({ a: [1, 2] });
    expect(parseTokenText('{ "a": 1, } // ok', 'a.json', { jsonComments: true })).toEqual({ a: 1 });
  });

  it('names file:line:col and what is wrong, on one line, for every syntax', () => {
    expect(failure('{\n  "a": 1,\n}', 'tokens/a.json')).toBe(
      'tokens/a.json:3:1: not valid JSON: expected double-quoted property name',
    );
    expect(failure('{\n  "a": tru\n}', 'a.json')).toBe("a.json:2:8: not valid JSON: unexpected token '\\n'");
    expect(failure('# notes', 'a.json')).toBe("a.json:1:1: not valid JSON: unexpected token '#'");
    expect(failure('{ a: 1 b: 2 }', 'a.json5')).toBe("a.json5:1:8: not valid JSON5: invalid character 'b'");
    expect(failure("{ 'a': 1 }", 'a.jsonc')).toBe('a.jsonc:1:3: not valid JSONC: invalid symbol');
    expect(failure('{ "a": 1 // c\n', 'a.json', true)).toBe(
      'a.json:2:1: not valid JSONC (comments allowed by tokens.jsonComments): close brace expected',
    );
  });

  it('refuses comments in .json unless tokens.jsonComments allows them', () => {
    expect(failure('{ "a": 1 } // c', 'a.json')).toMatch(/^a\.json:1:12: not valid JSON: /);
  });
});
