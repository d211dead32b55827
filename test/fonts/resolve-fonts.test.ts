import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fontUses, fontsourcePackage, resolveFonts } from '../../generator/fonts/resolve-fonts.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const text = (family: string, fontWeight: number) => ({ type: 'TEXT', style: { fontFamily: family, fontWeight } });

describe('fonts a design uses', () => {
  it('collects every family with its weights, overrides included, sorted', () => {
    const root = {
      type: 'FRAME',
      children: [
        text('Poppins', 500),
        { ...text('Poppins', 400), styleOverrideTable: { 1: { fontFamily: 'Poppins', fontWeight: 700 } } },
        text('EB Garamond', 400),
      ],
    };
    expect(fontUses([root])).toEqual([
      { family: 'EB Garamond', weights: [400] },
      { family: 'Poppins', weights: [400, 500, 700] },
    ]);
    expect(fontsourcePackage('EB Garamond')).toBe('@fontsource/eb-garamond');
  });

  it('imports installed fontsource weights and names what is missing with the fallback and the install', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fonts-'));
    dirs.push(root);
    const pkg = join(root, 'node_modules', '@fontsource', 'poppins');
    await mkdir(pkg, { recursive: true });
    await writeFile(join(pkg, '400.css'), '@font-face{}');
    const resolved = resolveFonts(
      [
        { family: 'Poppins', weights: [400, 600] },
        { family: 'Helvetica Neue', weights: [400] },
      ],
      root,
    );
    expect(resolved.imports).toEqual(['@fontsource/poppins/400.css']);
    expect(resolved.missing).toEqual([
      {
        family: 'Poppins',
        weights: [600],
        fallback: '"Poppins", sans-serif',
        hint: '@fontsource/poppins has no files for weight 600',
      },
      {
        family: 'Helvetica Neue',
        weights: [400],
        fallback: '"Helvetica Neue", sans-serif',
        hint: 'npm i -D @fontsource/helvetica-neue',
      },
    ]);
  });
});
