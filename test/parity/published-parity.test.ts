import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVariant, type VariantResult } from '../../scripts/parity/run-parity.ts';
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

  it('Mooi & Anders as published (no $themes, dark sets by name, tokens.themes.sets): light in :root, dark in its block', async () => {
    const ma = system('@nl-design-system-community/ma-design-tokens');
    const result = await runVariant(ma, ma.variants[0]!, join(FIXTURES, 'ma'));
    expect(result.failed).toBeUndefined();
    expect(result.stopped).toBeUndefined();
    expect(result.ourModes).toEqual(['light', 'data-color-scheme=dark']);
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

    // The same config, but a team names dark the default: :root holds dark values and fails the light comparison.
    const variant = ma.variants[0]!;
    const themes = (variant.tokensConfig?.themes ?? {}) as Record<string, unknown>;
    const swapped = await runVariant(
      ma,
      {
        ...variant,
        tokensConfig: { ...variant.tokensConfig, themes: { ...themes, defaults: { 'color-scheme': 'dark' } } },
      },
      dir,
    );
    const lightMode = swapped.modes.find((m) => m.mode === 'light')!;
    expect(lightMode.matched).toBeLessThan(lightMode.total);
    expect(lightMode.mismatches.map((m) => m.key)).toContain('basis-color-default-bg-document');
    expect(swapped.modes.find((m) => m.mode === 'dark')!.oursMissing).toBe(true);
  });

  it('Primer as published (JSON5, palette per theme, org.primer.overrides, alpha, rem): light and dark, every value', async () => {
    const primer = system('@primer/primitives');
    const result = await runVariant(primer, primer.variants[0]!, join(FIXTURES, 'primer'));
    expect(result.failed).toBeUndefined();
    expect(result.stopped).toBeUndefined();
    expect(perMode(result)).toEqual({
      light: { matched: 15, total: 15, mismatches: [] },
      dark: { matched: 15, total: 15, mismatches: [] },
    });
  });

  it('Primer without the per-mode extension or the rem setting: dark and the border widths differ', async () => {
    const primer = system('@primer/primitives');
    const variant = primer.variants[0]!;
    const themes = (variant.tokensConfig?.themes ?? {}) as Record<string, unknown>;
    const result = await runVariant(
      primer,
      {
        ...variant,
        tokensConfig: { ...variant.tokensConfig, themes: { ...themes, modeExtensions: [] }, pxToRem: false },
      },
      join(FIXTURES, 'primer'),
    );
    const dark = result.modes.find((m) => m.mode === 'dark')!;
    expect(dark.mismatches.map((m) => m.key)).toContain('bg-color-default');
    expect(result.modes.find((m) => m.mode === 'light')!.mismatches.map((m) => m.key)).toContain('border-width-thin');
  });
});
