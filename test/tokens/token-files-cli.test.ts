import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareExpectedCssText } from '../../scripts/corpus-tokens-compare.ts';
import { runCli } from '../cli/run-cli.ts';
import { FIXTURES, tempRoot } from './helpers.ts';

/** Token files alone, through the real CLI: no Figma design, JSON5/JSONC, empty sources, Tokens Studio values. */

async function project(config: unknown, files: Record<string, string>): Promise<string> {
  const root = await tempRoot();
  await writeFile(join(root, 'design-sync.config.json'), JSON.stringify(config));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const css = (root: string) => readFile(join(root, 'tokens', 'build', 'tokens.css'), 'utf8');
const declarations = (text: string) => text.split('\n').filter((line) => line.trim().startsWith('--'));

const DTCG = JSON.stringify({
  color: {
    $type: 'color',
    brand: { $value: '#3366ff' },
    text: { $value: '{color.brand}' },
  },
  space: { $type: 'dimension', md: { $value: { value: 16, unit: 'px' } } },
});

const JSON5_PALETTE = `// Brand palette, hand-edited
{
  color: {
    $type: 'color',
    brand: { $value: '#3366FF', }, // trailing commas are fine
    muted: { $value: 'rgb(51 102 255 / 50%)' },
  },
}
`;

const JSON5_SPACE = `{
  /* Spacing scale */
  space: {
    $type: 'dimension',
    sm: { $value: { value: 0.5, unit: 'rem' } },
    md: { $value: '{space.sm}' },
    lg: { $value: { value: +24, unit: 'px' } },
  },
}
`;

describe('token files without a Figma design', () => {
  it('`tokens` builds tokens.css and tokens.ts from files alone', { timeout: 60_000 }, async () => {
    const root = await project(
      { tokens: { sources: ['files'], files: ['design-tokens'] } },
      { 'design-tokens/base.tokens.json': DTCG },
    );
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 tokens (1 aliases) from design-tokens/base.tokens.json');
    expect(declarations(await css(root))).toEqual([
      '  --color-brand: #3366ff;',
      '  --color-text: var(--color-brand);',
      '  --space-md: 16px;',
    ]);
    const module = await readFile(join(root, 'tokens', 'build', 'tokens.ts'), 'utf8');
    expect(module).toContain('"color.brand": { cssVar: "--color-brand", type: "color", value: "#3366ff" }');
    expect(module).toContain('"color.text": { cssVar: "--color-text", type: "color", value: "#3366ff" }');
    expect(module).toContain('"space.md": { cssVar: "--space-md", type: "dimension", value: "16px" }');
  });

  it('`tokens` with the default sources and no design notes that Figma is skipped', { timeout: 60_000 }, async () => {
    const root = await project({ tokens: { files: ['base.tokens.json'] } }, { 'base.tokens.json': DTCG });
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no design configured');
    expect(declarations(await css(root))).toHaveLength(3);
  });

  it('without a design or token files it still says what is missing (exit 2)', async () => {
    const root = await project({ tokens: { sources: ['files'] } }, {});
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: no design and no token files to read');
  });

  it(
    '`sync` with file sources and no design builds tokens, skips components and writes the report',
    {
      timeout: 90_000,
    },
    async () => {
      const root = await project(
        { tokens: { sources: ['files'], files: ['design-tokens'] } },
        { 'design-tokens/base.tokens.json': DTCG },
      );
      const run = await runCli(['sync', '--no-pr'], { cwd: root });
      expect(run.stderr).not.toContain('error');
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe('tokens only (no design): 3 tokens from design-tokens/base.tokens.json');
      expect(run.stderr).toContain(
        'sync: no design configured (figma.file or --source): building tokens only; components are not planned, generated or checked',
      );
      expect(run.stderr).toContain('generate: skipped (no design: tokens only)');
      expect(run.stderr).toContain('check: skipped (no design: tokens only)');
      expect(declarations(await css(root))).toContain('  --color-brand: #3366ff;');
      expect(existsSync(join(root, 'src'))).toBe(false);
      const report = JSON.parse(await readFile(join(root, '.design-sync', 'report', 'report.json'), 'utf8'));
      expect(report.components).toEqual([]);
      expect(report.tokens.total).toBe(3);
      expect(report.source.name).toBe('token files');

      // The second run changes nothing.
      const again = await runCli(['sync', '--no-pr'], { cwd: root });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('nothing changed');
    },
  );
});

describe('JSON5 and JSONC token files', () => {
  it('a folder of .json5 files builds the values they hold', { timeout: 60_000 }, async () => {
    const root = await project(
      { tokens: { sources: ['files'], files: ['tokens-src'] } },
      { 'tokens-src/palette.json5': JSON5_PALETTE, 'tokens-src/space.json5': JSON5_SPACE },
    );
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(declarations(await css(root))).toEqual([
      '  --color-brand: #3366ff;',
      '  --color-muted: rgba(51, 102, 255, 0.5);',
      '  --space-sm: 0.5rem;',
      '  --space-md: var(--space-sm);',
      '  --space-lg: 24px;',
    ]);
  });

  it('reads .jsonc, and comments in .json only when tokens.jsonComments allows them', { timeout: 60_000 }, async () => {
    const commented = '{\n  // a comment\n  "size": { "$type": "dimension", "$value": "4px", },\n}\n';
    const files = { 'a.jsonc': commented, 'b.json': commented.replace('size', 'gap') };
    const strict = await project({ tokens: { sources: ['files'], files: ['a.jsonc', 'b.json'] } }, files);
    const refused = await runCli(['tokens'], { cwd: strict });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error: b.json:2:3: not valid JSON: ');

    const lenient = await project(
      { tokens: { sources: ['files'], files: ['a.jsonc', 'b.json'], jsonComments: true } },
      files,
    );
    const run = await runCli(['tokens'], { cwd: lenient });
    expect(run.code).toBe(0);
    expect(declarations(await css(lenient))).toEqual(['  --size: 4px;', '  --gap: 4px;']);
  });

  it('a broken .json5 file is exit 2 with file:line:col and what is wrong, on one line', async () => {
    const broken = JSON5_SPACE.replace("md: { $value: '{space.sm}' },", "md: { $value: '{space.sm}' }");
    const root = await project(
      { tokens: { sources: ['files'], files: ['tokens-src'] } },
      { 'tokens-src/space.json5': broken },
    );
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.code).toBe(2);
    const errors = run.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors).toEqual(["error: tokens-src/space.json5:7:5: not valid JSON5: invalid character 'l'"]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, 'tokens', 'build'))).toBe(false);
  });
});

