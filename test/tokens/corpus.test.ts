import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../generator/core/logger.ts';
import { parseVariables } from '../../generator/source/parse-variables.ts';
import { compareExpectedCss } from '../../scripts/corpus-tokens-compare.ts';
import { configFor, designWith, tempRoot, buildTokensFromDisk } from './helpers.ts';

const CORPUS = new URL('../../../shared/corpus/tokens/', import.meta.url).pathname;

describe.skipIf(!existsSync(CORPUS))('tokens corpus (optional, needs ../shared)', () => {
  it('matches the CSS the sd-transforms integration tests expect, value for value', { timeout: 30_000 }, async () => {
    const dir = join(CORPUS, 'tokens-studio-sd-transforms/test/integration');
    for (const name of ['sd-transforms', 'w3c-spec-compliance', 'color-modifier-references', 'expand-composition']) {
      const result = await buildTokensFromDisk(
        designWith(),
        configFor(await tempRoot(), { files: [join(dir, 'tokens', `${name}.tokens.json`)] }),
        createMemoryLogger(),
      );
      const comparison = compareExpectedCss(result, readFileSync(join(dir, `${name}.test.ts`), 'utf8'));
      expect(comparison.differences).toEqual([]);
      expect(comparison.equal).toBeGreaterThan(10);
    }
  });

  it(
    'builds the Workday Canvas Tokens Studio folder by its themes, with the values its sets give',
    { timeout: 30_000 },
    async () => {
      const result = await buildTokensFromDisk(
        designWith(),
        configFor(await tempRoot(), { files: [join(CORPUS, 'workday-canvas-tokens-studio')] }),
        createMemoryLogger(),
        { keepGoing: true },
      );
      const css = result.files.find((f) => f.path.endsWith('tokens.css'))?.content ?? '';
      // Checked by hand against base/palette.json, sys/brand/canvas.json and sys/color/color.json.
      expect(css).toContain('--palette-blue-500: #007df6;');
      expect(css).toContain('--brand-primary-500: var(--palette-blue-500);');
      expect(css).toContain('--color-surface-default: var(--palette-neutral-0);');
      // Groups Base, Brand and System; the brand themes whose sets are not in the repository are skipped, loudly.
      expect(result.dimensions.map((d) => [d.name, d.modes, d.defaultMode])).toEqual([
        ['Base', ['Base'], 'Base'],
        ['Brand', ['Canvas'], 'Canvas'],
        ['System', ['Canvas', 'Branded'], 'Canvas'],
      ]);
      expect(result.warnings.join('\n')).toMatch(/3 × theme-without-sets/);
      // The deprecated and component sets are in no theme, so not output.
      expect(css).not.toContain('--system-icon');
    },
  );

  it(
    'resolves every variable of the noahwaldner response through the index, except those aliasing absent library variables',
    { timeout: 30_000 },
    async () => {
      const path = join(CORPUS, 'noahwaldner-variables/variables-local.response.json');
      const variables = parseVariables(JSON.parse(readFileSync(path, 'utf8')), path);
      const result = await buildTokensFromDisk(
        designWith({ variables }),
        configFor(await tempRoot()),
        createMemoryLogger(),
      );
      const ids = Object.keys(variables.variables);
      expect(ids.filter((id) => result.index.byVariableId(id)).length).toBe(209);
      expect(result.warnings.join('\n')).toMatch(/28 × library-ref/);
    },
  );
});
