import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVariant, type VariantResult } from '../../scripts/parity/run-parity.ts';
import { tokensStudioSetsAsModes } from '../../scripts/parity/stage-sources.ts';
import { SYSTEMS, type ParitySystem } from '../../scripts/parity/systems.ts';
import { readCssBlocks } from '../../scripts/parity/css-blocks.ts';
import { effectiveValues } from '../../scripts/parity/effective-values.ts';
import { compareMode } from '../../scripts/parity/compare-modes.ts';
import { readFile } from 'node:fs/promises';

/**
 * Excerpts of three published design systems (test/fixtures/parity/<system>/SOURCE.md): design-sync's
 * real tokens build on their token sources must give the values of the CSS they publish, per mode.
 */

const FIXTURES = new URL('../fixtures/parity/', import.meta.url).pathname;

function system(pkg: string): ParitySystem {
  const found = SYSTEMS.find((s) => s.pkg === pkg);
  if (!found) throw new Error(`no system ${pkg}`);
  return found;
}

function perMode(result: VariantResult) {
  return Object.fromEntries(
    result.modes.map((m) => [m.mode, { matched: m.matched, total: m.total, mismatches: m.mismatches }]),
  );
}

describe('published-CSS parity on fixture excerpts', () => {
  it('Open Formulieren (Style Dictionary JSON, untyped): every published value, none left out', async () => {
    const of = system('@open-formulieren/design-tokens');
    const result = await runVariant(of, of.variants[0]!, join(FIXTURES, 'open-formulieren'));
    expect(result.failed).toBeUndefined();
    expect(result.stopped).toBeUndefined();
    const mode = result.modes[0]!;
    expect(mode.mismatches).toEqual([]);
    expect(mode.total).toBe(10);
    expect(mode.onlyTheirs).toBe(0);
  });

  it('Mooi & Anders (Tokens Studio, dark sets laid out per mode): light in :root, dark in the dark block', async () => {
    const ma = system('@nl-design-system-community/ma-design-tokens');
    const staged = ma.variants.find((v) => v.layout.startsWith('harness'))!;
    const result = await runVariant(ma, staged, join(FIXTURES, 'ma'));
    expect(result.ourModes).toEqual(['light', 'dark']);
    expect(perMode(result)).toEqual({
      light: { matched: 21, total: 21, mismatches: [] },
      dark: { matched: 21, total: 21, mismatches: [] },
    });
  });

  it('the published light and dark values differ, so a build with dark values in :root fails the light comparison', async () => {
    const ma = system('@nl-design-system-community/ma-design-tokens');
    const dir = join(FIXTURES, 'ma');
    const published = async (file: string) => readCssBlocks(await readFile(join(dir, file), 'utf8'));
    const light = effectiveValues(await published('dist/theme.css'), ['.ma-theme']);
    const dark = effectiveValues(
      [...(await published('dist/theme.css')), ...(await published('dist/color-scheme-dark/theme.css'))],
      ['.ma-theme', '.ma-theme--color-scheme-dark'],
    );
    expect(compareMode(light, dark, {}).mismatches.length).toBeGreaterThanOrEqual(7);

    // Same sources and harness, but the dark sets become the default mode: :root holds dark values.
    const swapped = await runVariant(
      ma,
      {
        layout: 'dark as default',
        sources: (pkg, out) =>
          tokensStudioSetsAsModes(
            join(pkg, 'src', 'tokens.json'),
            [
              { mode: 'default', setPrefix: 'color-scheme-dark/' },
              { mode: 'light', setPrefix: undefined },
            ],
            'ma',
            out,
          ),
      },
      dir,
    );
    const lightMode = swapped.modes.find((m) => m.mode === 'light')!;
    expect(lightMode.matched).toBeLessThan(lightMode.total);
    expect(lightMode.mismatches.map((m) => m.key)).toContain('basis-color-default-bg-document');
    expect(swapped.modes.find((m) => m.mode === 'dark')!.oursMissing).toBe(true);
  });

  it('Primer light theme (JSON5 re-spelled as JSON, DTCG HSL colour objects): every value', async () => {
    const primer = system('@primer/primitives');
    const staged = await runVariant(primer, primer.variants[1]!, join(FIXTURES, 'primer'));
    expect(perMode(staged).light).toEqual({ matched: 7, total: 7, mismatches: [] });
  });
});
