import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json5AsJson, tokensStudioSetsAsModes } from '../../scripts/parity/stage-sources.ts';

const read = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown;

describe('harness layouts', () => {
  it('merges Tokens Studio sets in tokenSetOrder per mode, a mode’s own sets last, a token replaced whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parity-stage-'));
    const file = join(dir, 'tokens.json');
    await writeFile(
      file,
      JSON.stringify({
        common: {
          c: { bg: { $type: 'color', $value: '#fff', $description: 'page' }, fg: { $type: 'color', $value: '#000' } },
        },
        'dark/common': { c: { bg: { $type: 'color', $value: '#111' } } },
        unused: { x: { $value: 1 } },
        $metadata: { tokenSetOrder: ['common', 'dark/common'] },
      }),
    );
    const [light, dark] = await tokensStudioSetsAsModes(
      file,
      [
        { mode: 'light', setPrefix: undefined },
        { mode: 'dark', setPrefix: 'dark/' },
      ],
      'x',
      join(dir, 'out'),
    );
    expect(light).toMatch(/x\.light\.json$/);
    expect(await read(light!)).toEqual({
      c: { bg: { $type: 'color', $value: '#fff', $description: 'page' }, fg: { $type: 'color', $value: '#000' } },
    });
    expect(await read(dark!)).toEqual({
      c: { bg: { $type: 'color', $value: '#111' }, fg: { $type: 'color', $value: '#000' } },
    });
  });

  it('re-spells JSON5 as JSON under the given name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parity-stage-'));
    await writeFile(join(dir, 'a.json5'), "// note\n{ a: { $value: '#fff', $type: 'color', }, }\n");
    const [out] = await json5AsJson([{ from: join(dir, 'a.json5'), to: 'sub/a.light.json' }], join(dir, 'out'));
    expect(out).toBe(join(dir, 'out', 'sub', 'a.light.json'));
    expect(await read(out!)).toEqual({ a: { $value: '#fff', $type: 'color' } });
  });
});
