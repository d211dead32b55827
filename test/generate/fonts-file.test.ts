import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fontsFile } from '../../generator/generate/shared-files.ts';
import { designSyncTokensPlugin } from '../../.storybook/tokens-plugin.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('fonts.css', () => {
  it('imports the fontsource weights, declares mapped files by relative URL and names the fallbacks', () => {
    const file = fontsFile('/project/src', {
      imports: ['@fontsource/poppins/500.css'],
      faces: [{ family: 'Brand Sans', weight: 400, path: '/project/fonts/brand-400.woff2' }],
      missing: [{ family: 'HelveticaNeue', weights: [400], fallback: '"HelveticaNeue", sans-serif', hint: '' }],
      loaded: [],
    });
    expect(file?.path).toBe('/project/src/fonts.css');
    expect(file?.content).toContain(
      '/* "HelveticaNeue" 400 is not available: falls back to "HelveticaNeue", sans-serif. */',
    );
    expect(file?.content).toContain('@import "@fontsource/poppins/500.css";');
    expect(file?.content).toContain('font-family: "Brand Sans";');
    expect(file?.content).toContain('src: url("../fonts/brand-400.woff2") format("woff2");');
  });

  it('is not written when no font of the design can be loaded', () => {
    expect(fontsFile('/project/src', { imports: [], faces: [], missing: [], loaded: [] })).toBeUndefined();
  });

  it("is imported by Storybook's token module when it exists, so stories load the design's fonts", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fonts-plugin-'));
    dirs.push(dir);
    const fonts = join(dir, 'fonts.css');
    const plugin = designSyncTokensPlugin(join(dir, 'tokens.css'), fonts);
    const load = (): string => {
      const hook = plugin.load as (this: { addWatchFile(path: string): void }, id: string) => string;
      return hook.call({ addWatchFile: () => undefined }, '\0virtual:design-sync/tokens');
    };
    expect(load()).not.toContain('fonts.css');
    await writeFile(fonts, '@import "@fontsource/poppins/500.css";\n');
    expect(load()).toContain(`import ${JSON.stringify(fonts)};`);
  });
});