describe('token sources that yield no tokens', () => {
  it('a folder whose files hold no token is exit 2 naming the folder', async () => {
    const root = await project(
      { tokens: { sources: ['files'], files: ['tokens-src'] } },
      { 'tokens-src/notes.json5': '{ owner: "design team", reviewed: true }' },
    );
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: tokens-src: no tokens in the token file read');
    expect(existsSync(join(root, 'tokens', 'build'))).toBe(false);
  });

  it('a folder with no token files, beside a good source, is exit 2 naming that folder', async () => {
    const root = await project(
      { tokens: { sources: ['files'], files: ['base.tokens.json', 'yaml-tokens'] } },
      { 'base.tokens.json': DTCG, 'yaml-tokens/colors.yaml': 'color:\n  brand: "#fff"\n' },
    );
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: yaml-tokens: no token files (.json, .json5, .jsonc) in it');
    expect(run.stderr).not.toContain('base.tokens.json');
  });
});

describe('Tokens Studio values computed as sd-transforms computes them', () => {
  /** The CSS values the sd-transforms repository's own integration tests expect for these fixture files. */
  it('math, composite typography, shadow and border, and number-to-px', { timeout: 60_000 }, async () => {
    const root = await tempRoot();
    await cp(join(FIXTURES, 'sd-transforms', 'sd-transforms.tokens.json'), join(root, 'studio.json'));
    await writeFile(
      join(root, 'design-sync.config.json'),
      JSON.stringify({ tokens: { sources: ['files'], files: ['studio.json'] } }),
    );
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.code).toBe(0);
    const lines = declarations(await css(root));
    for (const line of [
      '--dimension-sm: 8px;', // {dimension.xs} * {dimension.scale}
      '--dimension-xl: 64px;',
      '--opacity: 0.25;', // 25%
      '--colors-blue-alpha: rgba(0, 0, 255, 0.5);', // rgba({colors.blue}, 50%)
      '--colors-red-400: #f67474;', // lighten 0.1 (srgb)
      '--colors-red-600: #dd5b5b;', // darken 0.1 (srgb)
      '--line-heights-heading: 1.1;', // 110%
      '--letter-spacing-increased: 1.5em;', // 150%
      '--letter-spacing-decreased: -0.05em;',
      '--font-weights-body-regular: 400;', // "Regular"
      '--font-sizes-body: 16px;', // "16" -> px
      '--font-sizes-h6: 16px;', // {fontSizes.body} * 1
      '--heading-6-font-family: "Arial Black", "Suisse Int\'l", sans-serif;',
      '--heading-6-font-size: var(--font-sizes-h6);',
      '--heading-6-font-weight: 700;',
      '--heading-6-line-height: 1;',
      '--heading-6: var(--heading-6-font-weight) var(--heading-6-font-size)/var(--heading-6-line-height) var(--heading-6-font-family);',
      '--shadow-blur: 10px;', // sizing "10" -> px
      '--shadow: inset 0px 4px var(--shadow-blur) 0px rgba(0, 0, 0, 0.4);', // innerShadow -> inset
      '--border-width: 5px;',
      '--border: var(--border-width) solid #000000;',
      '--uses-color: #ff00ff;', // rgba( {color}, 1)
    ])
      expect(lines).toContain(`  ${line}`);
    expect(lines.find((line) => line.includes('--spacing-multi-value:'))).toMatch(
      /^ {2}--spacing-multi-value: 8px 64px; /,
    );
  });

  it('colour modifiers (alpha, mix, lighten, darken) with math and references', { timeout: 60_000 }, async () => {
    const root = await tempRoot();
    const dir = join(root, 'studio');
    await mkdir(dir);
    await cp(join(FIXTURES, 'sd-transforms', 'color-modifier-references.tokens.json'), join(dir, 'modifiers.json'));
    await writeFile(
      join(root, 'design-sync.config.json'),
      JSON.stringify({ tokens: { sources: ['files'], files: ['studio'] } }),
    );
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.code).toBe(0);
    expect(await readdir(join(root, 'tokens'))).toContain('modifiers.tokens.json');
    // sd-transforms' hex output: #ffffff4d, #0000004d (alpha 0x4d = 0.302), #202d3bbd (0xbd = 0.741).
    expect(declarations(await css(root))).toEqual([
      '  --alpha: 0.3;',
      '  --color: rgba(255, 255, 255, 0.302);',
      '  --color2: rgba(0, 0, 0, 0.302);',
      '  --treshhold: 0.5;',
      '  --increment: 0.04;',
      '  --base-color: #202d3b;',
      '  --mix-color: #4477dd;',
      '  --color3: #a1bbee;',
      '  --color4: #759ae6;',
      '  --color5: #759ae6;',
      '  --color6: #3b64b3;',
      '  --color7: #3b64b3;',
      '  --color8: rgba(32, 45, 59, 0.741);',
      '  --color9: #c5c8cc;',
      '  --color10: #424242;',
    ]);
  });

  it(
    'bare numbers are px unless tokens.unitlessDimensions says rem; weight names and percentages',
    {
      timeout: 60_000,
    },
    async () => {
      const studio = JSON.stringify({
        spacing: {
          base: { value: 8, type: 'spacing' },
          double: { value: '{spacing.base} * 2', type: 'spacing' },
          quarter: { value: '0.25', type: 'sizing' },
        },
        weight: { value: 'Semi Bold Italic', type: 'fontWeights' },
        body: {
          value: { fontFamily: 'Inter', fontWeight: 'Medium', fontSize: '14', lineHeight: '150%', letterSpacing: '2%' },
          type: 'typography',
        },
        elevation: {
          value: [
            { x: 0, y: 1, blur: 2, spread: 0, color: 'rgba(0,0,0,0.1)', type: 'dropShadow' },
            { x: '0', y: '2', blur: '4', spread: '-1', color: '#0000001a', type: 'innerShadow' },
          ],
          type: 'boxShadow',
        },
      });
      const build = async (unit: string | undefined) => {
        const root = await project(
          { tokens: { sources: ['files'], files: ['studio.json'], ...(unit ? { unitlessDimensions: unit } : {}) } },
          { 'studio.json': studio },
        );
        const run = await runCli(['tokens'], { cwd: root });
        expect(run.code).toBe(0);
        return declarations(await css(root));
      };
      const px = await build(undefined);
      for (const line of [
        '--spacing-base: 8px;',
        '--spacing-double: 16px;',
        '--spacing-quarter: 0.25px;',
        '--weight: 600;',
        '--body-font-size: 14px;',
        '--body-font-weight: 500;',
        '--body-line-height: 1.5;',
        '--body-letter-spacing: 0.02em;',
        '--elevation: 0px 1px 2px 0px rgba(0, 0, 0, 0.1), inset 0px 2px 4px -1px rgba(0, 0, 0, 0.102);',
      ])
        expect(px).toContain(`  ${line}`);
      const rem = await build('rem');
      for (const line of [
        '--spacing-base: 8rem;',
        '--spacing-double: 16rem;',
        '--spacing-quarter: 0.25rem;',
        '--body-font-size: 14rem;',
        '--body-letter-spacing: 0.02em;',
      ])
        expect(rem).toContain(`  ${line}`);
      const invalid = await project(
        { tokens: { sources: ['files'], files: ['studio.json'], unitlessDimensions: 'em' } },
        { 'studio.json': studio },
      );
      expect((await runCli(['tokens'], { cwd: invalid })).code).toBe(2);
    },
  );

  it.each([
    ['sd-transforms', 30],
    ['color-modifier-references', 11],
    ['expand-composition', 20],
  ])('%s: every variable both build equals the CSS sd-transforms expects', { timeout: 60_000 }, async (name, least) => {
    const dir = join(FIXTURES, 'sd-transforms');
    const root = await project(
      { tokens: { sources: ['files'], files: [`${name}.tokens.json`] } },
      { [`${name}.tokens.json`]: await readFile(join(dir, `${name}.tokens.json`), 'utf8') },
    );
    const run = await runCli(['tokens'], { cwd: root });
    expect(run.code).toBe(0);
    const comparison = compareExpectedCssText(
      await css(root),
      await readFile(join(dir, `${name}.test.ts.txt`), 'utf8'),
    );
    expect(comparison.differences).toEqual([]);
    expect(comparison.equal).toBeGreaterThanOrEqual(least);
  });

  it(
    'composition tokens expand into one variable per property, as Style Dictionary expands them',
    {
      timeout: 60_000,
    },
    async () => {
      const root = await project(
        { tokens: { sources: ['files'], files: ['studio.json'] } },
        {
          'studio.json': await readFile(join(FIXTURES, 'sd-transforms', 'expand-composition.tokens.json'), 'utf8'),
        },
      );
      expect((await runCli(['tokens'], { cwd: root })).code).toBe(0);
      const lines = declarations(await css(root));
      for (const line of [
        '--composition-header-font-family: var(--composition-font-family);',
        '--composition-header-font-size: 96px;',
        '--composition-header-font-weight: var(--composition-font-weight);',
        '--composition-header-line-height: 1.25;',
        '--composition-header-letter-spacing: 1.25em;',
        '--composition-font-weight: 700;',
        '--typography-font-style: italic;', // fontWeight {fontWeightRef}: "ExtraBold italic"
        '--font-weight-ref: 800;',
        '--shadow-double: inset 0px 4px 10px 0px rgba(0, 0, 0, 0.4), 0px 8px 12px 5px rgba(0, 0, 0, 0.4);',
      ])
        expect(lines).toContain(`  ${line}`);
    },
  );
});
