import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { toColor } from '../../generator/tokens/token-values.ts';
import { buildTokensFromDisk, configFor, designWith, fixtureVariables, tempRoot } from './helpers.ts';

/** Values from token files written as the design systems that publish them build them (see test/parity). */

async function cssFrom(doc: unknown): Promise<string> {
  const root = await tempRoot();
  await writeFile(join(root, 'tokens.json'), JSON.stringify(doc));
  const config = configFor(root, { files: ['tokens.json'] });
  const result = await buildTokensFromDisk(designWith(), config, createMemoryLogger());
  return result.files.find((f) => f.path.endsWith('tokens.css'))?.content ?? '';
}

describe('token file values in CSS', () => {
  it('writes untyped and "other"/"text" string values as CSS, as written', async () => {
    const css = await cssFrom({
      weight: { value: '700' },
      width: { value: '100%' },
      height: { value: '1.100' },
      color: { border: { value: '#767676' } },
      border: { value: 'solid 1px {color.border}' },
      icon: { value: '"\\f00d"' },
      layer: { $type: 'other', $value: 'auto' },
      decoration: { $type: 'textDecoration', $value: 'underline' },
    });
    expect(css).toContain('--weight: 700;');
    expect(css).toContain('--width: 100%;');
    expect(css).toContain('--height: 1.100;');
    expect(css).toMatch(/--border: solid 1px (var\(--color-border\)|#767676);/);
    expect(css).toContain('--icon: "\\f00d";');
    expect(css).toContain('--layer: auto;');
    expect(css).toContain('--decoration: underline;');
  });

  it('still quotes a Figma string variable, which is text', async () => {
    const root = await tempRoot();
    const result = await buildTokensFromDisk(
      designWith({ variables: await fixtureVariables() }),
      configFor(root),
      createMemoryLogger(),
    );
    expect(result.files.find((f) => f.path.endsWith('tokens.css'))?.content).toContain('--copy-cta: "Buy now";');
  });
});

describe('toColor', () => {
  it('reads no colour from bare hex digits (a font weight "700" is not #770000), only with "#"', () => {
    expect(toColor('700')).toBeUndefined();
    expect(toColor('ffffff')).toBeUndefined();
    expect(toColor('#700')?.hex).toBe('#770000');
  });

  it('reads DTCG HSL and HWB components as 0-100 and maps display-p3 to culori', () => {
    expect(toColor({ colorSpace: 'hsl', components: [210, 28.6, 97.3] })?.hex).toBe('#f6f8fa');
    expect(toColor({ colorSpace: 'hwb', components: [0, 0, 0] })?.hex).toBe('#ff0000');
    expect(toColor({ colorSpace: 'display-p3', components: [1, 1, 1] })?.hex).toBe('#ffffff');
  });
});
