import { describe, expect, it } from 'vitest';
import { parseTscOutput } from '../../generator/check/typecheck.ts';

describe('parseTscOutput', () => {
  it('reads file, line, column, code and message, joining continuation lines', () => {
    const output = [
      "src/Badge/Badge.tsx(3,7): error TS2322: Type 'number' is not assignable to type 'string'.",
      "/proj/stories/Badge.stories.tsx(12,3): error TS2345: Argument of type '{ a: 1 }' is not assignable.",
      '  Object literal may only specify known properties.',
      '',
    ].join('\n');
    expect(parseTscOutput(output, '/proj')).toEqual([
      {
        file: 'src/Badge/Badge.tsx',
        line: 3,
        column: 7,
        code: 'TS2322',
        message: "Type 'number' is not assignable to type 'string'.",
      },
      {
        file: 'stories/Badge.stories.tsx',
        line: 12,
        column: 3,
        code: 'TS2345',
        message: "Argument of type '{ a: 1 }' is not assignable. Object literal may only specify known properties.",
      },
    ]);
  });

  it('returns nothing for a clean run', () => {
    expect(parseTscOutput('', '/proj')).toEqual([]);
  });
});
