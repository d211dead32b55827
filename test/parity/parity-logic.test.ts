import { describe, expect, it } from 'vitest';
import { compareMode } from '../../scripts/parity/compare-modes.ts';
import { readCssBlocks } from '../../scripts/parity/css-blocks.ts';
import { effectiveValues, resolveVars } from '../../scripts/parity/effective-values.ts';
import { keyed, nameKey } from '../../scripts/parity/name-mapping.ts';
import { normaliseValue } from '../../scripts/parity/normalise-value.ts';
import { belowFloor } from '../../scripts/parity/parity-table.ts';
import type { VariantResult } from '../../scripts/parity/run-parity.ts';

const CSS = `
/* header */
:root { --a: #fff; --b: var(--a); --size: 4px; color: red; }
[data-theme="dark"] { --a: #000; }
@media (prefers-color-scheme: dark) { :root { --a: #111; } }
.theme--x, .theme--y { --c: var(--missing, 2px); }
`;

describe('readCssBlocks', () => {
  it('reads the custom properties of each top-level rule with its selectors, skipping other declarations and @media rules', () => {
    const blocks = readCssBlocks(CSS);
    expect(blocks.map((b) => [b.selectors, [...b.props.keys()]])).toEqual([
      [[':root'], ['--a', '--b', '--size']],
      [['[data-theme="dark"]'], ['--a']],
      [['.theme--x', '.theme--y'], ['--c']],
    ]);
  });
});

describe('effectiveValues', () => {
  const blocks = readCssBlocks(CSS);
  it('layers the matching blocks in stylesheet order and resolves var() against the layered set', () => {
    expect(effectiveValues(blocks, [':root'])).toEqual(
      new Map([
        ['--a', '#fff'],
        ['--b', '#fff'],
        ['--size', '4px'],
      ]),
    );
    // --b is declared only on :root, but computed where the dark block applies too.
    expect(effectiveValues(blocks, [':root', '[data-theme="dark"]']).get('--b')).toBe('#000');
  });
  it('uses the fallback of a missing reference and matches any selector of a list', () => {
    expect(effectiveValues(blocks, ['.theme--y']).get('--c')).toBe('2px');
  });
  it('keeps a var() it cannot resolve (missing without fallback, or a cycle) as written', () => {
    const out = resolveVars(
      new Map([
        ['--x', 'var(--y)'],
        ['--y', 'var(--x)'],
        ['--z', '1px var(--nope)'],
      ]),
    );
    expect(out.get('--z')).toBe('1px var(--nope)');
    expect(out.get('--x')).toContain('var(');
  });
});

describe('normaliseValue', () => {
  it('spells equal colours alike: hex, short hex, rgba with padded alpha, hsl, named', () => {
    expect(normaliseValue('#FFFFFF')).toBe(normaliseValue('#fff'));
    expect(normaliseValue('rgba(21, 21, 21, 0.2000)')).toBe(normaliseValue('#15151533'));
    expect(normaliseValue('hsl(0, 0%, 100%)')).toBe('rgb(255, 255, 255)');
    expect(normaliseValue('white')).toBe('rgb(255, 255, 255)');
    expect(normaliseValue('0 0 0 1px hsla(0, 0%, 0%, 0.1)')).toBe(normaliseValue('0 0 0 1px #0000001a'));
    // Alpha at 8 bits, as #rrggbbaa holds it: 0.12 is written #…1f (0.122); 0.13 is #…21, another colour.
    expect(normaliseValue('rgba(129, 139, 152, 0.12)')).toBe(normaliseValue('#818b981f'));
    expect(normaliseValue('rgba(129, 139, 152, 0.13)')).not.toBe(normaliseValue('#818b981f'));
  });
  it('spells equal numbers alike: trailing zeros, leading dot, zero lengths, seconds as ms, spacing', () => {
    expect(normaliseValue('1.100')).toBe('1.1');
    expect(normaliseValue('.5rem')).toBe('0.5rem');
    expect(normaliseValue('0px')).toBe('0');
    expect(normaliseValue('0.4s')).toBe('400ms');
    expect(normaliseValue('a ,b')).toBe(normaliseValue('a, b'));
  });
  it('keeps different meanings apart: rem is not px, a quoted string is not a keyword, a weight name is not a number', () => {
    expect(normaliseValue('1rem')).not.toBe(normaliseValue('16px'));
    expect(normaliseValue('"auto"')).not.toBe(normaliseValue('auto'));
    expect(normaliseValue('"1.100"')).not.toBe(normaliseValue('1.100'));
    expect(normaliseValue('Bold')).not.toBe(normaliseValue('700'));
    expect(normaliseValue('700')).toBe('700');
  });
  it('drops quotes around family names in a list, not around generic keywords', () => {
    expect(normaliseValue("'Fira Sans', Helvetica, sans-serif")).toBe(
      normaliseValue('Fira Sans, Helvetica, sans-serif'),
    );
    expect(normaliseValue('"serif", Arial')).not.toBe(normaliseValue('serif, Arial'));
  });
});

describe('name mapping', () => {
  it('drops the prefix and compares kebab-case words', () => {
    expect(nameKey('--bgColor-muted', undefined)).toBe('bg-color-muted');
    expect(nameKey('--pf-t--global--spacer--100', 'pf-t--')).toBe('global-spacer-100');
    expect(nameKey('--other', 'pf-t--')).toBeUndefined();
    expect([
      ...keyed(
        new Map([
          ['--fgColor-default', '#000'],
          ['--fg-color-default', '#111'],
        ]),
        undefined,
      ),
    ]).toEqual([['fg-color-default', { name: '--fgColor-default', value: '#000' }]]);
  });
});

describe('compareMode', () => {
  it('counts tokens both sides have, equal after normalising, and lists mismatches with both values', () => {
    const ours = new Map([
      ['--bg-color-muted', '#F6F8FA'],
      ['--fg-color-default', '#000000'],
      ['--ours-only', '1px'],
    ]);
    const theirs = new Map([
      ['--bgColor-muted', '#f6f8fa'],
      ['--fgColor-default', '#1f2328'],
      ['--theirs-only', '2px'],
    ]);
    expect(compareMode(ours, theirs, {})).toEqual({
      total: 2,
      matched: 1,
      mismatches: [{ key: 'fg-color-default', ours: '#000000', theirs: '#1f2328' }],
      onlyOurs: 1,
      onlyTheirs: 1,
    });
  });
});

describe('belowFloor', () => {
  const result = (matched: number, failed?: string): VariantResult => ({
    system: 'S',
    pkg: 'p',
    version: '1',
    licence: 'MIT',
    layout: 'as published',
    ms: 0,
    tokens: 0,
    ourModes: [],
    warnings: [],
    modes: failed
      ? []
      : [{ mode: 'light', matched, total: 10, mismatches: [], onlyOurs: 0, onlyTheirs: 0, oursMissing: false }],
    ...(failed ? { failed } : {}),
  });
  it('flags a mode that matches fewer values than recorded, or a build that no longer runs; more is fine', () => {
    expect(belowFloor(result(9), { light: 10 })).toEqual(['S (as published) light: 9 values equal, was 10']);
    expect(belowFloor(result(10, 'boom'), { light: 10 })).toHaveLength(1);
    expect(belowFloor(result(10), { light: 10 })).toEqual([]);
    expect(belowFloor(result(10), { light: 7 })).toEqual([]);
  });
});
