import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSourceText, tokenLint } from '../../generator/check/token-lint.ts';
import { gateTokens } from '../generate/gate/gate-fixtures.ts';

describe('token lint', () => {
  it('reports raw values in CSS with line, column and the token to use', () => {
    const css = '.root {\n  display: flex;\n  background: #2563eb;\n  padding: var(--spacing-sm);\n}\n';
    const [finding, ...rest] = lintSourceText('/p/src/A/A.module.css', css, gateTokens);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      line: 3,
      column: 15,
      kind: 'color',
      value: '#2563eb',
      suggestion: { cssVar: '--color-bg-brand', distance: 0 },
    });
  });

  it('reports raw values in inline styles and SVG paint of TSX files', () => {
    const tsx =
      'export const A = () => (\n  <svg fill="#111827">\n    <rect style={{ marginTop: 16 }} />\n  </svg>\n);\n';
    const findings = lintSourceText('/p/src/A/A.tsx', tsx, gateTokens);
    expect(findings.map((f) => [f.line, f.kind, f.value, f.suggestion?.cssVar])).toEqual([
      [2, 'color', '#111827', '--color-text-default'],
      [3, 'dimension', '16px', '--spacing-md'],
    ]);
  });

  it('suggests the nearest token for a raw value no token covers', () => {
    const [finding] = lintSourceText('/p/a.css', '.a { color: #4a80f0; }', gateTokens);
    expect(finding?.message).toContain('has no token; the nearest is var(--color-bg-brand)');
  });

  it('scans src/**/*.tsx and *.css on disk, fails on raw values where a token exists, and paths are relative', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ds-lint-'));
    mkdirSync(join(root, 'src/Card'), { recursive: true });
    writeFileSync(join(root, 'src/Card/Card.module.css'), '.root {\n  border-radius: 6px;\n  color: #ff00aa;\n}\n');
    writeFileSync(join(root, 'src/Card/Card.tsx'), 'export const Card = () => null;\n');
    writeFileSync(join(root, 'src/index.ts'), "export const color = '#2563eb';\n");
    const result = await tokenLint(join(root, 'src'), gateTokens, root);
    expect(result.status).toBe('fail');
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.value}`)).toEqual([
      'src/Card/Card.module.css:2 6px',
      'src/Card/Card.module.css:3 #ff00aa',
    ]);
  });

  it('passes clean files and warns when only values without any token remain', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ds-lint-'));
    mkdirSync(join(root, 'src/A'), { recursive: true });
    writeFileSync(join(root, 'src/A/A.module.css'), '.root { color: var(--color-text-default); }\n');
    expect((await tokenLint(join(root, 'src'), gateTokens, root)).status).toBe('pass');
    writeFileSync(join(root, 'src/A/A.module.css'), '.root { color: #ff00aa; }\n');
    expect((await tokenLint(join(root, 'src'), gateTokens, root)).status).toBe('warn');
    expect((await tokenLint(join(root, 'missing'), gateTokens, root)).status).toBe('pass');
  });
});
