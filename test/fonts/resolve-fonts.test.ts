import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fontFaceCss, fontUses, fontsourcePackage, resolveFonts } from '../../generator/fonts/resolve-fonts.ts';
import { parseFcList } from '../../generator/fonts/system-fonts.ts';

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
    expect(resolved.loaded).toEqual(['Poppins 400 (@fontsource/poppins)']);
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
        fallback: '"Helvetica Neue", Helvetica, Arial, "Nimbus Sans", "Liberation Sans", sans-serif',
        hint: 'npm i -D @fontsource/helvetica-neue, or map the family to font files under "fonts" in design-sync.config.json',
      },
    ]);
  });

  it('registers the font files the fonts config maps a family to, and names a mapped file that does not exist', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fonts-'));
    dirs.push(root);
    await mkdir(join(root, 'fonts'));
    await writeFile(join(root, 'fonts', 'brand-400.woff2'), 'wOF2');
    const resolved = resolveFonts([{ family: 'Brand Sans', weights: [400, 700] }], root, {
      'Brand Sans': { files: { '400': 'fonts/brand-400.woff2', '700': 'fonts/brand-700.woff2' } },
    });
    expect(resolved.faces).toEqual([
      { family: 'Brand Sans', weight: 400, path: join(root, 'fonts', 'brand-400.woff2') },
    ]);
    expect(resolved.missing).toEqual([
      {
        family: 'Brand Sans',
        weights: [700],
        fallback: '"Brand Sans", sans-serif',
        hint: 'fonts."Brand Sans": fonts/brand-700.woff2 not found',
      },
    ]);
    expect(fontFaceCss(resolved.faces, () => 'brand.woff2')).toBe(
      '@font-face {\n  font-family: "Brand Sans";\n  font-style: normal;\n  font-weight: 400;\n  font-display: swap;\n  src: url("brand.woff2") format("woff2");\n}\n',
    );
  });

  it("draws a family with another fontsource package's files under the design's family name", async () => {
    const root = await mkdtemp(join(tmpdir(), 'fonts-'));
    dirs.push(root);
    const pkg = join(root, 'node_modules', '@fontsource', 'eb-garamond');
    await mkdir(join(pkg, 'files'), { recursive: true });
    await writeFile(join(pkg, '400.css'), '@font-face{}');
    await writeFile(join(pkg, 'files', 'eb-garamond-latin-400-normal.woff2'), 'wOF2');
    const resolved = resolveFonts([{ family: 'Garamond Premier Pro', weights: [400] }], root, {
      'Garamond Premier Pro': '@fontsource/eb-garamond',
    });
    expect(resolved.faces).toEqual([
      { family: 'Garamond Premier Pro', weight: 400, path: join(pkg, 'files', 'eb-garamond-latin-400-normal.woff2') },
    ]);
    expect(resolved.missing).toEqual([]);
  });

  it('loads the free look-alike of a missing proprietary family when it is installed, and still warns', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fonts-'));
    dirs.push(root);
    const pkg = join(root, 'node_modules', '@fontsource', 'eb-garamond');
    await mkdir(pkg, { recursive: true });
    await writeFile(join(pkg, '400.css'), '@font-face{}');
    const resolved = resolveFonts([{ family: 'Garamond Premier Pro', weights: [400] }], root);
    expect(resolved.imports).toEqual(['@fontsource/eb-garamond/400.css']);
    expect(resolved.missing).toEqual([
      expect.objectContaining({
        family: 'Garamond Premier Pro',
        fallback: '"Garamond Premier Pro", "EB Garamond", Garamond, serif',
      }),
    ]);
  });
});

describe('fonts installed on the machine', () => {
  it('reads fc-list families with their aliases, lower-cased', () => {
    const families = parseFcList('Inter,Inter Display\nDejaVu Sans\n\n Noto\\-Sans \n');
    expect([...families].sort()).toEqual(['dejavu sans', 'inter', 'inter display', 'noto-sans']);
  });

  it('does not call an installed family missing, and still names one that is not installed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fonts-'));
    dirs.push(root);
    const uses = [
      { family: 'Inter', weights: [400, 600] },
      { family: 'Poppins', weights: [400] },
    ];
    const resolved = resolveFonts(uses, root, {}, new Set(['inter']));
    expect(resolved.missing.map((m) => m.family)).toEqual(['Poppins']);
    expect(resolved.loaded).toEqual(['Inter 400/600 (installed on this machine)']);
    expect(resolveFonts(uses, root).missing.map((m) => m.family)).toEqual(['Inter', 'Poppins']);
  });
});
