import { describe, expect, it } from 'vitest';
import { figmaFileUrl, figmaNodeUrl, parseFigmaRef } from '../../generator/source/figma-url.ts';

describe('parseFigmaRef', () => {
  it('accepts a bare file key', () => {
    expect(parseFigmaRef('AbCdEf123456')).toEqual({ fileKey: 'AbCdEf123456' });
  });

  it.each([
    ['https://www.figma.com/file/AbCdEf123456/My-Kit', { fileKey: 'AbCdEf123456' }],
    [
      'https://www.figma.com/design/AbCdEf123456/My-Kit?node-id=12-34&t=x',
      { fileKey: 'AbCdEf123456', nodeId: '12:34' },
    ],
    ['https://figma.com/proto/AbCdEf123456/Flow?node-id=1%3A2', { fileKey: 'AbCdEf123456', nodeId: '1:2' }],
    ['www.figma.com/design/AbCdEf123456/Kit/branch/BrAnCh98765/Kit', { fileKey: 'BrAnCh98765' }],
  ])('reads the key and node id of %s', (url, expected) => {
    expect(parseFigmaRef(url)).toEqual(expected);
  });

  it.each(['https://example.com/design/AbCdEf123456/x', 'https://www.figma.com/community/plugin/123', 'not a key!'])(
    'rejects %s with a usage error',
    (input) => {
      expect(() => parseFigmaRef(input)).toThrow(expect.objectContaining({ code: 'usage/figma-file', kind: 'usage' }));
    },
  );
});

describe('figmaFileUrl and figmaNodeUrl', () => {
  it('link to the file and to a node, in the form parseFigmaRef reads back', () => {
    expect(figmaFileUrl('AbCdEf123456')).toBe('https://www.figma.com/design/AbCdEf123456/');
    expect(figmaNodeUrl('AbCdEf123456', '12:34')).toBe('https://www.figma.com/design/AbCdEf123456/?node-id=12-34');
    expect(parseFigmaRef(figmaNodeUrl('AbCdEf123456', 'I5:6;7:8'))).toEqual({
      fileKey: 'AbCdEf123456',
      nodeId: 'I5:6;7:8',
    });
  });
});
