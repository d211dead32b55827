import { describe, expect, it } from 'vitest';
import { firstSentence, generatorMap } from './generator-map.ts';

describe('firstSentence', () => {
  it('takes the first sentence of a doc comment at the very top of the file', () => {
    const source = ['/**', ' * Parses things. Because reasons.', ' */', "import { a } from './a.ts';"].join('\n');
    expect(firstSentence(source)).toBe('Parses things.');
  });

  it('takes the first comment after an import block, multi-line imports included', () => {
    const source = [
      "import { a } from './a.ts';",
      'import {',
      '  b,',
      '  type C,',
      "} from './b.ts';",
      '',
      '/** Builds the thing from a and b. It is pure. */',
      '',
      'export const x = 1;',
    ].join('\n');
    expect(firstSentence(source)).toBe('Builds the thing from a and b.');
  });

  it('reads line comments and joins a sentence that spans lines', () => {
    const source = ['// Prints the map of generator/ for the', '// README: one line per file.', 'export {};'].join(
      '\n',
    );
    expect(firstSentence(source)).toBe('Prints the map of generator/ for the README: one line per file.');
  });

  it('does not take a comment on a member further down as the file description', () => {
    const source = [
      "import { a } from './a.ts';",
      '',
      'const b = a;',
      '',
      '/** Doubles b. */',
      'export const c = b * 2;',
    ].join('\n');
    expect(firstSentence(source)).toBe('');
  });

  it('skips JSDoc tags and keeps dots inside names and paths', () => {
    const source = [
      '/**',
      ' * @packageDocumentation',
      ' * Writes report.json and tokens.css atomically. Then exits.',
      ' */',
    ].join('\n');
    expect(firstSentence(source)).toBe('Writes report.json and tokens.css atomically.');
  });

  it('returns an empty string for an empty file', () => {
    expect(firstSentence('')).toBe('');
  });
});

describe('generatorMap', () => {
  it('gives every file under generator/ a description from its own doc comment', async () => {
    const undocumented = (await generatorMap()).filter((line) => line.endsWith(': (undocumented)'));
    expect(undocumented).toEqual([]);
  });
});
