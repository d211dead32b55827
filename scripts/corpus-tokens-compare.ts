import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatRgb, parse } from 'culori';
import type { ResolvedTokens } from '../generator/tokens/resolve-tokens.ts';
import type { TokensResult } from '../generator/tokens/build-tokens.ts';
import { toCssValue } from '../generator/tokens/to-css-value.ts';
import { normalizedKey } from '../generator/tokens/token-names.ts';

export interface Comparison {
  compared: number;
  equal: number;
  differences: string[];
  notes: string[];
}

/** CSS text in a form where formatting differences vanish: colours as rgba(), 0px as 0, no quotes. */
export function normalizeCss(value: string): string {
  return value
    .replace(/\/\*.*?\*\//g, '')
    .replace(/#[0-9a-fA-F]{3,8}\b|rgba?\([^()]*\)/g, (color) => {
      const parsed = parse(color.replace(/\s+/g, ' '));
      if (!parsed) return color;
      const alpha = Math.round((parsed.alpha ?? 1) * 100) / 100;
      return formatRgb({ ...parsed, alpha: 1 }).replace(/^rgb\((.*)\)$/, `rgba($1, ${alpha})`);
    })
    .replace(/\\'/g, "'")
    .replace(/['"\\]/g, '')
    .replace(/(^|[\s(,/])(-?\d*\.?\d+?)0+(?=\D|$)/g, '$1$2')
    .replace(/(^|[\s(,/])0(px|em|rem)\b/g, '$10')
    .replace(/(\d)\.(?=\D|$)/g, '$1')
    .replace(/\s*([,/])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `:root` variables of our CSS with every var() resolved, keyed by lowercase alphanumerics. */
function ourVariables(css: string): Map<string, string> {
  const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  const raw = new Map<string, string>();
  for (const match of root.matchAll(/^\s*(--[A-Za-z0-9_-]+):\s*(.*?);(?:\s*\/\*\*.*\*\/)?\s*$/gm))
    raw.set(match[1] as string, match[2] as string);
  const resolve = (value: string, depth = 0): string =>
    depth > 20
      ? value
      : value.replace(/var\((--[A-Za-z0-9_-]+)\)/g, (m, name: string) => resolve(raw.get(name) ?? m, depth + 1));
  const out = new Map<string, string>();
  for (const [name, value] of raw) out.set(name.replace(/[^a-z0-9]/gi, '').toLowerCase(), resolve(value));
  return out;
}

/** Compares our CSS with the `--sdName: value;` lines an sd-transforms test expects. */
export function compareExpectedCss(result: TokensResult, testText: string): Comparison {
  return compareExpectedCssText(result.files.find((f) => f.path.endsWith('tokens.css'))?.content ?? '', testText);
}

/** Compares a tokens.css text with the `--sdName: value;` lines an sd-transforms test expects. */
export function compareExpectedCssText(css: string, testText: string): Comparison {
  const ours = ourVariables(css);
  const expected = new Map<string, Set<string>>();
  for (const match of testText.matchAll(/--sd([A-Za-z0-9]+):\s*(.*?);/g)) {
    const value = match[2] as string;
    if (value.includes('[object Object]') || value === '.*') continue;
    const key = (match[1] as string).toLowerCase();
    expected.set(key, (expected.get(key) ?? new Set()).add(value));
  }
  const comparison: Comparison = { compared: 0, equal: 0, differences: [], notes: [] };
  const absent: string[] = [];
  for (const [key, values] of expected) {
    const mine = ours.get(key);
    if (mine === undefined) {
      absent.push(key);
      continue;
    }
    comparison.compared++;
    if ([...values].some((value) => normalizeCss(value) === normalizeCss(mine))) comparison.equal++;
    else comparison.differences.push(`--${key}: expected ${[...values].join(' | ')}, ours ${mine}`);
  }
  if (absent.length > 0)
    comparison.notes.push(
      `${absent.length} expected variable(s) we do not emit (${absent.slice(0, 6).join(', ')}${absent.length > 6 ? ', …' : ''})`,
    );
  return comparison;
}

type Flat = Map<string, { type: string; modes: Record<string, unknown>; collection: string }>;

function walk(node: unknown, path: string[], visit: (path: string[], token: Record<string, unknown>) => void): void {
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if ('$value' in record) return visit(path, record);
  for (const [key, child] of Object.entries(record)) if (!key.startsWith('$')) walk(child, [...path, key], visit);
}

/** The exported files' own per-mode values, aliases followed in their own data. */
function expectedValues(
  source: string,
  kind: 'file-per-mode' | 'sds-modes',
): { flat: Flat; modesOf: Map<string, string[]> } {
  const flat: Flat = new Map();
  const modesOf = new Map<string, string[]>();
  const add = (collection: string, mode: string, path: string[], token: Record<string, unknown>, value: unknown) => {
    const key = normalizedKey(path);
    const entry = flat.get(key) ?? { type: String(token.$type), modes: {}, collection };
    entry.modes[mode] = value;
    flat.set(key, entry);
    const modes = modesOf.get(collection) ?? [];
    if (!modes.includes(mode)) modes.push(mode);
    modesOf.set(collection, modes);
  };
  if (kind === 'file-per-mode') {
    for (const file of readdirSync(source)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      if (!statSync(join(source, file)).isFile()) continue;
      const name = basename(file, '.json');
      const collection = name.slice(0, name.lastIndexOf('.'));
      const mode = name.slice(name.lastIndexOf('.') + 1);
      walk(JSON.parse(readFileSync(join(source, file), 'utf8')), [], (path, token) =>
        add(collection, mode, path, token, token.$value),
      );
    }
  } else {
    const doc = JSON.parse(readFileSync(source, 'utf8')) as Record<string, unknown>;
    for (const [collection, group] of Object.entries(doc)) {
      walk(group, [collection], (path, token) => {
        const ext = (token.$extensions as Record<string, { modes?: Record<string, unknown> }> | undefined)?.[
          'com.figma.sds'
        ];
        for (const [mode, value] of Object.entries(ext?.modes ?? { default: token.$value }))
          add(collection, mode, path, token, value);
      });
    }
  }
  return { flat, modesOf };
}

/** Compares our resolved per-mode values with the values the source files state for each mode. */
export function compareModeValues(
  resolved: ResolvedTokens,
  source: string,
  kind: 'file-per-mode' | 'sds-modes',
): Comparison {
  const { flat } = expectedValues(source, kind);
  const comparison: Comparison = { compared: 0, equal: 0, differences: [], notes: [] };
  const ourByKey = new Map(resolved.tokens.map((token) => [token.key, token]));
  const follow = (value: unknown, mode: string, depth = 0): unknown => {
    const alias = typeof value === 'string' ? /^\{(.+)\}$/.exec(value)?.[1] : undefined;
    if (alias === undefined || depth > 30) return value;
    const target = flat.get(normalizedKey(alias.split('.')));
    if (!target) return undefined;
    const ourTarget = ourByKey.get(normalizedKey(alias.split('.')));
    const targetMode = mode in target.modes ? mode : (ourTarget?.modes[0] ?? Object.keys(target.modes)[0] ?? '');
    return follow(target.modes[targetMode], targetMode, depth + 1);
  };
  let numberAsPx = 0;
  let broken = 0;
  for (const [key, entry] of flat) {
    const ours = ourByKey.get(key);
    for (const [mode, value] of Object.entries(entry.modes)) {
      const want = follow(value, mode);
      if (want === undefined) {
        broken++;
        continue;
      }
      comparison.compared++;
      const mine = ours ? toCssValue(ours.resolved[mode], ours.type) : undefined;
      let expectedCss =
        typeof want === 'string' || typeof want === 'number' || typeof want === 'boolean'
          ? String(want)
          : JSON.stringify(want);
      if (ours?.type === 'string' && typeof want === 'string') expectedCss = JSON.stringify(want);
      if (ours?.type === 'fontFamily' && typeof want === 'string') expectedCss = toCssValue(want, 'fontFamily');
      if (mine !== undefined && ours?.type === 'dimension' && typeof want === 'number' && mine === `${want}px`) {
        numberAsPx++;
        comparison.equal++;
      } else if (mine !== undefined && normalizeCss(mine) === normalizeCss(expectedCss)) comparison.equal++;
      else comparison.differences.push(`${key} [${mode}]: expected ${expectedCss}, ours ${mine ?? '(missing)'}`);
    }
  }
  if (numberAsPx > 0)
    comparison.notes.push(
      `${numberAsPx} Figma FLOAT values typed "number" upstream are px dimensions here (same number, unit added)`,
    );
  if (broken > 0)
    comparison.notes.push(
      `${broken} value(s) alias a token the source does not define (broken upstream), not compared`,
    );
  return comparison;
}
