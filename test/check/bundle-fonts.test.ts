import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleStories } from '../../generator/check/bundle-stories.ts';
import { resolveFonts } from '../../generator/fonts/resolve-fonts.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('fonts in the check bundle', () => {
  it("puts an installed fontsource weight's @font-face, with its font file inlined, into the page stylesheet", async () => {
    const root = await mkdtemp(join(tmpdir(), 'bundle-fonts-'));
    dirs.push(root);
    const pkg = join(root, 'node_modules', '@fontsource', 'poppins');
    await mkdir(join(pkg, 'files'), { recursive: true });
    await writeFile(join(pkg, 'files', 'poppins-latin-500-normal.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    await writeFile(
      join(pkg, '500.css'),
      "@font-face{font-family:'Poppins';font-weight:500;src:url(./files/poppins-latin-500-normal.woff2) format('woff2')}\n",
    );
    const fonts = resolveFonts([{ family: 'Poppins', weights: [500] }], root);
    const bundle = await bundleStories(root, [], undefined, fonts.imports);
    expect(bundle.css).toContain('font-family: "Poppins"');
    expect(bundle.css).toContain('src: url(data:font/woff2,');
  });
});
